import type { DataSource } from "typeorm";

/** A dealer's 报备名额 for one product line, written directly (the mutations are tested on their own). */
export async function setDealerQuotaDirectly(
  dataSource: DataSource,
  dealerId: string,
  productLineId: string,
  max: number,
) {
  await dataSource.query(
    `INSERT INTO dealer_quota (dealer_id, product_line_id, max_count) VALUES ($1, $2, $3)
     ON CONFLICT (dealer_id, product_line_id) DO UPDATE SET max_count = EXCLUDED.max_count`,
    [dealerId, productLineId, max],
  );
}

/** An employee's 报备名额 for one product line, written directly. */
export async function setAccountQuotaDirectly(
  dataSource: DataSource,
  account: { id: string; dealerId: string | null },
  productLineId: string,
  max: number,
) {
  await dataSource.query(
    `INSERT INTO account_quota (dealer_id, account_id, product_line_id, max_count) VALUES ($1, $2, $3, $4)
     ON CONFLICT (account_id, product_line_id) DO UPDATE SET max_count = EXCLUDED.max_count`,
    [account.dealerId, account.id, productLineId, max],
  );
}
