import { randomBytes } from "node:crypto";
import { makeDealer, makeDealerAccount, makeVendorStaff } from "../../../../test/support/factories";
import type { GraphQLResult, GraphQLTestClient } from "../../../../test/support/graphql-client";
import { signInDirectly } from "../../../../test/support/sessions";
import { startTestApp, type TestApp } from "../../../../test/support/test-app";

const CREATE_KEY = `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id } } }`;
const CALLS = `query($apiKeyId: ID!, $first: Int!, $after: String) {
  apiKeyCalls(apiKeyId: $apiKeyId, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id at operationType operationName rootFields outcome clientIp durationMs } } } }`;

interface CallNode {
  id: string;
  at: string;
  operationType: string;
  operationName: string | null;
  rootFields: string[];
  outcome: string;
  clientIp: string | null;
  durationMs: number | null;
}
interface Calls {
  apiKeyCalls: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: CallNode }[];
  };
}
interface CallRow {
  operation_type: string;
  operation_name: string | null;
  root_fields: string[];
  outcome: string;
  client_ip: string | null;
  duration_ms: number | null;
}

/** A partner system: the key in the Authorization header, calling from `ip` (through the loopback proxy). */
async function withKey<T = Record<string, unknown>>(
  t: TestApp,
  key: string,
  body: unknown,
  ip = "203.0.113.7",
): Promise<{ status: number; body: GraphQLResult<T> }> {
  const response = await fetch(t.url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${key}`, "x-forwarded-for": ip },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as GraphQLResult<T> };
}

describe("调用记录: every use of an API key is recorded and readable by the key's managers (SPEC §10)", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  async function dealerWithKey(scopes: string[] = ["READ_ENTERPRISES", "WRITE_LEADS"]) {
    const dealer = await makeDealer(t.dataSource);
    const admin = await makeDealerAccount(t.dataSource, { dealer, preset: "ADMIN" });
    const adminConsole = await signInDirectly(t, admin.id);
    const { createApiKey } = await adminConsole.ok<{ createApiKey: { secret: string; apiKey: { id: string } } }>(
      CREATE_KEY,
      { input: { name: "ERP 同步", scopes } },
    );
    return { dealer, admin, adminConsole, key: createApiKey.secret, keyId: createApiKey.apiKey.id };
  }

  async function rowsOf(keyId: string): Promise<CallRow[]> {
    return t.dataSource.query<CallRow[]>(
      `SELECT operation_type, operation_name, root_fields, outcome, client_ip, duration_ms
         FROM api_key_call WHERE api_key_id = $1 ORDER BY at, id`,
      [keyId],
    );
  }

  it("records a query and a mutation: operation, top-level fields, outcome, IP — never the variables", async () => {
    const { keyId, key } = await dealerWithKey();
    const secret = `机密客户${randomBytes(6).toString("hex")}`;

    const read = await withKey(t, key, {
      query: `query PartnerSync { enterprises(first: 5) { totalCount } list: tags { id } }`,
    });
    expect(read.body.errors).toBeUndefined();
    const write = await withKey(t, key, {
      query: `mutation AddLead($input: CreateEnterpriseInput!) { createEnterprise(input: $input) { id } }`,
      variables: { input: { name: secret, mainDomain: `${secret.slice(4)}.cn` } },
    });
    expect(write.body.errors).toBeUndefined();

    const rows = await rowsOf(keyId);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      operation_type: "query",
      operation_name: "PartnerSync",
      root_fields: ["enterprises", "tags"], // field names, not aliases
      outcome: "OK",
      client_ip: "203.0.113.7",
    });
    expect(rows[1]).toMatchObject({
      operation_type: "mutation",
      operation_name: "AddLead",
      root_fields: ["createEnterprise"],
      outcome: "OK",
      client_ip: "203.0.113.7",
    });
    expect(rows.every((r) => typeof r.duration_ms === "number" && r.duration_ms >= 0)).toBe(true);

    // nothing of the variables (or the query text) anywhere in the table
    const [hits] = await t.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM api_key_call c WHERE row_to_json(c)::text LIKE $1`,
      [`%${secret.slice(4)}%`],
    );
    expect(hits?.n).toBe(0);
  });

  it("records refused calls with their code: a scope the key lacks, a malformed query, a broken request", async () => {
    const { keyId, key } = await dealerWithKey(["READ_ENTERPRISES"]);

    const scope = await withKey(t, key, { query: `query Orders { orders(first: 1) { totalCount } }` });
    expect(scope.body.errors?.[0]?.extensions?.code).toBe("API_KEY_SCOPE_REQUIRED");
    const write = await withKey(t, key, {
      query: `mutation($input: CreateEnterpriseInput!) { createEnterprise(input: $input) { id } }`,
      variables: { input: { name: "不许", mainDomain: "not-allowed.cn" } },
    });
    expect(write.body.errors?.[0]?.extensions?.code).toBe("API_KEY_SCOPE_REQUIRED");
    const unknownField = await withKey(t, key, { query: `query Probe { enterprises(first: 1) { secretField } }` });
    expect(unknownField.body.errors?.[0]?.extensions?.code).toBe("VALIDATION_FAILED");
    const fragment = await withKey(t, key, { query: `query Frag { ...F } fragment F on Query { tags { id } }` });
    expect(fragment.body.errors).toBeUndefined();

    // a query that does not parse, and a body that is no GraphQL request at all, never reach the
    // operation pipeline's last step: their rows are written as the answer goes out
    const unparsable = await withKey(t, key, { query: `query Broken { enterprises(` });
    expect(unparsable.body.errors?.[0]?.extensions?.code).toBe("VALIDATION_FAILED");
    const notGraphQL = await withKey(t, key, { query: 42 });
    expect(notGraphQL.status).toBe(400);
    // an operationName no document could hold (a NUL byte, far too long) can't keep a call out of the log
    for (const operationName of ["Q\u0000hidden", "Q".repeat(5000)]) {
      const odd = await withKey(t, key, { query: `query Q { orders(first: 1) { totalCount } }`, operationName });
      expect(odd.body.errors?.[0]?.extensions?.code).toBe("VALIDATION_FAILED");
    }
    for (let i = 0; i < 100 && (await rowsOf(keyId)).length < 8; i += 1) await new Promise((r) => setTimeout(r, 20));

    const rows = await rowsOf(keyId);
    expect(rows.map((r) => [r.operation_type, r.operation_name, r.root_fields, r.outcome])).toEqual([
      ["query", "Orders", ["orders"], "API_KEY_SCOPE_REQUIRED"],
      ["mutation", null, ["createEnterprise"], "API_KEY_SCOPE_REQUIRED"],
      ["query", "Probe", ["enterprises"], "VALIDATION_FAILED"],
      ["query", "Frag", ["tags"], "OK"],
      ["invalid", null, [], "VALIDATION_FAILED"],
      ["invalid", null, [], "VALIDATION_FAILED"],
      ["invalid", null, [], "VALIDATION_FAILED"],
      ["invalid", null, [], "VALIDATION_FAILED"],
    ]);
    expect(rows.every((r) => r.client_ip === "203.0.113.7")).toBe(true);
  });

  it("a request with a bad key, or none, leaves no call row (there is no key to attribute it to)", async () => {
    const { keyId, key } = await dealerWithKey(["READ_ENTERPRISES"]);
    const wrong = await withKey(t, `${key.slice(0, -4)}AAAA`, { query: `{ tags { id } }` });
    expect(wrong.status).toBe(401);
    expect(await rowsOf(keyId)).toHaveLength(0);
  });

  it("the key's dealer admin reads its calls newest first, page by page; nobody else does", async () => {
    const { dealer, keyId, key, adminConsole } = await dealerWithKey(["READ_ENTERPRISES"]);
    for (const name of ["First", "Second", "Third"]) {
      expect((await withKey(t, key, { query: `query ${name} { tags { id } }` })).body.errors).toBeUndefined();
    }

    const page1 = await adminConsole.ok<Calls>(CALLS, { apiKeyId: keyId, first: 2 });
    expect(page1.apiKeyCalls.totalCount).toBe(3);
    expect(page1.apiKeyCalls.edges.map((e) => e.node.operationName)).toEqual(["Third", "Second"]);
    expect(page1.apiKeyCalls.edges[0]?.node).toMatchObject({
      operationType: "QUERY",
      rootFields: ["tags"],
      outcome: "OK",
      clientIp: "203.0.113.7",
    });
    expect(page1.apiKeyCalls.pageInfo.hasNextPage).toBe(true);
    const page2 = await adminConsole.ok<Calls>(CALLS, {
      apiKeyId: keyId,
      first: 2,
      after: page1.apiKeyCalls.pageInfo.endCursor,
    });
    expect(page2.apiKeyCalls.edges.map((e) => e.node.operationName)).toEqual(["First"]);
    expect(page2.apiKeyCalls.pageInfo.hasNextPage).toBe(false);

    // another dealer's admin: the key does not exist for it
    const other = await dealerWithKey(["READ_ENTERPRISES"]);
    const foreign = await other.adminConsole.request<Calls>(CALLS, { apiKeyId: keyId, first: 10 });
    expect(foreign.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect(JSON.stringify(foreign)).not.toContain("203.0.113.7");
    // a sales rep of the same dealer: not a key manager
    const sales = await makeDealerAccount(t.dataSource, { dealer, preset: "SALES" });
    const salesConsole: GraphQLTestClient = await signInDirectly(t, sales.id);
    expect(await salesConsole.errorCode(CALLS, { apiKeyId: keyId, first: 10 })).toBe("FORBIDDEN");
    // the key itself can't read call logs (its own or any)
    const self = await withKey<Calls>(t, key, { query: CALLS, variables: { apiKeyId: keyId, first: 10 } });
    expect(self.body.errors?.[0]?.extensions?.code).toBe("API_KEY_SCOPE_REQUIRED");
    expect(self.body.data).toBeNull();
    // a platform admin manages vendor keys, not dealers' keys
    const platformAdmin = await signInDirectly(t, (await makeVendorStaff(t.dataSource, ["PLATFORM_ADMIN"])).id);
    expect(await platformAdmin.errorCode(CALLS, { apiKeyId: keyId, first: 10 })).toBe("NOT_FOUND");
    // that refused read by the key was itself a call of the key
    const [newest] = (await adminConsole.ok<Calls>(CALLS, { apiKeyId: keyId, first: 1 })).apiKeyCalls.edges;
    expect(newest?.node).toMatchObject({ rootFields: ["apiKeyCalls"], outcome: "API_KEY_SCOPE_REQUIRED" });
  });

  it("a platform admin reads a vendor key's calls; a dealer admin can't", async () => {
    const platformAdmin = await signInDirectly(t, (await makeVendorStaff(t.dataSource, ["PLATFORM_ADMIN"])).id);
    const { createApiKey } = await platformAdmin.ok<{ createApiKey: { secret: string; apiKey: { id: string } } }>(
      CREATE_KEY,
      { input: { name: "邮件平台", scopes: ["REPORT_DOMAIN_EVENTS"] } },
    );
    const report = await withKey(
      t,
      createApiKey.secret,
      {
        query: `mutation Report($input: ReportDomainEventInput!) { reportDomainEvent(input: $input) { domain } }`,
        variables: { input: { domain: "www.calls-example.cn", event: "VERIFIED" } },
      },
      "198.51.100.9",
    );
    expect(report.body.errors).toBeUndefined();

    const calls = await platformAdmin.ok<Calls>(CALLS, { apiKeyId: createApiKey.apiKey.id, first: 10 });
    expect(calls.apiKeyCalls.edges.map((e) => e.node)).toMatchObject([
      {
        operationType: "MUTATION",
        operationName: "Report",
        rootFields: ["reportDomainEvent"],
        outcome: "OK",
        clientIp: "198.51.100.9",
      },
    ]);
    const { adminConsole } = await dealerWithKey(["READ_ENTERPRISES"]);
    expect(await adminConsole.errorCode(CALLS, { apiKeyId: createApiKey.apiKey.id, first: 10 })).toBe("NOT_FOUND");
    expect(await adminConsole.errorCode(CALLS, { apiKeyId: "not-a-uuid", first: 10 })).toBe("NOT_FOUND");
  });

  it("keeps 90 days: the hourly job prunes older calls and keeps the rest", async () => {
    const { keyId } = await dealerWithKey(["READ_ENTERPRISES"]);
    const now = new Date();
    const day = 24 * 60 * 60 * 1000;
    for (const age of [91, 89]) {
      await t.app.services.apiKeyCall.record({
        apiKeyId: keyId,
        at: new Date(now.getTime() - age * day),
        operationType: "query",
        operationName: `Age${age}`,
        rootFields: ["tags"],
        outcome: "OK",
        clientIp: null,
        durationMs: 1,
      });
    }
    expect(await t.app.services.apiKeyCall.prune(now)).toBeGreaterThanOrEqual(1);
    expect((await rowsOf(keyId)).map((r) => r.operation_name)).toEqual(["Age89"]);
    expect(await t.app.services.apiKeyCall.prune(now)).toBe(0);
  });
});
