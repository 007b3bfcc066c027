import {
  afterApproval,
  checkRequestPayload,
  isApproverRole,
  mayDecideStep,
  requestFieldsProblems,
  shanghaiDateStamp,
  type RequestField,
} from "@crm/domain";
import { isUUID } from "class-validator";
import type { DataSource, EntityManager, SelectQueryBuilder } from "typeorm";
import { applyScope, type AccessScope } from "../../access/access-scope";
import type { Viewer } from "../../access/viewer";
import type { Clock } from "../../shared/clock";
import { isUniqueViolation } from "../../shared/db-errors";
import { DomainError, invalid, notFound } from "../../shared/domain-error";
import { likePattern } from "../../shared/like-pattern";
import { decodeCursor, toConnection, type Connection } from "../../shared/pagination";
import { updateReturning } from "../../shared/update-returning";
import type { AuditService } from "../audit/audit.service";
import { DealerEntity } from "../dealer/dealer.entity";
import { BusinessRequestEntity } from "./business-request.entity";
import type { RequestFilter, RequestTypeInput, SubmitRequestInput } from "./dto/request.inputs";
import { RequestStepEntity } from "./request-step.entity";
import { RequestTypeEntity } from "./request-type.entity";
import type { StepDecision } from "./request.enums";

/** What requests tell the message center (the notice module implements it). */
export interface RequestNotices {
  raiseRequestDecision(
    m: EntityManager,
    input: {
      dealerId: string;
      accountId: string;
      requestId: string;
      requestNo: string;
      requestTypeName: string;
      decision: "APPROVED" | "STEP_APPROVED" | "REJECTED";
      comment: string | null;
    },
  ): Promise<void>;
}

/**
 * A reduction's order number and amount may come as the input's own fields (API clients) or as
 * form fields `orderNo` / `amount` (the console renders the type's form): the form sees both.
 */
function reductionPayload(action: string, input: SubmitRequestInput): Record<string, unknown> {
  const payload = { ...(input.payload ?? {}) };
  if (action !== "ORDER_REDUCTION") return payload;
  if (input.orderNo) payload.orderNo = input.orderNo;
  if (input.amount !== null && input.amount !== undefined) payload.amount = input.amount;
  return payload;
}

function payloadText(value: unknown): string | null {
  return typeof value === "string" && value.trim() ? value.trim() : null;
}

function payloadNumber(value: unknown): number | null {
  return typeof value === "number" ? value : null;
}

function requestSnapshot(r: BusinessRequestEntity): Record<string, unknown> {
  return { requestNo: r.requestNo, status: r.status, currentStep: r.currentStep, orderId: r.orderId, amount: r.amount };
}

/**
 * 业务申请 (SPEC §8). Dealers holding 业务申请 submit; vendor staff take the steps of the chain
 * (a channel manager only for its own dealers); rejection at any step ends it; the last approval
 * runs the type's action in the same transaction (a reduction lowers the order's amount due).
 */
export class RequestService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly notices: RequestNotices,
    private readonly clock: Clock,
  ) {}

  types(includeInactive: boolean): Promise<RequestTypeEntity[]> {
    return this.dataSource.getRepository(RequestTypeEntity).find({
      where: includeInactive ? {} : { active: true },
      order: { sortOrder: "ASC", name: "ASC" },
    });
  }

  async type(id: string): Promise<RequestTypeEntity> {
    const type = isUUID(id) ? await this.dataSource.getRepository(RequestTypeEntity).findOneBy({ id }) : null;
    if (!type) throw notFound("requestType");
    return type;
  }

  /** Platform admins create or change a type; changes apply to requests submitted afterwards. */
  async saveType(viewer: Viewer, id: string | null, input: RequestTypeInput): Promise<RequestTypeEntity> {
    const fields: RequestField[] = input.fields.map((f) => ({
      key: f.key,
      label: f.label.trim(),
      kind: f.kind,
      required: f.required,
      ...(f.options?.length ? { options: f.options.map((o) => o.trim()).filter(Boolean) } : {}),
    }));
    const problems = requestFieldsProblems(fields);
    if (problems.length > 0) throw invalid("fields", problems.join("；"), problems.join("; "));
    const chain = input.chain.filter(isApproverRole);
    if (chain.length !== input.chain.length || chain.length === 0) {
      throw invalid("chain", "审批流程只能由厂商角色组成", "the chain lists vendor roles only");
    }
    try {
      return await this.dataSource.transaction(async (m) => {
        const before = id ? await m.findOneBy(RequestTypeEntity, { id }) : null;
        if (id && !before) throw notFound("requestType");
        const saved = await m.save(
          m.create(RequestTypeEntity, {
            ...(before ?? {}),
            code: input.code,
            groupCode: input.groupCode,
            name: input.name.trim(),
            description: input.description?.trim() || null,
            fields,
            chain,
            action: input.action ?? before?.action ?? "NONE",
            maxAttachments: input.maxAttachments ?? before?.maxAttachments ?? 5,
            active: input.active ?? before?.active ?? true,
            sortOrder: input.sortOrder ?? before?.sortOrder ?? 0,
          }),
        );
        await this.audit.record(m, viewer, {
          dealerId: null,
          action: id ? "request_type.update" : "request_type.create",
          entityType: "request_type",
          entityId: saved.id,
          before: before ? { ...before, createdAt: undefined, updatedAt: undefined } : null,
          after: { ...saved, createdAt: undefined, updatedAt: undefined },
        });
        return saved;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw invalid("code", "类型编码已存在", "the code is taken");
      throw error;
    }
  }

  /**
   * The scoped, filtered query of 所有业务 / 待办业务 (no order, no paging): the list and the
   * export run the same one.
   */
  listQuery(
    viewer: Viewer,
    scope: AccessScope,
    filter: RequestFilter | null | undefined,
  ): SelectQueryBuilder<BusinessRequestEntity> {
    const qb = this.dataSource.getRepository(BusinessRequestEntity).createQueryBuilder("r");
    applyScope(qb, scope, { dealerColumn: "r.dealer_id", accountColumn: "r.submitted_by" });
    if (filter?.todo) {
      qb.andWhere("r.status = 'PENDING'");
      if (viewer.account.kind === "VENDOR") {
        // Waiting on the viewer: the current step's role is one of the viewer's, and a channel
        // manager's step only for the dealers it manages.
        qb.andWhere("r.chain[r.current_step] = ANY(:roles)", { roles: [...viewer.vendorRoles] }).andWhere(
          `(r.chain[r.current_step] <> 'CHANNEL_MANAGER'
            OR EXISTS (SELECT 1 FROM dealer d WHERE d.id = r.dealer_id AND d.channel_manager_id = :me))`,
          { me: viewer.account.id },
        );
      }
    }
    if (filter?.status) qb.andWhere("r.status = :status", { status: filter.status });
    for (const [field, column, value] of [
      ["typeId", "type_id", filter?.typeId],
      ["dealerId", "dealer_id", filter?.dealerId],
    ] as const) {
      if (!value) continue;
      if (!isUUID(value)) throw invalid(field, "编号格式不正确", "not a valid id");
      qb.andWhere(`r.${column} = :${field}`, { [field]: value });
    }
    if (filter?.groupCode) {
      qb.andWhere("r.type_id IN (SELECT id FROM request_type WHERE group_code = :group)", { group: filter.groupCode });
    }
    const text = filter?.text?.trim();
    if (text) {
      // 申请编号 or the reduced order's number, in part.
      qb.andWhere(
        `(r.request_no ILIKE :like OR EXISTS (SELECT 1 FROM sales_order o WHERE o.id = r.order_id AND o.order_no ILIKE :like))`,
        { like: likePattern(text) },
      );
    }
    return qb;
  }

  async list(
    viewer: Viewer,
    scope: AccessScope,
    filter: RequestFilter | null | undefined,
    first: number,
    after?: string | null,
  ): Promise<Connection<BusinessRequestEntity>> {
    const qb = this.listQuery(viewer, scope, filter);
    const totalCount = await qb.clone().getCount();
    const cursor = decodeCursor(after);
    if (cursor) qb.andWhere("(r.created_at, r.id) < (:cAt, :cId)", { cAt: cursor.at, cId: cursor.id });
    const rows = await qb
      .orderBy("r.created_at", "DESC")
      .addOrderBy("r.id", "DESC")
      .take(first + 1)
      .getMany();
    return toConnection(rows, first, totalCount, (row) => ({ at: row.createdAt, id: row.id }));
  }

  /** The whole filtered list, newest first, in keyset batches (for the export). */
  async *batches(
    viewer: Viewer,
    scope: AccessScope,
    filter: RequestFilter | null | undefined,
    size: number,
  ): AsyncGenerator<BusinessRequestEntity[]> {
    let last: { at: Date; id: string } | null = null;
    for (;;) {
      const qb = this.listQuery(viewer, scope, filter);
      if (last) qb.andWhere("(r.created_at, r.id) < (:lAt, :lId)", { lAt: last.at, lId: last.id });
      const rows = await qb.orderBy("r.created_at", "DESC").addOrderBy("r.id", "DESC").take(size).getMany();
      if (rows.length === 0) return;
      yield rows;
      const tail = rows[rows.length - 1];
      if (!tail || rows.length < size) return;
      last = { at: tail.createdAt, id: tail.id };
    }
  }

  /** Whether the viewer may decide the request's current step now (the console shows the buttons). */
  async mayDecide(viewer: Viewer, request: BusinessRequestEntity): Promise<boolean> {
    if (viewer.account.kind !== "VENDOR" || request.status !== "PENDING") return false;
    const role = request.chain[request.currentStep - 1] ?? "";
    const dealer = await this.dataSource.getRepository(DealerEntity).findOneBy({ id: request.dealerId });
    return mayDecideStep(
      role,
      { roles: [...viewer.vendorRoles], accountId: viewer.account.id },
      dealer?.channelManagerId ?? null,
    );
  }

  async get(scope: AccessScope, id: string): Promise<BusinessRequestEntity> {
    if (!isUUID(id)) throw notFound("request");
    const qb = this.dataSource.getRepository(BusinessRequestEntity).createQueryBuilder("r").where("r.id = :id", { id });
    applyScope(qb, scope, { dealerColumn: "r.dealer_id", accountColumn: "r.submitted_by" });
    const request = await qb.getOne();
    if (!request) throw notFound("request");
    return request;
  }

  steps(requestId: string): Promise<RequestStepEntity[]> {
    return this.dataSource.getRepository(RequestStepEntity).find({ where: { requestId }, order: { stepNo: "ASC" } });
  }

  /** 提交业务申请 by a dealer account holding 业务申请. */
  async submit(viewer: Viewer, scope: AccessScope, input: SubmitRequestInput): Promise<BusinessRequestEntity> {
    const dealerId = viewer.account.dealerId;
    if (viewer.account.kind !== "DEALER" || !dealerId) throw new DomainError("FORBIDDEN");
    const type = await this.type(input.typeId);
    if (!type.active) throw invalid("typeId", "该申请类型已停用", "this request type is no longer offered");
    const checked = checkRequestPayload(type.fields, reductionPayload(type.action, input));
    if (!checked.ok) {
      const labels = checked.problems.map((p) => p.label);
      throw new DomainError(
        "VALIDATION_FAILED",
        { field: "payload", keys: checked.problems.map((p) => p.key) },
        { zh: `输入有误：请检查 ${labels.join("、")}`, en: `The input is not valid: check ${labels.join(", ")}` },
      );
    }
    const now = this.clock();
    const id = await this.dataSource.transaction(async (m) => {
      let orderId: string | null = null;
      let amount: number | null = null;
      if (type.action === "ORDER_REDUCTION") {
        ({ orderId, amount } = await this.reductionTarget(m, scope, dealerId, {
          ...input,
          orderNo: input.orderNo ?? payloadText(checked.payload.orderNo),
          amount: input.amount ?? payloadNumber(checked.payload.amount),
        }));
      }
      const [{ n } = { n: "0" }] = await m.query<{ n: string }[]>(
        `SELECT nextval('business_request_no_seq')::text AS n`,
      );
      const saved = await m.save(
        m.create(BusinessRequestEntity, {
          requestNo: `BR${shanghaiDateStamp(now)}${n.padStart(6, "0")}`,
          typeId: type.id,
          dealerId,
          submittedBy: viewer.account.id,
          status: "PENDING",
          chain: type.chain,
          currentStep: 1,
          payload: checked.payload,
          orderId,
          amount,
          remark: input.remark?.trim() || null,
          endedAt: null,
        }),
      );
      await this.audit.record(m, viewer, {
        dealerId,
        action: "request.submit",
        entityType: "request",
        entityId: saved.id,
        after: { typeId: type.id, ...requestSnapshot(saved) },
      });
      return saved.id;
    });
    return this.dataSource.getRepository(BusinessRequestEntity).findOneByOrFail({ id });
  }

  /** 撤回: the submitter withdraws a pending request. */
  async withdraw(viewer: Viewer, scope: AccessScope, id: string): Promise<BusinessRequestEntity> {
    const request = await this.get(scope, id);
    if (request.submittedBy !== viewer.account.id) throw new DomainError("FORBIDDEN");
    await this.dataSource.transaction(async (m) => {
      const ended = await updateReturning<{ id: string }>(
        m,
        `UPDATE business_request SET status = 'WITHDRAWN', ended_at = $2, updated_at = now()
          WHERE id = $1 AND status = 'PENDING' RETURNING id`,
        [id, this.clock()],
      );
      if (ended.length === 0) throw new DomainError("REQUEST_NOT_PENDING");
      await this.audit.record(m, viewer, {
        dealerId: request.dealerId,
        action: "request.withdraw",
        entityType: "request",
        entityId: id,
        before: requestSnapshot(request),
        after: { ...requestSnapshot(request), status: "WITHDRAWN" },
      });
    });
    return this.dataSource.getRepository(BusinessRequestEntity).findOneByOrFail({ id });
  }

  /**
   * A vendor approver decides the current step. The step row's primary key and the conditional
   * update on `current_step` make two concurrent decisions of one step act once (the other gets
   * REQUEST_NOT_PENDING or NOT_YOUR_STEP).
   */
  async decide(
    viewer: Viewer,
    id: string,
    step: number,
    decision: StepDecision,
    comment: string | null,
  ): Promise<BusinessRequestEntity> {
    if (viewer.account.kind !== "VENDOR") throw new DomainError("FORBIDDEN");
    const text = comment?.trim().slice(0, 500) || null;
    if (decision === "REJECTED" && !text) throw invalid("comment", "驳回时请填写原因", "give a reason to reject");
    const now = this.clock();
    await this.dataSource.transaction(async (m) => {
      const request = isUUID(id)
        ? await m.findOne(BusinessRequestEntity, { where: { id }, lock: { mode: "pessimistic_write" } })
        : null;
      if (!request) throw notFound("request");
      if (request.status !== "PENDING" || request.currentStep !== step) throw new DomainError("REQUEST_NOT_PENDING");
      const role = request.chain[step - 1] ?? "";
      const dealer = await m.findOneByOrFail(DealerEntity, { id: request.dealerId });
      if (
        !mayDecideStep(role, { roles: [...viewer.vendorRoles], accountId: viewer.account.id }, dealer.channelManagerId)
      ) {
        throw new DomainError("NOT_YOUR_STEP", { role });
      }
      await m.insert(RequestStepEntity, {
        requestId: id,
        stepNo: step,
        role,
        decision,
        comment: text,
        decidedBy: viewer.account.id,
        decidedAt: now,
      });
      const next = afterApproval(step, request.chain.length);
      const status = decision === "REJECTED" ? "REJECTED" : next.done ? "APPROVED" : "PENDING";
      const moved = await updateReturning<{ id: string }>(
        m,
        `UPDATE business_request SET status = $3, current_step = $4, ended_at = $5, updated_at = now()
          WHERE id = $1 AND status = 'PENDING' AND current_step = $2 RETURNING id`,
        [id, step, status, decision === "REJECTED" ? step : next.nextStep, status === "PENDING" ? null : now],
      );
      if (moved.length === 0) throw new DomainError("REQUEST_NOT_PENDING");
      if (status === "APPROVED") await this.runAction(m, request);
      const type = await m.findOneByOrFail(RequestTypeEntity, { id: request.typeId });
      await this.notices.raiseRequestDecision(m, {
        dealerId: request.dealerId,
        accountId: request.submittedBy,
        requestId: id,
        requestNo: request.requestNo,
        requestTypeName: type.name,
        decision: status === "PENDING" ? "STEP_APPROVED" : status,
        comment: text,
      });
      await this.audit.record(m, viewer, {
        dealerId: request.dealerId,
        action: decision === "REJECTED" ? "request.reject" : "request.approve",
        entityType: "request",
        entityId: id,
        before: requestSnapshot(request),
        after: { status, currentStep: decision === "REJECTED" ? step : next.nextStep, step, role, comment: text },
      });
    });
    return this.dataSource.getRepository(BusinessRequestEntity).findOneByOrFail({ id });
  }

  /** The last approval's effect: a reduction lowers the order's amount due, still within it. */
  private async runAction(m: EntityManager, request: BusinessRequestEntity): Promise<void> {
    if (!request.orderId || !request.amount) return;
    const reduced = await updateReturning<{ id: string }>(
      m,
      `UPDATE sales_order SET reduction_amount = reduction_amount + $2, updated_at = now()
        WHERE id = $1 AND dealer_id = $3 AND status = 'PENDING_PAYMENT' AND amount_due >= $2
        RETURNING id`,
      [request.orderId, request.amount, request.dealerId],
    );
    if (reduced.length === 0) {
      throw new DomainError("REDUCTION_NOT_ALLOWED", { reason: "ORDER_CHANGED", orderId: request.orderId });
    }
  }

  /** 减免订单总金额: the viewer's dealer's own 待扣款 order (one it can see), at most its amount due. */
  private async reductionTarget(
    m: EntityManager,
    scope: AccessScope,
    dealerId: string,
    input: SubmitRequestInput,
  ): Promise<{ orderId: string; amount: number }> {
    const amount = input.amount ?? 0;
    if (!Number.isSafeInteger(amount) || amount <= 0) {
      throw invalid("amount", "请填写减免金额", "give the amount to reduce");
    }
    const byNo = input.orderNo?.trim();
    if (!byNo && !(input.orderId && isUUID(input.orderId)))
      throw invalid("orderNo", "请填写订单号", "give the order number");
    const qb = m
      .createQueryBuilder()
      .select(["o.id AS id", "o.status AS status", "o.amount_due::text AS amount_due"])
      .from("sales_order", "o")
      .where(byNo ? "o.order_no = :no" : "o.id = :id", { no: byNo, id: input.orderId });
    applyScope(qb, scope, { dealerColumn: "o.dealer_id", accountColumn: "o.created_by" });
    const order = await qb.andWhere("o.dealer_id = :dealerId", { dealerId }).getRawOne<{
      id: string;
      status: string;
      amount_due: string;
    }>();
    if (!order || order.status !== "PENDING_PAYMENT" || amount > Number(order.amount_due)) {
      throw new DomainError("REDUCTION_NOT_ALLOWED", {
        status: order?.status ?? null,
        amountDue: order ? Number(order.amount_due) : null,
      });
    }
    return { orderId: order.id, amount };
  }
}
