import { normalizeTaxNumber } from "@crm/domain";
import { isUUID } from "class-validator";
import type { DataSource, EntityManager } from "typeorm";
import type { Viewer } from "../../access/viewer";
import { isUniqueViolation } from "../../shared/db-errors";
import { DomainError, invalid, notFound } from "../../shared/domain-error";
import { decodeCursor, toConnection, type Connection } from "../../shared/pagination";
import type { AuditService } from "../audit/audit.service";
import { applyFinanceScope, mayRecordMoney, mayRequestInvoices, type FinanceScope } from "../ledger/finance-access";
import type { InvoiceRequestFilter, IssueInvoiceInput, RequestInvoiceInput } from "./dto/invoice.input";
import { InvoiceRequestEntity } from "./invoice-request.entity";
import type { InvoiceableOrder } from "./invoiceable-order.type";

/** One open or issued request per order. */
const OPEN_PER_ORDER = "invoice_request_order_uq";

function snapshot(r: InvoiceRequestEntity): Record<string, unknown> {
  return {
    orderId: r.orderId,
    title: r.title,
    taxNumber: r.taxNumber,
    amount: r.amount,
    note: r.note,
    status: r.status,
    invoiceNo: r.invoiceNo,
    handledNote: r.handledNote,
  };
}

interface OrderFacts {
  id: string;
  dealer_id: string;
  status: string;
  amount_due: string;
}

/**
 * 开具发票 (SPEC §7). A dealer account holding 查看经销商财务信息 asks for an invoice of one of
 * its dealer's paid orders (the amount is the order's amount due); vendor finance issues it
 * (with the invoice number) or rejects it (with a reason). Orders are read by SQL: this module
 * needs only their dealer, status and amount due.
 */
export class InvoiceService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async request(viewer: Viewer, input: RequestInvoiceInput): Promise<InvoiceRequestEntity> {
    const dealerId = viewer.account.dealerId;
    if (!mayRequestInvoices(viewer) || !dealerId) throw new DomainError("FORBIDDEN");
    if (!isUUID(input.orderId)) throw notFound("order");
    const title = input.title.trim();
    if (!title) throw invalid("title", "请填写发票抬头", "enter the invoice title");
    const taxNumber = normalizeTaxNumber(input.taxNumber);
    if (!taxNumber) {
      throw invalid("taxNumber", "纳税人识别号为 15–20 位字母或数字", "a taxpayer number is 15–20 letters or digits");
    }
    try {
      return await this.dataSource.transaction(async (m) => {
        const order = await this.orderOf(m, input.orderId);
        if (!order || order.dealer_id !== dealerId) throw notFound("order");
        const amountDue = Number(order.amount_due);
        if (order.status !== "PAID" || amountDue <= 0) {
          throw new DomainError("ORDER_NOT_INVOICEABLE", { status: order.status, amountDue });
        }
        const [open] = await m.query<{ id: string }[]>(
          `SELECT id FROM invoice_request WHERE order_id = $1 AND status <> 'REJECTED'`,
          [order.id],
        );
        if (open) throw new DomainError("INVOICE_ALREADY_REQUESTED", { invoiceRequestId: open.id });
        const saved = await m.save(
          m.create(InvoiceRequestEntity, {
            dealerId,
            orderId: order.id,
            title,
            taxNumber,
            amount: amountDue,
            note: input.note?.trim() || null,
            status: "REQUESTED",
            invoiceNo: null,
            handledNote: null,
            requestedBy: viewer.account.id,
            handledBy: null,
            handledAt: null,
          }),
        );
        await this.audit.record(m, viewer, {
          dealerId,
          action: "invoice.request",
          entityType: "invoice_request",
          entityId: saved.id,
          after: snapshot(saved),
        });
        return saved;
      });
    } catch (error) {
      // Two requests for one order at the same moment: the partial unique index lets one through.
      if (isUniqueViolation(error, OPEN_PER_ORDER)) throw new DomainError("INVOICE_ALREADY_REQUESTED");
      throw error;
    }
  }

  /** Finance issues a requested invoice, with its number. */
  async issue(viewer: Viewer, id: string, input: IssueInvoiceInput): Promise<InvoiceRequestEntity> {
    const invoiceNo = input.invoiceNo.trim();
    if (!invoiceNo) throw invalid("invoiceNo", "请填写发票号码", "enter the invoice number");
    return this.handle(viewer, id, "ISSUED", { invoiceNo, note: input.note?.trim() || null });
  }

  /** Finance rejects a requested invoice, saying why. */
  async reject(viewer: Viewer, id: string, note: string): Promise<InvoiceRequestEntity> {
    const reason = note.trim();
    if (!reason) throw invalid("note", "请填写驳回原因", "say why it is rejected");
    return this.handle(viewer, id, "REJECTED", { invoiceNo: null, note: reason });
  }

  async list(
    scope: FinanceScope,
    filter: InvoiceRequestFilter | null | undefined,
    first: number,
    after?: string | null,
  ): Promise<Connection<InvoiceRequestEntity>> {
    const qb = this.dataSource.getRepository(InvoiceRequestEntity).createQueryBuilder("i");
    applyFinanceScope(qb, scope, "i.dealer_id");
    for (const [field, column] of [
      ["dealerId", "dealer_id"],
      ["orderId", "order_id"],
    ] as const) {
      const value = filter?.[field];
      if (!value) continue;
      if (!isUUID(value)) throw invalid(field, "编号格式不正确", "not a valid id");
      qb.andWhere(`i.${column} = :${field}`, { [field]: value });
    }
    if (filter?.status) qb.andWhere("i.status = :status", { status: filter.status });
    const totalCount = await qb.clone().getCount();
    const cursor = decodeCursor(after);
    if (cursor) qb.andWhere("(i.created_at, i.id) < (:cAt, :cId)", { cAt: cursor.at, cId: cursor.id });
    const rows = await qb
      .orderBy("i.created_at", "DESC")
      .addOrderBy("i.id", "DESC")
      .take(first + 1)
      .getMany();
    return toConnection(rows, first, totalCount, (row) => ({ at: row.createdAt, id: row.id }));
  }

  /** The viewer's dealer's paid orders that can still be invoiced, newest payment first. */
  async invoiceableOrders(viewer: Viewer, first: number): Promise<InvoiceableOrder[]> {
    const dealerId = viewer.account.dealerId;
    if (!mayRequestInvoices(viewer) || !dealerId) return [];
    const rows = await this.dataSource.query<
      { id: string; order_no: string; amount_due: string; paid_at: Date; enterprise_name: string | null }[]
    >(
      `SELECT o.id, o.order_no, o.amount_due::text AS amount_due, o.paid_at, e.name AS enterprise_name
         FROM sales_order o
         LEFT JOIN enterprise e ON e.id = o.enterprise_id
        WHERE o.dealer_id = $1 AND o.status = 'PAID' AND o.amount_due > 0
          AND NOT EXISTS (SELECT 1 FROM invoice_request i WHERE i.order_id = o.id AND i.status <> 'REJECTED')
        ORDER BY o.paid_at DESC, o.id DESC
        LIMIT $2`,
      [dealerId, Math.min(Math.max(first, 1), 200)],
    );
    return rows.map((r) => ({
      orderId: r.id,
      orderNo: r.order_no,
      amount: Number(r.amount_due),
      paidAt: r.paid_at,
      enterpriseName: r.enterprise_name,
    }));
  }

  private async handle(
    viewer: Viewer,
    id: string,
    status: "ISSUED" | "REJECTED",
    change: { invoiceNo: string | null; note: string | null },
  ): Promise<InvoiceRequestEntity> {
    if (!mayRecordMoney(viewer)) throw new DomainError("FORBIDDEN");
    if (!isUUID(id)) throw notFound("invoice_request");
    return this.dataSource.transaction(async (m) => {
      const before = await m.findOne(InvoiceRequestEntity, { where: { id }, lock: { mode: "pessimistic_write" } });
      if (!before) throw notFound("invoice_request");
      if (before.status !== "REQUESTED") {
        throw new DomainError("INVOICE_ALREADY_HANDLED", { status: before.status });
      }
      await m.update(
        InvoiceRequestEntity,
        { id, status: "REQUESTED" },
        {
          status,
          invoiceNo: change.invoiceNo,
          handledNote: change.note,
          handledBy: viewer.account.id,
          handledAt: new Date(),
        },
      );
      const after = await m.findOneByOrFail(InvoiceRequestEntity, { id });
      await this.audit.record(m, viewer, {
        dealerId: after.dealerId,
        action: status === "ISSUED" ? "invoice.issue" : "invoice.reject",
        entityType: "invoice_request",
        entityId: id,
        before: snapshot(before),
        after: snapshot(after),
      });
      return after;
    });
  }

  private async orderOf(m: EntityManager, orderId: string): Promise<OrderFacts | null> {
    const [row] = await m.query<OrderFacts[]>(
      `SELECT id, dealer_id, status, amount_due::text AS amount_due FROM sales_order WHERE id = $1 FOR SHARE`,
      [orderId],
    );
    return row ?? null;
  }
}
