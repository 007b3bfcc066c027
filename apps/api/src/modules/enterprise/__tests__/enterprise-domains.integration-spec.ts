import { randomUUID } from "node:crypto";
import { TEST_PASSWORD, makeDealerTeam } from "../../../../test/support/factories";
import type { GraphQLTestClient } from "../../../../test/support/graphql-client";
import { startTestApp, type TestApp } from "../../../../test/support/test-app";

type Team = Awaited<ReturnType<typeof makeDealerTeam>>;
interface Created {
  id: string;
  mainDomain: string;
  mainDomainUnicode: string;
  domains: { domain: string; unicode: string; isMain: boolean }[];
}

const CREATE = `mutation($input: CreateEnterpriseInput!) {
  createEnterprise(input: $input) { id mainDomain mainDomainUnicode domains { domain unicode isMain } } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateEnterpriseInput!) {
  updateEnterprise(id: $id, input: $input) { id mainDomain domains { domain isMain } } }`;

describe("enterprise domains: normalization and duplicate refusal (SPEC §3)", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  async function signIn(loginName: string): Promise<GraphQLTestClient> {
    return t.client().login(loginName, TEST_PASSWORD);
  }

  async function create(client: GraphQLTestClient, mainDomain: string, extra: Record<string, unknown> = {}) {
    return client.request<{ createEnterprise: Created }>(CREATE, {
      input: { name: `企业-${randomUUID().slice(0, 6)}`, mainDomain, ...extra },
    });
  }

  async function counts(dealerId: string): Promise<{ enterprises: number; domains: number; audits: number }> {
    const [row] = await t.dataSource.query<{ enterprises: number; domains: number; audits: number }[]>(
      `SELECT (SELECT count(*) FROM enterprise WHERE dealer_id = $1)::int AS enterprises,
              (SELECT count(*) FROM enterprise_domain WHERE dealer_id = $1)::int AS domains,
              (SELECT count(*) FROM audit_log WHERE dealer_id = $1 AND entity_type = 'enterprise')::int AS audits`,
      [dealerId],
    );
    if (!row) throw new Error("no counts");
    return row;
  }

  it("stores the registrable ASCII domain and shows the Unicode form; equal domains collide", async () => {
    const team = await makeDealerTeam(t.dataSource);
    const a = await signIn(team.a.loginName);

    const www = await create(a, "WWW.Example.COM.");
    expect(www.errors).toBeUndefined();
    expect(www.data?.createEnterprise.mainDomain).toBe("example.com");

    // A URL of a subdomain is the same customer: refused, pointing at the first enterprise.
    const url = await create(a, "https://mail.example.com/x");
    expect(url.errors?.[0]?.extensions?.code).toBe("DUPLICATE_DOMAIN");
    expect(url.errors?.[0]?.extensions?.details).toEqual({
      domain: "example.com",
      enterpriseId: www.data?.createEnterprise.id,
    });

    const idn = await create(a, "例子.中国");
    expect(idn.data?.createEnterprise).toMatchObject({
      mainDomain: "xn--fsqu00a.xn--fiqs8s",
      mainDomainUnicode: "例子.中国",
      domains: [{ domain: "xn--fsqu00a.xn--fiqs8s", unicode: "例子.中国", isMain: true }],
    });
    const puny = await create(a, "xn--fsqu00a.xn--fiqs8s");
    expect(puny.errors?.[0]?.extensions?.code).toBe("DUPLICATE_DOMAIN");
    expect(puny.errors?.[0]?.extensions?.details?.enterpriseId).toBe(idn.data?.createEnterprise.id);

    const uk = await create(a, "a.b.example.co.uk");
    expect(uk.data?.createEnterprise.mainDomain).toBe("example.co.uk");

    // Secondary domains are normalized too; repeats and the main domain itself collapse.
    const multi = await create(a, "Shop.Example.NET", {
      secondaryDomains: ["www.example.net", "EXAMPLE.org.", "mailto:sales@mail.example.org", "例子.公司"],
    });
    expect(multi.errors).toBeUndefined();
    expect(multi.data?.createEnterprise.domains).toEqual([
      { domain: "example.net", unicode: "example.net", isMain: true },
      { domain: "example.org", unicode: "example.org", isMain: false },
      { domain: "xn--fsqu00a.xn--55qx5d", unicode: "例子.公司", isMain: false },
    ]);
    const [row] = await t.dataSource.query<{ search_text: string }[]>(
      `SELECT search_text FROM enterprise WHERE id = $1`,
      [multi.data?.createEnterprise.id],
    );
    expect(row?.search_text).toContain("xn--fsqu00a.xn--55qx5d");
    expect(row?.search_text).toContain("例子.公司");
  });

  it.each([
    ["", "EMPTY"],
    ["not a domain", "INVALID_CHARACTERS"],
    ["-bad-.com", "INVALID_LABEL"],
    ["a..b.com", "INVALID_LABEL"],
    ["192.168.1.1", "IP_ADDRESS"],
    ["com.cn", "IS_PUBLIC_SUFFIX"],
    ["example.notatld", "NO_PUBLIC_SUFFIX"],
    [`${"x".repeat(64)}.com`, "LABEL_TOO_LONG"],
  ])("refuses %j with INVALID_DOMAIN (%s) and writes nothing", async (input, reason) => {
    const team = await makeDealerTeam(t.dataSource);
    const a = await signIn(team.a.loginName);
    const before = await counts(team.dealer.id);
    const result = await create(a, input);
    expect(result.errors?.[0]?.extensions?.code).toBe("INVALID_DOMAIN");
    expect(result.errors?.[0]?.extensions?.details).toEqual({ field: "mainDomain", reason });
    expect(result.errors?.[0]?.extensions?.messageZh).toBeTruthy();
    // an invalid secondary domain refuses the whole enterprise too
    const secondary = await create(a, `${randomUUID().slice(0, 8)}.com`, { secondaryDomains: ["ok.cn", input] });
    expect(secondary.errors?.[0]?.extensions?.code).toBe("INVALID_DOMAIN");
    expect(secondary.errors?.[0]?.extensions?.details?.field).toBe("secondaryDomains.1");
    expect(await counts(team.dealer.id)).toEqual(before);
  });

  describe("duplicate refusal", () => {
    let team: Team;
    let other: Team;
    let domain: string;
    let held: string;
    beforeAll(async () => {
      team = await makeDealerTeam(t.dataSource);
      other = await makeDealerTeam(t.dataSource);
      domain = `dup-${randomUUID().slice(0, 8)}.com.cn`;
      const a = await signIn(team.a.loginName);
      const created = await create(a, domain);
      held = created.data?.createEnterprise.id ?? "";
      expect(held).toBeTruthy();
    });

    it("points at the existing enterprise when the viewer may see it (owner, superior, admin)", async () => {
      for (const account of [team.a, team.manager, team.admin]) {
        const client = await signIn(account.loginName);
        const result = await create(client, `https://www.${domain}/contact`);
        expect(result.errors?.[0]?.extensions).toMatchObject({
          code: "DUPLICATE_DOMAIN",
          details: { domain, enterpriseId: held },
        });
      }
    });

    it("says only that a colleague holds it when the viewer may not see it (peers)", async () => {
      for (const account of [team.b, team.c]) {
        const client = await signIn(account.loginName);
        const before = await counts(team.dealer.id);
        const result = await create(client, domain);
        const error = result.errors?.[0];
        expect(error?.extensions?.code).toBe("DUPLICATE_DOMAIN");
        expect(error?.extensions?.details).toEqual({ domain });
        expect(error?.extensions?.messageZh).toContain("同事");
        expect(JSON.stringify(error)).not.toContain(held);
        expect(JSON.stringify(error)).not.toContain(team.a.realName);
        // as a secondary domain, and through an edit, just the same
        const viaSecondary = await create(client, `${randomUUID().slice(0, 8)}.cn`, { secondaryDomains: [domain] });
        expect(viaSecondary.errors?.[0]?.extensions?.details).toEqual({ domain });
        expect(await counts(team.dealer.id)).toEqual(before);
      }
      const b = await signIn(team.b.loginName);
      const own = await create(b, `${randomUUID().slice(0, 8)}.cn`);
      const id = own.data?.createEnterprise.id;
      const before = await counts(team.dealer.id);
      const edit = await b.request(UPDATE, { id, input: { secondaryDomains: [`mail.${domain}`] } });
      expect(edit.errors?.[0]?.extensions).toMatchObject({ code: "DUPLICATE_DOMAIN", details: { domain } });
      expect(await counts(team.dealer.id)).toEqual(before);
    });

    it("lets another dealer hold the same domain", async () => {
      const admin = await signIn(other.admin.loginName);
      const result = await create(admin, domain);
      expect(result.errors).toBeUndefined();
      expect(result.data?.createEnterprise.mainDomain).toBe(domain);
    });

    it("lets an enterprise keep, swap and re-add its own domains", async () => {
      const a = await signIn(team.a.loginName);
      const second = `second-${randomUUID().slice(0, 8)}.cn`;
      const swapped = await a.ok<{ updateEnterprise: { domains: { domain: string; isMain: boolean }[] } }>(UPDATE, {
        id: held,
        input: { mainDomain: second, secondaryDomains: [domain] },
      });
      expect(swapped.updateEnterprise.domains).toEqual([
        { domain: second, isMain: true },
        { domain, isMain: false },
      ]);
      const back = await a.ok<{ updateEnterprise: { mainDomain: string } }>(UPDATE, {
        id: held,
        input: { mainDomain: domain, secondaryDomains: [] },
      });
      expect(back.updateEnterprise.mainDomain).toBe(domain);
    });

    it("answers concurrent entries of one new domain with exactly one enterprise, the rest DUPLICATE_DOMAIN", async () => {
      const fresh = `race-${randomUUID().slice(0, 8)}.com`;
      const clients = await Promise.all(
        [team.a, team.b, team.c, team.manager, team.admin].map((acc) => signIn(acc.loginName)),
      );
      const results = await Promise.all(clients.flatMap((c) => [create(c, fresh), create(c, `www.${fresh}`)]));
      const codes = results.map((r) => r.errors?.[0]?.extensions?.code ?? "OK").sort();
      expect(codes.filter((c) => c === "OK")).toHaveLength(1);
      expect(codes.filter((c) => c !== "OK").every((c) => c === "DUPLICATE_DOMAIN")).toBe(true);
      const [row] = await t.dataSource.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM enterprise_domain WHERE dealer_id = $1 AND domain = $2`,
        [team.dealer.id, fresh],
      );
      expect(row?.n).toBe(1);
    });
  });
});
