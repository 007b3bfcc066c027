import { randomBytes } from "node:crypto";
import { connect } from "node:net";
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

/**
 * The limits count a request before its credential is checked, so a credential that turns out
 * not to be valid counts against the client IP as well: made-up cookies and keys buy no buckets.
 */
describe("made-up credentials count against the client IP", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({}, { ratePerApiKey: 3, ratePerSession: 100, ratePerIp: 3, rateWindowSeconds: 60 });
  });
  afterAll(() => t.close());

  // a client address of its own each time (the console's proxy on loopback passes it on); the
  // run's own third octet keeps a rerun within the window off this run's counts
  const run = 1 + Math.floor(Math.random() * 250);
  let ipCounter = 0;
  function freshIp(): string {
    ipCounter += 1;
    return `198.51.${run}.${ipCounter}`;
  }
  const madeUp = () => randomBytes(24).toString("base64url");

  it("a new made-up session cookie per request is limited like no cookie at all", async () => {
    const ip = freshIp();
    const statuses: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      statuses.push((await call(t.url, { "x-forwarded-for": ip, cookie: `crm_session=${madeUp()}` })).status);
    }
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    // and no cookie from that address either
    expect((await call(t.url, { "x-forwarded-for": ip })).status).toBe(429);
  });

  it("a new made-up API key per request is refused, then limited", async () => {
    const ip = freshIp();
    const answers: [number, string | undefined][] = [];
    for (let i = 0; i < 5; i += 1) {
      const answer = await call(t.url, {
        "x-forwarded-for": ip,
        authorization: `Bearer crm_live_${randomBytes(6).toString("hex")}_${madeUp()}`,
      });
      answers.push([answer.status, answer.body.errors?.[0]?.extensions?.code]);
    }
    expect(answers).toEqual([
      [401, "INVALID_API_KEY"],
      [401, "INVALID_API_KEY"],
      [401, "INVALID_API_KEY"],
      [429, "RATE_LIMITED"],
      [429, "RATE_LIMITED"],
    ]);
  });

  it("a real key has one spelling: padding it does not open a new bucket", async () => {
    const dealer = await makeDealer(t.dataSource);
    const admin = await makeDealerAccount(t.dataSource, { dealer, preset: "ADMIN" });
    const adminConsole = await signInDirectly(t, admin.id);
    const created = await adminConsole.ok<{ createApiKey: { secret: string } }>(
      `mutation { createApiKey(input: { name: "一个写法", scopes: [READ_ENTERPRISES] }) { secret } }`,
    );
    const key = created.createApiKey.secret;
    // each from its own address, so only the key's own bucket is in play
    for (let i = 0; i < 3; i += 1) {
      expect((await call(t.url, { "x-forwarded-for": freshIp(), authorization: `Bearer ${key}` })).status).toBe(200);
    }
    expect((await call(t.url, { "x-forwarded-for": freshIp(), authorization: `Bearer ${key}` })).status).toBe(429);
    // U+00A0 after the key (String#trim would drop it): not this key, and no key at all
    const padded = await rawPost(t.url, { "x-forwarded-for": freshIp(), authorization: `Bearer ${key}\u00a0` });
    expect(padded).toEqual({ status: 401, code: "INVALID_API_KEY" });
  });
});

/**
 * A POST written byte by byte on a socket, header values as latin1 (one byte per character), as
 * a hand-made client can send them: U+00A0 goes out as the single byte 0xA0.
 */
function rawPost(url: string, headers: Record<string, string>): Promise<{ status: number; code?: string }> {
  const { hostname, port, pathname } = new URL(url);
  const body = JSON.stringify({ query: ENTERPRISES });
  const head = [
    `POST ${pathname} HTTP/1.1`,
    `host: ${hostname}:${port}`,
    "content-type: application/json",
    `content-length: ${Buffer.byteLength(body)}`,
    "connection: close",
    ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
  ].join("\r\n");
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    const chunks: Buffer[] = [];
    socket.on("data", (chunk: Buffer) => chunks.push(chunk));
    socket.on("error", reject);
    socket.on("close", () => {
      const text = Buffer.concat(chunks).toString("utf8");
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0);
      // the JSON answer, whether sent with a length or chunked
      const json = text.slice(text.indexOf("{"), text.lastIndexOf("}") + 1);
      const parsed = JSON.parse(json) as GraphQLResult<unknown>;
      resolve({ status, code: parsed.errors?.[0]?.extensions?.code });
    });
    // the server closes the connection once it has answered (connection: close)
    socket.write(Buffer.concat([Buffer.from(`${head}\r\n\r\n`, "latin1"), Buffer.from(body)]));
  });
}
