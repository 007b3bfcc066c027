import { TEST_PASSWORD, makeDealerTeam, makeVendorStaff } from "../../../test/support/factories";
import { startTestApp, type TestApp } from "../../../test/support/test-app";

type Team = Awaited<ReturnType<typeof makeDealerTeam>>;
interface Node {
  id: string;
  superior: { id: string } | null;
  subordinates: { id: string }[];
  delegate: { id: string } | null;
}

const LIST = `query($filter: AccountFilter) { accounts(filter: $filter, first: 100) {
  totalCount edges { node { id superior { id } subordinates { id } delegate { id } } } } }`;
const ONE = `query($id: ID!) { account(id: $id) { id superior { id } subordinates { id } } }`;

describe("row visibility (隶属 tree, dealer boundary)", () => {
  let t: TestApp;
  let team: Team;
  let other: Team;
  beforeAll(async () => {
    t = await startTestApp();
    team = await makeDealerTeam(t.dataSource);
    other = await makeDealerTeam(t.dataSource);
  });
  afterAll(() => t.close());

  async function listIds(loginName: string, filter?: Record<string, unknown>): Promise<string[]> {
    const client = await t.client().login(loginName, TEST_PASSWORD);
    const data = await client.ok<{ accounts: { edges: { node: Node }[] } }>(LIST, { filter });
    return data.accounts.edges.map((e) => e.node.id).sort();
  }

  it("peers see only their own rows", async () => {
    expect(await listIds(team.a.loginName)).toEqual([team.a.id]);
    expect(await listIds(team.c.loginName)).toEqual([team.c.id]);
  });

  it("a superior sees itself and every account below it, transitively", async () => {
    expect(await listIds(team.manager.loginName)).toEqual([team.manager.id, team.a.id, team.b.id].sort());
  });

  it("admins and assistants see the whole dealer and nothing of another", async () => {
    const whole = [team.admin, team.assistant, team.manager, team.a, team.b, team.c].map((a) => a.id).sort();
    expect(await listIds(team.admin.loginName)).toEqual(whole);
    expect(await listIds(team.assistant.loginName)).toEqual(whole);
    // filters can't widen the scope
    expect(await listIds(team.admin.loginName, { dealerId: other.dealer.id })).toEqual([]);
    expect(await listIds(team.admin.loginName, { kind: "VENDOR" })).toEqual([]);
  });

  it("nested fields follow the same visibility: superior and subordinates", async () => {
    const a = await t.client().login(team.a.loginName, TEST_PASSWORD);
    const self = await a.ok<{ account: Node }>(ONE, { id: team.a.id });
    expect(self.account.superior).toBeNull(); // the manager is not A's to see

    const manager = await t.client().login(team.manager.loginName, TEST_PASSWORD);
    const viaManager = await manager.ok<{ account: Node }>(ONE, { id: team.manager.id });
    expect(viaManager.account.subordinates.map((s) => s.id).sort()).toEqual([team.a.id, team.b.id].sort());
    const sub = await manager.ok<{ account: Node }>(ONE, { id: team.b.id });
    expect(sub.account.superior?.id).toBe(team.manager.id);

    const me = await manager.ok<{
      me: { account: { subordinates: { id: string; subordinates: { id: string }[] }[] } };
    }>(`{ me { account { subordinates { id subordinates { id } } } } }`);
    expect(me.me.account.subordinates).toHaveLength(2);
  });

  it("IDs of other accounts answer NOT_FOUND: peers, superiors, other dealers", async () => {
    const a = await t.client().login(team.a.loginName, TEST_PASSWORD);
    expect(await a.errorCode(ONE, { id: team.b.id })).toBe("NOT_FOUND");
    expect(await a.errorCode(ONE, { id: team.manager.id })).toBe("NOT_FOUND");
    const admin = await t.client().login(team.admin.loginName, TEST_PASSWORD);
    expect(await admin.errorCode(ONE, { id: other.admin.id })).toBe("NOT_FOUND");
    expect(await admin.errorCode(ONE, { id: "00000000-0000-4000-8000-000000000000" })).toBe("NOT_FOUND");
    expect(await admin.errorCode(`query($id: ID!) { dealer(id: $id) { name } }`, { id: other.dealer.id })).toBe(
      "NOT_FOUND",
    );
    expect(await admin.errorCode(`{ dealers { totalCount } }`)).toBe("FORBIDDEN");
  });

  it("another dealer's rows can't be changed by ID either", async () => {
    const admin = await t.client().login(team.admin.loginName, TEST_PASSWORD);
    expect(
      await admin.errorCode(`mutation($id: ID!) { setAccountStatus(id: $id, status: DISABLED) { id } }`, {
        id: other.a.id,
      }),
    ).toBe("NOT_FOUND");
    expect(
      await admin.errorCode(
        `mutation($id: ID!, $input: UpdateAccountInput!) { updateAccount(id: $id, input: $input) { id } }`,
        {
          id: other.a.id,
          input: { realName: "hijack" },
        },
      ),
    ).toBe("NOT_FOUND");
    expect(
      await admin.errorCode(`mutation($id: ID!) { resetAccountPassword(id: $id, newPassword: "taken1234") }`, {
        id: other.a.id,
      }),
    ).toBe("NOT_FOUND");
    // nor by naming another dealer's account as superior
    expect(
      await admin.errorCode(
        `mutation($id: ID!, $input: UpdateAccountInput!) { updateAccount(id: $id, input: $input) { id } }`,
        {
          id: team.a.id,
          input: { superiorId: other.manager.id },
        },
      ),
    ).toBe("INVALID_SUPERIOR");
    await t.client().login(other.a.loginName, TEST_PASSWORD);
  });

  it("the audit log shows an admin only its own dealer's entries", async () => {
    const otherAdmin = await t.client().login(other.admin.loginName, TEST_PASSWORD);
    await otherAdmin.ok(`mutation($input: UpdateProfileInput!) { updateMyProfile(input: $input) { id } }`, {
      input: { realName: "华南管理员" },
    });
    const admin = await t.client().login(team.admin.loginName, TEST_PASSWORD);
    const data = await admin.ok<{
      auditLogs: { edges: { node: { entityId: string | null; actor: { id: string } | null } }[] };
    }>(`{ auditLogs(first: 100) { edges { node { entityId actor { id } } } } }`);
    const ids = data.auditLogs.edges.map((e) => e.node.entityId);
    expect(ids).not.toContain(other.admin.id);
    for (const edge of data.auditLogs.edges) {
      if (edge.node.actor)
        expect([team.admin, team.assistant, team.manager, team.a, team.b, team.c].map((x) => x.id)).toContain(
          edge.node.actor.id,
        );
    }
    const staff = await t.client().login(team.a.loginName, TEST_PASSWORD);
    expect(await staff.errorCode(`{ auditLogs { totalCount } }`)).toBe("FORBIDDEN");
  });

  it("vendor staff see every dealer", async () => {
    const cm = await makeVendorStaff(t.dataSource, ["CHANNEL_MANAGER"]);
    const client = await t.client().login(cm.loginName, TEST_PASSWORD);
    const ids = (
      await client.ok<{ accounts: { edges: { node: Node }[] } }>(LIST, { filter: { dealerId: other.dealer.id } })
    ).accounts.edges.map((e) => e.node.id);
    expect(ids.sort()).toEqual(
      [other.admin, other.assistant, other.manager, other.a, other.b, other.c].map((a) => a.id).sort(),
    );
  });

  it("anonymous callers see nothing", async () => {
    expect(await t.client().errorCode(`{ accounts { totalCount } }`)).toBe("UNAUTHENTICATED");
    expect(await t.client().errorCode(ONE, { id: team.a.id })).toBe("UNAUTHENTICATED");
  });
});
