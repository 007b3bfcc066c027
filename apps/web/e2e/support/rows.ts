import { randomUUID } from "node:crypto";
import { enterpriseSearchText } from "@crm/domain";
import { runSql } from "@crm/api/dist/testing/sql";

const DAY_MS = 86_400_000;

function databaseUrl(): string {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error("E2E_DATABASE_URL is not set: the e2e global setup did not start the product");
  return url;
}

async function accountOf(loginName: string): Promise<{ id: string; dealer_id: string }> {
  const [row] = await runSql<{ id: string; dealer_id: string }>(
    databaseUrl(),
    `SELECT id, dealer_id FROM account WHERE login_name = $1`,
    [loginName],
  );
  if (!row) throw new Error(`no account ${loginName}`);
  return row;
}

/**
 * A routed lead (甩单) of `loginName`'s, routed a day ago; `followedUp`: somebody followed it up
 * an hour ago (after the routing). Rows of this run only (a random name and domain).
 */
export async function makeRoutedLead(loginName: string, followedUp: boolean): Promise<{ name: string }> {
  const owner = await accountOf(loginName);
  const suffix = randomUUID().slice(0, 8);
  const name = `甩单测试企业 ${suffix}`;
  const domain = `routed-${suffix}.com`;
  const now = Date.now();
  const [row] = await runSql<{ id: string }>(
    databaseUrl(),
    `INSERT INTO enterprise (dealer_id, owner_account_id, name, main_domain, source, search_text, routed_at,
       routing_trace, last_follow_up_at)
     VALUES ($1, $2, $3, $4, 'OFFICIAL_SITE', $5, $6, '{}'::jsonb, $7) RETURNING id`,
    [
      owner.dealer_id,
      owner.id,
      name,
      domain,
      enterpriseSearchText(name, [domain]),
      new Date(now - DAY_MS),
      followedUp ? new Date(now - 3_600_000) : null,
    ],
  );
  await runSql(
    databaseUrl(),
    `INSERT INTO enterprise_domain (enterprise_id, dealer_id, domain, is_main) VALUES ($1, $2, $3, true)`,
    [row?.id, owner.dealer_id, domain],
  );
  return { name };
}

/** A 企业邮箱 lock of `loginName`'s that ends `endsInDays` days from now (taken 90 days before that). */
export async function makeRegistration(loginName: string, endsInDays: number): Promise<{ domain: string }> {
  const holder = await accountOf(loginName);
  const domain = `ending-${randomUUID().slice(0, 8)}.com`;
  const expiresAt = Date.now() + endsInDays * DAY_MS;
  await runSql(
    databaseUrl(),
    `INSERT INTO registration (dealer_id, account_id, product_line_id, domain, starts_at, expires_at)
     VALUES ($1, $2, (SELECT id FROM product_line WHERE code = 'MAIL'), $3, $4, $5)`,
    [holder.dealer_id, holder.id, domain, new Date(expiresAt - 90 * DAY_MS), new Date(expiresAt)],
  );
  return { domain };
}
