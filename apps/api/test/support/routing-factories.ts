import { randomUUID } from "node:crypto";
import type { DataSource } from "typeorm";

/**
 * Fixtures for lead routing and the public pool. Routing rules are global, and jest runs test
 * files side by side on one database: every test rule names a product line of its own
 * (`makeProductLine`), so it never matches another test's leads.
 */

export function uniqueDomain(prefix = "lead"): string {
  return `${prefix}-${randomUUID().slice(0, 12)}.com`;
}

/** A fresh product line only this test uses. */
export async function makeProductLine(dataSource: DataSource, name = "测试产品线"): Promise<string> {
  const code = `T_${randomUUID().slice(0, 8).toUpperCase()}`;
  const rows: { id: string }[] = await dataSource.query(
    `INSERT INTO product_line (code, name, sort_order) VALUES ($1, $2, 999) RETURNING id`,
    [code, `${name}-${code}`],
  );
  const id = rows[0]?.id;
  if (!id) throw new Error("product line insert returned no id");
  return id;
}

export async function setDealerRegionsDirectly(dataSource: DataSource, dealerId: string, codes: string[]) {
  await dataSource.query(`DELETE FROM dealer_region WHERE dealer_id = $1`, [dealerId]);
  for (const code of codes) {
    await dataSource.query(`INSERT INTO dealer_region (dealer_id, region_code) VALUES ($1, $2)`, [dealerId, code]);
  }
}

export interface EnterpriseSpec {
  dealerId: string;
  ownerAccountId?: string | null;
  name?: string;
  domain?: string;
  regionCode?: string | null;
  scale?: string | null;
  industry?: string | null;
  poolEnteredAt?: Date | null;
  notes?: string | null;
}

/** An enterprise row with its main domain, written directly (not through any service). */
export async function makeEnterpriseRow(dataSource: DataSource, spec: EnterpriseSpec): Promise<string> {
  const id = randomUUID();
  const name = spec.name ?? `企业-${id.slice(0, 8)}`;
  const domain = spec.domain ?? uniqueDomain("ent");
  await dataSource.query(
    `INSERT INTO enterprise (id, dealer_id, owner_account_id, name, main_domain, region_code, scale, industry, source,
                             status, notes, search_text, pool_entered_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'DEALER_ENTRY', 'EXPIRED', $9, $10, $11)`,
    [
      id,
      spec.dealerId,
      spec.ownerAccountId ?? null,
      name,
      domain,
      spec.regionCode === undefined ? "440300" : spec.regionCode,
      spec.scale ?? null,
      spec.industry ?? null,
      spec.notes ?? null,
      `${name} ${domain}`,
      spec.poolEnteredAt ?? null,
    ],
  );
  await dataSource.query(
    `INSERT INTO enterprise_domain (enterprise_id, dealer_id, domain, is_main) VALUES ($1, $2, $3, true)`,
    [id, spec.dealerId, domain],
  );
  return id;
}

export async function makeServiceRow(
  dataSource: DataSource,
  spec: {
    enterpriseId: string;
    dealerId: string;
    productLineId: string;
    kind: "TRIAL" | "PAID";
    startsAt: Date;
    expiresAt: Date;
  },
): Promise<void> {
  await dataSource.query(
    `INSERT INTO service (dealer_id, enterprise_id, product_line_id, domain, kind, starts_at, expires_at)
     SELECT $1, $2, $3, main_domain, $4, $5, $6 FROM enterprise WHERE id = $2`,
    [spec.dealerId, spec.enterpriseId, spec.productLineId, spec.kind, spec.startsAt, spec.expiresAt],
  );
}

export async function makeContactRow(
  dataSource: DataSource,
  spec: { enterpriseId: string; dealerId: string; name: string; mobile?: string },
): Promise<void> {
  await dataSource.query(
    `INSERT INTO enterprise_contact (enterprise_id, dealer_id, name, mobile) VALUES ($1, $2, $3, $4)`,
    [spec.enterpriseId, spec.dealerId, spec.name, spec.mobile ?? null],
  );
}

export async function makeFollowUpRow(
  dataSource: DataSource,
  spec: { enterpriseId: string; dealerId: string; accountId: string; content: string },
): Promise<void> {
  await dataSource.query(
    `INSERT INTO follow_up (enterprise_id, dealer_id, account_id, happened_at, channel, content)
     VALUES ($1, $2, $3, now(), 'PHONE', $4)`,
    [spec.enterpriseId, spec.dealerId, spec.accountId, spec.content],
  );
}
