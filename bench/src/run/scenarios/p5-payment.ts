import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { join } from "node:path";
import { promisify } from "node:util";
import { graphqlOk } from "../graphql";
import { runLoad } from "../load";
import { signIn } from "../sessions";
import type { Scenario, ScenarioContext, ScenarioResult } from "../types";

const PAYMENTS = 200;
const run = promisify(execFile);

const CREATE_ENTERPRISE = `mutation BenchEnterprise($input: CreateEnterpriseInput!) { createEnterprise(input: $input) { id } }`;
const REGISTER = `mutation BenchRegister($input: RegisterDomainInput!) { registerDomain(input: $input) { id } }`;
const CREATE_ORDER = `mutation BenchOrder($input: CreateOrderInput!) { createOrder(input: $input) { id status amountDue } }`;
const TOP_UP = `mutation BenchTopUp($input: TopUpInput!) { topUp(input: $input) { id } }`;
const PAY = `mutation BenchPay($id: ID!, $key: String!) { payOrder(id: $id, idempotencyKey: $key) { id status } }`;

async function inParallel<T>(count: number, width: number, task: (i: number) => Promise<T>): Promise<T[]> {
  const out: T[] = new Array<T>(count);
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < count) {
        const i = next++;
        out[i] = await task(i);
      }
    }),
  );
  return out;
}

/** A dealer admin (all permissions), an edition on sale that needs no confirmation, a finance account. */
async function fixtures(ctx: ScenarioContext) {
  const { rows } = await ctx.pool.query<{ id: string; login_name: string; dealer_id: string }>(
    `SELECT a.id, a.login_name, a.dealer_id FROM account a JOIN dealer d ON d.id = a.dealer_id AND d.status = 'ACTIVE'
      WHERE a.kind = 'DEALER' AND a.status = 'ACTIVE' AND a.account_type = 'ADMIN'
        AND a.permissions @> ARRAY['BASIC_REGISTER', 'LIST_PRICE_ORDER', 'PAY_CLOSE_ORDER']
      ORDER BY a.login_name = $1 DESC, a.login_name LIMIT 1`,
    [ctx.manifest?.logins?.dealerAdmin?.loginName ?? ""],
  );
  const { rows: editions } = await ctx.pool.query<{ id: string; product_line_id: string; code: string }>(
    `SELECT id, product_line_id, code FROM edition WHERE active AND NOT is_special AND list_price > 0
      ORDER BY list_price, code LIMIT 1`,
  );
  const { rows: finance } = await ctx.pool.query<{ login_name: string }>(
    `SELECT login_name FROM account WHERE kind = 'VENDOR' AND status = 'ACTIVE' AND 'FINANCE' = ANY(vendor_roles)
      ORDER BY login_name LIMIT 1`,
  );
  if (!rows[0] || !editions[0] || !finance[0])
    throw new Error("P5: need a dealer admin, an edition on sale and a vendor finance account");
  return { admin: rows[0], edition: editions[0], finance: finance[0].login_name };
}

async function balanceOf(ctx: ScenarioContext, dealerId: string): Promise<number> {
  const { rows } = await ctx.pool.query<{ b: string }>(
    `SELECT coalesce((SELECT balance FROM dealer_balance WHERE dealer_id = $1), 0)::text AS b`,
    [dealerId],
  );
  return Number(rows[0]?.b ?? 0);
}

export const p5: Scenario = {
  id: "P5",
  title: "payment: 200 concurrent payments from the prepaid balance",
  async run(ctx): Promise<ScenarioResult> {
    const { admin, edition, finance } = await fixtures(ctx);
    const cookie = await signIn(ctx.api, ctx.pool, ctx.repoRoot, admin.login_name, ctx.passwords);
    const financeCookie = await signIn(ctx.api, ctx.pool, ctx.repoRoot, finance, ctx.passwords);
    // Room for 200 more registrations of the edition's product line.
    await ctx.pool.query(
      `INSERT INTO dealer_quota (dealer_id, product_line_id, max_count) VALUES ($1, $2, 1000000)
       ON CONFLICT (dealer_id, product_line_id) DO UPDATE SET max_count = greatest(dealer_quota.max_count, 1000000)`,
      [admin.dealer_id, edition.product_line_id],
    );
    await ctx.pool.query(
      `INSERT INTO account_quota (dealer_id, account_id, product_line_id, max_count) VALUES ($1, $2, $3, 1000000)
       ON CONFLICT (account_id, product_line_id) DO UPDATE SET max_count = greatest(account_quota.max_count, 1000000)`,
      [admin.dealer_id, admin.id, edition.product_line_id],
    );
    const tag = randomBytes(4).toString("hex");
    ctx.log(
      `  setup: ${PAYMENTS} enterprises, registrations and orders through the API (dealer admin ${admin.login_name})`,
    );
    const orders = await inParallel(PAYMENTS, 4, async (i) => {
      const domain = `p5-${tag}-${i}.com`;
      const e = await graphqlOk<{ createEnterprise: { id: string } }>(
        ctx.api,
        CREATE_ENTERPRISE,
        { input: { name: `压测付款企业${tag}${i}`, mainDomain: domain } },
        cookie,
      );
      const enterpriseId = e.createEnterprise.id;
      await graphqlOk(
        ctx.api,
        REGISTER,
        { input: { productLineId: edition.product_line_id, domain, enterpriseId } },
        cookie,
      );
      const o = await graphqlOk<{ createOrder: { id: string; status: string; amountDue: number } }>(
        ctx.api,
        CREATE_ORDER,
        { input: { type: "NEW", enterpriseId, domain, editionId: edition.id, seats: 1, months: 12 } },
        cookie,
      );
      if (o.createOrder.status !== "PENDING_PAYMENT") throw new Error(`P5: order is ${o.createOrder.status}`);
      return o.createOrder;
    });
    const total = orders.reduce((t, o) => t + Number(o.amountDue), 0);
    await graphqlOk(
      ctx.api,
      TOP_UP,
      { input: { dealerId: admin.dealer_id, amount: total, reference: `BENCH-${tag}`, note: "benchmark P5" } },
      financeCookie,
    );
    const before = await balanceOf(ctx, admin.dealer_id);
    let paid = 0;
    const load = await runLoad({
      url: ctx.api,
      connections: ctx.options.connections ?? PAYMENTS,
      duration: 0,
      amount: PAYMENTS,
      next: (i) => ({
        method: "POST",
        path: "/graphql",
        headers: { cookie },
        body: JSON.stringify({ query: PAY, variables: { id: orders[i]?.id, key: `bench-${tag}-${i}` } }),
      }),
      check: (_status, body) => {
        if (body.includes('"status":"PAID"')) {
          paid++;
          return null;
        }
        return `GraphQL ${/"code":"([A-Z_]+)"/.exec(body)?.[1] ?? "error"}`;
      },
    });
    const after = await balanceOf(ctx, admin.dealer_id);
    const { rows: state } = await ctx.pool.query<{ paid: number; entries: number; debited: string }>(
      `SELECT (SELECT count(*)::int FROM sales_order WHERE id = ANY($1) AND status = 'PAID') AS paid,
              (SELECT count(*)::int FROM ledger_entry WHERE order_id = ANY($1) AND kind = 'PAYMENT') AS entries,
              (SELECT coalesce(-sum(amount), 0)::text FROM ledger_entry WHERE order_id = ANY($1) AND kind = 'PAYMENT') AS debited`,
      [orders.map((o) => o.id)],
    );
    const s = state[0];
    const violations: string[] = [];
    if (s?.paid !== PAYMENTS || s.entries !== PAYMENTS)
      violations.push(`${s?.paid} orders PAID, ${s?.entries} payment entries (want ${PAYMENTS} each)`);
    if (before - after !== Number(s?.debited))
      violations.push(`balance moved ${before - after}, payment entries sum ${s?.debited}`);
    // The product's own check: every dealer's balance equals the sum of its ledger and the chain is unbroken.
    let ledger = "";
    try {
      const out = await run(process.execPath, [join(ctx.repoRoot, "apps/api/dist/jobs/ledger-check.js")], {
        env: { ...process.env, DATABASE_URL: ctx.databaseUrl },
        maxBuffer: 64 * 1024 * 1024,
      });
      ledger = out.stdout
        .trim()
        .split("\n")
        .filter((l) => !l.includes("MISMATCH"))
        .slice(-2)
        .join(" / ");
    } catch (error) {
      const out = (error as { stdout?: string }).stdout ?? String(error);
      ledger = out.trim().split("\n").slice(-3).join(" / ");
      violations.push(`ledger:check failed: ${ledger}`);
    }
    return {
      id: "P5",
      title: this.title,
      rows: [{ target: "graphql", label: "mutation payOrder", connections: ctx.options.connections ?? PAYMENTS, load }],
      ratio: null,
      goal: "ledger sum == balance; throughput reported",
      met: violations.length === 0 ? true : false,
      violations,
      notes: [
        `dealer admin ${admin.login_name}, edition ${edition.code}; ${PAYMENTS} orders totalling ${(total / 100).toFixed(2)} yuan topped up and paid; ${paid} answered PAID`,
        `balance ${before} → ${after} 分; ${ledger}`,
      ],
      details: { paid, total, before, after, ledger },
    };
  },
};
