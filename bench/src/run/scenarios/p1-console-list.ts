import { findSalesManager, subtreeOf } from "../fixtures";
import { graphqlOk } from "../graphql";
import { alternate, graphqlCheck } from "../compare";
import { signIn } from "../sessions";
import type { Pool } from "pg";
import type { Scenario, ScenarioResult } from "../types";

/** 全部录入企业 as the console asks for it: three filters, a page of 20 with owner and services. */
export const P1_QUERY = `query BenchConsoleList($filter: EnterpriseFilter, $first: Int!) {
  list: enterprises(filter: $filter, sort: CREATED_AT, direction: DESC, first: $first) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges {
      cursor
      node {
        id name mainDomain regionCode source status scale createdAt lastFollowUpAt
        owner { id loginName realName }
        services { id kind domain seats expiresAt productLine { id name } edition { id name } }
      }
    }
  }
}`;

interface ListAnswer {
  list: { totalCount: number; edges: { node: { id: string; services: { id: string }[] } }[] };
}

/** The most common values of a column in the viewer's rows until they cover half of them. */
export async function commonValues(pool: Pool, column: string, dealerId: string, accounts: string[]) {
  const { rows } = await pool.query<{ v: string | null; n: number }>(
    `SELECT ${column} AS v, count(*)::int AS n FROM enterprise
      WHERE dealer_id = $1 AND owner_account_id = ANY($2) AND ${column} IS NOT NULL
      GROUP BY 1 ORDER BY 2 DESC`,
    [dealerId, accounts],
  );
  const total = rows.reduce((t, r) => t + r.n, 0);
  const picked: string[] = [];
  let covered = 0;
  for (const row of rows) {
    if (row.v === null) continue;
    picked.push(row.v);
    covered += row.n;
    if (covered * 2 >= total) break;
  }
  return picked;
}

export const p1: Scenario = {
  id: "P1",
  title: "console list (3 filters, 20 rows + owner, services)",
  async run(ctx): Promise<ScenarioResult> {
    const connections = ctx.options.connections ?? 32;
    const manager = await findSalesManager(ctx.pool, 40, ctx.manifest);
    const accounts = await subtreeOf(ctx.pool, manager.id, manager.dealerId);
    const filter = {
      statuses: await commonValues(ctx.pool, "status", manager.dealerId, accounts),
      scales: await commonValues(ctx.pool, "scale", manager.dealerId, accounts),
      sources: await commonValues(ctx.pool, "source", manager.dealerId, accounts),
    };
    const cookie = await signIn(ctx.api, ctx.pool, ctx.repoRoot, manager.loginName, ctx.passwords);
    const variables = { filter, first: 20 };
    const notes = [
      `viewer ${manager.loginName} (sales manager, ${manager.descendants} descendants), filter ${JSON.stringify(filter)}`,
    ];
    // Same answer from both before any load: the baseline must answer the same question.
    const answer = await graphqlOk<ListAnswer>(ctx.api, P1_QUERY, variables, cookie);
    const base = (await (
      await fetch(`${ctx.baseline}/enterprises`, {
        method: "POST",
        headers: { cookie, "content-type": "application/json" },
        body: JSON.stringify(variables),
      })
    ).json()) as { total: number; rows: { id: string; services: unknown[] }[] };
    const violations: string[] = [];
    const apiIds = answer.list.edges.map((e) => e.node.id).join(",");
    const baseIds = base.rows
      .slice(0, 20)
      .map((r) => r.id)
      .join(",");
    if (answer.list.totalCount !== base.total || apiIds !== baseIds) {
      violations.push(
        `API and baseline disagree: totalCount ${answer.list.totalCount} vs ${base.total}, page ids differ: ${apiIds !== baseIds}`,
      );
    }
    const services = answer.list.edges.reduce((t, e) => t + e.node.services.length, 0);
    notes.push(
      `matching rows ${answer.list.totalCount}, page of ${answer.list.edges.length} with ${services} services`,
    );
    const body = JSON.stringify({ query: P1_QUERY, variables });
    const baseBody = JSON.stringify(variables);
    const { product, baseline } = await alternate(
      ctx,
      connections,
      {
        url: ctx.api,
        next: () => ({ method: "POST", path: "/graphql", headers: { cookie }, body }),
        check: graphqlCheck,
      },
      {
        url: ctx.baseline,
        next: () => ({ method: "POST", path: "/enterprises", headers: { cookie }, body: baseBody }),
      },
    );
    const ratio = product.rps / baseline.rps;
    return {
      id: "P1",
      title: this.title,
      rows: [
        { target: "graphql", label: "query enterprises", connections, load: product },
        { target: "baseline", label: "POST /enterprises (1 SQL)", connections, load: baseline },
      ],
      ratio,
      goal: `≥ 0.6 × baseline; p99 ≤ 50 ms @ ${connections} conn`,
      met: ratio >= 0.6 && product.p99 <= 50,
      violations,
      notes,
      details: { viewer: manager, filter, totalCount: answer.list.totalCount },
    };
  },
};
