import { ROLE_PRESETS } from "@crm/domain";
import { AccountEntity } from "../account.entity";
import { AuditLogEntity } from "../../audit/audit-log.entity";
import {
  TEST_PASSWORD,
  makeDealer,
  makeDealerAccount,
  makeDealerTeam,
  makeVendorStaff,
  uniqueName,
} from "../../../../test/support/factories";
import { startTestApp, type TestApp } from "../../../../test/support/test-app";

const CREATE = `mutation($input: CreateAccountInput!) { createAccount(input: $input) {
  id loginName accountType permissions superior { id } status } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateAccountInput!) { updateAccount(id: $id, input: $input) { id superior { id } permissions } }`;

function newAccount(overrides: Record<string, unknown> = {}) {
  const sales = ROLE_PRESETS.find((p) => p.code === "SALES");
  return {
    loginName: uniqueName("new").toLowerCase(),
    password: "start1234",
    realName: "新员工",
    mobile: "13800138000",
    accountType: "STAFF",
    permissions: [...(sales?.permissions ?? [])],
    ...overrides,
  };
}

describe("account management (帐号管理)", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const countAccounts = (dealerId: string) => t.dataSource.getRepository(AccountEntity).countBy({ dealerId });

  it("an admin creates a staff account from a preset, under a superior, and it can sign in", async () => {
    const team = await makeDealerTeam(t.dataSource);
    const admin = await t.client().login(team.admin.loginName, TEST_PASSWORD);
    const input = newAccount({ superiorId: team.manager.id });
    const created = await admin.ok<{ createAccount: { id: string; superior: { id: string }; permissions: string[] } }>(
      CREATE,
      {
        input,
      },
    );
    expect(created.createAccount.superior.id).toBe(team.manager.id);
    expect(created.createAccount.permissions.sort()).toEqual([...input.permissions].sort());

    // the new account shows up for its superior, and signs in
    const manager = await t.client().login(team.manager.loginName, TEST_PASSWORD);
    const subs = await manager.ok<{ account: { subordinates: { id: string }[] } }>(
      `query($id: ID!) { account(id: $id) { subordinates { id } } }`,
      { id: team.manager.id },
    );
    expect(subs.account.subordinates.map((s) => s.id)).toContain(created.createAccount.id);
    await t.client().login(input.loginName, "start1234");

    const entry = await t.dataSource
      .getRepository(AuditLogEntity)
      .findOneByOrFail({ action: "account.create", entityId: created.createAccount.id });
    expect(entry.actorId).toBe(team.admin.id);
    expect(entry.dealerId).toBe(team.dealer.id);
    expect(entry.after).toMatchObject({ loginName: input.loginName, superiorId: team.manager.id });
    expect(JSON.stringify(entry.after)).not.toContain("scrypt");
  });

  it("never grants a permission the granter does not hold", async () => {
    const dealer = await makeDealer(t.dataSource);
    const manager = await makeDealerAccount(t.dataSource, {
      dealer,
      accountType: "STAFF",
      permissions: ["BASIC", "ACCOUNT_MANAGE", "BUSINESS_REQUEST"],
    });
    const client = await t.client().login(manager.loginName, TEST_PASSWORD);
    const before = await countAccounts(dealer.id);
    const result = await client.request(CREATE, { input: newAccount({ permissions: ["BASIC", "FINANCE_VIEW"] }) });
    expect(result.errors?.[0]?.extensions?.code).toBe("PERMISSION_NOT_HELD");
    expect(result.errors?.[0]?.extensions?.details).toEqual({ permissions: ["FINANCE_VIEW"] });
    expect(result.errors?.[0]?.extensions?.messageZh).toBe("不能授予自己没有的权限");
    expect(await countAccounts(dealer.id)).toBe(before);

    // nor by adding it to an existing account, nor by making an administrator
    const staff = await makeDealerAccount(t.dataSource, { dealer, permissions: ["BASIC"], superior: manager });
    expect(await client.errorCode(UPDATE, { id: staff.id, input: { permissions: ["BASIC", "PAY_CLOSE_ORDER"] } })).toBe(
      "PERMISSION_NOT_HELD",
    );
    expect(
      await client.errorCode(CREATE, { input: newAccount({ accountType: "ADMIN", permissions: ["BASIC", "ADMIN"] }) }),
    ).toBe("PERMISSION_NOT_HELD");
    const stored = await t.dataSource.getRepository(AccountEntity).findOneByOrFail({ id: staff.id });
    expect(stored.permissions).toEqual(["BASIC"]);
    // within its own permissions it works
    await client.ok(CREATE, {
      input: newAccount({ permissions: ["BASIC", "BUSINESS_REQUEST"], superiorId: manager.id }),
    });
  });

  it("refuses superior cycles, self-superiors and other dealers' superiors", async () => {
    const team = await makeDealerTeam(t.dataSource);
    const admin = await t.client().login(team.admin.loginName, TEST_PASSWORD);
    expect(await admin.errorCode(UPDATE, { id: team.manager.id, input: { superiorId: team.a.id } })).toBe(
      "SUPERIOR_CYCLE",
    );
    expect(await admin.errorCode(UPDATE, { id: team.manager.id, input: { superiorId: team.manager.id } })).toBe(
      "SUPERIOR_CYCLE",
    );
    const stranger = await makeDealerTeam(t.dataSource);
    expect(await admin.errorCode(CREATE, { input: newAccount({ superiorId: stranger.admin.id }) })).toBe(
      "INVALID_SUPERIOR",
    );
    const manager = await t.dataSource.getRepository(AccountEntity).findOneByOrFail({ id: team.manager.id });
    expect(manager.superiorId).toBeNull();
    // a legal move works, and clearing works
    const moved = await admin.ok<{ updateAccount: { superior: { id: string } | null } }>(UPDATE, {
      id: team.a.id,
      input: { superiorId: team.c.id },
    });
    expect(moved.updateAccount.superior?.id).toBe(team.c.id);
    const cleared = await admin.ok<{ updateAccount: { superior: null } }>(UPDATE, {
      id: team.a.id,
      input: { superiorId: null },
    });
    expect(cleared.updateAccount.superior).toBeNull();
  });

  it("rejects bad input with a coded error and changes nothing", async () => {
    const team = await makeDealerTeam(t.dataSource);
    const admin = await t.client().login(team.admin.loginName, TEST_PASSWORD);
    const before = await countAccounts(team.dealer.id);
    const cases: [Record<string, unknown>, string][] = [
      [{ loginName: "x" }, "VALIDATION_FAILED"],
      [{ loginName: "有中文的名字" }, "VALIDATION_FAILED"],
      [{ password: "abcdefgh" }, "WEAK_PASSWORD"],
      [{ mobile: "12345" }, "VALIDATION_FAILED"],
      [{ realName: "" }, "VALIDATION_FAILED"],
      [{ permissions: ["FINANCE_VIEW"] }, "VALIDATION_FAILED"],
      [{ permissions: ["BASIC", "NOT_A_PERMISSION"] }, "VALIDATION_FAILED"],
      [{ loginName: team.a.loginName.toUpperCase() }, "LOGIN_NAME_TAKEN"],
      [{ accountType: "STAFF", permissions: ["BASIC", "ADMIN"] }, "VALIDATION_FAILED"],
    ];
    for (const [override, code] of cases) {
      const result = await admin.request(CREATE, { input: newAccount(override) });
      expect({ override, code: result.errors?.[0]?.extensions?.code }).toEqual({ override, code });
      expect(result.errors?.[0]?.extensions?.messageEn).toEqual(expect.any(String));
      expect(JSON.stringify(result.errors)).not.toMatch(/stack|SELECT|INSERT|QueryFailed/i);
    }
    expect(await countAccounts(team.dealer.id)).toBe(before);
  });

  it("only managers manage accounts; admins' accounts are touched only by admins", async () => {
    const team = await makeDealerTeam(t.dataSource);
    const staff = await t.client().login(team.a.loginName, TEST_PASSWORD);
    expect(await staff.errorCode(CREATE, { input: newAccount() })).toBe("FORBIDDEN");
    const assistant = await t.client().login(team.assistant.loginName, TEST_PASSWORD);
    expect(
      await assistant.errorCode(`mutation($id: ID!) { setAccountStatus(id: $id, status: DISABLED) { id } }`, {
        id: team.admin.id,
      }),
    ).toBe("FORBIDDEN");
    const admin = await t.client().login(team.admin.loginName, TEST_PASSWORD);
    expect(
      await admin.errorCode(`mutation($id: ID!) { setAccountStatus(id: $id, status: DISABLED) { id } }`, {
        id: team.admin.id,
      }),
    ).toBe("CANNOT_DISABLE_SELF");
  });

  it("a delegate acts for its principal within the period, and the audit log names both", async () => {
    const team = await makeDealerTeam(t.dataSource);
    const principal = await t.client().login(team.a.loginName, TEST_PASSWORD);
    const now = Date.now();
    await principal.ok(`mutation($input: SetDelegateInput!) { setDelegate(input: $input) { delegate { id } } }`, {
      input: {
        delegateId: team.c.id,
        from: new Date(now - 60_000).toISOString(),
        until: new Date(now + 86_400_000).toISOString(),
      },
    });
    const own = await principal.ok<{ me: { account: { delegate: { id: string } } } }>(
      `{ me { account { delegate { id } } } }`,
    );
    expect(own.me.account.delegate.id).toBe(team.c.id);

    const delegate = await t.client().login(team.c.loginName, TEST_PASSWORD);
    const offers = await delegate.ok<{ me: { principalsICanActFor: { id: string }[] } }>(
      `{ me { principalsICanActFor { id } } }`,
    );
    expect(offers.me.principalsICanActFor.map((p) => p.id)).toEqual([team.a.id]);
    const acting = await delegate.ok<{
      actAs: { account: { id: string }; actor: { id: string }; actingAs: { id: string } };
    }>(`mutation($id: ID!) { actAs(principalId: $id) { account { id } actor { id } actingAs { id } } }`, {
      id: team.a.id,
    });
    expect(acting.actAs.account.id).toBe(team.a.id);
    expect(acting.actAs.actor.id).toBe(team.c.id);

    // work done while acting is recorded as the delegate's, on the principal's behalf
    const created = await delegate.ok<{ createEnterprise: { id: string; owner: { id: string } | null } }>(
      `mutation($input: CreateEnterpriseInput!) { createEnterprise(input: $input) { id owner { id } } }`,
      { input: { name: "代办录入的企业", mainDomain: `${uniqueName("delegated").toLowerCase()}.com` } },
    );
    expect(created.createEnterprise.owner?.id).toBe(team.a.id);
    const entry = await t.dataSource
      .getRepository(AuditLogEntity)
      .findOneByOrFail({ action: "enterprise.create", entityId: created.createEnterprise.id });
    expect(entry.actorId).toBe(team.c.id);
    expect(entry.principalId).toBe(team.a.id);
    expect(entry.principalName).toContain(team.a.realName);

    // the delegate can't act for someone who did not name it, and outside the period it stops
    expect(
      await delegate.errorCode(`mutation($id: ID!) { actAs(principalId: $id) { account { id } } }`, { id: team.b.id }),
    ).toBe("DELEGATION_NOT_ACTIVE");
    await t.dataSource
      .getRepository(AccountEntity)
      .update({ id: team.a.id }, { delegateUntil: new Date(now - 1000), delegateFrom: new Date(now - 5000) });
    const after = await delegate.ok<{ me: { account: { id: string }; actingAs: null } }>(
      `{ me { account { id } actingAs { id } } }`,
    );
    expect(after.me.account.id).toBe(team.c.id);
    expect(after.me.actingAs).toBeNull();
  });

  it("records no audit entry for an update that changed nothing", async () => {
    const dealer = await makeDealer(t.dataSource);
    const staff = await makeDealerAccount(t.dataSource, { dealer, realName: "不变" });
    const client = await t.client().login(staff.loginName, TEST_PASSWORD);
    const profile = `mutation($input: UpdateProfileInput!) { updateMyProfile(input: $input) { id } }`;
    await client.ok(profile, { input: { realName: "不变" } });
    const entries = t.dataSource.getRepository(AuditLogEntity);
    expect(await entries.countBy({ action: "account.update-profile", entityId: staff.id })).toBe(0);
    await client.ok(profile, { input: { realName: "变了" } });
    expect(await entries.countBy({ action: "account.update-profile", entityId: staff.id })).toBe(1);
  });

  it("refuses a delegate from another dealer or a disabled one", async () => {
    const team = await makeDealerTeam(t.dataSource);
    const other = await makeDealerTeam(t.dataSource);
    const client = await t.client().login(team.a.loginName, TEST_PASSWORD);
    const set = `mutation($input: SetDelegateInput!) { setDelegate(input: $input) { id } }`;
    const period = { from: new Date().toISOString(), until: new Date(Date.now() + 86_400_000).toISOString() };
    expect(await client.errorCode(set, { input: { delegateId: other.a.id, ...period } })).toBe("INVALID_DELEGATE");
    await t.dataSource.getRepository(AccountEntity).update({ id: team.b.id }, { status: "DISABLED" });
    expect(await client.errorCode(set, { input: { delegateId: team.b.id, ...period } })).toBe("INVALID_DELEGATE");
    expect(
      await client.errorCode(set, { input: { delegateId: team.c.id, from: period.until, until: period.from } }),
    ).toBe("VALIDATION_FAILED");
  });

  it("platform admins create dealers with a first admin and vendor staff; others can't", async () => {
    const platform = await makeVendorStaff(t.dataSource, ["PLATFORM_ADMIN"]);
    const cm = await makeVendorStaff(t.dataSource, ["CHANNEL_MANAGER"]);
    const client = await t.client().login(platform.loginName, TEST_PASSWORD);
    const adminLogin = uniqueName("dealer-admin").toLowerCase();
    const created = await client.ok<{ createDealer: { id: string; channelManager: { id: string } } }>(
      `mutation($input: CreateDealerInput!) { createDealer(input: $input) { id channelManager { id } } }`,
      {
        input: {
          name: uniqueName("新经销商"),
          regionName: "浙江省",
          channelManagerId: cm.id,
          adminLoginName: adminLogin,
          adminPassword: "dealer1234",
          adminRealName: "新管理员",
        },
      },
    );
    expect(created.createDealer.channelManager.id).toBe(cm.id);
    const newAdmin = await t.client().login(adminLogin, "dealer1234");
    const mine = await newAdmin.ok<{ myDealer: { id: string } }>(`{ myDealer { id } }`);
    expect(mine.myDealer.id).toBe(created.createDealer.id);

    const staffLogin = uniqueName("finance").toLowerCase();
    await client.ok(`mutation($input: CreateVendorStaffInput!) { createVendorStaff(input: $input) { id } }`, {
      input: { loginName: staffLogin, password: "vendor1234", realName: "财务", vendorRoles: ["FINANCE"] },
    });
    const finance = await t.client().login(staffLogin, "vendor1234");
    expect(
      await finance.errorCode(`mutation($input: CreateVendorStaffInput!) { createVendorStaff(input: $input) { id } }`, {
        input: {
          loginName: uniqueName("x").toLowerCase(),
          password: "vendor1234",
          realName: "x",
          vendorRoles: ["PLATFORM_ADMIN"],
        },
      }),
    ).toBe("FORBIDDEN");
    const dealerAdmin = await t.client().login(adminLogin, "dealer1234");
    expect(
      await dealerAdmin.errorCode(`mutation($input: CreateDealerInput!) { createDealer(input: $input) { id } }`, {
        input: { name: "x", adminLoginName: "xyz", adminPassword: "abc12345", adminRealName: "x" },
      }),
    ).toBe("FORBIDDEN");
  });
});

describe("account management cannot be used to escalate", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const RESET = `mutation($id: ID!) { resetAccountPassword(id: $id, newPassword: "takeover99") }`;

  it("a staff account manager can't create or become an assistant (whole-dealer visibility)", async () => {
    const team = await makeDealerTeam(t.dataSource);
    const am = await makeDealerAccount(t.dataSource, {
      dealer: team.dealer,
      accountType: "STAFF",
      permissions: ["BASIC", "ACCOUNT_MANAGE"],
      superior: team.manager,
    });
    const client = await t.client().login(am.loginName, TEST_PASSWORD);
    expect(
      await client.errorCode(CREATE, {
        input: newAccount({ accountType: "ASSISTANT", permissions: ["BASIC", "ACCOUNT_MANAGE"], superiorId: am.id }),
      }),
    ).toBe("VALIDATION_FAILED");
    expect(
      await client.errorCode(CREATE, {
        input: newAccount({ accountType: "ASSISTANT", permissions: ["BASIC", "ASSISTANT"], superiorId: am.id }),
      }),
    ).toBe("PERMISSION_NOT_HELD");
    expect(await client.errorCode(UPDATE, { id: am.id, input: { accountType: "ASSISTANT" } })).toBe(
      "VALIDATION_FAILED",
    );
    // nor detach itself from its superior to escape the tree
    expect(await client.errorCode(UPDATE, { id: am.id, input: { superiorId: null } })).toBe("INVALID_SUPERIOR");
    const stored = await t.dataSource.getRepository(AccountEntity).findOneByOrFail({ id: am.id });
    expect(stored).toMatchObject({ accountType: "STAFF", superiorId: team.manager.id });
  });

  it("a manager can't reset, edit or disable an account holding permissions it lacks", async () => {
    const team = await makeDealerTeam(t.dataSource);
    const assistant = await t.client().login(team.assistant.loginName, TEST_PASSWORD);
    const managerSession = await t.client().login(team.manager.loginName, TEST_PASSWORD);
    expect(await assistant.errorCode(RESET, { id: team.manager.id })).toBe("FORBIDDEN");
    expect(await assistant.errorCode(UPDATE, { id: team.manager.id, input: { realName: "x" } })).toBe("FORBIDDEN");
    expect(
      await assistant.errorCode(`mutation($id: ID!) { setAccountStatus(id: $id, status: DISABLED) { id } }`, {
        id: team.manager.id,
      }),
    ).toBe("FORBIDDEN");
    // the manager is untouched and still signed in
    expect(
      (await managerSession.ok<{ me: { account: { id: string } } }>(`{ me { account { id } } }`)).me.account.id,
    ).toBe(team.manager.id);
    // within its own permissions the assistant may reset
    const basic = await makeDealerAccount(t.dataSource, { dealer: team.dealer, permissions: ["BASIC"] });
    expect(await assistant.ok(RESET, { id: basic.id })).toEqual({ resetAccountPassword: true });
  });

  it("type and permissions always agree, so there is no admin by permission alone", async () => {
    const team = await makeDealerTeam(t.dataSource);
    const admin = await t.client().login(team.admin.loginName, TEST_PASSWORD);
    const allButAdmin = ROLE_PRESETS.find((p) => p.code === "ADMIN")?.permissions.filter((p) => p !== "ADMIN") ?? [];
    expect(
      await admin.errorCode(CREATE, {
        input: newAccount({ accountType: "ASSISTANT", permissions: [...allButAdmin, "ADMIN"] }),
      }),
    ).toBe("VALIDATION_FAILED");
    const second = await makeDealerAccount(t.dataSource, { dealer: team.dealer, preset: "ADMIN" });
    expect(await admin.errorCode(UPDATE, { id: second.id, input: { accountType: "STAFF" } })).toBe("VALIDATION_FAILED");
    const demoted = await admin.ok<{ updateAccount: { permissions: string[] } }>(UPDATE, {
      id: second.id,
      input: { accountType: "STAFF", permissions: ["BASIC_REGISTER", "BUSINESS_REQUEST"] },
    });
    expect(demoted.updateAccount.permissions.sort()).toEqual(["BASIC_REGISTER", "BUSINESS_REQUEST"]);
  });

  it("acting as a delegate carries no account management", async () => {
    const team = await makeDealerTeam(t.dataSource);
    const admin = await t.client().login(team.admin.loginName, TEST_PASSWORD);
    const now = Date.now();
    await admin.ok(`mutation($input: SetDelegateInput!) { setDelegate(input: $input) { id } }`, {
      input: {
        delegateId: team.a.id,
        from: new Date(now - 60_000).toISOString(),
        until: new Date(now + 86_400_000).toISOString(),
      },
    });
    const delegate = await t.client().login(team.a.loginName, TEST_PASSWORD);
    await delegate.ok(`mutation($id: ID!) { actAs(principalId: $id) { account { id } } }`, { id: team.admin.id });
    expect(await delegate.errorCode(RESET, { id: team.admin.id })).toBe("FORBIDDEN");
    expect(
      await delegate.errorCode(UPDATE, {
        id: team.a.id,
        input: { accountType: "ADMIN", permissions: ["BASIC", "ADMIN"] },
      }),
    ).toBe("FORBIDDEN");
    expect(await delegate.errorCode(CREATE, { input: newAccount() })).toBe("FORBIDDEN");
    const stored = await t.dataSource.getRepository(AccountEntity).findOneByOrFail({ id: team.a.id });
    expect(stored.accountType).toBe("STAFF");
  });

  it("answers malformed ids, blank names and forged cursors with coded errors", async () => {
    const team = await makeDealerTeam(t.dataSource);
    const admin = await t.client().login(team.admin.loginName, TEST_PASSWORD);
    expect(await admin.errorCode(`{ account(id: "not-a-uuid") { id } }`)).toBe("NOT_FOUND");
    expect(await admin.errorCode(RESET, { id: "x" })).toBe("NOT_FOUND");
    expect(await admin.errorCode(CREATE, { input: newAccount({ realName: "   " }) })).toBe("VALIDATION_FAILED");
    expect(await admin.errorCode(UPDATE, { id: team.a.id, input: { realName: "  " } })).toBe("VALIDATION_FAILED");
    const unchanged = await admin.ok<{ updateAccount: { id: string } }>(UPDATE, {
      id: team.a.id,
      input: { realName: null },
    });
    expect(unchanged.updateAccount.id).toBe(team.a.id);
    const forged = Buffer.from(JSON.stringify(["-271821-04-20T00:00:00.000Z", "1; drop"])).toString("base64url");
    expect(
      await admin.errorCode(`query($after: String) { accounts(after: $after) { totalCount } }`, { after: forged }),
    ).toBe("VALIDATION_FAILED");
    expect(await admin.errorCode(`{ accounts(filter: { text: "a\\u0000b" }) { totalCount } }`)).toBe(
      "VALIDATION_FAILED",
    );

    const response = await fetch(t.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{bad json",
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { extensions: { code: string; messageZh: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe("VALIDATION_FAILED");
    expect(JSON.stringify(body)).not.toMatch(/node_modules|at /);
  });
});
