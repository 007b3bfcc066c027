import { makeDealer, makeDealerAccount, makeEnterprise } from "../../../../test/support/factories";
import type { GraphQLResult } from "../../../../test/support/graphql-client";
import { signInDirectly } from "../../../../test/support/sessions";
import { startTestApp, type TestApp } from "../../../../test/support/test-app";

const ENTERPRISES = `{ enterprises(first: 1) { totalCount } }`;

async function call(url: string, headers: Record<string, string>) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query: ENTERPRISES }),
  });
  return {
    status: response.status,
    retryAfter: response.headers.get("retry-after"),
    body: (await response.json()) as GraphQLResult<Record<string, unknown>>,
  };
}

/** Two API replicas over one database share the counts (RateLimiterPostgres). */
describe("rate limits per API key and per session, across two app instances", () => {
  let one: TestApp;
  let two: TestApp;
  beforeAll(async () => {
    const limits = { ratePerApiKey: 4, ratePerSession: 6, ratePerIp: 1000, rateWindowSeconds: 60 };
    one = await startTestApp({}, limits);
    two = await startTestApp({}, limits);
  });
  afterAll(async () => {
    await one.close();
    await two.close();
  });

  it("counts a key's requests on both instances and answers RATE_LIMITED with Retry-After", async () => {
    const dealer = await makeDealer(one.dataSource);
    const admin = await makeDealerAccount(one.dataSource, { dealer, preset: "ADMIN" });
    await makeEnterprise(one.dataSource, { dealer, owner: admin });
    const console = await signInDirectly(one, admin.id);
    const created = await console.ok<{ createApiKey: { secret: string; apiKey: { id: string } } }>(
      `mutation { createApiKey(input: { name: "限流", scopes: [READ_ENTERPRISES] }) { secret apiKey { id } } }`,
    );
    const auth = { authorization: `Bearer ${created.createApiKey.secret}` };
    const statuses: number[] = [];
    for (let i = 0; i < 4; i += 1) statuses.push((await call(i % 2 ? two.url : one.url, auth)).status);
    expect(statuses).toEqual([200, 200, 200, 200]);
    const limited = await call(two.url, auth);
    expect(limited.status).toBe(429);
    expect(limited.body.errors?.[0]?.extensions?.code).toBe("RATE_LIMITED");
    const retry = Number(limited.retryAfter);
    expect(retry).toBeGreaterThan(0);
    expect(retry).toBeLessThanOrEqual(60);
    expect((limited.body.errors?.[0]?.extensions as Record<string, unknown>).retryAfterSeconds).toBe(retry);
    expect(limited.body.errors?.[0]?.extensions?.messageZh).toBeTruthy();
    expect((await call(one.url, auth)).status).toBe(429);
    // 调用记录: the four accepted calls; the limit refuses before the key is checked, so those leave no row
    const [calls] = await one.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM api_key_call WHERE api_key_id = $1 AND outcome = 'OK'`,
      [created.createApiKey.apiKey.id],
    );
    expect(calls?.n).toBe(4);

    // another session is counted on its own
    const other = await signInDirectly(one, admin.id);
    const fresh = await call(two.url, { cookie: other.sessionCookie ?? "" });
    expect(fresh.status).toBe(200);
  });

  it("limits a console session the same way", async () => {
    const dealer = await makeDealer(one.dataSource);
    const admin = await makeDealerAccount(one.dataSource, { dealer, preset: "ADMIN" });
    const session = await signInDirectly(one, admin.id);
    const cookie = { cookie: session.sessionCookie ?? "" };
    for (let i = 0; i < 6; i += 1) expect((await call(i % 2 ? one.url : two.url, cookie)).status).toBe(200);
    const limited = await call(one.url, cookie);
    expect(limited.status).toBe(429);
    expect(limited.body.errors?.[0]?.extensions?.code).toBe("RATE_LIMITED");
    expect(limited.body.data).toBeUndefined();
  });
});
