import { randomUUID } from "node:crypto";
import {
  TEST_PASSWORD,
  makeDealerTeam,
  makeEnterprise,
  makeTag,
  makeVendorStaff,
  productLineId,
} from "../../../../test/support/factories";
import type { GraphQLTestClient } from "../../../../test/support/graphql-client";
import { startTestApp, type TestApp } from "../../../../test/support/test-app";

type Team = Awaited<ReturnType<typeof makeDealerTeam>>;

const DETAIL = `query($id: ID!) { enterprise(id: $id) {
  id name mainDomain source status regionCode regionName industry scale notes lastFollowUpAt
  owner { id } createdBy { id } dealer { id } productLine { code }
  domains { domain isMain } secondaryDomains { domain }
  contacts { id name mobile email title } tags { id name color }
  followUps(first: 10) { totalCount edges { node { id content channel nextStep nextAt happenedAt author { id } } } }
} }`;
const CREATE = `mutation($input: CreateEnterpriseInput!) { createEnterprise(input: $input) { id } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateEnterpriseInput!) { updateEnterprise(id: $id, input: $input) { id name } }`;
const REASSIGN = `mutation($id: ID!, $owner: ID!) { reassignEnterprise(id: $id, ownerAccountId: $owner) { id owner { id } } }`;
const SET_TAGS = `mutation($id: ID!, $tagIds: [ID!]!) { setEnterpriseTags(id: $id, tagIds: $tagIds) { id tags { id } } }`;
const FOLLOW_UP = `mutation($id: ID!, $input: FollowUpInput!) { addFollowUp(enterpriseId: $id, input: $input) { id } }`;
const SEARCH = `query($text: String!) { enterprises(filter: { text: $text }, first: 50) { edges { node { id } } } }`;

interface Detail {
  id: string;
  name: string;
  mainDomain: string;
  source: string;
  status: string;
  regionCode: string | null;
  regionName: string | null;
  industry: string | null;
  scale: string | null;
  notes: string | null;
  lastFollowUpAt: string | null;
  owner: { id: string } | null;
  createdBy: { id: string } | null;
  dealer: { id: string } | null;
  productLine: { code: string } | null;
  domains: { domain: string; isMain: boolean }[];
  secondaryDomains: { domain: string }[];
  contacts: { id: string; name: string; mobile: string | null; email: string | null; title: string | null }[];
  tags: { id: string; name: string; color: string }[];
  followUps: {
    totalCount: number;
    edges: {
      node: {
        id: string;
        content: string;
        channel: string;
        nextStep: string | null;
        nextAt: string | null;
        happenedAt: string;
        author: { id: string } | null;
      };
    }[];
  };
}

describe("enterprise writes: create, edit, reassign, tags, contacts, follow-ups", () => {
  let t: TestApp;
  let team: Team;
  let other: Team;
  const clients = new Map<string, GraphQLTestClient>();

  beforeAll(async () => {
    t = await startTestApp();
    team = await makeDealerTeam(t.dataSource);
    other = await makeDealerTeam(t.dataSource);
  });
  afterAll(() => t.close());

  async function as(account: { loginName: string }): Promise<GraphQLTestClient> {
    const cached = clients.get(account.loginName);
    if (cached) return cached;
    const client = await t.client().login(account.loginName, TEST_PASSWORD);
    clients.set(account.loginName, client);
    return client;
  }

  async function detail(client: GraphQLTestClient, id: string): Promise<Detail> {
    return (await client.ok<{ enterprise: Detail }>(DETAIL, { id })).enterprise;
  }

  async function state(dealerId: string) {
    const [row] = await t.dataSource.query<Record<string, unknown>[]>(
      `SELECT (SELECT count(*) FROM enterprise WHERE dealer_id = $1)::int AS enterprises,
              (SELECT count(*) FROM enterprise_domain WHERE dealer_id = $1)::int AS domains,
              (SELECT count(*) FROM enterprise_contact WHERE dealer_id = $1)::int AS contacts,
              (SELECT count(*) FROM enterprise_tag WHERE dealer_id = $1)::int AS tags,
              (SELECT count(*) FROM follow_up WHERE dealer_id = $1)::int AS follow_ups,
              (SELECT count(*) FROM audit_log WHERE dealer_id = $1 AND entity_type IN ('enterprise', 'tag'))::int AS audits,
              (SELECT coalesce(max(updated_at), 'epoch') FROM enterprise WHERE dealer_id = $1) AS last_change`,
      [dealerId],
    );
    return row;
  }

  function domain(): string {
    return `w-${randomUUID().slice(0, 10)}.cn`;
  }

  it("creates an enterprise with every field; source 经销商录入, owner = creator, audited", async () => {
    const tag = await makeTag(t.dataSource, { dealer: team.dealer, color: "geekblue" });
    const mail = await productLineId(t.dataSource, "MAIL");
    const a = await as(team.a);
    const main = domain();
    const { createEnterprise } = await a.ok<{ createEnterprise: { id: string } }>(CREATE, {
      input: {
        name: "  北京例子网络科技有限公司 ",
        mainDomain: `https://www.${main}/index.html`,
        secondaryDomains: ["例子.中国"],
        regionCode: "110100",
        industry: "IT",
        scale: "S50_99",
        productLineId: mail,
        notes: "客户对企业邮箱有兴趣",
        contacts: [
          { name: "王经理", mobile: "13800138000", email: "wang@example.cn", title: "IT 主管" },
          { name: "李四", mobile: null, email: null, title: null },
        ],
        tagIds: [tag.id],
      },
    });
    const e = await detail(a, createEnterprise.id);
    expect(e).toMatchObject({
      name: "北京例子网络科技有限公司",
      mainDomain: main,
      source: "DEALER_ENTRY",
      status: "POTENTIAL",
      regionCode: "110100",
      regionName: "北京市",
      industry: "IT",
      scale: "S50_99",
      notes: "客户对企业邮箱有兴趣",
      owner: { id: team.a.id },
      createdBy: { id: team.a.id },
      dealer: { id: team.dealer.id },
      productLine: { code: "MAIL" },
      secondaryDomains: [{ domain: "xn--fsqu00a.xn--fiqs8s" }],
      tags: [{ id: tag.id, name: tag.name, color: "geekblue" }],
    });
    expect(e.contacts.map((c) => c.name)).toEqual(["王经理", "李四"]);
    const [audit] = await t.dataSource.query<{ actor_id: string; after: Record<string, unknown> }[]>(
      `SELECT actor_id, after FROM audit_log WHERE action = 'enterprise.create' AND entity_id = $1`,
      [e.id],
    );
    expect(audit?.actor_id).toBe(team.a.id);
    expect(audit?.after).toMatchObject({ name: e.name, mainDomain: main, ownerAccountId: team.a.id });
  });

  it("keeps search_text in sync on edits: new name and domains are found, old ones are not", async () => {
    const a = await as(team.a);
    const first = domain();
    const { createEnterprise } = await a.ok<{ createEnterprise: { id: string } }>(CREATE, {
      input: { name: "旧名称甲乙丙", mainDomain: first },
    });
    const id = createEnterprise.id;
    const second = domain();
    const before = await t.dataSource.query<unknown[]>(`SELECT after FROM audit_log WHERE entity_id = $1`, [id]);
    await a.ok(UPDATE, {
      id,
      input: { name: "新名称丁戊己", mainDomain: second, secondaryDomains: ["例子.公司"], regionCode: null },
    });
    const ids = async (text: string) =>
      (await a.ok<{ enterprises: { edges: { node: { id: string } }[] } }>(SEARCH, { text })).enterprises.edges.map(
        (edge) => edge.node.id,
      );
    expect(await ids("新名称丁戊")).toEqual([id]);
    expect(await ids(second.slice(0, 8))).toEqual([id]);
    expect(await ids("例子.公")).toContain(id);
    expect(await ids("旧名称甲乙")).toEqual([]);
    expect(await ids(first.slice(0, 10))).toEqual([]);
    const [row] = await t.dataSource.query<
      {
        search_text: string;
      }[]
    >(`SELECT search_text FROM enterprise WHERE id = $1`, [id]);
    expect(row?.search_text).toBe(`新名称丁戊己 ${second} xn--fsqu00a.xn--55qx5d 例子.公司`);
    const [update] = await t.dataSource.query<{ before: Record<string, unknown>; after: Record<string, unknown> }[]>(
      `SELECT before, after FROM audit_log WHERE action = 'enterprise.update' AND entity_id = $1`,
      [id],
    );
    expect(before).toHaveLength(1);
    expect(update?.before).toMatchObject({ name: "旧名称甲乙丙", mainDomain: first, secondaryDomains: [] });
    expect(update?.after).toMatchObject({
      name: "新名称丁戊己",
      mainDomain: second,
      secondaryDomains: ["xn--fsqu00a.xn--55qx5d"],
    });
  });

  it("owner on create: the creator by default; admins and superiors pick accounts they see", async () => {
    const manager = await as(team.manager);
    const forA = await manager.ok<{ createEnterprise: { id: string } }>(CREATE, {
      input: { name: "经理代录", mainDomain: domain(), ownerAccountId: team.a.id },
    });
    expect((await detail(manager, forA.createEnterprise.id)).owner?.id).toBe(team.a.id);
    // A sees its enterprise but not the manager who entered it.
    expect((await detail(await as(team.a), forA.createEnterprise.id)).createdBy).toBeNull();

    const admin = await as(team.admin);
    const forC = await admin.ok<{ createEnterprise: { id: string } }>(CREATE, {
      input: { name: "管理员代录", mainDomain: domain(), ownerAccountId: team.c.id },
    });
    expect((await detail(admin, forC.createEnterprise.id)).owner?.id).toBe(team.c.id);

    const before = await state(team.dealer.id);
    for (const [client, owner] of [
      [await as(team.a), team.b.id], // a peer: not visible to a
      [manager, team.c.id], // outside the manager's subtree
      [admin, other.a.id], // another dealer's account
      [admin, randomUUID()],
    ] as const) {
      expect(
        await client.errorCode(CREATE, { input: { name: "x", mainDomain: domain(), ownerAccountId: owner } }),
      ).toBe("INVALID_OWNER");
    }
    expect(await state(team.dealer.id)).toEqual(before);
  });

  it("reassigns only as admin or as a superior of both accounts", async () => {
    const a = await as(team.a);
    const { createEnterprise } = await a.ok<{ createEnterprise: { id: string } }>(CREATE, {
      input: { name: "转移测试", mainDomain: domain() },
    });
    const id = createEnterprise.id;
    const before = await state(team.dealer.id);
    expect(await a.errorCode(REASSIGN, { id, owner: team.b.id })).toBe("INVALID_OWNER");
    expect(await (await as(team.c)).errorCode(REASSIGN, { id, owner: team.c.id })).toBe("NOT_FOUND");
    expect(await (await as(team.manager)).errorCode(REASSIGN, { id, owner: team.c.id })).toBe("INVALID_OWNER");
    expect(await (await as(team.assistant)).errorCode(REASSIGN, { id, owner: team.b.id })).toBe("FORBIDDEN");
    expect(await (await as(other.admin)).errorCode(REASSIGN, { id, owner: other.a.id })).toBe("NOT_FOUND");
    expect(await state(team.dealer.id)).toEqual(before);

    const moved = await (
      await as(team.manager)
    ).ok<{ reassignEnterprise: { owner: { id: string } } }>(REASSIGN, {
      id,
      owner: team.b.id,
    });
    expect(moved.reassignEnterprise.owner.id).toBe(team.b.id);
    expect(await a.errorCode(DETAIL, { id })).toBe("NOT_FOUND"); // gone from A's view
    const byAdmin = await (
      await as(team.admin)
    ).ok<{ reassignEnterprise: { owner: { id: string } } }>(REASSIGN, {
      id,
      owner: team.c.id,
    });
    expect(byAdmin.reassignEnterprise.owner.id).toBe(team.c.id);
    const audits = await t.dataSource.query<{ actor_id: string; before: unknown; after: unknown }[]>(
      `SELECT actor_id, before, after FROM audit_log WHERE action = 'enterprise.reassign' AND entity_id = $1 ORDER BY id`,
      [id],
    );
    expect(audits).toEqual([
      { actor_id: team.manager.id, before: { ownerAccountId: team.a.id }, after: { ownerAccountId: team.b.id } },
      { actor_id: team.admin.id, before: { ownerAccountId: team.b.id }, after: { ownerAccountId: team.c.id } },
    ]);
  });

  it("bad input changes nothing and answers a coded error", async () => {
    const a = await as(team.a);
    const otherTag = await makeTag(t.dataSource, { dealer: other.dealer });
    const target = await makeEnterprise(t.dataSource, { dealer: team.dealer, owner: team.a });
    const before = await state(team.dealer.id);
    const cases: [string, Record<string, unknown>, string][] = [
      [CREATE, { input: { name: "x", mainDomain: domain(), regionCode: "999999" } }, "VALIDATION_FAILED"],
      [CREATE, { input: { name: "x", mainDomain: domain(), regionCode: "440301" } }, "VALIDATION_FAILED"],
      [CREATE, { input: { name: "长".repeat(201), mainDomain: domain() } }, "VALIDATION_FAILED"],
      [CREATE, { input: { name: "   ", mainDomain: domain() } }, "VALIDATION_FAILED"],
      [CREATE, { input: { name: "x", mainDomain: domain(), tagIds: [otherTag.id] } }, "NOT_FOUND"],
      [CREATE, { input: { name: "x", mainDomain: domain(), ownerAccountId: other.admin.id } }, "INVALID_OWNER"],
      [CREATE, { input: { name: "x", mainDomain: domain(), productLineId: randomUUID() } }, "VALIDATION_FAILED"],
      [
        CREATE,
        { input: { name: "x", mainDomain: domain(), contacts: [{ name: "张", mobile: "123" }] } },
        "VALIDATION_FAILED",
      ],
      [
        CREATE,
        { input: { name: "x", mainDomain: domain(), contacts: [{ name: "张", email: "not-mail" }] } },
        "VALIDATION_FAILED",
      ],
      [CREATE, { input: { name: "x", mainDomain: domain(), scale: "HUGE" } }, "VALIDATION_FAILED"],
      [CREATE, { input: { name: "x", mainDomain: domain(), notes: "注".repeat(2001) } }, "VALIDATION_FAILED"],
      [UPDATE, { id: target.id, input: { regionCode: "12" } }, "VALIDATION_FAILED"],
      [UPDATE, { id: target.id, input: { name: "y".repeat(201) } }, "VALIDATION_FAILED"],
      [UPDATE, { id: target.id, input: { mainDomain: "not a domain" } }, "INVALID_DOMAIN"],
      [UPDATE, { id: "not-a-uuid", input: { name: "y" } }, "NOT_FOUND"],
      [SET_TAGS, { id: target.id, tagIds: [otherTag.id] }, "NOT_FOUND"],
      [SET_TAGS, { id: target.id, tagIds: ["nope"] }, "NOT_FOUND"],
      [FOLLOW_UP, { id: target.id, input: { channel: "PHONE", content: "" } }, "VALIDATION_FAILED"],
      [
        FOLLOW_UP,
        { id: target.id, input: { channel: "PHONE", content: "未来", happenedAt: new Date(Date.now() + 86_400_000) } },
        "VALIDATION_FAILED",
      ],
      [
        FOLLOW_UP,
        { id: target.id, input: { channel: "PHONE", content: "x", nextAt: new Date(Date.now() - 86_400_000) } },
        "VALIDATION_FAILED",
      ],
    ];
    for (const [query, variables, code] of cases) {
      const result = await a.request(query, variables);
      expect({ variables, code: result.errors?.[0]?.extensions?.code }).toEqual({ variables, code });
    }
    expect(await state(team.dealer.id)).toEqual(before);
  });

  it("vendor staff read every dealer's enterprises but change none; assistants change none", async () => {
    const vendor = await t
      .client()
      .login((await makeVendorStaff(t.dataSource, ["OPERATIONS"])).loginName, TEST_PASSWORD);
    const e = await makeEnterprise(t.dataSource, { dealer: team.dealer, owner: team.b });
    expect((await detail(vendor, e.id)).owner?.id).toBe(team.b.id);
    expect(await vendor.errorCode(CREATE, { input: { name: "x", mainDomain: domain() } })).toBe("FORBIDDEN");
    expect(await vendor.errorCode(UPDATE, { id: e.id, input: { name: "x" } })).toBe("FORBIDDEN");
    const assistant = await as(team.assistant);
    expect((await detail(assistant, e.id)).id).toBe(e.id);
    expect(await assistant.errorCode(CREATE, { input: { name: "x", mainDomain: domain() } })).toBe("FORBIDDEN");
    expect(await assistant.errorCode(FOLLOW_UP, { id: e.id, input: { channel: "PHONE", content: "x" } })).toBe(
      "FORBIDDEN",
    );
    expect(await t.client().errorCode(DETAIL, { id: e.id })).toBe("UNAUTHENTICATED");
  });

  it("unknown and invisible ids are NOT_FOUND; nested fields follow the enterprise's visibility", async () => {
    const unowned = await makeEnterprise(t.dataSource, { dealer: team.dealer, owner: null, source: "HOTLINE" });
    const ofB = await makeEnterprise(t.dataSource, { dealer: team.dealer, owner: team.b });
    expect(await (await as(team.a)).errorCode(DETAIL, { id: ofB.id })).toBe("NOT_FOUND");
    expect(await (await as(team.c)).errorCode(DETAIL, { id: ofB.id })).toBe("NOT_FOUND");
    expect(await (await as(other.admin)).errorCode(DETAIL, { id: ofB.id })).toBe("NOT_FOUND");
    expect(await (await as(team.admin)).errorCode(DETAIL, { id: randomUUID() })).toBe("NOT_FOUND");
    expect(await (await as(team.admin)).errorCode(DETAIL, { id: "1; drop table enterprise" })).toBe("NOT_FOUND");
    // An enterprise without an owner: whole-dealer viewers only.
    expect((await detail(await as(team.admin), unowned.id)).owner).toBeNull();
    expect((await detail(await as(team.assistant), unowned.id)).id).toBe(unowned.id);
    expect(await (await as(team.manager)).errorCode(DETAIL, { id: unowned.id })).toBe("NOT_FOUND");
    expect((await detail(await as(team.manager), ofB.id)).owner?.id).toBe(team.b.id);
  });

  it("tags: admins define them; users tag what they may edit; another dealer's tags are never usable", async () => {
    const admin = await as(team.admin);
    const a = await as(team.a);
    const CREATE_TAG = `mutation($input: CreateTagInput!) { createTag(input: $input) { id name color enterpriseCount } }`;
    const name = `重点${randomUUID().slice(0, 4)}`;
    const created = await admin.ok<{ createTag: { id: string; name: string; color: string } }>(CREATE_TAG, {
      input: { name, color: "volcano" },
    });
    const tagId = created.createTag.id;
    expect(await a.errorCode(CREATE_TAG, { input: { name: "员工标签" } })).toBe("FORBIDDEN");
    expect(await admin.errorCode(CREATE_TAG, { input: { name: name.toUpperCase() } })).toBe("DUPLICATE_TAG");
    expect(await admin.errorCode(CREATE_TAG, { input: { name: "x", color: "javascript:1" } })).toBe(
      "VALIDATION_FAILED",
    );
    expect(await admin.errorCode(CREATE_TAG, { input: { name: "一二三四五六七八九十一二三四五六七八九十一" } })).toBe(
      "VALIDATION_FAILED",
    );

    const mine = await makeEnterprise(t.dataSource, { dealer: team.dealer, owner: team.a });
    const ofB = await makeEnterprise(t.dataSource, { dealer: team.dealer, owner: team.b });
    await makeEnterprise(t.dataSource, { dealer: team.dealer, owner: team.b, tags: [{ id: tagId }] });
    const tagged = await a.ok<{ setEnterpriseTags: { tags: { id: string }[] } }>(SET_TAGS, {
      id: mine.id,
      tagIds: [tagId, tagId],
    });
    expect(tagged.setEnterpriseTags.tags).toEqual([{ id: tagId }]);
    expect(await a.errorCode(SET_TAGS, { id: ofB.id, tagIds: [tagId] })).toBe("NOT_FOUND");
    const theirs = await (await as(other.admin)).ok<{ createTag: { id: string } }>(CREATE_TAG, { input: { name } });
    expect(await a.errorCode(SET_TAGS, { id: mine.id, tagIds: [theirs.createTag.id] })).toBe("NOT_FOUND");
    expect(await (await as(other.admin)).errorCode(SET_TAGS, { id: mine.id, tagIds: [theirs.createTag.id] })).toBe(
      "NOT_FOUND",
    );
    expect(await admin.errorCode(`mutation($id: ID!) { deleteTag(id: $id) }`, { id: theirs.createTag.id })).toBe(
      "NOT_FOUND",
    );

    // enterpriseCount counts what the viewer sees; the tag list is the dealer's own
    const TAGS = `{ tags { id name enterpriseCount } }`;
    const viaA = await a.ok<{ tags: { id: string; enterpriseCount: number }[] }>(TAGS);
    expect(viaA.tags.find((x) => x.id === tagId)?.enterpriseCount).toBe(1);
    const viaAdmin = await admin.ok<{ tags: { id: string; enterpriseCount: number }[] }>(TAGS);
    expect(viaAdmin.tags.find((x) => x.id === tagId)?.enterpriseCount).toBe(2);
    expect(viaAdmin.tags.some((x) => x.id === theirs.createTag.id)).toBe(false);

    const renamed = await admin.ok<{ updateTag: { name: string; color: string } }>(
      `mutation($id: ID!) { updateTag(id: $id, input: { name: "已改名", color: "#1677ff" }) { name color } }`,
      { id: tagId },
    );
    expect(renamed.updateTag).toEqual({ name: "已改名", color: "#1677ff" });
    await admin.ok(`mutation($id: ID!) { deleteTag(id: $id) }`, { id: tagId });
    expect((await detail(a, mine.id)).tags).toEqual([]);
    const actions = await t.dataSource.query<{ action: string }[]>(
      `SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY id`,
      [tagId],
    );
    expect(actions.map((x) => x.action)).toEqual(["tag.create", "tag.update", "tag.delete"]);
  });

  it("contacts: add, edit, remove on visible enterprises only", async () => {
    const a = await as(team.a);
    const e = await makeEnterprise(t.dataSource, { dealer: team.dealer, owner: team.a });
    const ADD = `mutation($id: ID!, $input: EnterpriseContactInput!) { addEnterpriseContact(enterpriseId: $id, input: $input) { id name mobile email title } }`;
    const added = await a.ok<{ addEnterpriseContact: { id: string } }>(ADD, {
      id: e.id,
      input: { name: " 赵六 ", mobile: "13912345678", email: "zhao@例子.中国", title: "总经理" },
    });
    expect(await (await as(team.b)).errorCode(ADD, { id: e.id, input: { name: "x" } })).toBe("NOT_FOUND");
    const EDIT = `mutation($id: ID!, $input: EnterpriseContactInput!) { updateEnterpriseContact(id: $id, input: $input) { name mobile title } }`;
    expect(await (await as(team.c)).errorCode(EDIT, { id: added.addEnterpriseContact.id, input: { name: "x" } })).toBe(
      "NOT_FOUND",
    );
    const edited = await a.ok<{ updateEnterpriseContact: unknown }>(EDIT, {
      id: added.addEnterpriseContact.id,
      input: { name: "赵六", mobile: "13912345679", title: "董事长" },
    });
    expect(edited.updateEnterpriseContact).toEqual({ name: "赵六", mobile: "13912345679", title: "董事长" });
    expect((await detail(a, e.id)).contacts).toEqual([
      { id: added.addEnterpriseContact.id, name: "赵六", mobile: "13912345679", email: null, title: "董事长" },
    ]);
    await a.ok(`mutation($id: ID!) { removeEnterpriseContact(id: $id) }`, { id: added.addEnterpriseContact.id });
    expect((await detail(a, e.id)).contacts).toEqual([]);
    const actions = await t.dataSource.query<{ action: string }[]>(
      `SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY id`,
      [e.id],
    );
    expect(actions.map((x) => x.action)).toEqual([
      "enterprise.contact-add",
      "enterprise.contact-update",
      "enterprise.contact-remove",
    ]);
  });

  it("follow-ups: newest first, 最近跟进 moves forward only, authors shown only when visible", async () => {
    const a = await as(team.a);
    const manager = await as(team.manager);
    const e = await makeEnterprise(t.dataSource, { dealer: team.dealer, owner: team.a });
    const t1 = new Date(Date.now() - 3 * 86_400_000);
    const t0 = new Date(Date.now() - 10 * 86_400_000);
    const next = new Date(Date.now() + 2 * 86_400_000);
    await a.ok(FOLLOW_UP, {
      id: e.id,
      input: { happenedAt: t1, channel: "PHONE", content: "电话沟通需求", nextStep: "发报价", nextAt: next },
    });
    expect((await detail(a, e.id)).lastFollowUpAt).toBe(t1.toISOString());
    await manager.ok(FOLLOW_UP, { id: e.id, input: { happenedAt: t0, channel: "VISIT", content: "上门拜访" } });
    const seen = await detail(a, e.id);
    expect(seen.lastFollowUpAt).toBe(t1.toISOString()); // a backdated record does not move it back
    expect(seen.followUps.totalCount).toBe(2);
    expect(seen.followUps.edges.map((edge) => edge.node)).toEqual([
      expect.objectContaining({
        content: "电话沟通需求",
        nextStep: "发报价",
        nextAt: next.toISOString(),
        author: { id: team.a.id },
      }),
      expect.objectContaining({ content: "上门拜访", channel: "VISIT", author: null }),
    ]);
    const viaManager = await detail(manager, e.id);
    expect(viaManager.followUps.edges[1]?.node.author).toEqual({ id: team.manager.id });
    expect(await (await as(team.b)).errorCode(FOLLOW_UP, { id: e.id, input: { channel: "PHONE", content: "x" } })).toBe(
      "NOT_FOUND",
    );
    await a.ok(FOLLOW_UP, { id: e.id, input: { channel: "WECHAT", content: "微信跟进" } });
    const latest = await detail(a, e.id);
    expect(new Date(latest.lastFollowUpAt ?? 0).getTime()).toBeGreaterThan(t1.getTime());
    const page = await a.ok<{
      enterprise: { followUps: { edges: { node: { content: string } }[]; pageInfo: { endCursor: string } } };
    }>(
      `query($id: ID!) { enterprise(id: $id) { followUps(first: 1) { edges { node { content } } pageInfo { endCursor } } } }`,
      { id: e.id },
    );
    const rest = await a.ok<{ enterprise: { followUps: { edges: { node: { content: string } }[] } } }>(
      `query($id: ID!, $after: String) { enterprise(id: $id) { followUps(first: 5, after: $after) { edges { node { content } } } } }`,
      { id: e.id, after: page.enterprise.followUps.pageInfo.endCursor },
    );
    expect([...page.enterprise.followUps.edges, ...rest.enterprise.followUps.edges].map((x) => x.node.content)).toEqual(
      ["微信跟进", "电话沟通需求", "上门拜访"],
    );
  });
});
