import { randomUUID } from "node:crypto";
import type { DataSource } from "typeorm";

/** An edition of a (test) product line with a list price in 分 per seat per month. */
export async function makeEdition(
  dataSource: DataSource,
  productLineId: string,
  spec: { listPrice: number; isSpecial?: boolean; name?: string } = { listPrice: 1000 },
): Promise<string> {
  const code = `E_${randomUUID().slice(0, 8).toUpperCase()}`;
  const rows: { id: string }[] = await dataSource.query(
    `INSERT INTO edition (product_line_id, code, name, is_special, list_price) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [productLineId, code, spec.name ?? `版本 ${code}`, spec.isSpecial ?? false, spec.listPrice],
  );
  const id = rows[0]?.id;
  if (!id) throw new Error("edition insert returned no id");
  return id;
}

/** The gift rule of a product line: at most `maxGift` months per `perPaidMonths` paid. */
export async function setGiftRule(
  dataSource: DataSource,
  productLineId: string,
  perPaidMonths: number,
  maxGift: number,
) {
  await dataSource.query(`UPDATE product_line SET gift_per_paid_months = $2, gift_max_months = $3 WHERE id = $1`, [
    productLineId,
    perPaidMonths,
    maxGift,
  ]);
}

/** A dealer's discount on a product line in basis points of list (8500 = 85%). */
export async function setDiscountDirectly(
  dataSource: DataSource,
  dealerId: string,
  productLineId: string,
  rateBp: number,
) {
  await dataSource.query(
    `INSERT INTO dealer_discount (dealer_id, product_line_id, rate_bp) VALUES ($1, $2, $3)
     ON CONFLICT (dealer_id, product_line_id) DO UPDATE SET rate_bp = EXCLUDED.rate_bp`,
    [dealerId, productLineId, rateBp],
  );
}

/** Money in: a top-up ledger entry (the trigger moves the balance). */
export async function topUpDirectly(dataSource: DataSource, dealerId: string, amount: number): Promise<void> {
  await dataSource.query(
    `INSERT INTO ledger_entry (dealer_id, kind, amount, reference) VALUES ($1, 'TOP_UP', $2, $3)`,
    [dealerId, amount, `TEST-${randomUUID()}`],
  );
}

export async function balanceOf(dataSource: DataSource, dealerId: string): Promise<number> {
  const rows: { balance: string }[] = await dataSource.query(
    `SELECT balance FROM dealer_balance WHERE dealer_id = $1`,
    [dealerId],
  );
  return Number(rows[0]?.balance ?? 0);
}

/** Whether every dealer's balance equals the sum of its ledger entries. */
export async function ledgerMismatches(dataSource: DataSource): Promise<number> {
  const rows: { n: number }[] = await dataSource.query(
    `SELECT count(*)::int AS n FROM dealer_balance b
      WHERE b.balance <> (SELECT coalesce(sum(amount), 0) FROM ledger_entry e WHERE e.dealer_id = b.dealer_id)`,
  );
  return rows[0]?.n ?? -1;
}

/** Records a domain as verified (域名生效), as reportDomainEvent does. */
export async function verifyDomainDirectly(dataSource: DataSource, domain: string): Promise<void> {
  await dataSource.query(
    `INSERT INTO domain_verification (domain, verified_at, updated_at) VALUES ($1, now(), now())
     ON CONFLICT (domain) DO UPDATE SET verified_at = now(), updated_at = now()`,
    [domain],
  );
}
