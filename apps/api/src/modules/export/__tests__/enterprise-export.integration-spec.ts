import { randomUUID } from "node:crypto";
import { Workbook } from "exceljs";
import {
  TEST_PASSWORD,
  makeDealerTeam,
  makeEnterprise,
  makeService,
  makeTag,
  productLineId,
} from "../../../../test/support/factories";
import type { GraphQLTestClient } from "../../../../test/support/graphql-client";
import { startTestApp, type TestApp } from "../../../../test/support/test-app";

type Team = Awaited<ReturnType<typeof makeDealerTeam>>;

/** RFC 4180 reader for the test (quoted fields, doubled quotes, CRLF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i += 1;
    } else field += ch;
  }
  if (field !== "" || row.length > 0) throw new Error("the CSV does not end with CRLF");
  return rows;
}

const LIST = `query($filter: EnterpriseFilter, $first: Int!, $after: String) {
  enterprises(filter: $filter, first: $first, after: $after) {
    totalCount edges { node { id name mainDomainUnicode regionName secondaryDomains { unicode } tags { name }
      owner { realName loginName } } } pageInfo { hasNextPage endCursor } } }`;
interface ListRow {
  id: string;
  name: string;
  mainDomainUnicode: string;
  regionName: string | null;
  secondaryDomains: { unicode: string }[];
  tags: { name: string }[];
  owner: { realName: string; loginName: string } | null;
}

describe("enterprise export (CSV / XLSX)", () => {
  let t: TestApp;
  let base: string;
  let team: Team;
  let other: Team;
  const clients = new Map<string, GraphQLTestClient>();

  beforeAll(async () => {
    t = await startTestApp();
    base = t.url.replace(/\/graphql$/, "");
    team = await makeDealerTeam(t.dataSource);
    other = await makeDealerTeam(t.dataSource);
    const tag = await makeTag(t.dataSource, { dealer: team.dealer, name: `重点,"客户"${randomUUID().slice(0, 3)}` });
    const names = [
      "深圳例子科技有限公司",
      '带"引号",和逗号的公司',
      "多行\n名称公司",
      '=HYPERLINK("http://evil.example","点我")',
      "+86 公司",
      "-负号公司",
      "@提及公司",
      "普通公司",
    ];
    for (const [i, name] of names.entries()) {
      await makeEnterprise(t.dataSource, {
        dealer: team.dealer,
        owner: i % 2 === 0 ? team.a : team.b,
        name,
        regionCode: i < 7 ? "440300" : "310100",
        source: "HOTLINE",
        createdAt: new Date(Date.now() - i * 60_000),
        secondaryDomains: i === 0 ? ["xn--fsqu00a.xn--fiqs8s"] : [],
        tags: i < 3 ? [tag] : [],
      });
    }
    await makeEnterprise(t.dataSource, { dealer: team.dealer, owner: null, name: "无主企业", regionCode: "440300" });
    await makeEnterprise(t.dataSource, {
      dealer: other.dealer,
      owner: other.admin,
      name: "他家企业",
      regionCode: "440300",
    });
  });
  afterAll(() => t.close());

  async function as(account: { loginName: string }): Promise<GraphQLTestClient> {
    const cached = clients.get(account.loginName);
    if (cached) return cached;
    const client = await t.client().login(account.loginName, TEST_PASSWORD);
    clients.set(account.loginName, client);
    return client;
  }

  async function download(client: GraphQLTestClient | null, params: Record<string, string>) {
    const headers: Record<string, string> = {};
    if (client?.sessionCookie) headers.cookie = client.sessionCookie;
    const response = await fetch(`${base}/export/enterprises?${new URLSearchParams(params).toString()}`, { headers });
    return { response, body: Buffer.from(await response.arrayBuffer()) };
  }

  async function listAll(client: GraphQLTestClient, filter: Record<string, unknown>): Promise<ListRow[]> {
    const rows: ListRow[] = [];
    let after: string | null = null;
    for (;;) {
      const data: {
        enterprises: { edges: { node: ListRow }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
      } = await client.ok(LIST, { filter, first: 100, after });
      rows.push(...data.enterprises.edges.map((edge) => edge.node));
      if (!data.enterprises.pageInfo.hasNextPage) return rows;
      after = data.enterprises.pageInfo.endCursor;
    }
  }

  const unneutralize = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

  it("CSV: BOM, Chinese headers, RFC 4180 quoting, formula cells neutralized, rows equal the filtered list", async () => {
    const admin = await as(team.admin);
    const filter = { regionCodes: ["440000"], sources: ["HOTLINE"] };
    const expected = await listAll(admin, filter);
    expect(expected.length).toBe(7);
    const { response, body } = await download(admin, { list: "all", format: "csv", filter: JSON.stringify(filter) });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const disposition = response.headers.get("content-disposition") ?? "";
    expect(disposition).toMatch(/^attachment; filename="enterprises-\d{8}\.csv"; filename\*=UTF-8''/);
    expect(decodeURIComponent(disposition.split("UTF-8''")[1] ?? "")).toMatch(/^全部录入企业-\d{8}\.csv$/);
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = body.toString("utf8").slice(1);
    const [header, ...rows] = parseCsv(text);
    expect(header).toEqual([
      "企业名称",
      "主域名",
      "辅域名",
      "地区",
      "行业",
      "规模",
      "来源",
      "标签",
      "所属帐号",
      "联系人",
      "联系电话",
      "联系邮箱",
      "状态",
      "最近跟进",
      "创建时间",
    ]);
    expect(rows.map((r) => [unneutralize(r[0] ?? ""), r[1], r[2], r[3], r[6], r[7], r[8]])).toEqual(
      expected.map((e) => [
        e.name,
        e.mainDomainUnicode,
        e.secondaryDomains.map((d) => d.unicode).join("; "),
        e.regionName,
        "客服电话",
        e.tags.map((tag) => tag.name).join("; "),
        e.owner ? `${e.owner.realName} (${e.owner.loginName})` : "",
      ]),
    );
    const cells = rows.map((r) => r[0]);
    expect(cells).toContain(`'=HYPERLINK("http://evil.example","点我")`);
    expect(cells).toContain("'+86 公司");
    expect(cells).toContain("'-负号公司");
    expect(cells).toContain("'@提及公司");
    expect(cells).toContain("多行\n名称公司");
    expect(text).toContain('"带""引号"",和逗号的公司"');
    expect(rows.find((r) => r[0] === "深圳例子科技有限公司")?.[2]).toBe("例子.中国");

    // The entry is written once the download has finished: give it a moment.
    let audit: { actor_id: string; after: Record<string, unknown> } | undefined;
    for (let i = 0; i < 50 && !audit; i += 1) {
      [audit] = await t.dataSource.query<{ actor_id: string; after: Record<string, unknown> }[]>(
        `SELECT actor_id, after FROM audit_log WHERE action = 'enterprise.export' AND actor_id = $1 ORDER BY id DESC LIMIT 1`,
        [team.admin.id],
      );
      if (!audit) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(audit?.after).toMatchObject({ list: "all", format: "csv", filter, rowCount: 7, completed: true });
  });

  it("XLSX: the same rows, read back with exceljs; formulas stay plain text", async () => {
    const admin = await as(team.admin);
    const filter = { regionCodes: ["440000"] };
    const expected = await listAll(admin, filter);
    const { response, body } = await download(admin, { list: "all", format: "xlsx", filter: JSON.stringify(filter) });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
    const workbook = new Workbook();
    await workbook.xlsx.load(body as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet?.name).toBe("全部录入企业");
    expect(sheet?.rowCount).toBe(1 + expected.length);
    expect(sheet?.getRow(1).getCell(1).value).toBe("企业名称");
    const names: unknown[] = [];
    sheet?.eachRow((row, n) => {
      if (n > 1) names.push(row.getCell(1).value);
    });
    expect(names).toEqual(expected.map((e) => e.name));
    expect(names).toContain('=HYPERLINK("http://evil.example","点我")');
  });

  it("each viewer exports only what it may list; another dealer's rows are impossible", async () => {
    const csvNames = async (account: { loginName: string }, params: Record<string, string> = {}) => {
      const { response, body } = await download(await as(account), { format: "csv", ...params });
      expect(response.status).toBe(200);
      return parseCsv(body.toString("utf8").slice(1))
        .slice(1)
        .map((r) => unneutralize(r[0] ?? ""))
        .sort();
    };
    const byA = await csvNames(team.a);
    expect(byA).toHaveLength(4);
    expect((await csvNames(team.b)).length).toBe(4);
    expect(byA).not.toContain("无主企业");
    expect(await csvNames(team.admin)).toContain("无主企业");
    expect(await csvNames(other.admin)).toEqual(["他家企业"]);
    expect(await csvNames(other.admin, { filter: JSON.stringify({ dealerId: team.dealer.id }) })).toEqual([]);
    expect(await csvNames(other.admin, { filter: JSON.stringify({ ownerAccountIds: [team.a.id] }) })).toEqual([]);
    expect(await csvNames(team.a, { filter: JSON.stringify({ ownerAccountIds: [team.b.id] }) })).toEqual([]);
  });

  it("exports the renewal, trial and routed lists with their own columns", async () => {
    const fresh = await makeDealerTeam(t.dataSource);
    const mail = await productLineId(t.dataSource, "MAIL");
    const due = await makeEnterprise(t.dataSource, { dealer: fresh.dealer, owner: fresh.a, name: "待续费企业" });
    const expiresAt = new Date(Date.now() + 5 * 86_400_000);
    await makeService(t.dataSource, {
      enterprise: due,
      dealer: fresh.dealer,
      productLineId: mail,
      kind: "PAID",
      expiresAt,
    });
    const trial = await makeEnterprise(t.dataSource, { dealer: fresh.dealer, owner: fresh.a, name: "试用过期企业" });
    await makeService(t.dataSource, {
      enterprise: trial,
      dealer: fresh.dealer,
      productLineId: mail,
      kind: "TRIAL",
      expiresAt: new Date(Date.now() - 86_400_000),
    });
    await makeEnterprise(t.dataSource, {
      dealer: fresh.dealer,
      owner: null,
      name: "甩单企业",
      source: "OFFICIAL_SITE",
      routedAt: new Date(),
      routingTrace: { matched: "规则1" },
    });
    const admin = await as(fresh.admin);
    const read = async (params: Record<string, string>) => {
      const { response, body } = await download(admin, { format: "csv", ...params });
      expect(response.status).toBe(200);
      return {
        disposition: response.headers.get("content-disposition") ?? "",
        rows: parseCsv(body.toString("utf8").slice(1)),
      };
    };
    const renewal = await read({ list: "renewal-due", withinDays: "30" });
    expect(renewal.rows[0]?.at(-1)).toBe("正式服务到期时间");
    expect(renewal.rows.slice(1).map((r) => r[0])).toEqual(["待续费企业"]);
    const shanghai = new Date(expiresAt.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace("T", " ");
    expect(renewal.rows[1]?.at(-1)).toBe(shanghai);
    expect(decodeURIComponent(renewal.disposition)).toContain("企业待续费-");
    const trials = await read({ list: "trial-expired" });
    expect(trials.rows[0]?.at(-1)).toBe("试用到期时间");
    expect(trials.rows.slice(1).map((r) => r[0])).toEqual(["试用过期企业"]);
    const routed = await read({ list: "routed" });
    expect(routed.rows[0]?.slice(-2)).toEqual(["甩单时间", "甩单说明"]);
    expect(routed.rows.slice(1).map((r) => [r[0], r[6], r.at(-1)])).toEqual([
      ["甩单企业", "企业邮官网", JSON.stringify({ matched: "规则1" })],
    ]);
    const xlsx = await download(admin, { list: "renewal-due", withinDays: "30", format: "xlsx" });
    const workbook = new Workbook();
    await workbook.xlsx.load(xlsx.body as unknown as ArrayBuffer);
    expect(workbook.worksheets[0]?.rowCount).toBe(2);
  });

  it("streams large lists in keyset batches: every row exactly once", async () => {
    const big = await makeDealerTeam(t.dataSource);
    const total = 2_345;
    await t.dataSource.query(
      `INSERT INTO enterprise (dealer_id, owner_account_id, name, main_domain, source, status, search_text, created_at)
       SELECT $1, $2, '批量企业' || g, 'bulk' || g || '.com', 'HOTLINE', 'POTENTIAL', '批量企业' || g || ' bulk' || g || '.com',
              now() - (g % 50) * interval '1 second'
         FROM generate_series(1, ${total}) AS g`,
      [big.dealer.id, big.a.id],
    );
    for (const format of ["csv", "xlsx"]) {
      const { response, body } = await download(await as(big.admin), { format });
      expect(response.status).toBe(200);
      let names: string[];
      if (format === "csv") {
        names = parseCsv(body.toString("utf8").slice(1))
          .slice(1)
          .map((r) => r[0] ?? "");
      } else {
        const workbook = new Workbook();
        await workbook.xlsx.load(body as unknown as ArrayBuffer);
        names = [];
        workbook.worksheets[0]?.eachRow((row, n) => {
          if (n > 1) names.push(row.getCell(1).text);
        });
      }
      expect(names).toHaveLength(total);
      expect(new Set(names).size).toBe(total);
    }
  });

  it("refuses anonymous callers and bad parameters before any download starts", async () => {
    const anonymous = await download(null, { format: "csv" });
    expect(anonymous.response.status).toBe(401);
    expect(JSON.parse(anonymous.body.toString("utf8"))).toMatchObject({ error: { code: "UNAUTHENTICATED" } });
    const admin = await as(team.admin);
    const before = await t.dataSource.query<
      {
        n: number;
      }[]
    >(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'enterprise.export'`);
    const bad: Record<string, string>[] = [
      { format: "pdf" },
      { list: "pool" },
      { filter: "{not json" },
      { filter: JSON.stringify({ regionCodes: ["999999"] }) },
      { filter: JSON.stringify({ sources: ["NOPE"] }) },
      { filter: JSON.stringify({ tagIds: ["x"] }) },
      { filter: JSON.stringify({ unknownField: 1 }) },
      { filter: JSON.stringify({ text: "x".repeat(101) }) },
      { sort: "password_hash" },
      { direction: "SIDEWAYS" },
      { list: "renewal-due" },
      { list: "renewal-due", withinDays: "400" },
    ];
    for (const params of bad) {
      const { response, body } = await download(admin, params);
      expect({ params, status: response.status }).toEqual({ params, status: 400 });
      expect(JSON.parse(body.toString("utf8"))).toMatchObject({ error: { code: "VALIDATION_FAILED" } });
    }
    const after = await t.dataSource.query<
      {
        n: number;
      }[]
    >(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'enterprise.export'`);
    expect(after[0]?.n).toBe(before[0]?.n);
  });
});
