import { makeDealer, makeDealerAccount, TEST_PASSWORD } from "../../../../test/support/factories";
import { startTestApp, type TestApp } from "../../../../test/support/test-app";
import { SessionEntity } from "../session.entity";

/**
 * The session cookie (item 7): HttpOnly, SameSite=Lax, Path=/, Secure when COOKIE_SECURE=true,
 * Max-Age = the session's lifetime; a new session id at every sign-in, the one the browser came
 * with ended (no session fixation); sign-out ends the session on the server, not just the cookie.
 * Also the API's own security headers on /graphql.
 */
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { account { id } } }`;
const ME = `{ me { account { id } } }`;

async function login(t: TestApp, loginName: string, cookie?: string) {
  const response = await fetch(t.url, {
    method: "POST",
    headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query: LOGIN, variables: { input: { loginName, password: TEST_PASSWORD } } }),
  });
  const setCookie = response.headers.getSetCookie();
  expect(setCookie).toHaveLength(1);
  const header = setCookie[0] ?? "";
  return { header, cookie: header.split(";")[0] ?? "", response };
}

function attributes(header: string): Map<string, string> {
  const parts = header.split(";").slice(1);
  return new Map(
    parts.map((p) => {
      const [k, ...v] = p.trim().split("=");
      return [(k ?? "").toLowerCase(), v.join("=")];
    }),
  );
}

describe("session cookie flags, rotation and server-side sign-out", () => {
  let t: TestApp;
  let secure: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ sessionTtlHours: 8 });
    secure = await startTestApp({ cookieSecure: true });
  });
  afterAll(async () => {
    await t.close();
    await secure.close();
  });

  async function staff(app: TestApp) {
    return makeDealerAccount(app.dataSource, { dealer: await makeDealer(app.dataSource) });
  }

  it("is HttpOnly, SameSite=Lax, Path=/, not Secure over plain HTTP, and lives as long as the session", async () => {
    const account = await staff(t);
    const { header } = await login(t, account.loginName);
    expect(header).toMatch(/^crm_session=[A-Za-z0-9_-]{40,}/);
    const attrs = attributes(header);
    expect(attrs.has("httponly")).toBe(true);
    expect(attrs.get("samesite")).toMatch(/^lax$/i);
    expect(attrs.get("path")).toBe("/");
    expect(attrs.has("secure")).toBe(false);
    expect(attrs.has("domain")).toBe(false);
    expect(attrs.get("max-age")).toBe(String(8 * 3600));
    const [session] = await t.dataSource.getRepository(SessionEntity).findBy({ accountId: account.id });
    expect((session?.expiresAt.getTime() ?? 0) - (session?.createdAt.getTime() ?? 0)).toBe(8 * 3600 * 1000);
  });

  it("is Secure when COOKIE_SECURE=true, on sign-in and on sign-out", async () => {
    const account = await staff(secure);
    const { header, cookie } = await login(secure, account.loginName);
    expect(attributes(header).has("secure")).toBe(true);
    const out = await fetch(secure.url, {
      method: "POST",
      headers: { "content-type": "application/json", cookie },
      body: JSON.stringify({ query: `mutation { logout }` }),
    });
    const cleared = out.headers.getSetCookie()[0] ?? "";
    expect(attributes(cleared).has("secure")).toBe(true);
    expect(attributes(cleared).get("max-age")).toBe("0");
  });

  it("gives a new session id at every sign-in and ends the one the browser came with", async () => {
    const account = await staff(t);
    const first = await login(t, account.loginName);
    // signing in again from the same browser (or after someone planted their own session id in it)
    const second = await login(t, account.loginName, first.cookie);
    expect(second.cookie).not.toBe(first.cookie);
    expect((await t.client().useCookie(first.cookie).ok<{ me: null }>(ME)).me).toBeNull();
    const me = await t.client().useCookie(second.cookie).ok<{ me: { account: { id: string } } }>(ME);
    expect(me.me.account.id).toBe(account.id);
    expect(await t.dataSource.getRepository(SessionEntity).countBy({ accountId: account.id })).toBe(1);

    // a planted session of another account does not survive the victim's sign-in either
    const attacker = await staff(t);
    const planted = await login(t, attacker.loginName);
    await login(t, account.loginName, planted.cookie);
    expect((await t.client().useCookie(planted.cookie).ok<{ me: null }>(ME)).me).toBeNull();
  });

  it("sign-out ends the session on the server: the old cookie is dead even if replayed", async () => {
    const account = await staff(t);
    const { cookie } = await login(t, account.loginName);
    const other = await login(t, account.loginName); // a second browser stays signed in
    const client = t.client().useCookie(cookie);
    await client.ok(`mutation { logout }`);
    expect(client.sessionCookie).toBeNull();
    expect((await t.client().useCookie(cookie).ok<{ me: null }>(ME)).me).toBeNull();
    const still = await t.client().useCookie(other.cookie).ok<{ me: { account: { id: string } } }>(ME);
    expect(still.me.account.id).toBe(account.id);
    expect(await t.dataSource.getRepository(SessionEntity).countBy({ accountId: account.id })).toBe(1);
  });

  it("the API answers with its security headers", async () => {
    const account = await staff(t);
    const { response } = await login(t, account.loginName);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("x-frame-options")).toBe("DENY");
    expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(response.headers.get("content-security-policy")).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(response.headers.get("x-powered-by")).toBeNull();
    const health = await fetch(t.url.replace(/\/graphql$/, "/healthz"));
    expect(health.headers.get("x-content-type-options")).toBe("nosniff");
  });
});
