import {
  CUMULATIVE_TRIAL_MAX_DAYS,
  FIRST_TRIAL_MAX_DAYS,
  addShanghaiMonths,
  allowedGiftMonths,
  confirmationReasons,
  domainNameErrorMessage,
  isTrialOrder,
  normalizeDomain,
  quoteOrder,
  remainingDays,
  shanghaiDateStamp,
  type ConfirmationReason,
  type OrderType,
} from "@crm/domain";
import { isUUID } from "class-validator";
import type { DataSource, EntityManager } from "typeorm";
import { applyScope, type AccessScope } from "../../access/access-scope";
import type { Viewer } from "../../access/viewer";
import type { Clock } from "../../shared/clock";
import { DomainError, invalid, notFound } from "../../shared/domain-error";
import { likePattern } from "../../shared/like-pattern";
import { decodeCursor, toConnection, type Connection } from "../../shared/pagination";
import type { AuditService } from "../audit/audit.service";
import type { EnterpriseService } from "../enterprise/enterprise.service";
import { EnterpriseEntity } from "../enterprise/enterprise.entity";
import { ENTERPRISE_SCOPE } from "../enterprise/enterprise.repository";
import { ServiceEntity } from "../service/service.entity";
import type { CreateOrderInput } from "./dto/create-order.input";
import type { OrderFilter } from "./dto/order-filter.input";
import { OrderEntity } from "./order.entity";

/** The price terms of an edition for a dealer (the pricing module). */
export interface PriceTerms {
  editionId: string;
  productLineId: string;
  isSpecial: boolean;
  active: boolean;
  listPrice: number;
  rateBp: number;
  giftRule: { perPaidMonths: number; maxGift: number };
}

/** What orders need from the other modules, each read or written inside the order's transaction. */
export interface OrderCollaborators {
  pricing: { priceTerms(m: EntityManager, dealerId: string, editionId: string): Promise<PriceTerms | null> };
  ledger: {
    debit(
      m: EntityManager,
      input: { dealerId: string; orderId: string; amount: number; viewer: Viewer; note?: string },
    ): Promise<unknown>;
  };
  registrations: {
    heldBy(m: EntityManager, key: { productLineId: string; domain: string }, at: Date): Promise<string | null>;
    markConverted(
      m: EntityManager,
      key: { dealerId: string; productLineId: string; domain: string },
      at: Date,
    ): Promise<unknown>;
  };
  verifications: { isDomainVerified(domain: string, m?: EntityManager): Promise<boolean> };
}

/** Everything an order will be, computed before it is written (and shown by `orderQuote`). */
export interface OrderPlan {
  type: OrderType;
  dealerId: string;
  enterpriseId: string;
  productLineId: string;
  domain: string;
  editionId: string;
  serviceId: string | null;
  seats: number;
  months: number;
  giftMonths: number;
  trialDays: number;
  listAmount: number;
  settlementAmount: number;
  allowedGiftMonths: number;
  confirmationReasons: ConfirmationReason[];
  /** Days of the current term an expansion pays for. */
  remainingDays: number | null;
  /** 扩容: the service's expiry those days run to. */
  pricedExpiresAt: Date | null;
}

const SERVICE_TYPES: readonly OrderType[] = ["EXPANSION", "RENEWAL", "TRIAL_CONVERT", "TRIAL_EXTEND"];
const DAY_MS = 86_400_000;

function orderSnapshot(o: OrderEntity): Record<string, unknown> {
  return {
    orderNo: o.orderNo,
    type: o.type,
    status: o.status,
    domain: o.domain,
    editionId: o.editionId,
    serviceId: o.serviceId,
    seats: o.seats,
    months: o.months,
    giftMonths: o.giftMonths,
    trialDays: o.trialDays,
    listAmount: o.listAmount,
    settlementAmount: o.settlementAmount,
    reductionAmount: o.reductionAmount,
    confirmationReasons: o.confirmationReasons,
  };
}

/**
 * 订单 (SPEC §6): creation with its rules, vendor confirmation, closing, and payment — one
 * transaction that debits the virtual account, creates or extends the service and converts the
 * registration, idempotent per client key.
 */
export class OrderService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly enterprises: EnterpriseService,
    private readonly collaborators: OrderCollaborators,
    private readonly clock: Clock,
  ) {}

  async list(
    scope: AccessScope,
    filter: OrderFilter | null | undefined,
    first: number,
    after?: string | null,
  ): Promise<Connection<OrderEntity>> {
    const qb = this.dataSource.getRepository(OrderEntity).createQueryBuilder("o");
    applyScope(qb, scope, { dealerColumn: "o.dealer_id", accountColumn: "o.created_by" });
    for (const [field, column, value] of [
      ["productLineId", "product_line_id", filter?.productLineId],
      ["enterpriseId", "enterprise_id", filter?.enterpriseId],
      ["dealerId", "dealer_id", filter?.dealerId],
    ] as const) {
      if (!value) continue;
      if (!isUUID(value)) throw invalid(field, "编号格式不正确", "not a valid id");
      qb.andWhere(`o.${column} = :${field}`, { [field]: value });
    }
    if (filter?.statuses?.length) qb.andWhere("o.status = ANY(:statuses)", { statuses: filter.statuses });
    if (filter?.types?.length) qb.andWhere("o.type = ANY(:types)", { types: filter.types });
    if (filter?.createdFrom) qb.andWhere("o.created_at >= :from", { from: filter.createdFrom });
    if (filter?.createdTo) qb.andWhere("o.created_at < :to", { to: filter.createdTo });
    const text = filter?.text?.trim();
    if (text) qb.andWhere("(o.order_no ILIKE :like OR o.domain ILIKE :like)", { like: likePattern(text) });
    const totalCount = await qb.clone().getCount();
    const cursor = decodeCursor(after);
    if (cursor) qb.andWhere("(o.created_at, o.id) < (:cAt, :cId)", { cAt: cursor.at, cId: cursor.id });
    const rows = await qb
      .orderBy("o.created_at", "DESC")
      .addOrderBy("o.id", "DESC")
      .take(first + 1)
      .getMany();
    return toConnection(rows, first, totalCount, (row) => ({ at: row.createdAt, id: row.id }));
  }

  async get(scope: AccessScope, id: string, m: EntityManager = this.dataSource.manager): Promise<OrderEntity> {
    if (!isUUID(id)) throw notFound("order");
    const qb = m.getRepository(OrderEntity).createQueryBuilder("o").where("o.id = :id", { id });
    applyScope(qb, scope, { dealerColumn: "o.dealer_id", accountColumn: "o.created_by" });
    const order = await qb.getOne();
    if (!order) throw notFound("order");
    return order;
  }

  async editionName(editionId: string): Promise<string> {
    const [row] = await this.dataSource.query<{ name: string }[]>(`SELECT name FROM edition WHERE id = $1`, [
      editionId,
    ]);
    return row?.name ?? "";
  }

  /**
   * The service an order created or acts on, when the viewer sees it — a service is visible
   * exactly when its enterprise is (modules/service), which an order's creator may no longer see
   * (the enterprise reassigned, or gone to another dealer).
   */
  async serviceOf(scope: AccessScope, order: OrderEntity): Promise<ServiceEntity | null> {
    if (!order.serviceId) return null;
    const qb = this.dataSource
      .getRepository(ServiceEntity)
      .createQueryBuilder("s")
      .innerJoin(EnterpriseEntity, "e", "e.id = s.enterprise_id")
      .where("s.id = :id", { id: order.serviceId });
    applyScope(qb, scope, ENTERPRISE_SCOPE);
    if (scope.kind === "dealer") qb.andWhere("s.dealer_id = e.dealer_id");
    return qb.getOne();
  }

  /** The price, gift allowance and confirmation reasons an order would get, without writing it. */
  quote(viewer: Viewer, scope: AccessScope, input: CreateOrderInput): Promise<OrderPlan> {
    return this.dataSource.transaction((m) => this.plan(m, viewer, scope, input, this.clock()));
  }

  /**
   * 提单. Goes to 待确认 when a confirmation rule holds, otherwise to 待扣款; a trial (or trial
   * extension) with no reason to confirm needs no payment and starts at once.
   */
  async create(viewer: Viewer, scope: AccessScope, input: CreateOrderInput): Promise<OrderEntity> {
    const now = this.clock();
    const id = await this.dataSource.transaction(async (m) => {
      const plan = await this.plan(m, viewer, scope, input, now);
      const [{ n } = { n: "0" }] = await m.query<{ n: string }[]>(`SELECT nextval('sales_order_no_seq')::text AS n`);
      const status = plan.confirmationReasons.length > 0 ? "PENDING_CONFIRMATION" : "PENDING_PAYMENT";
      const order = await m.save(
        m.create(OrderEntity, {
          orderNo: `SO${shanghaiDateStamp(now)}${n.padStart(6, "0")}`,
          dealerId: plan.dealerId,
          createdBy: viewer.account.id,
          enterpriseId: plan.enterpriseId,
          productLineId: plan.productLineId,
          domain: plan.domain,
          editionId: plan.editionId,
          type: plan.type,
          serviceId: plan.serviceId,
          pricedExpiresAt: plan.pricedExpiresAt,
          seats: plan.seats,
          months: plan.months,
          giftMonths: plan.giftMonths,
          trialDays: plan.trialDays,
          remark: input.remark?.trim() || null,
          listAmount: plan.listAmount,
          settlementAmount: plan.settlementAmount,
          reductionAmount: 0,
          status,
          confirmationReasons: plan.confirmationReasons,
          decidedBy: null,
          decidedAt: null,
          rejectReason: null,
          paidBy: null,
          paidAt: null,
          closedBy: null,
          closedAt: null,
        }),
      );
      await this.audit.record(m, viewer, {
        dealerId: plan.dealerId,
        action: "order.create",
        entityType: "order",
        entityId: order.id,
        after: orderSnapshot(order),
      });
      if (status === "PENDING_PAYMENT" && isTrialOrder(plan.type)) await this.settle(m, viewer, order.id, now);
      return order.id;
    });
    return this.dataSource.getRepository(OrderEntity).findOneByOrFail({ id });
  }

  /** Vendor operations confirm a 待确认 order: it becomes payable (a trial starts at once). */
  async confirm(viewer: Viewer, id: string): Promise<OrderEntity> {
    const now = this.clock();
    await this.dataSource.transaction(async (m) => {
      const before = await this.lockOrder(m, id);
      if (before.status !== "PENDING_CONFIRMATION") throw new DomainError("ORDER_STATUS_CHANGED");
      await m.update(OrderEntity, { id }, { status: "PENDING_PAYMENT", decidedBy: viewer.account.id, decidedAt: now });
      await this.recordTransition(m, viewer, before, "order.confirm");
      if (isTrialOrder(before.type)) await this.settle(m, viewer, id, now);
    });
    return this.dataSource.getRepository(OrderEntity).findOneByOrFail({ id });
  }

  /** Vendor operations reject a 待确认 order, with a reason the dealer sees. */
  async reject(viewer: Viewer, id: string, reason: string): Promise<OrderEntity> {
    const text = reason.trim();
    if (!text) throw invalid("reason", "请填写驳回原因", "give a reason");
    await this.dataSource.transaction(async (m) => {
      const before = await this.lockOrder(m, id);
      if (before.status !== "PENDING_CONFIRMATION") throw new DomainError("ORDER_STATUS_CHANGED");
      await m.update(
        OrderEntity,
        { id },
        { status: "REJECTED", decidedBy: viewer.account.id, decidedAt: this.clock(), rejectReason: text },
      );
      await this.recordTransition(m, viewer, before, "order.reject");
    });
    return this.dataSource.getRepository(OrderEntity).findOneByOrFail({ id });
  }

  /** A dealer closes an unpaid order (待确认 or 待扣款). */
  async close(viewer: Viewer, scope: AccessScope, id: string): Promise<OrderEntity> {
    await this.get(scope, id);
    await this.dataSource.transaction(async (m) => {
      const before = await this.lockOrder(m, id);
      if (before.status !== "PENDING_CONFIRMATION" && before.status !== "PENDING_PAYMENT") {
        throw new DomainError("ORDER_STATUS_CHANGED");
      }
      await m.update(OrderEntity, { id }, { status: "CLOSED", closedBy: viewer.account.id, closedAt: this.clock() });
      await this.recordTransition(m, viewer, before, "order.close");
    });
    return this.dataSource.getRepository(OrderEntity).findOneByOrFail({ id });
  }

  /**
   * 扣款: debits the balance, creates or extends the service and converts the registration, in
   * one transaction. Idempotent per (dealer, key): a retry or a concurrent double click with the
   * same key waits for the first attempt and returns its order; an order is debited once at most.
   */
  async pay(viewer: Viewer, scope: AccessScope, id: string, idempotencyKey: string): Promise<OrderEntity> {
    const key = idempotencyKey.trim();
    if (key.length < 8 || key.length > 100) {
      throw invalid("idempotencyKey", "请求编号须为 8–100 个字符", "use 8–100 characters");
    }
    const order = await this.get(scope, id);
    const dealerId = viewer.account.dealerId;
    if (!dealerId || order.dealerId !== dealerId) throw new DomainError("FORBIDDEN");
    const now = this.clock();
    await this.dataSource.transaction(async (m) => {
      const claimed = await m.query<{ order_id: string }[]>(
        `INSERT INTO payment_request (dealer_id, idempotency_key, order_id) VALUES ($1, $2, $3)
         ON CONFLICT (dealer_id, idempotency_key) DO NOTHING RETURNING order_id`,
        [dealerId, key, id],
      );
      if (claimed.length === 0) {
        // An earlier attempt with this key committed: answer with its order.
        const [earlier] = await m.query<{ order_id: string }[]>(
          `SELECT order_id FROM payment_request WHERE dealer_id = $1 AND idempotency_key = $2`,
          [dealerId, key],
        );
        if (earlier?.order_id !== id) throw new DomainError("IDEMPOTENCY_KEY_REUSED");
        return;
      }
      const locked = await this.lockOrder(m, id);
      if (locked.status === "PAID") return; // paid before under another key: never twice
      if (locked.status !== "PENDING_PAYMENT") throw new DomainError("ORDER_NOT_PAYABLE", { status: locked.status });
      // Before any money moves: the order must still fit what it acts on.
      await this.recheck(m, locked, now);
      await this.settle(m, viewer, id, now);
      // The debit comes last: the dealer's balance row lock it takes is the one every payment of
      // the dealer queues on, so it is held for the debit and the commit only. A refusal
      // (INSUFFICIENT_BALANCE) still changes nothing: the whole transaction rolls back.
      if (locked.amountDue > 0) {
        await this.collaborators.ledger.debit(m, {
          dealerId,
          orderId: id,
          amount: locked.amountDue,
          viewer,
          note: `订单 ${locked.orderNo}`,
        });
      }
    });
    return this.dataSource.getRepository(OrderEntity).findOneByOrFail({ id });
  }

  /** Marks the order paid and applies it to its service; converts the registration of a paid order. */
  private async settle(m: EntityManager, viewer: Viewer, id: string, now: Date): Promise<void> {
    const order = await this.lockOrder(m, id);
    const serviceId = await this.applyToService(m, order, now);
    await m.update(OrderEntity, { id }, { status: "PAID", paidAt: now, paidBy: viewer.account.id, serviceId });
    if (!isTrialOrder(order.type)) {
      await this.collaborators.registrations.markConverted(
        m,
        { dealerId: order.dealerId, productLineId: order.productLineId, domain: order.domain },
        now,
      );
    }
    await this.recordTransition(m, viewer, order, isTrialOrder(order.type) ? "order.activate" : "order.pay");
  }

  /** Creates or extends the 已开通服务 the order is for; returns its id. */
  private async applyToService(m: EntityManager, order: OrderEntity, now: Date): Promise<string> {
    const paidTerm = order.months + order.giftMonths;
    const services = m.getRepository(ServiceEntity);
    const service = await this.recheck(m, order, now);
    if (order.type === "TRIAL" || order.type === "NEW") {
      const created = await services.save(
        services.create({
          dealerId: order.dealerId,
          enterpriseId: order.enterpriseId,
          productLineId: order.productLineId,
          domain: order.domain,
          kind: order.type === "TRIAL" ? "TRIAL" : "PAID",
          editionId: order.editionId,
          seats: order.seats,
          startsAt: now,
          expiresAt:
            order.type === "TRIAL"
              ? new Date(now.getTime() + order.trialDays * DAY_MS)
              : addShanghaiMonths(now, paidTerm),
        }),
      );
      return created.id;
    }
    if (!service) throw new DomainError("SERVICE_REQUIRED");
    const from = service.expiresAt.getTime() > now.getTime() ? service.expiresAt : now;
    switch (order.type) {
      case "TRIAL_EXTEND":
        service.expiresAt = new Date(from.getTime() + order.trialDays * DAY_MS);
        break;
      case "TRIAL_CONVERT":
        service.kind = "PAID";
        service.editionId = order.editionId;
        service.seats = order.seats;
        service.startsAt = now;
        service.expiresAt = addShanghaiMonths(now, paidTerm);
        break;
      case "EXPANSION":
        service.seats += order.seats;
        break;
      case "RENEWAL":
        service.expiresAt = addShanghaiMonths(from, paidTerm);
        break;
      default:
        break;
    }
    await m.save(service);
    return service.id;
  }

  /**
   * What an order acts on may have changed since it was placed (or confirmed): checked again, under
   * the service's row lock, when it is paid or a trial starts. A new order or trial needs the
   * dealer to still hold the domain's registration (a paid new order converts it, so it opens one
   * service); conversions and extensions need the service to still be a trial; a renewal is priced
   * for the service's seats and an expansion for its expiry, so either must be unchanged
   * (ORDER_OUTDATED). Returns the locked service of the order's types that act on one.
   */
  private async recheck(m: EntityManager, order: OrderEntity, now: Date): Promise<ServiceEntity | null> {
    if (order.type === "TRIAL" || order.type === "NEW") {
      const key = { productLineId: order.productLineId, domain: order.domain };
      // Payments opening a service on one domain take turns: the second sees the first's conversion.
      await m.query(`SELECT pg_advisory_xact_lock(hashtext('open:' || $1 || ':' || $2))`, [
        key.productLineId,
        key.domain,
      ]);
      // Asked for the time after the lock: a payment that waited for it must see the earlier one's
      // conversion, which ended the registration at that payment's own (possibly later) "now".
      const at = new Date(Math.max(now.getTime(), this.clock().getTime()));
      const holder = await this.collaborators.registrations.heldBy(m, key, at);
      if (holder !== order.dealerId) throw new DomainError("REGISTRATION_REQUIRED");
      return null;
    }
    const service = order.serviceId
      ? await m.findOne(ServiceEntity, { where: { id: order.serviceId }, lock: { mode: "pessimistic_write" } })
      : null;
    if (!service || service.dealerId !== order.dealerId) throw new DomainError("SERVICE_REQUIRED");
    const wanted = order.type === "TRIAL_CONVERT" || order.type === "TRIAL_EXTEND" ? "TRIAL" : "PAID";
    if (service.kind !== wanted) throw new DomainError("SERVICE_REQUIRED", { kind: service.kind });
    if (order.type === "RENEWAL" && service.seats !== order.seats) {
      throw new DomainError("ORDER_OUTDATED", { seats: service.seats, orderSeats: order.seats });
    }
    if (order.type === "EXPANSION") {
      const moved = order.pricedExpiresAt !== null && order.pricedExpiresAt.getTime() !== service.expiresAt.getTime();
      if (moved || service.expiresAt.getTime() <= now.getTime()) {
        throw new DomainError("ORDER_OUTDATED", { expiresAt: service.expiresAt.toISOString() });
      }
    }
    return service;
  }

  /** Checks every rule of SPEC §6 for the order and prices it. Throws the first rule broken. */
  private async plan(
    m: EntityManager,
    viewer: Viewer,
    scope: AccessScope,
    input: CreateOrderInput,
    now: Date,
  ): Promise<OrderPlan> {
    const dealerId = viewer.account.dealerId;
    if (viewer.account.kind !== "DEALER" || !dealerId) throw new DomainError("FORBIDDEN");
    const type = input.type;
    const target = SERVICE_TYPES.includes(type)
      ? await this.serviceTarget(m, scope, dealerId, input, now)
      : await this.enterpriseTarget(m, scope, input);

    const editionId = input.editionId ?? target.editionId;
    if (!editionId || !isUUID(editionId)) throw invalid("editionId", "请选择版本", "choose an edition");
    const terms = await this.collaborators.pricing.priceTerms(m, dealerId, editionId);
    if (!terms || !terms.active) throw invalid("editionId", "请选择在售的版本", "choose an edition on sale");
    if (target.productLineId && terms.productLineId !== target.productLineId) {
      throw invalid("editionId", "版本不属于该服务的产品线", "the edition belongs to another product line");
    }
    if (type === "EXPANSION" || type === "RENEWAL" || type === "TRIAL_EXTEND") {
      if (target.editionId && editionId !== target.editionId) {
        throw invalid(
          "editionId",
          "扩容、续费与试用延期沿用服务的版本",
          "expansion, renewal and extension keep the edition",
        );
      }
    }
    const productLineId = terms.productLineId;
    const domain = target.domain;

    let seats = input.seats ?? target.seats ?? null;
    let months = 0;
    let trialDays = 0;
    const giftMonths = isTrialOrder(type) ? 0 : (input.giftMonths ?? 0);

    // New business needs the dealer to hold the domain's active registration (SPEC §5, §6).
    if (type === "TRIAL" || type === "NEW") {
      const holder = await this.collaborators.registrations.heldBy(m, { productLineId, domain }, now);
      if (holder !== dealerId) throw new DomainError("REGISTRATION_REQUIRED");
    }
    if (isTrialOrder(type)) {
      trialDays = input.trialDays ?? 0;
      if (trialDays < 1) throw invalid("trialDays", "请填写试用天数", "give the trial days");
      if (type === "TRIAL" && trialDays > FIRST_TRIAL_MAX_DAYS) {
        throw new DomainError("TRIAL_TOO_LONG", { max: FIRST_TRIAL_MAX_DAYS });
      }
      if (type === "TRIAL_EXTEND" && !(await this.collaborators.verifications.isDomainVerified(domain, m))) {
        throw new DomainError("DOMAIN_NOT_VERIFIED");
      }
      // Trials of one domain and product line take turns, so their sum can't overshoot 30 days.
      await m.query(`SELECT pg_advisory_xact_lock(hashtext('trial:' || $1 || ':' || $2))`, [productLineId, domain]);
      const [used] = await m.query<{ days: number }[]>(
        `SELECT coalesce(sum(trial_days), 0)::int AS days FROM sales_order
          WHERE product_line_id = $1 AND domain = $2 AND status NOT IN ('CLOSED', 'REJECTED')`,
        [productLineId, domain],
      );
      const usedDays = used?.days ?? 0;
      if (usedDays + trialDays > CUMULATIVE_TRIAL_MAX_DAYS) {
        throw new DomainError("TRIAL_LIMIT_REACHED", {
          used: usedDays,
          max: CUMULATIVE_TRIAL_MAX_DAYS,
          left: Math.max(0, CUMULATIVE_TRIAL_MAX_DAYS - usedDays),
        });
      }
    } else if (type !== "EXPANSION") {
      months = input.months ?? 0;
      if (months < 1) throw invalid("months", "请填写购买月数", "give the months to buy");
    }
    if (type === "EXPANSION" && !input.seats) throw invalid("seats", "请填写扩容数量", "give the seats to add");
    // A renewal extends every seat of the service, so it is priced for every seat (more seats: 扩容).
    if (type === "RENEWAL" && input.seats != null && input.seats !== target.seats) {
      throw invalid(
        "seats",
        `续费数量须与服务的数量一致（${target.seats ?? 0}）；增加数量请扩容`,
        `a renewal is for all of the service's ${target.seats ?? 0} seats; add seats with an expansion`,
      );
    }
    if (type === "EXPANSION") seats = input.seats ?? null;
    if (!seats || seats < 1) throw invalid("seats", "请填写数量", "give the number of seats");

    const remaining = type === "EXPANSION" ? remainingDays(now, target.expiresAt ?? now) : null;
    const price = quoteOrder({
      type,
      listPrice: terms.listPrice,
      rateBp: terms.rateBp,
      seats,
      months,
      remainingDays: remaining ?? undefined,
    });
    // Exact only up to 2^53 − 1 分 (a huge expansion of a service renewed for decades gets there).
    if (!Number.isSafeInteger(price.listAmount) || !Number.isSafeInteger(price.settlementAmount)) {
      throw new DomainError(
        "INVALID_AMOUNT",
        { field: "seats" },
        {
          zh: "订单金额超出上限，请减少数量或时长",
          en: "The order's amount is beyond the limit; order fewer seats or a shorter term",
        },
      );
    }
    const allowed = allowedGiftMonths(months, terms.giftRule);
    const holdsSameEdition =
      type === "TRIAL" || type === "NEW" || type === "TRIAL_CONVERT"
        ? await this.enterpriseHoldsEdition(m, target.enterpriseId, editionId, target.serviceId, now)
        : false;
    return {
      type,
      dealerId,
      enterpriseId: target.enterpriseId,
      productLineId,
      domain,
      editionId,
      serviceId: target.serviceId,
      seats,
      months,
      giftMonths,
      trialDays,
      listAmount: price.listAmount,
      settlementAmount: price.settlementAmount,
      allowedGiftMonths: allowed,
      confirmationReasons: confirmationReasons({
        specialEdition: terms.isSpecial,
        enterpriseHoldsSameEdition: holdsSameEdition,
        giftMonths,
        allowedGiftMonths: allowed,
      }),
      remainingDays: remaining,
      pricedExpiresAt: type === "EXPANSION" ? target.expiresAt : null,
    };
  }

  private async enterpriseTarget(m: EntityManager, scope: AccessScope, input: CreateOrderInput) {
    if (!input.enterpriseId) throw invalid("enterpriseId", "请选择企业", "choose an enterprise");
    const enterprise = await this.enterprises.get(scope, input.enterpriseId, m);
    const normalized = normalizeDomain(input.domain ?? "");
    if (!normalized.ok) {
      throw new DomainError(
        "INVALID_DOMAIN",
        { field: "domain", reason: normalized.reason },
        domainNameErrorMessage(normalized.reason),
      );
    }
    const domain = normalized.registrable;
    const [owned] = await m.query<unknown[]>(
      `SELECT 1 FROM enterprise_domain WHERE enterprise_id = $1 AND domain = $2`,
      [enterprise.id, domain],
    );
    if (!owned)
      throw invalid("domain", "该域名不是所选企业的域名", "the domain is not one of the enterprise's domains");
    return {
      enterpriseId: enterprise.id,
      domain,
      serviceId: null,
      editionId: null,
      productLineId: null,
      seats: null,
      expiresAt: null,
    };
  }

  /** The service an expansion, renewal or trial order acts on: the dealer's own, of the right kind. */
  private async serviceTarget(
    m: EntityManager,
    scope: AccessScope,
    dealerId: string,
    input: CreateOrderInput,
    now: Date,
  ) {
    if (!input.serviceId || !isUUID(input.serviceId)) throw new DomainError("SERVICE_REQUIRED");
    const service = await m.findOneBy(ServiceEntity, { id: input.serviceId });
    if (!service || service.dealerId !== dealerId) throw new DomainError("SERVICE_REQUIRED");
    await this.enterprises.get(scope, service.enterpriseId, m).catch(() => {
      throw new DomainError("SERVICE_REQUIRED");
    });
    const wanted = input.type === "TRIAL_CONVERT" || input.type === "TRIAL_EXTEND" ? "TRIAL" : "PAID";
    if (service.kind !== wanted) throw new DomainError("SERVICE_REQUIRED", { kind: service.kind });
    if (input.type === "EXPANSION" && service.expiresAt.getTime() <= now.getTime()) {
      throw new DomainError("SERVICE_REQUIRED", { expired: true });
    }
    return {
      enterpriseId: service.enterpriseId,
      domain: service.domain,
      serviceId: service.id,
      editionId: service.editionId,
      productLineId: service.productLineId,
      seats: service.seats,
      expiresAt: service.expiresAt,
    };
  }

  private async enterpriseHoldsEdition(
    m: EntityManager,
    enterpriseId: string,
    editionId: string,
    exceptServiceId: string | null,
    now: Date,
  ): Promise<boolean> {
    // A service it holds, or one an open order of it will open (two unpaid new orders are two services).
    const [row] = await m.query<unknown[]>(
      `SELECT 1 FROM service WHERE enterprise_id = $1 AND edition_id = $2 AND expires_at > $3
          AND ($4::uuid IS NULL OR id <> $4)
       UNION ALL
       SELECT 1 FROM sales_order WHERE enterprise_id = $1 AND edition_id = $2
          AND type IN ('TRIAL', 'NEW', 'TRIAL_CONVERT') AND status IN ('PENDING_CONFIRMATION', 'PENDING_PAYMENT')
          AND ($4::uuid IS NULL OR service_id IS DISTINCT FROM $4)
       LIMIT 1`,
      [enterpriseId, editionId, now, exceptServiceId],
    );
    return row !== undefined;
  }

  private async lockOrder(m: EntityManager, id: string): Promise<OrderEntity> {
    if (!isUUID(id)) throw notFound("order");
    // FOR NO KEY UPDATE, not FOR UPDATE: rows referencing the order (payment_request, ledger_entry)
    // take FOR KEY SHARE on it, and two payments each holding that while waiting for FOR UPDATE
    // would deadlock. NO KEY UPDATE still makes writers of one order take turns.
    const order = await m.findOne(OrderEntity, { where: { id }, lock: { mode: "for_no_key_update" } });
    if (!order) throw notFound("order");
    return order;
  }

  private async recordTransition(m: EntityManager, viewer: Viewer, before: OrderEntity, action: string) {
    const after = await m.findOneByOrFail(OrderEntity, { id: before.id });
    await this.audit.record(m, viewer, {
      dealerId: before.dealerId,
      action,
      entityType: "order",
      entityId: before.id,
      before: { orderNo: before.orderNo, status: before.status, serviceId: before.serviceId },
      after: {
        orderNo: after.orderNo,
        status: after.status,
        serviceId: after.serviceId,
        rejectReason: after.rejectReason,
      },
    });
  }
}
