import type { AccessScope } from "../../../access/access-scope";
import { makeDealerTeam } from "../../../../test/support/factories";
import { startTestApp, type TestApp } from "../../../../test/support/test-app";
import type { EnterpriseListArgs } from "../enterprise.service";

interface PlanNode {
  "Node Type": string;
  "Relation Name"?: string;
  "Index Name"?: string;
  Plans?: PlanNode[];
}

function nodesOf(node: PlanNode): PlanNode[] {
  return [node, ...(node.Plans ?? []).flatMap(nodesOf)];
}

const ROWS = 200_000;

/**
 * The enterprise lists stay on indexes at scale: ~200k enterprises of one dealer, then EXPLAIN
 * the exact SQL the service builds (repository.pageQuery / filtered) and look at the plan.
 */
describe("enterprise list query plans on a generated dataset", () => {
  let t: TestApp;
  let scope: AccessScope;
  let managerScope: AccessScope;

  beforeAll(async () => {
    t = await startTestApp();
    const team = await makeDealerTeam(t.dataSource);
    scope = { kind: "dealer", dealerId: team.dealer.id, wholeDealer: true };
    managerScope = {
      kind: "dealer",
      dealerId: team.dealer.id,
      wholeDealer: false,
      accountIds: [team.manager.id, team.a.id, team.b.id],
    };
    const owners = [team.admin.id, team.manager.id, team.a.id, team.b.id, team.c.id];
    // One statement: Chinese-like names, unique domains, regions, sources, scales and dates spread out.
    await t.dataSource.query(
      `INSERT INTO enterprise (dealer_id, owner_account_id, name, main_domain, region_code, industry, scale, source,
                               status, search_text, created_at, updated_at, last_follow_up_at)
       SELECT $1, ($2::uuid[])[1 + g % 5], n.name, n.domain,
              (ARRAY['440300','440100','310100','110100','330100','510100','440000','320500'])[1 + g % 8],
              'IT',
              (ARRAY['S1_9','S10_49','S50_99','S100_499','S500_999','S1000_PLUS'])[1 + g % 6],
              (ARRAY['HOTLINE','OFFICIAL_SITE','CAMPAIGN','DEALER_ENTRY','PUBLIC_POOL'])[1 + (g / 3) % 5],
              (ARRAY['POTENTIAL','TRIAL','PAID','EXPIRED'])[1 + g % 4],
              n.name || ' ' || n.domain,
              now() - g * interval '3 minutes', now() - g * interval '3 minutes',
              CASE WHEN g % 3 = 0 THEN now() - g * interval '1 minute' END
         FROM generate_series(1, ${ROWS}) AS g,
              LATERAL (SELECT
                (ARRAY['北京','上海','广州','深圳','杭州','成都','苏州','南京'])[1 + g % 8]
                  || (ARRAY['星辰','海纳','华信','远景','天成','博雅','恒通','瑞丰','鼎盛'])[1 + (g / 8) % 9]
                  || (ARRAY['网络科技','贸易','物流','教育咨询','医疗器械','建筑工程'])[1 + (g / 72) % 6]
                  || '有限公司' || g AS name,
                'corp' || g || '.com' AS domain) AS n`,
      [team.dealer.id, owners],
    );
    await t.dataSource.query(`ANALYZE enterprise`);
  }, 120_000);
  afterAll(() => t.close());

  async function plan(sql: string, parameters: unknown[]): Promise<PlanNode[]> {
    const rows = await t.dataSource.query<
      {
        "QUERY PLAN": { Plan: PlanNode }[];
      }[]
    >(`EXPLAIN (FORMAT JSON) ${sql}`, parameters);
    const root = rows[0]?.["QUERY PLAN"][0]?.Plan;
    if (!root) throw new Error("no plan");
    if (process.env.SHOW_PLANS)
      console.log(JSON.stringify(nodesOf(root).map((n) => [n["Node Type"], n["Index Name"]])));
    return nodesOf(root);
  }

  async function plans(args: EnterpriseListArgs, viewerScope: AccessScope = scope) {
    const service = t.app.services.enterprise;
    const spec = service.listSpec(args);
    const [pageSql, pageParams] = service.repository.pageQuery(viewerScope, spec, null, 21).getQueryAndParameters();
    const [countSql, countParams] = service.repository
      .filtered(viewerScope, spec)
      .select("count(*)", "n")
      .getQueryAndParameters();
    return { page: await plan(pageSql, pageParams), count: await plan(countSql, countParams) };
  }

  const seqScansOnEnterprise = (nodes: PlanNode[]) =>
    nodes.filter((n) => n["Node Type"] === "Seq Scan" && n["Relation Name"] === "enterprise");
  const indexes = (nodes: PlanNode[]) => nodes.map((n) => n["Index Name"]).filter((name): name is string => !!name);

  it("has the generated rows", async () => {
    const [row] = await t.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM enterprise WHERE dealer_id = $1`,
      [scope.kind === "dealer" ? scope.dealerId : ""],
    );
    expect(row?.n).toBe(ROWS);
  });

  it.each([
    ["a Chinese name fragment", "远景物流有限公司1234"],
    ["a domain fragment", "corp19999"],
  ])("text search (%s) uses the trigram index, never a sequential scan", async (_label, text) => {
    const { page, count } = await plans({ list: "ALL", filter: { text } });
    for (const nodes of [page, count]) {
      expect(indexes(nodes)).toContain("enterprise_search_trgm_idx");
      expect(seqScansOnEnterprise(nodes)).toEqual([]);
    }
  });

  it("region + source filters sorted by creation time use the dealer's composite indexes", async () => {
    const { page, count } = await plans({
      list: "ALL",
      filter: { regionCodes: ["440000"], sources: ["HOTLINE", "CAMPAIGN"] },
      sort: "CREATED_AT",
      direction: "DESC",
    });
    for (const nodes of [page, count]) {
      expect(seqScansOnEnterprise(nodes)).toEqual([]);
      expect(indexes(nodes).some((name) => /^enterprise_dealer_(created|region|source)_idx$/.test(name))).toBe(true);
    }
  });

  it("the unfiltered first page of a superior's view reads an index in sort order", async () => {
    const { page } = await plans({ list: "ALL" }, managerScope);
    expect(seqScansOnEnterprise(page)).toEqual([]);
    expect(indexes(page).some((name) => /^enterprise_(owner|dealer)_created_idx$/.test(name))).toBe(true);
  });
});
