import { randomUUID } from "node:crypto";
import type { DataSource } from "typeorm";
import { makeEnterprise } from "./factories";
import { makeProductLine } from "./routing-factories";

/**
 * Orders written directly as rows (sales_order), for the modules that only read them — the
 * ledger and invoices. The order module's own tests create orders through the API.
 */

let shared: Promise<{ productLineId: string; editionId: string }> | undefined;

/** A product line and edition of this test file only (made once per file). */
function testEdition(dataSource: DataSource): Promise<{ productLineId: string; editionId: string }> {
  shared ??= (async () => {
    const productLineId = await makeProductLine(dataSource, "订单测试产品线");
    const code = `E_${randomUUID().slice(0, 8).toUpperCase()}`;
    const rows: { id: string }[] = await dataSource.query(
      `INSERT INTO edition (product_line_id, code, name, list_price) VALUES ($1, $2, $3, 1000) RETURNING id`,
      [productLineId, code, `测试版本 ${code}`],
    );
    const editionId = rows[0]?.id;
    if (!editionId) throw new Error("edition insert returned no id");
    return { productLineId, editionId };
  })();
  return shared;
}

export interface OrderRowSpec {
  dealer: { id: string };
  createdBy: { id: string };
  /** 分 (settlement amount; no reduction). */
  amountDue: number;
  status?: "PENDING_CONFIRMATION" | "PENDING_PAYMENT" | "PAID" | "CLOSED" | "REJECTED";
  enterprise?: { id: string; mainDomain: string };
}

/** One sales_order row; PAID ones carry paid_at/paid_by (the table's check wants both). */
export async function makeOrderRow(
  dataSource: DataSource,
  spec: OrderRowSpec,
): Promise<{ id: string; orderNo: string; amountDue: number }> {
  const { productLineId, editionId } = await testEdition(dataSource);
  const enterprise = spec.enterprise ?? (await makeEnterprise(dataSource, { dealer: spec.dealer }));
  const status = spec.status ?? "PAID";
  const orderNo = `T${Date.now()}${randomUUID().slice(0, 6).toUpperCase()}`;
  const paid = status === "PAID";
  const rows: { id: string }[] = await dataSource.query(
    `INSERT INTO sales_order (order_no, dealer_id, created_by, enterprise_id, product_line_id, domain, edition_id, type,
       seats, months, list_amount, settlement_amount, status, paid_by, paid_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, 'NEW', 1, 12, $8, $8, $9, $10, $11) RETURNING id`,
    [
      orderNo,
      spec.dealer.id,
      spec.createdBy.id,
      enterprise.id,
      productLineId,
      enterprise.mainDomain,
      editionId,
      spec.amountDue,
      status,
      paid ? spec.createdBy.id : null,
      paid ? new Date() : null,
    ],
  );
  const id = rows[0]?.id;
  if (!id) throw new Error("order insert returned no id");
  return { id, orderNo, amountDue: spec.amountDue };
}
