import { randomUUID } from "node:crypto";
import {
  TEST_PASSWORD,
  makeDealerTeam,
  makeEnterprise,
  makeService,
  makeTag,
  makeVendorStaff,
  productLineId,
} from "../../../../test/support/factories";
import type { GraphQLTestClient } from "../../../../test/support/graphql-client";
import { startTestApp, type TestApp } from "../../../../test/support/test-app";

type Team = Awaited<ReturnType<typeof makeDealerTeam>>;
type Ref = { id: string; mainDomain: string; name: string };

const DAY = 86_400_000;
const FIELDS = `id name source routedAt routingTrace nextPaidExpiresAt trialExpiredAt services { id kind }`;
interface Row {
  id: string;
  name: string;
  source: string;
  routedAt: string | null;
  routingTrace: unknown;
  nextPaidExpiresAt: string | null;
  trialExpiredAt: string | null;
  services: { id: string; kind: string }[];
}
interface Page {
  totalCount: number;
  edges: { cursor: string; node: Row }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}
const ARGS = `$filter: EnterpriseFilter, $sort: EnterpriseSort! = CREATED_AT, $direction: SortDirection! = DESC, $first: Int! = 100, $after: String`;
const PASS = `filter: $filter, sort: $sort, direction: $direction, first: $first, after: $after`;
const QUERIES = {
  enterprises: `query(${ARGS}) { list: enterprises(${PASS}) { totalCount edges { cursor node { ${FIELDS} } } pageInfo { hasNextPage endCursor } } }`,
  renewalDueEnterprises: `query(${ARGS}, $withinDays: Int!) { list: renewalDueEnterprises(withinDays: $withinDays, ${PASS}) { totalCount edges { cursor node { ${FIELDS} } } pageInfo { hasNextPage endCursor } } }`,
  trialExpiredEnterprises: `query(${ARGS}) { list: trialExpiredEnterprises(${PASS}) { totalCount edges { cursor node { ${FIELDS} } } pageInfo { hasNextPage endCursor } } }`,
  routedEnterprises: `query(${ARGS}) { list: routedEnterprises(${PASS}) { totalCount edges { cursor node { ${FIELDS} } } pageInfo { hasNextPage endCursor } } }`,
};
type ListName = keyof typeof QUERIES;

describe("enterprise lists: filters, visibility, sorting, paging (SPEC §3)", () => {
  let t: TestApp;
  let team: Team;
  let other: Team;
  const e: Record<string, Ref> = {};
  const clients = new Map<string, GraphQLTestClient>();
  let tag1: { id: string };
  let tag2: { id: string };
  let mail: string;
  let campus: string;
  let o365: string;
  const now = Date.now();
  const at = (days: number) => new Date(now + days * DAY);

  beforeAll(async () => {
    t = await startTestApp();
    team = await makeDealerTeam(t.dataSource);
    other = await makeDealerTeam(t.dataSource);
    mail = await productLineId(t.dataSource, "MAIL");
    campus = await productLineId(t.dataSource, "CAMPUS_MAIL");
    o365 = await productLineId(t.dataSource, "O365");
    tag1 = await makeTag(t.dataSource, { dealer: team.dealer });
    tag2 = await makeTag(t.dataSource, { dealer: team.dealer });
    const u = randomUUID().slice(0, 8);
    const d = team.dealer;
    e.e1 = await makeEnterprise(t.dataSource, {
      dealer: d,
      owner: team.a,
      name: "甲醇化工有限公司",
      mainDomain: `jiachun-${u}.com`,
      regionCode: "440300",
      source: "HOTLINE",
      scale: "S10_49",
      status: "TRIAL",
      productLineId: mail,
      createdAt: at(-60),
      lastFollowUpAt: at(-35),
      tags: [tag1],
    });
    e.e2 = await makeEnterprise(t.dataSource, {
      dealer: d,
      owner: team.b,
      name: "乙烯科技",
      mainDomain: `yixi-${u}.cn`,
      secondaryDomains: ["xn--fsqu00a.xn--fiqs8s"],
      regionCode: "440100",
      source: "CAMPAIGN",
      scale: "S100_499",
      status: "PAID",
      createdAt: at(-50),
      tags: [tag1, tag2],
    });
    e.e3 = await makeEnterprise(t.dataSource, {
      dealer: d,
      owner: team.c,
      name: "丙酮贸易",
      regionCode: "310100",
      source: "DEALER_ENTRY",
      scale: "S10_49",
      createdAt: at(-40),
      tags: [tag2],
    });
    e.e4 = await makeEnterprise(t.dataSource, {
      dealer: d,
      owner: team.manager,
      name: "丁香医疗",
      regionCode: "440000",
      source: "HOTLINE",
      status: "EXPIRED",
      createdAt: at(-30),
      lastFollowUpAt: at(-5),
    });
    e.e5 = await makeEnterprise(t.dataSource, {
      dealer: d,
      owner: null,
      name: "戊己物流",
      regionCode: "110100",
      source: "OFFICIAL_SITE",
      createdAt: at(-20),
      routedAt: at(-20),
      routingTrace: { rule: "华北规则", dealer: "weighted pick" },
    });
    e.e6 = await makeEnterprise(t.dataSource, {
      dealer: d,
      owner: team.admin,
      name: "庚辛教育 100%_培训",
      regionCode: "440300",
      source: "HOTLINE",
      createdAt: at(-10),
    });
    const svc = (ref: Ref, productLine: string, kind: "TRIAL" | "PAID", expires: number, dealer = d) =>
      makeService(t.dataSource, { enterprise: ref, dealer, productLineId: productLine, kind, expiresAt: at(expires) });
    await svc(e.e2, campus, "PAID", 10);
    await svc(e.e3, mail, "TRIAL", -3);
    await svc(e.e4, mail, "PAID", 40);
    await svc(e.e5, o365, "TRIAL", -1);
    await svc(e.e5, o365, "TRIAL", 5); // extended: still on trial
    await svc(e.e6, mail, "TRIAL", -60);
    await svc(e.e6, mail, "PAID", 200); // converted
    // Another dealer's service rows never count for (or show on) this dealer's enterprise.
    await svc(e.e1, mail, "PAID", 5, other.dealer);
    await svc(e.e1, mail, "TRIAL", -5, other.dealer);

    // The other dealer: same name and domain, its own routed enterprise and services.
    e.o1 = await makeEnterprise(t.dataSource, {
      dealer: other.dealer,
      owner: other.a,
      name: "甲醇化工有限公司",
      mainDomain: `jiachun-${u}.com`,
      regionCode: "440300",
      source: "HOTLINE",
      createdAt: at(-60),
    });
    e.o2 = await makeEnterprise(t.dataSource, {
      dealer: other.dealer,
      owner: null,
      name: "他家甩单",
      source: "HOTLINE",
      routedAt: at(-1),
      routingTrace: {},
    });
    await svc(e.o1, mail, "PAID", 10, other.dealer);
    await svc(e.o1, mail, "TRIAL", -2, other.dealer);
  });
  afterAll(() => t.close());

  async function as(account: { loginName: string }): Promise<GraphQLTestClient> {
    const cached = clients.get(account.loginName);
    if (cached) return cached;
    const client = await t.client().login(account.loginName, TEST_PASSWORD);
    clients.set(account.loginName, client);
    return client;
  }

  async function page(client: GraphQLTestClient, list: ListName, variables: Record<string, unknown> = {}) {
    return (await client.ok<{ list: Page }>(QUERIES[list], variables)).list;
  }

  /** Names of the keys in `e` for the rows of a list (in list order). */
  async function keys(
    account: { loginName: string },
    list: ListName,
    variables: Record<string, unknown> = {},
  ): Promise<string[]> {
    const result = await page(await as(account), list, variables);
    const byId = new Map(Object.entries(e).map(([k, v]) => [v.id, k]));
    const names = result.edges.map((edge) => byId.get(edge.node.id) ?? `?${edge.node.name}`);
    expect(result.totalCount).toBe(names.length);
    return names;
  }

  it("全部录入企业: each viewer sees exactly its rows (peer, superior, admin, assistant, other dealer, vendor)", async () => {
    expect(await keys(team.a, "enterprises")).toEqual(["e1"]);
    expect(await keys(team.b, "enterprises")).toEqual(["e2"]);
    expect(await keys(team.c, "enterprises")).toEqual(["e3"]);
    expect(await keys(team.manager, "enterprises")).toEqual(["e4", "e2", "e1"]);
    expect(await keys(team.admin, "enterprises")).toEqual(["e6", "e5", "e4", "e3", "e2", "e1"]);
    expect(await keys(team.assistant, "enterprises")).toEqual(["e6", "e5", "e4", "e3", "e2", "e1"]);
    expect(await keys(other.admin, "enterprises")).toEqual(["o2", "o1"]);
    expect(await keys(other.a, "enterprises")).toEqual(["o1"]);
    // Filters can't widen the scope.
    expect(await keys(team.a, "enterprises", { filter: { ownerAccountIds: [team.b.id] } })).toEqual([]);
    expect(await keys(team.admin, "enterprises", { filter: { dealerId: other.dealer.id } })).toEqual([]);
    const vendor = await makeVendorStaff(t.dataSource, ["CHANNEL_MANAGER"]);
    expect(await keys(vendor, "enterprises", { filter: { dealerId: team.dealer.id } })).toEqual([
      "e6",
      "e5",
      "e4",
      "e3",
      "e2",
      "e1",
    ]);
  });

  const FILTERS: [string, () => Record<string, unknown>, string[]][] = [
    ["text: part of a name", () => ({ text: "甲醇" }), ["e1"]],
    ["text: two characters inside a name (the bigram index)", () => ({ text: "醇化" }), ["e1"]],
    ["text: two characters of an IDN", () => ({ text: "例子" }), ["e2"]],
    ["text: two characters found nowhere", () => ({ text: "化甲" }), []],
    ["text: part of a domain", () => ({ text: "yixi-" }), ["e2"]],
    ["text: a Unicode IDN", () => ({ text: "例子.中" }), ["e2"]],
    ["text: its punycode", () => ({ text: "xn--fsqu00a" }), ["e2"]],
    ["text: a pasted URL", () => ({ text: `HTTPS://WWW.${e.e1?.mainDomain.toUpperCase()}/about` }), ["e1"]],
    ["text: a subdomain finds its registrable domain", () => ({ text: `Mail.${e.e2?.mainDomain}` }), ["e2"]],
    ["text: % is literal", () => ({ text: "%" }), ["e6"]],
    ["text: _ is literal", () => ({ text: "0%_培" }), ["e6"]],
    ["a province matches its cities", () => ({ regionCodes: ["440000"] }), ["e6", "e4", "e2", "e1"]],
    ["a city", () => ({ regionCodes: ["440300"] }), ["e6", "e1"]],
    ["several regions", () => ({ regionCodes: ["310100", "110000"] }), ["e5", "e3"]],
    ["sources", () => ({ sources: ["CAMPAIGN", "OFFICIAL_SITE"] }), ["e5", "e2"]],
    ["scales", () => ({ scales: ["S10_49"] }), ["e3", "e1"]],
    ["statuses", () => ({ statuses: ["TRIAL", "PAID"] }), ["e2", "e1"]],
    ["owner accounts", () => ({ ownerAccountIds: [team.a.id, team.c.id] }), ["e3", "e1"]],
    ["product line: intent or a service", () => ({ productLineIds: [mail] }), ["e6", "e4", "e3", "e1"]],
    ["created from/to", () => ({ createdFrom: at(-45), createdTo: at(-15) }), ["e5", "e4", "e3"]],
    ["last follow-up from", () => ({ lastFollowUpFrom: at(-20) }), ["e4"]],
    ["last follow-up to", () => ({ lastFollowUpTo: at(-20) }), ["e1"]],
    ["tags: any (default)", () => ({ tagIds: [tag1.id, tag2.id] }), ["e3", "e2", "e1"]],
    ["tags: all", () => ({ tagIds: [tag1.id, tag2.id], tagMatch: "ALL" }), ["e2"]],
    ["tags: one", () => ({ tagIds: [tag1.id] }), ["e2", "e1"]],
    [
      "a combination: region + source + created from",
      () => ({ regionCodes: ["440000"], sources: ["HOTLINE"], createdFrom: at(-45) }),
      ["e6", "e4"],
    ],
    [
      "a combination: text + tags + scale + owner",
      () => ({ text: "化工", tagIds: [tag1.id], scales: ["S10_49", "S50_99"], ownerAccountIds: [team.a.id] }),
      ["e1"],
    ],
  ];

  it.each(FILTERS)("filter %s", async (_label, filter, expected) => {
    expect(await keys(team.admin, "enterprises", { filter: filter() })).toEqual(expected);
  });

  it("product line: services of another dealer never match", async () => {
    const o365Only = await keys(team.admin, "enterprises", { filter: { productLineIds: [o365] } });
    expect(o365Only).toEqual(["e5"]);
    const campusOnly = await keys(team.admin, "enterprises", { filter: { productLineIds: [campus] } });
    expect(campusOnly).toEqual(["e2"]);
  });

  it("refuses bad filters with a coded error", async () => {
    const admin = await as(team.admin);
    for (const filter of [
      { regionCodes: ["999999"] },
      { regionCodes: ["4403"] },
      { sources: ["NOPE"] },
      { tagIds: ["not-a-uuid"] },
      { text: "x".repeat(101) },
    ]) {
      expect(await admin.errorCode(QUERIES.enterprises, { filter })).toBe("VALIDATION_FAILED");
    }
    expect(await admin.errorCode(QUERIES.enterprises, { first: 0 })).toBe("VALIDATION_FAILED");
    expect(await admin.errorCode(QUERIES.enterprises, { after: "garbage" })).toBe("VALIDATION_FAILED");
  });

  it("sorts on the allow-list and pages with a keyset cursor that is stable under the sort", async () => {
    const admin = await as(team.admin);
    async function all(sort: string, direction: string, first: number): Promise<string[]> {
      const ids: string[] = [];
      let after: string | null = null;
      for (let guard = 0; guard < 20; guard += 1) {
        const result: Page = await page(admin, "enterprises", { sort, direction, first, after });
        expect(result.totalCount).toBe(6);
        ids.push(...result.edges.map((edge) => edge.node.id));
        if (!result.pageInfo.hasNextPage) break;
        after = result.pageInfo.endCursor;
      }
      const byId = new Map(Object.entries(e).map(([k, v]) => [v.id, k]));
      return ids.map((id) => byId.get(id) ?? id);
    }
    expect(await all("CREATED_AT", "DESC", 4)).toEqual(["e6", "e5", "e4", "e3", "e2", "e1"]);
    expect(await all("CREATED_AT", "ASC", 1)).toEqual(["e1", "e2", "e3", "e4", "e5", "e6"]);
    // 丁 丙 乙 庚 戊 甲 in code point order
    expect(await all("NAME", "ASC", 2)).toEqual(["e4", "e3", "e2", "e6", "e5", "e1"]);
    expect(await all("NAME", "DESC", 5)).toEqual(["e1", "e5", "e6", "e2", "e3", "e4"]);
    // Rows never followed up come last in both directions, ordered by id.
    const never = ["e2", "e3", "e5", "e6"].sort((x, y) => ((e[x]?.id ?? "") < (e[y]?.id ?? "") ? -1 : 1));
    expect(await all("LAST_FOLLOW_UP_AT", "DESC", 1)).toEqual(["e4", "e1", ...[...never].reverse()]);
    expect(await all("LAST_FOLLOW_UP_AT", "ASC", 1)).toEqual(["e1", "e4", ...never]);
    expect(await all("ROUTED_AT", "DESC", 2)).toHaveLength(6);
    // A cursor belongs to its sort.
    const first = await page(admin, "enterprises", { sort: "NAME", first: 1 });
    expect(await admin.errorCode(QUERIES.enterprises, { sort: "CREATED_AT", after: first.pageInfo.endCursor })).toBe(
      "VALIDATION_FAILED",
    );
  });

  it("企业待续费: a PAID service expiring within N days; the soonest expiry on the row", async () => {
    expect(await keys(team.admin, "renewalDueEnterprises", { withinDays: 30 })).toEqual(["e2"]);
    expect(await keys(team.admin, "renewalDueEnterprises", { withinDays: 60 })).toEqual(["e4", "e2"]);
    expect(await keys(team.admin, "renewalDueEnterprises", { withinDays: 365 })).toEqual(["e6", "e4", "e2"]);
    expect(
      await keys(team.admin, "renewalDueEnterprises", {
        withinDays: 365,
        sort: "NEXT_PAID_EXPIRES_AT",
        direction: "ASC",
      }),
    ).toEqual(["e2", "e4", "e6"]);
    expect(
      await keys(team.admin, "renewalDueEnterprises", { withinDays: 365, filter: { productLineIds: [mail] } }),
    ).toEqual(["e6", "e4"]);
    expect(await keys(team.admin, "renewalDueEnterprises", { withinDays: 365, filter: { text: "乙烯" } })).toEqual([
      "e2",
    ]);
    expect(await keys(team.b, "renewalDueEnterprises", { withinDays: 30 })).toEqual(["e2"]);
    expect(await keys(team.a, "renewalDueEnterprises", { withinDays: 365 })).toEqual([]);
    expect(await keys(team.manager, "renewalDueEnterprises", { withinDays: 60 })).toEqual(["e4", "e2"]);
    expect(await keys(other.a, "renewalDueEnterprises", { withinDays: 30 })).toEqual(["o1"]);
    const rows = await page(await as(team.admin), "renewalDueEnterprises", { withinDays: 30 });
    const row = rows.edges[0]?.node;
    expect(Math.abs(new Date(row?.nextPaidExpiresAt ?? 0).getTime() - at(10).getTime())).toBeLessThan(1000);
    const admin = await as(team.admin);
    for (const withinDays of [0, 366, -1]) {
      expect(await admin.errorCode(QUERIES.renewalDueEnterprises, { withinDays })).toBe("VALIDATION_FAILED");
    }
  });

  it("试用过期企业: an expired trial with nothing of that product line running", async () => {
    expect(await keys(team.admin, "trialExpiredEnterprises")).toEqual(["e3"]);
    expect(await keys(team.c, "trialExpiredEnterprises")).toEqual(["e3"]);
    expect(await keys(team.a, "trialExpiredEnterprises")).toEqual([]); // the other dealer's trial on e1 is not ours
    expect(await keys(team.admin, "trialExpiredEnterprises", { filter: { productLineIds: [o365] } })).toEqual([]);
    expect(await keys(other.admin, "trialExpiredEnterprises")).toEqual([]); // o1 has a running PAID mail
    const rows = await page(await as(team.admin), "trialExpiredEnterprises");
    expect(Math.abs(new Date(rows.edges[0]?.node.trialExpiredAt ?? 0).getTime() - at(-3).getTime())).toBeLessThan(1000);
  });

  it("甩单企业: routed rows with source, time and trace; unowned ones only for whole-dealer viewers", async () => {
    const rows = await page(await as(team.admin), "routedEnterprises");
    expect(rows.edges.map((edge) => edge.node)).toEqual([
      expect.objectContaining({
        id: e.e5?.id,
        source: "OFFICIAL_SITE",
        routedAt: at(-20).toISOString(),
        routingTrace: { rule: "华北规则", dealer: "weighted pick" },
      }),
    ]);
    expect(await keys(team.assistant, "routedEnterprises")).toEqual(["e5"]);
    expect(await keys(team.manager, "routedEnterprises")).toEqual([]);
    expect(await keys(other.admin, "routedEnterprises")).toEqual(["o2"]);
    expect(await keys(team.admin, "routedEnterprises", { filter: { sources: ["HOTLINE"] } })).toEqual([]);
  });

  it("nested services show only the enterprise's own dealer's rows", async () => {
    const rows = await page(await as(team.a), "enterprises");
    expect(rows.edges[0]?.node.id).toBe(e.e1?.id);
    expect(rows.edges[0]?.node.services).toEqual([]);
    expect(rows.edges[0]?.node.nextPaidExpiresAt).toBeNull();
    const admin = await page(await as(team.admin), "enterprises", { filter: { text: "庚辛" } });
    expect(admin.edges[0]?.node.services.map((s) => s.kind)).toEqual(["PAID", "TRIAL"]);
  });
});
