import { createServer } from "node:http";
import { createApp } from "../../../app";
import { makeDealer, makeDealerAccount } from "../../../../test/support/factories";
import type { GraphQLResult } from "../../../../test/support/graphql-client";
import { signInDirectly } from "../../../../test/support/sessions";
import { startTestApp, type TestApp } from "../../../../test/support/test-app";

async function post(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Headers; body: GraphQLResult<Record<string, unknown>> }> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as GraphQLResult<Record<string, unknown>>,
  };
}

const SET_TAG = `mutation($name: String!) { createTag(input: { name: $name }) { id } }`;

/** Abuse limits on /graphql (SPEC §10): each refused with a code, before any resolver runs. */
describe("abuse limits on /graphql", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(
      {},
      { maxDepth: 4, maxAliases: 3, maxTokens: 200, maxDirectives: 3, maxCost: 300, maxBodyBytes: 4096 },
    );
  });
  afterAll(() => t.close());

  /** An admin whose createTag would leave a row and an audit entry, so "nothing ran" is checkable. */
  async function admin() {
    const dealer = await makeDealer(t.dataSource);
    const account = await makeDealerAccount(t.dataSource, { dealer, preset: "ADMIN" });
    return { dealer, client: await signInDirectly(t, account.id) };
  }

  async function tagCount(dealerId: string): Promise<number> {
    const [row] = await t.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM tag WHERE dealer_id = $1`, [
      dealerId,
    ]);
    return row?.n ?? -1;
  }

  async function refused(query: string, limit: string, variables: Record<string, unknown> = {}) {
    const { dealer, client } = await admin();
    const result = await client.request(query, variables);
    expect(result.errors?.[0]?.extensions?.code).toBe("QUERY_TOO_COMPLEX");
    expect(result.errors?.[0]?.extensions?.details?.limit).toBe(limit);
    expect(result.data ?? null).toBeNull();
    expect(await tagCount(dealer.id)).toBe(0);
  }

  it("allows an ordinary mutation under the limits (the control)", async () => {
    const { dealer, client } = await admin();
    await client.ok(SET_TAG, { name: "重点" });
    expect(await tagCount(dealer.id)).toBe(1);
  });

  it("refuses depth, counted through fragments", async () => {
    const { dealer, client } = await admin();
    const create = (selection: string) =>
      client.request(
        `mutation($input: CreateEnterpriseInput!) { createEnterprise(input: $input) ${selection} }
         fragment O on Account { superior { ...S } } fragment S on Account { superior { id } }`,
        { input: { name: "深度", mainDomain: `depth-${dealer.id.slice(0, 8)}.cn` } },
      );
    // five levels, three of them inside fragments: refused, nothing created
    const deep = await create(`{ id owner { ...O } }`);
    expect(deep.errors?.[0]?.extensions?.code).toBe("QUERY_TOO_COMPLEX");
    expect(deep.errors?.[0]?.extensions?.details?.limit).toBe("maxDepth");
    const [row] = await t.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM enterprise WHERE dealer_id = $1`,
      [dealer.id],
    );
    expect(row?.n).toBe(0);
  });

  it("refuses too many aliases", async () => {
    await refused(
      `mutation($name: String!) { a: createTag(input: { name: $name }) { x: id y: id z: id w: id } }`,
      "maxAliases",
      {
        name: "别名",
      },
    );
  });

  it("refuses too many directives", async () => {
    await refused(
      `mutation($name: String!, $t: Boolean = true) { createTag(input: { name: $name }) { id @include(if: $t) @include(if: $t) @include(if: $t) @include(if: $t) } }`,
      "maxDirectives",
      { name: "指令" },
    );
  });

  it("refuses too many tokens", async () => {
    const fields = Array.from({ length: 250 }, () => "id").join(" ");
    await refused(`mutation($name: String!) { createTag(input: { name: $name }) { ${fields} } }`, "maxTokens", {
      name: "长",
    });
  });

  it("answers HTTP 400 for a document over the token limit or one that does not parse (the client's, not a server failure)", async () => {
    const { client } = await admin();
    const cookie = client.sessionCookie ?? "";
    const fields = Array.from({ length: 250 }, () => "id").join(" ");
    const long = await post(t.url, { query: `{ tags { ${fields} } }` }, { cookie });
    expect([long.status, long.body.errors?.[0]?.extensions?.code]).toEqual([400, "QUERY_TOO_COMPLEX"]);
    const broken = await post(t.url, { query: `{ tags { id } ` }, { cookie });
    expect([broken.status, broken.body.errors?.[0]?.extensions?.code]).toEqual([400, "VALIDATION_FAILED"]);
    expect(Object.keys(broken.body.errors?.[0]?.extensions ?? {})).not.toContain("http");
    const unknownField = await post(t.url, { query: `{ tags { nope } }` }, { cookie });
    expect([unknownField.status, unknownField.body.errors?.[0]?.extensions?.code]).toEqual([400, "VALIDATION_FAILED"]);
  });

  it("refuses a query over the cost limit", async () => {
    const { client } = await admin();
    const result = await client.request(
      `{ enterprises(first: 5) { edges { node { id name mainDomain createdAt updatedAt status source notes owner { id realName loginName } dealer { id name } tags { id name } domains { domain unicode isMain } } } } }`,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe("QUERY_TOO_COMPLEX");
    expect(result.errors?.[0]?.extensions?.details?.limit).toBe("cost");
  });

  it("refuses batched operations and oversized bodies with a coded error, running nothing", async () => {
    const { dealer, client } = await admin();
    const cookie = client.sessionCookie ?? "";
    const batch = await post(
      t.url,
      [
        { query: SET_TAG, variables: { name: "批1" } },
        { query: SET_TAG, variables: { name: "批2" } },
      ],
      { cookie },
    );
    expect(batch.status).toBe(400);
    expect(batch.body.errors?.[0]?.extensions?.code).toBe("BATCH_NOT_ALLOWED");
    const big = await post(t.url, { query: SET_TAG, variables: { name: "大", pad: "x".repeat(5000) } }, { cookie });
    expect(big.status).toBe(413);
    expect(big.body.errors?.[0]?.extensions?.code).toBe("PAYLOAD_TOO_LARGE");
    expect(await tagCount(dealer.id)).toBe(0);
  });

  it("refuses a cookie-authenticated mutation posted like a cross-site form (CSRF)", async () => {
    const { dealer, client } = await admin();
    const response = await fetch(t.url, {
      method: "POST",
      headers: { "content-type": "text/plain", cookie: client.sessionCookie ?? "" },
      body: JSON.stringify({ query: SET_TAG, variables: { name: "跨站" } }),
    });
    expect(response.status).toBe(400);
    expect(await tagCount(dealer.id)).toBe(0);
  });

  it("masks field suggestions", async () => {
    const { client } = await admin();
    const result = await client.request(`{ me { acount { id } } }`);
    expect(result.errors?.[0]?.extensions?.code).toBe("VALIDATION_FAILED");
    expect(JSON.stringify(result.errors)).not.toContain("Did you mean");
  });
});

describe("introspection in production", () => {
  it("is off in production and on in development unless forced", async () => {
    const t = await startTestApp();
    try {
      const prod = await createApp({ dataSource: t.dataSource, production: true });
      const server = createServer(prod.express);
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      const result = await post(`http://127.0.0.1:${port}/graphql`, { query: "{ __schema { types { name } } }" });
      expect(result.body.errors?.[0]?.extensions?.code).toBe("VALIDATION_FAILED");
      expect(result.body.data ?? null).toBeNull();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await prod.stop();
      const dev = await post(t.url, { query: "{ __schema { queryType { name } } }" });
      expect(dev.body.data).toEqual({ __schema: { queryType: { name: "Query" } } });
    } finally {
      await t.close();
    }
  });
});
