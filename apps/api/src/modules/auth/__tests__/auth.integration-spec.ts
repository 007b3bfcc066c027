import { AccountEntity } from "../../account/account.entity";
import { SessionEntity } from "../session.entity";
import { TEST_PASSWORD, makeDealer, makeDealerAccount, uniqueName } from "../../../../test/support/factories";
import { startTestApp, type TestApp } from "../../../../test/support/test-app";

const ME = `{ me { account { id loginName } actor { id } permissions } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { account { id } } }`;

describe("sign-in and sessions", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it("signs in with a httpOnly SameSite cookie and answers me; signs out and the cookie is dead", async () => {
    const dealer = await makeDealer(t.dataSource);
    const staff = await makeDealerAccount(t.dataSource, { dealer, preset: "SALES" });
    const client = t.client();
    expect((await client.ok<{ me: null }>(ME)).me).toBeNull();

    const response = await fetch(t.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query: LOGIN,
        variables: { input: { loginName: staff.loginName.toUpperCase(), password: TEST_PASSWORD } },
      }),
    });
    const setCookie = response.headers.getSetCookie().join("\n");
    expect(setCookie).toMatch(/crm_session=[A-Za-z0-9_-]{40,}/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    const cookie = setCookie.split(";")[0] as string;

    client.useCookie(cookie);
    const me = await client.ok<{ me: { account: { id: string }; permissions: string[] } }>(ME);
    expect(me.me.account.id).toBe(staff.id);
    expect(me.me.permissions).toEqual(expect.arrayContaining(["BASIC_REGISTER", "PAY_CLOSE_ORDER"]));

    await client.ok(`mutation { logout }`);
    const replay = t.client().useCookie(cookie);
    expect((await replay.ok<{ me: null }>(ME)).me).toBeNull();
    expect(await t.dataSource.getRepository(SessionEntity).countBy({ accountId: staff.id })).toBe(0);
  });

  it("gives unknown names and wrong passwords the same answer", async () => {
    const dealer = await makeDealer(t.dataSource);
    const staff = await makeDealerAccount(t.dataSource, { dealer });
    const wrong = await t.client().request(LOGIN, { input: { loginName: staff.loginName, password: "nope12345" } });
    const unknown = await t
      .client()
      .request(LOGIN, { input: { loginName: uniqueName("ghost"), password: "nope12345" } });
    expect(wrong.errors?.[0]?.extensions?.code).toBe("INVALID_CREDENTIALS");
    expect(unknown.errors?.[0]?.extensions).toEqual(wrong.errors?.[0]?.extensions);
    expect(unknown.errors?.[0]?.message).toBe(wrong.errors?.[0]?.message);
  });

  it("throttles a login name from one IP after repeated failures, even with the right password", async () => {
    const dealer = await makeDealer(t.dataSource);
    const staff = await makeDealerAccount(t.dataSource, { dealer });
    const client = t.client({ ip: "203.0.113.10" });
    for (let i = 0; i < 5; i += 1) {
      expect(await client.errorCode(LOGIN, { input: { loginName: staff.loginName, password: `bad-${i}-pass` } })).toBe(
        "INVALID_CREDENTIALS",
      );
    }
    expect(await client.errorCode(LOGIN, { input: { loginName: staff.loginName, password: TEST_PASSWORD } })).toBe(
      "TOO_MANY_ATTEMPTS",
    );
    // a guesser elsewhere can't lock the real user out of their own machine
    await t.client({ ip: "203.0.113.11" }).login(staff.loginName, TEST_PASSWORD);
  });

  it("counts parallel guesses: twenty at once get at most five tries", async () => {
    const dealer = await makeDealer(t.dataSource);
    const staff = await makeDealerAccount(t.dataSource, { dealer });
    const client = t.client({ ip: "203.0.113.12" });
    const codes = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        client.errorCode(LOGIN, { input: { loginName: staff.loginName, password: `guess-${i}-x` } }),
      ),
    );
    expect(codes.filter((c) => c === "INVALID_CREDENTIALS")).toHaveLength(5);
    expect(codes.filter((c) => c === "TOO_MANY_ATTEMPTS")).toHaveLength(15);
  });

  it("throttles a client IP that tries many names", async () => {
    const ip = "198.51.100.77";
    const client = t.client({ ip });
    for (let i = 0; i < 30; i += 1) {
      await client.request(LOGIN, { input: { loginName: uniqueName("spray"), password: "guess1234" } });
    }
    const dealer = await makeDealer(t.dataSource);
    const staff = await makeDealerAccount(t.dataSource, { dealer });
    expect(await client.errorCode(LOGIN, { input: { loginName: staff.loginName, password: TEST_PASSWORD } })).toBe(
      "TOO_MANY_ATTEMPTS",
    );
    // the same account from another address is fine
    await t.client({ ip: "198.51.100.78" }).login(staff.loginName, TEST_PASSWORD);
  }, 90_000); // 31 sign-ins, each a deliberately slow password hash: slow on a loaded machine

  it("takes a removed permission away on the very next request", async () => {
    const dealer = await makeDealer(t.dataSource);
    const admin = await makeDealerAccount(t.dataSource, { dealer, preset: "ADMIN" });
    const manager = await makeDealerAccount(t.dataSource, {
      dealer,
      accountType: "STAFF",
      permissions: ["BASIC", "ACCOUNT_MANAGE"],
    });
    const managerClient = await t.client().login(manager.loginName, TEST_PASSWORD);
    const adminClient = await t.client().login(admin.loginName, TEST_PASSWORD);
    const accounts = `{ accounts { totalCount } }`;
    const create = `mutation($input: CreateAccountInput!) { createAccount(input: $input) { id } }`;
    const input = (loginName: string) => ({
      loginName,
      superiorId: manager.id, // a subtree manager keeps new accounts in its subtree
      password: "start1234",
      realName: "新人",
      accountType: "STAFF",
      permissions: ["BASIC"],
    });
    await managerClient.ok(create, { input: input(uniqueName("n1").toLowerCase()) });

    await adminClient.ok(
      `mutation($id: ID!, $input: UpdateAccountInput!) { updateAccount(id: $id, input: $input) { id } }`,
      {
        id: manager.id,
        input: { permissions: ["BASIC"] },
      },
    );
    expect(await managerClient.errorCode(create, { input: input(uniqueName("n2").toLowerCase()) })).toBe("FORBIDDEN");
    // still signed in: only the permission went away
    expect(
      (await managerClient.ok<{ accounts: { totalCount: number } }>(accounts)).accounts.totalCount,
    ).toBeGreaterThan(0);
  });

  it("ends every session of an account when it is disabled, and refuses its sign-in", async () => {
    const dealer = await makeDealer(t.dataSource);
    const admin = await makeDealerAccount(t.dataSource, { dealer, preset: "ADMIN" });
    const staff = await makeDealerAccount(t.dataSource, { dealer });
    const staffClient = await t.client().login(staff.loginName, TEST_PASSWORD);
    const adminClient = await t.client().login(admin.loginName, TEST_PASSWORD);

    await adminClient.ok(`mutation($id: ID!) { setAccountStatus(id: $id, status: DISABLED) { status } }`, {
      id: staff.id,
    });
    expect((await staffClient.ok<{ me: null }>(ME)).me).toBeNull();
    expect(await staffClient.errorCode(`{ accounts { totalCount } }`)).toBe("UNAUTHENTICATED");
    expect(await t.dataSource.getRepository(SessionEntity).countBy({ accountId: staff.id })).toBe(0);
    expect(await t.client().errorCode(LOGIN, { input: { loginName: staff.loginName, password: TEST_PASSWORD } })).toBe(
      "ACCOUNT_DISABLED",
    );
  });

  it("changes the own password only with the current one, and ends the other sessions", async () => {
    const dealer = await makeDealer(t.dataSource);
    const staff = await makeDealerAccount(t.dataSource, { dealer });
    const laptop = await t.client().login(staff.loginName, TEST_PASSWORD);
    const phone = await t.client().login(staff.loginName, TEST_PASSWORD);
    const change = `mutation($input: ChangePasswordInput!) { changePassword(input: $input) }`;

    expect(await laptop.errorCode(change, { input: { currentPassword: "wrong1234", newPassword: "fresh1234" } })).toBe(
      "WRONG_PASSWORD",
    );
    expect(await laptop.errorCode(change, { input: { currentPassword: TEST_PASSWORD, newPassword: "short" } })).toBe(
      "WEAK_PASSWORD",
    );
    await laptop.ok(change, { input: { currentPassword: TEST_PASSWORD, newPassword: "fresh1234" } });
    expect((await laptop.ok<{ me: { account: { id: string } } }>(ME)).me.account.id).toBe(staff.id);
    expect((await phone.ok<{ me: null }>(ME)).me).toBeNull();
    await t.client().login(staff.loginName, "fresh1234");
    const stored = await t.dataSource.getRepository(AccountEntity).findOneByOrFail({ id: staff.id });
    expect(stored.passwordHash).toMatch(/^scrypt\$131072\$8\$1\$/);
  });
});
