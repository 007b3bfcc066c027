import { randomBytes } from "node:crypto";
import { runLoad, type LoadResult } from "../load";
import { signIn } from "../sessions";
import type { Scenario, ScenarioContext, ScenarioResult } from "../types";

const ATTEMPTS = 1000;
const HOT_DOMAINS = 50;
const MAX_DEALERS = 30;
const EXPECTED_REFUSALS = new Set(["DOMAIN_LOCKED", "ALREADY_REGISTERED", "QUOTA_EXCEEDED"]);

const REGISTER = `mutation BenchRegister($input: RegisterDomainInput!) { registerDomain(input: $input) { id } }`;

interface Registrant {
  accountId: string;
  loginName: string;
  dealerId: string;
  cookie: string;
}

/** Up to 30 active dealers, one account each that may register (销售 first). */
async function registrants(ctx: ScenarioContext): Promise<Omit<Registrant, "cookie">[]> {
  const listed = (ctx.manifest?.logins?.registrants ?? []).filter((r) => r.dealerId).slice(0, MAX_DEALERS);
  if (listed.length > 0) {
    return listed.map((r) => ({ accountId: r.accountId, loginName: r.loginName, dealerId: r.dealerId as string }));
  }
  const { rows } = await ctx.pool.query<{ id: string; login_name: string; dealer_id: string }>(
    `SELECT DISTINCT ON (a.dealer_id) a.id, a.login_name, a.dealer_id
       FROM account a JOIN dealer d ON d.id = a.dealer_id AND d.status = 'ACTIVE'
      WHERE a.kind = 'DEALER' AND a.status = 'ACTIVE' AND 'BASIC_REGISTER' = ANY(a.permissions)
      ORDER BY a.dealer_id, a.account_type = 'STAFF' DESC, a.login_name
      LIMIT $1`,
    [MAX_DEALERS],
  );
  return rows.map((r) => ({ accountId: r.id, loginName: r.login_name, dealerId: r.dealer_id }));
}

/**
 * Headroom for the run: each dealer's quota of the product line is set to what it holds now plus
 * `headroom`, each account's to that plus 2 (so the dealer's limit is the one that binds).
 * Together they leave ~1.8 × 50 slots: enough for every hot domain to find a winner, few enough
 * that dealers run out during the run and the quota check is really exercised.
 */
async function setQuotas(ctx: ScenarioContext, people: Omit<Registrant, "cookie">[], lineId: string, headroom: number) {
  for (const p of people) {
    await ctx.pool.query(
      `INSERT INTO dealer_quota (dealer_id, product_line_id, max_count)
       VALUES ($1, $2, (SELECT count(*) FROM registration WHERE dealer_id = $1 AND product_line_id = $2
                          AND ended_at IS NULL AND expires_at > now()) + $3)
       ON CONFLICT (dealer_id, product_line_id) DO UPDATE SET max_count = EXCLUDED.max_count, updated_at = now()`,
      [p.dealerId, lineId, headroom],
    );
    await ctx.pool.query(
      `INSERT INTO account_quota (dealer_id, account_id, product_line_id, max_count)
       VALUES ($1, $2, $3, (SELECT count(*) FROM registration WHERE account_id = $2 AND product_line_id = $3
                              AND ended_at IS NULL AND expires_at > now()) + $4)
       ON CONFLICT (account_id, product_line_id) DO UPDATE SET max_count = EXCLUDED.max_count, updated_at = now()`,
      [p.dealerId, p.accountId, lineId, headroom + 2],
    );
  }
}

/** Exactly one holder per hot domain and no dealer or account over its quota (read back by SQL). */
async function verify(
  ctx: ScenarioContext,
  domains: string[],
  lineId: string,
  people: Registrant[],
): Promise<{ winners: number; violations: string[] }> {
  const violations: string[] = [];
  const { rows } = await ctx.pool.query<{ domain: string; n: number }>(
    `SELECT domain, count(*)::int AS n FROM registration
      WHERE product_line_id = $1 AND domain = ANY($2) AND ended_at IS NULL GROUP BY domain`,
    [lineId, domains],
  );
  const winners = rows.reduce((t, r) => t + r.n, 0);
  if (winners !== domains.length || rows.some((r) => r.n !== 1)) {
    violations.push(
      `${winners} registrations over ${rows.length} of ${domains.length} hot domains (want exactly one each)`,
    );
  }
  const { rows: over } = await ctx.pool.query<{ who: string; used: number; max: number }>(
    `SELECT 'dealer ' || q.dealer_id AS who, u.n AS used, q.max_count AS max
       FROM dealer_quota q CROSS JOIN LATERAL (SELECT count(*)::int AS n FROM registration r
              WHERE r.dealer_id = q.dealer_id AND r.product_line_id = q.product_line_id
                AND r.ended_at IS NULL AND r.expires_at > now()) u
      WHERE q.product_line_id = $1 AND q.dealer_id = ANY($2) AND u.n > q.max_count
     UNION ALL
     SELECT 'account ' || q.account_id, u.n, q.max_count
       FROM account_quota q CROSS JOIN LATERAL (SELECT count(*)::int AS n FROM registration r
              WHERE r.account_id = q.account_id AND r.product_line_id = q.product_line_id
                AND r.ended_at IS NULL AND r.expires_at > now()) u
      WHERE q.product_line_id = $1 AND q.account_id = ANY($3) AND u.n > q.max_count`,
    [lineId, people.map((p) => p.dealerId), people.map((p) => p.accountId)],
  );
  for (const o of over) violations.push(`quota overshoot: ${o.who} holds ${o.used} > ${o.max}`);
  return { winners, violations };
}

/** Attempt k: hot domain k mod 50, from a dealer picked by a seeded generator (reproducible). */
function plan(people: number): number[] {
  let state = 0x9e3779b9;
  return Array.from({ length: ATTEMPTS }, () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return (state >>> 16) % people;
  });
}

export const p2: Scenario = {
  id: "P2",
  title: "registration contention (1,000 attempts, 50 hot domains)",
  async run(ctx): Promise<ScenarioResult> {
    const connections = ctx.options.connections ?? 32;
    const { rows: lines } = await ctx.pool.query<{ id: string; code: string }>(
      `SELECT id, code FROM product_line ORDER BY sort_order, code LIMIT 1`,
    );
    const line = lines[0];
    if (!line) throw new Error("P2: no product line");
    const found = await registrants(ctx);
    if (found.length === 0) throw new Error("P2: no dealer account that may register");
    const headroom = Math.ceil((HOT_DOMAINS * 1.8) / found.length);
    await setQuotas(ctx, found, line.id, headroom);
    const people: Registrant[] = [];
    for (const p of found)
      people.push({ ...p, cookie: await signIn(ctx.api, ctx.pool, ctx.repoRoot, p.loginName, ctx.passwords) });
    const who = plan(people.length);
    const tag = randomBytes(4).toString("hex");
    const domainsFor = (prefix: string) => Array.from({ length: HOT_DOMAINS }, (_, i) => `${prefix}-${tag}-${i}.com`);
    const apiDomains = domainsFor("p2g");
    const baseDomains = domainsFor("p2b");
    const notes = [
      `${people.length} dealers (one account each), product line ${line.code}, quota headroom ${headroom} per dealer (${headroom + 2} per account), domains p2g-${tag}-N.com`,
    ];

    let apiWinners = 0;
    const refusals: Record<string, number> = {};
    const api: LoadResult = await runLoad({
      url: ctx.api,
      connections,
      duration: 0,
      amount: ATTEMPTS,
      next: (k) => {
        const person = people[who[k % ATTEMPTS] ?? 0] as Registrant;
        const domain = apiDomains[k % HOT_DOMAINS] as string;
        return {
          method: "POST",
          path: "/graphql",
          headers: { cookie: person.cookie },
          body: JSON.stringify({ query: REGISTER, variables: { input: { productLineId: line.id, domain } } }),
        };
      },
      check: (_status, body) => {
        if (body.includes('"registerDomain":{"id"')) {
          apiWinners++;
          return null;
        }
        const code = /"code":"([A-Z_]+)"/.exec(body)?.[1] ?? "UNKNOWN";
        refusals[code] = (refusals[code] ?? 0) + 1;
        return EXPECTED_REFUSALS.has(code) ? null : `GraphQL ${code}`;
      },
    });
    const apiCheck = await verify(ctx, apiDomains, line.id, people);

    // The baseline gets the same headroom again, then the same plan over its own hot domains.
    await setQuotas(ctx, found, line.id, headroom);
    let baseWinners = 0;
    const baseline = await runLoad({
      url: ctx.baseline,
      connections,
      duration: 0,
      amount: ATTEMPTS,
      next: (k) => {
        const person = people[who[k % ATTEMPTS] ?? 0] as Registrant;
        return {
          method: "POST",
          path: "/register",
          headers: { cookie: person.cookie },
          body: JSON.stringify({ productLineId: line.id, domain: baseDomains[k % HOT_DOMAINS] }),
        };
      },
      check: (_status, body) => {
        if (body.includes('"REGISTERED"')) baseWinners++;
        return null;
      },
    });
    const baseCheck = await verify(ctx, baseDomains, line.id, people);
    notes.push(
      `API: ${apiWinners} winners answered, ${apiCheck.winners} in PostgreSQL; refusals ${JSON.stringify(refusals)}`,
      `baseline: ${baseWinners} winners answered, ${baseCheck.winners} in PostgreSQL`,
    );
    const violations = [...apiCheck.violations];
    if (apiWinners !== HOT_DOMAINS)
      violations.push(`the API answered ${apiWinners} successful registrations, want ${HOT_DOMAINS}`);
    for (const v of baseCheck.violations) notes.push(`baseline: ${v}`);
    const ratio = api.rps / baseline.rps;
    return {
      id: "P2",
      title: this.title,
      rows: [
        { target: "graphql", label: "mutation registerDomain", connections, load: api },
        { target: "baseline", label: "POST /register (1 transaction)", connections, load: baseline },
      ],
      ratio,
      goal: "50 winners, no overshoot; ≥ 0.5 × baseline",
      met: violations.length === 0 && ratio >= 0.5,
      violations,
      notes,
      details: { winners: apiCheck.winners, refusals, headroom, dealers: people.length, productLine: line.code },
    };
  },
};
