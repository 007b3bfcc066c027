import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Pool } from "pg";

import type { BenchManifest } from "../data/manifest";

/** What bench:data wrote about the data set (bench/README.md, "Manifest"); any part may be missing. */
export type Manifest = Partial<Omit<BenchManifest, "logins" | "search">> & {
  logins?: Partial<BenchManifest["logins"]>;
  search?: Partial<BenchManifest["search"]>;
};

export function readManifest(benchDir: string): Manifest | null {
  const file = join(benchDir, ".data", "manifest.json");
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, "utf8")) as Manifest;
  } catch {
    return null;
  }
}

/** Passwords to try, in order: the manifest's, the generator's documented one, the demo seed's. */
export function candidatePasswords(manifest: Manifest | null): string[] {
  const list = [typeof manifest?.password === "string" ? manifest.password : null, "bench1234", "demo1234"];
  return [...new Set(list.filter((p): p is string => !!p))];
}

/** The manifest's login, when the account is still there (the database may be another one). */
export async function accountOf(
  pool: Pool,
  loginName: string | undefined,
): Promise<{ id: string; loginName: string; dealerId: string } | null> {
  if (!loginName) return null;
  const { rows } = await pool.query<{ id: string; dealer_id: string }>(
    `SELECT id, dealer_id FROM account WHERE login_name = $1 AND status = 'ACTIVE'`,
    [loginName],
  );
  return rows[0] ? { id: rows[0].id, loginName, dealerId: rows[0].dealer_id } : null;
}

/**
 * A 销售管理 account: the manifest's salesManager, else by SQL a STAFF account (sees its subtree
 * only) whose descendants count is closest to `want`.
 */
export async function findSalesManager(
  pool: Pool,
  want: number,
  manifest: Manifest | null = null,
): Promise<{ id: string; loginName: string; dealerId: string; descendants: number }> {
  const listed = await accountOf(pool, manifest?.logins?.salesManager?.loginName);
  if (listed) return { ...listed, descendants: (await subtreeOf(pool, listed.id, listed.dealerId)).length - 1 };
  const { rows } = await pool.query<{ id: string; login_name: string; dealer_id: string; descendants: number }>(
    `WITH RECURSIVE sub(root, id) AS (
       SELECT a.id, a.id FROM account a
        WHERE a.kind = 'DEALER' AND a.status = 'ACTIVE' AND a.account_type = 'STAFF'
          AND NOT (a.permissions && ARRAY['ADMIN', 'ASSISTANT'])
          AND a.permissions && ARRAY['BASIC', 'BASIC_REGISTER']
          AND EXISTS (SELECT 1 FROM account c WHERE c.superior_id = a.id)
       UNION
       SELECT s.root, c.id FROM account c JOIN sub s ON c.superior_id = s.id
     )
     SELECT a.id, a.login_name, a.dealer_id, (count(*) - 1)::int AS descendants
       FROM sub JOIN account a ON a.id = sub.root
       JOIN dealer d ON d.id = a.dealer_id AND d.status = 'ACTIVE'
      GROUP BY a.id, a.login_name, a.dealer_id, a.permissions
      ORDER BY abs(count(*) - 1 - $1), ('FINANCE_VIEW' = ANY(a.permissions)) DESC, a.login_name
      LIMIT 1`,
    [want],
  );
  const row = rows[0];
  if (!row) {
    const { rows: any } = await pool.query<{ id: string; login_name: string; dealer_id: string }>(
      `SELECT a.id, a.login_name, a.dealer_id FROM account a JOIN dealer d ON d.id = a.dealer_id AND d.status = 'ACTIVE'
        WHERE a.kind = 'DEALER' AND a.status = 'ACTIVE' AND a.account_type = 'STAFF'
          AND a.permissions && ARRAY['BASIC', 'BASIC_REGISTER'] ORDER BY a.login_name LIMIT 1`,
    );
    if (!any[0]) throw new Error("no active dealer STAFF account to act as the sales manager");
    return { id: any[0].id, loginName: any[0].login_name, dealerId: any[0].dealer_id, descendants: 0 };
  }
  return { id: row.id, loginName: row.login_name, dealerId: row.dealer_id, descendants: row.descendants };
}

/** The ids of the account and everything below it in the 隶属 tree (what the API's scope computes). */
export async function subtreeOf(pool: Pool, accountId: string, dealerId: string): Promise<string[]> {
  const { rows } = await pool.query<{ id: string }>(
    `WITH RECURSIVE tree AS (
       SELECT id FROM account WHERE id = $1
       UNION SELECT a.id FROM account a JOIN tree t ON a.superior_id = t.id WHERE a.dealer_id = $2
     ) SELECT id FROM tree`,
    [accountId, dealerId],
  );
  return rows.map((r) => r.id);
}

/** A vendor account that may sign in (vendor staff see every dealer's enterprises). */
export async function findVendorViewer(pool: Pool): Promise<{ id: string; loginName: string }> {
  const { rows } = await pool.query<{ id: string; login_name: string }>(
    `SELECT id, login_name FROM account
      WHERE kind = 'VENDOR' AND status = 'ACTIVE' AND vendor_roles <> '{}'
      ORDER BY ('CHANNEL_MANAGER' = ANY(vendor_roles)) DESC, ('PLATFORM_ADMIN' = ANY(vendor_roles)) DESC, login_name
      LIMIT 1`,
  );
  if (!rows[0]) throw new Error("no active vendor account");
  return { id: rows[0].id, loginName: rows[0].login_name };
}
