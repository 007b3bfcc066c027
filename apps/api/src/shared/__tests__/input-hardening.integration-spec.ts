import { readFileSync } from "node:fs";
import { join } from "node:path";
import { makeDealerTeam, makeEnterprise, uniqueName } from "../../../test/support/factories";
import type { GraphQLTestClient } from "../../../test/support/graphql-client";
import { makeOrderRow } from "../../../test/support/order-factories";
import { signInDirectly } from "../../../test/support/sessions";
import { startTestApp, type TestApp } from "../../../test/support/test-app";

/**
 * Mass assignment (item 2) and allow-listed sort and filter inputs (item 3):
 * - no input type lets a client set a field the server decides (dealer, creator, balance …);
 *   where one exists on purpose (an owner, a superior, a vendor's dealer filter) it is checked
 *   against the viewer's scope;
 * - sorts are enums, and text filters are bound parameters with the user's LIKE wildcards escaped.
 */

/**
 * Input fields that name a dealer, an account or money the server would otherwise decide, each
 * reviewed: what stops a viewer from using it outside its scope. A new one fails the first test
 * until it is reviewed and listed here.
 */
const SCOPED_INPUT_FIELDS: Record<string, string> = {
  "AccountFilter.dealerId": "vendor staff pick a dealer; a dealer viewer's other dealer id finds nothing",
  "AccountFilter.superiorId": "narrows the viewer's scoped list",
  "AuditLogFilter.dealerId": "vendor staff only; dealer viewers are held to their dealer",
  "CreateAccountInput.dealerId": "platform admins only; a dealer admin's other dealer id is NOT_FOUND",
  "CreateAccountInput.superiorId": "must be in the viewer's scope (INVALID_SUPERIOR)",
  "CreateEnterpriseInput.ownerAccountId": "must be in the viewer's scope (INVALID_OWNER)",
  "EnterpriseFilter.dealerId": "narrows the viewer's scoped list",
  "EnterpriseFilter.ownerAccountIds": "narrows the viewer's scoped list",
  "InvoiceRequestFilter.dealerId": "narrows the viewer's finance scope",
  "LeadFilter.dealerId": "narrows the viewer's scoped list",
  "LedgerEntryFilter.dealerId": "narrows the viewer's finance scope",
  "OrderFilter.dealerId": "narrows the viewer's scoped list",
  "PublishAnnouncementInput.dealerIds": "vendor operations address any dealer",
  "RequestFilter.dealerId": "narrows the viewer's scoped list",
  "RegistrationFilter.accountId": "narrows the viewer's scoped list",
  "RegistrationFilter.dealerId": "narrows the viewer's scoped list",
  "RoutingRuleTargetInput.dealerId": "vendor operations route to any dealer",
  "ServiceFilter.dealerId": "narrows the viewer's scoped list",
  "SetDelegateInput.delegateId": "an active account of the viewer's own dealer",
  "TopUpInput.dealerId": "vendor finance records any dealer's transfer",
  "UpdateAccountInput.superiorId": "must be in the viewer's scope (INVALID_SUPERIOR)",
};
const SERVER_DECIDED =
  /^(dealerId|dealerIds|ownerId|ownerAccountId|ownerAccountIds|createdBy|createdById|creatorId|accountId|superiorId|delegateId|submittedBy|uploadedBy|requestedBy|paidBy|balance|balanceAfter|settlementAmount|listAmount|amountDue|status|reviewStatus|reviewedBy|apiKeyId|secretHash|passwordHash)$/;
/** Status fields of filters and of the few inputs where the caller picks a state on purpose. */
const STATUS_ON_PURPOSE = /Filter$|^SetAccountStatus|^ReportDomainEventInput$/;

describe("mass assignment, sort and filter inputs", () => {
  let t: TestApp;
  let teamA: Awaited<ReturnType<typeof makeDealerTeam>>;
  let teamB: Awaited<ReturnType<typeof makeDealerTeam>>;
  let adminA: GraphQLTestClient;
  let salesA: GraphQLTestClient;

  beforeAll(async () => {
    t = await startTestApp();
    teamA = await makeDealerTeam(t.dataSource);
    teamB = await makeDealerTeam(t.dataSource);
    adminA = await signInDirectly(t, teamA.admin.id);
    salesA = await signInDirectly(t, teamA.a.id);
  });
  afterAll(async () => {
    await t.close();
  });

  it("no input type carries a server-decided field except the reviewed, scope-checked ones", () => {
    const schema = readFileSync(join(__dirname, "../../../../../schema.graphql"), "utf8").replace(
      /"""[\s\S]*?"""/g,
      "",
    );
    const found: string[] = [];
    for (const m of schema.matchAll(/^input (\w+) \{([\s\S]*?)^\}/gm)) {
      const [, type, body] = m;
      for (const f of (body ?? "").matchAll(/^ {2}(\w+):/gm)) {
        const field = f[1] ?? "";
        if (!SERVER_DECIDED.test(field)) continue;
        if (/^(status|reviewStatus)$/.test(field) && STATUS_ON_PURPOSE.test(type ?? "")) continue;
        found.push(`${type}.${field}`);
      }
    }
    expect(found.sort()).toEqual(Object.keys(SCOPED_INPUT_FIELDS).sort());
  });

  it.each([
    [
      "createEnterprise",
      `mutation($input: CreateEnterpriseInput!) { createEnterprise(input: $input) { id } }`,
      { name: "企业", mainDomain: "mass-assign.cn" },
      "dealerId",
    ],
    [
      "createEnterprise",
      `mutation($input: CreateEnterpriseInput!) { createEnterprise(input: $input) { id } }`,
      { name: "企业", mainDomain: "mass-assign2.cn" },
      "createdBy",
    ],
    [
      "updateEnterprise",
      `mutation($input: UpdateEnterpriseInput!) { updateEnterprise(id: "00000000-0000-4000-8000-000000000000", input: $input) { id } }`,
      { name: "企业" },
      "ownerAccountId",
    ],
    [
      "createCampaign",
      `mutation($input: CampaignInput!) { createCampaign(input: $input) { id } }`,
      {
        name: "n",
        title: "t",
        bodyHtml: "",
        formFields: [],
        validFrom: new Date().toISOString(),
        validTo: new Date(Date.now() + 86_400_000).toISOString(),
        channels: [{ code: "web", name: "官网" }],
      },
      "reviewStatus",
    ],
    [
      "createOrder",
      `mutation($input: CreateOrderInput!) { createOrder(input: $input) { id } }`,
      { type: "NEW" },
      "settlementAmount",
    ],
    [
      "updateMyProfile",
      `mutation($input: UpdateProfileInput!) { updateMyProfile(input: $input) { id } }`,
      { realName: "我" },
      "permissions",
    ],
    [
      "requestInvoice",
      `mutation($input: RequestInvoiceInput!) { requestInvoice(input: $input) { id } }`,
      { orderId: "00000000-0000-4000-8000-000000000000", title: "t", taxNumber: "91310000MA1FL0000X" },
      "amount",
    ],
  ])("%s refuses an input field it does not define (%#)", async (_name, query, input, extra) => {
    const before = await t.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM audit_log`);
    const result = await adminA.request(query, { input: { ...input, [extra]: teamB.dealer.id } });
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0]?.extensions?.code).toBe("VALIDATION_FAILED");
    expect(String(result.errors?.[0]?.extensions?.details?.reason)).toContain(`"${extra}"`);
    const after = await t.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM audit_log`);
    expect(after).toEqual(before); // refused before any resolver ran
  });

  it("an owner outside the viewer's tree is refused, inside it is taken", async () => {
    const domain = () => `${uniqueName("owner").toLowerCase()}.cn`;
    const create = `mutation($input: CreateEnterpriseInput!) { createEnterprise(input: $input) { id owner { id } } }`;
    // another dealer's account: refused even for a dealer admin
    expect(
      await adminA.errorCode(create, { input: { name: "企业", mainDomain: domain(), ownerAccountId: teamB.a.id } }),
    ).toBe("INVALID_OWNER");
    // a peer outside sales A's subtree (C sits beside the manager): refused
    expect(
      await salesA.errorCode(create, { input: { name: "企业", mainDomain: domain(), ownerAccountId: teamA.c.id } }),
    ).toBe("INVALID_OWNER");
    // the admin may place it with anyone of its dealer
    const ok = await adminA.ok<{ createEnterprise: { owner: { id: string } } }>(create, {
      input: { name: "企业", mainDomain: domain(), ownerAccountId: teamA.c.id },
    });
    expect(ok.createEnterprise.owner.id).toBe(teamA.c.id);
    expect(
      await t.dataSource.query(`SELECT count(*)::int AS n FROM enterprise WHERE dealer_id = $1`, [teamB.dealer.id]),
    ).toEqual([{ n: 0 }]);
  });

  it("a dealer viewer's dealer/owner filters can only narrow its own scope", async () => {
    await makeEnterprise(t.dataSource, { dealer: teamB.dealer, owner: teamB.a });
    await makeOrderRow(t.dataSource, { dealer: teamB.dealer, createdBy: teamB.admin, amountDue: 100 });
    const enterprises = await adminA.request<{ enterprises: { totalCount: number } }>(
      `query($d: ID!, $o: [ID!]) { enterprises(filter: { dealerId: $d, ownerAccountIds: $o }) { totalCount } }`,
      { d: teamB.dealer.id, o: [teamB.a.id] },
    );
    expect(enterprises.data?.enterprises.totalCount ?? 0).toBe(0);
    const orders = await adminA.request<{ orders: { totalCount: number } }>(
      `query($d: ID!) { orders(filter: { dealerId: $d }) { totalCount } }`,
      { d: teamB.dealer.id },
    );
    expect(orders.data?.orders.totalCount ?? 0).toBe(0);
    const registrations = await adminA.request<{ registrations: { totalCount: number } }>(
      `query($a: ID!) { registrations(filter: { accountId: $a }) { totalCount } }`,
      { a: teamB.a.id },
    );
    expect(registrations.data?.registrations.totalCount ?? 0).toBe(0);
    const accounts = await adminA.request<{ accounts: { totalCount: number } }>(
      `query($d: ID!) { accounts(filter: { dealerId: $d }) { totalCount } }`,
      { d: teamB.dealer.id },
    );
    expect(accounts.data?.accounts.totalCount ?? 0).toBe(0);
  });

  describe("sort and text filters (item 3)", () => {
    const names = ["100%纯净水", "a_b 科技", "O'Brien 贸易", "back\\slash 公司", "普通的字面企业"];

    beforeAll(async () => {
      for (const name of names) await makeEnterprise(t.dataSource, { dealer: teamA.dealer, owner: teamA.a, name });
    });

    async function search(text: string): Promise<string[]> {
      const data = await adminA.ok<{ enterprises: { edges: { node: { name: string } }[] } }>(
        `query($text: String) { enterprises(first: 100, filter: { text: $text }) { edges { node { name } } } }`,
        { text },
      );
      return data.enterprises.edges.map((e) => e.node.name).sort();
    }

    it.each([
      ["%", ["100%纯净水"]],
      ["_", ["a_b 科技"]],
      ["'", ["O'Brien 贸易"]],
      ["\\", ["back\\slash 公司"]],
      ["'; drop table enterprise; --", []],
      ["%' OR '1'='1", []],
    ])("text %j matches literally", async (text, expected) => {
      expect(await search(text)).toEqual(expected);
    });

    it("the table survives and the other list searches take the same text literally", async () => {
      expect(await search("的字面")).toEqual(["普通的字面企业"]);
      for (const [query, key] of [
        [`query($t: String) { orders(filter: { text: $t }) { totalCount } }`, "orders"],
        [`query($t: String) { accounts(filter: { text: $t }) { totalCount } }`, "accounts"],
        [`query($t: String) { registrations(filter: { domain: $t }) { totalCount } }`, "registrations"],
      ] as const) {
        for (const text of ["%", "_", "\\", "'; drop table account; --"]) {
          const data = await adminA.ok<Record<string, { totalCount: number }>>(query, { t: text });
          expect(data[key]?.totalCount).toBe(0);
        }
      }
    });

    it("a sort is an enum: a column name or SQL is refused before any resolver", async () => {
      for (const sort of ["name", "e.name; drop table enterprise", "CREATED_AT DESC"]) {
        const result = await adminA.request(`query($s: EnterpriseSort!) { enterprises(sort: $s) { totalCount } }`, {
          s: sort,
        });
        expect(result.errors?.[0]?.extensions?.code).toBe("VALIDATION_FAILED");
      }
      const inline = await adminA.request(`query { enterprises(sort: "name") { totalCount } }`);
      expect(inline.errors?.[0]?.extensions?.code).toBe("VALIDATION_FAILED");
      const cursor = await adminA.request(`query { enterprises(after: "eyJ4Ijoi') OR 1=1 --") { totalCount } }`);
      expect(cursor.errors?.[0]?.extensions?.code).toBe("VALIDATION_FAILED");
    });

    it("every sort argument of the schema is an enum", () => {
      const schema = readFileSync(join(__dirname, "../../../../../schema.graphql"), "utf8").replace(
        /"""[\s\S]*?"""/g,
        "",
      );
      const enums = new Set([...schema.matchAll(/^enum (\w+)/gm)].map((m) => m[1]));
      const sorts = [...schema.matchAll(/\b(sort|sortBy|orderBy|sortField|direction)\s*:\s*\[?(\w+)/g)].map(
        (m) => m[2],
      );
      expect(sorts.length).toBeGreaterThan(0);
      expect(sorts.filter((type) => !enums.has(type))).toEqual([]);
    });
  });
});
