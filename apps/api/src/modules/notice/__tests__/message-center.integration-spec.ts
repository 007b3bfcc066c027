import { randomUUID } from "node:crypto";
import {
  makeDealer,
  makeDealerAccount,
  makeDealerTeam,
  makeVendorStaff,
  productLineId,
  uniqueName,
} from "../../../../test/support/factories";
import type { GraphQLTestClient } from "../../../../test/support/graphql-client";
import { signInDirectly } from "../../../../test/support/sessions";
import { startTestApp, type TestApp } from "../../../../test/support/test-app";
import { AuditLogEntity } from "../../audit/audit-log.entity";

const NOTICES = `query($filter: NoticeFilter, $first: Int, $after: String) {
  notices(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id type title body link params eventCount read createdAt lastEventAt } } } }`;
const UNREAD = `query { unreadNoticeCount }`;
const MARK = `mutation($id: ID!) { markNoticeRead(id: $id) { id read eventCount } }`;
const MARK_ALL = `mutation { markAllNoticesRead }`;
const PUBLISH = `mutation($input: PublishAnnouncementInput!) {
  publishAnnouncement(input: $input) { id type title body link read eventCount } }`;
const ANNOUNCEMENTS = `query($first: Int, $after: String) { announcements(first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { node { id title body link allDealers publishedByName createdAt dealers { id name } } } } }`;

interface NoticeNode {
  id: string;
  type: string;
  title: string;
  body: string;
  link: string | null;
  params: Record<string, unknown> | null;
  eventCount: number;
  read: boolean;
  createdAt: string;
  lastEventAt: string;
}
type NoticePage = {
  notices: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: NoticeNode }[];
  };
};

function uniqueDomain(): string {
  return `notice-${randomUUID().slice(0, 12)}.com`;
}

describe("message center (消息中心)", () => {
  let t: TestApp;
  let mail: string;
  let ops: GraphQLTestClient;

  beforeAll(async () => {
    t = await startTestApp();
    mail = await productLineId(t.dataSource, "MAIL");
    ops = await signInDirectly(t, (await makeVendorStaff(t.dataSource, ["OPERATIONS"])).id);
  });
  afterAll(() => t.close());

  /** A dealer with its team signed in: two admins, the assistant and staff A. */
  async function dealerTeam() {
    const team = await makeDealerTeam(t.dataSource);
    const secondAdmin = await makeDealerAccount(t.dataSource, { dealer: team.dealer, preset: "ADMIN" });
    return {
      ...team,
      adminClient: await signInDirectly(t, team.admin.id),
      assistantClient: await signInDirectly(t, team.assistant.id),
      staffClient: await signInDirectly(t, team.a.id),
      secondAdminClient: await signInDirectly(t, secondAdmin.id),
    };
  }

  async function notices(client: GraphQLTestClient, filter: Record<string, unknown> = {}, first = 50) {
    return (await client.ok<NoticePage>(NOTICES, { filter, first })).notices;
  }

  async function ofType(client: GraphQLTestClient, type: string, domain?: string): Promise<NoticeNode[]> {
    const page = await notices(client, { type }, 100);
    return page.edges.map((e) => e.node).filter((n) => !domain || n.params?.domain === domain);
  }

  async function unread(client: GraphQLTestClient): Promise<number> {
    return (await client.ok<{ unreadNoticeCount: number }>(UNREAD)).unreadNoticeCount;
  }

  async function noticeRows(dealerId: string): Promise<{ id: string; event_count: number }[]> {
    return t.dataSource.query(`SELECT id, event_count FROM notice WHERE dealer_id = $1 ORDER BY created_at`, [
      dealerId,
    ]);
  }

  it("shows a domain notice to the holder's admins only; nobody else can read or mark it", async () => {
    const holder = await dealerTeam();
    const other = await dealerTeam();
    const domain = uniqueDomain();
    await t.app.services.notice.raiseDomainAttempt({
      dealerId: holder.dealer.id,
      productLineId: mail,
      domain: `https://WWW.${domain.toUpperCase()}/`,
      at: new Date(),
    });

    for (const admin of [holder.adminClient, holder.secondAdminClient]) {
      const [notice, ...rest] = await ofType(admin, "DOMAIN_ATTEMPT");
      expect(rest).toEqual([]);
      expect(notice).toMatchObject({ type: "DOMAIN_ATTEMPT", title: "域名试报备通知", eventCount: 1, read: false });
      expect(notice?.body).toContain(domain);
      expect(notice?.body).toContain("企业邮箱");
      expect(notice?.params).toMatchObject({ domain, productLineId: mail, productLineName: "企业邮箱", count: 1 });
    }
    const [notice] = await ofType(holder.adminClient, "DOMAIN_ATTEMPT");
    if (!notice) throw new Error("no notice");

    // Staff and assistants of the holder, the other dealer's admin and vendor staff see nothing.
    for (const client of [holder.staffClient, holder.assistantClient, other.adminClient, ops]) {
      expect(await ofType(client, "DOMAIN_ATTEMPT")).toEqual([]);
      expect(await client.errorCode(MARK, { id: notice.id })).toBe("NOT_FOUND");
    }
    expect(await ops.ok(UNREAD)).toEqual({ unreadNoticeCount: 0 });
    expect(await ops.ok(MARK_ALL)).toEqual({ markAllNoticesRead: 0 });
    expect(await other.adminClient.errorCode(MARK, { id: "not-a-uuid" })).toBe("NOT_FOUND");
    expect(await other.adminClient.errorCode(MARK, { id: randomUUID() })).toBe("NOT_FOUND");
    // … and marking it changed nothing.
    expect(await t.dataSource.query(`SELECT * FROM notice_read WHERE notice_id = $1`, [notice.id])).toEqual([]);
    expect((await ofType(holder.adminClient, "DOMAIN_ATTEMPT"))[0]?.read).toBe(false);

    // Marking all read in another dealer never touches the holder's notice.
    await other.adminClient.ok(MARK_ALL);
    await holder.staffClient.ok(MARK_ALL);
    expect(await t.dataSource.query(`SELECT * FROM notice_read WHERE notice_id = $1`, [notice.id])).toEqual([]);

    // The holder's admin reads it; the other admin's read state is its own.
    expect(await holder.adminClient.ok(MARK, { id: notice.id })).toEqual({
      markNoticeRead: { id: notice.id, read: true, eventCount: 1 },
    });
    expect((await ofType(holder.secondAdminClient, "DOMAIN_ATTEMPT"))[0]?.read).toBe(false);
  });

  it("aggregates attempts per Asia/Shanghai calendar day: midnight in Beijing starts a new notice", async () => {
    const holder = await dealerTeam();
    const domain = uniqueDomain();
    const attempt = (iso: string) =>
      t.app.services.notice.raiseDomainAttempt({
        dealerId: holder.dealer.id,
        productLineId: mail,
        domain,
        at: new Date(iso),
      });
    await attempt("2030-01-01T00:00:00Z"); // 08:00 on 1 January in Beijing
    await attempt("2030-01-01T15:59:59.999Z"); // 23:59:59.999 the same day
    await attempt("2030-01-01T16:00:00Z"); // 00:00 on 2 January in Beijing
    await attempt("2029-12-31T15:59:59Z"); // 23:59:59 on 31 December

    const list = await ofType(holder.adminClient, "DOMAIN_ATTEMPT", domain);
    const byDay: Record<string, NoticeNode> = Object.fromEntries(list.map((n) => [String(n.params?.day), n]));
    expect(Object.keys(byDay).sort()).toEqual(["2029-12-31", "2030-01-01", "2030-01-02"]);
    expect(byDay["2030-01-01"]?.eventCount).toBe(2);
    expect(byDay["2030-01-01"]?.params?.count).toBe(2);
    expect(byDay["2030-01-01"]?.body).toContain("当日共 2 次");
    expect(byDay["2030-01-01"]?.lastEventAt).toBe("2030-01-01T15:59:59.999Z");
    expect(byDay["2030-01-02"]?.eventCount).toBe(1);
    expect(byDay["2029-12-31"]?.eventCount).toBe(1);
    // Newest event first.
    expect(list.map((n) => n.params?.day)).toEqual(["2030-01-02", "2030-01-01", "2029-12-31"]);
    // A different product line or domain is a different notice.
    const campus = await productLineId(t.dataSource, "CAMPUS_MAIL");
    await t.app.services.notice.raiseDomainAttempt({
      dealerId: holder.dealer.id,
      productLineId: campus,
      domain,
      at: new Date("2030-01-01T01:00:00Z"),
    });
    expect(await ofType(holder.adminClient, "DOMAIN_ATTEMPT", domain)).toHaveLength(4);
  });

  it("collapses 20 simultaneous attempts into one notice with count 20", async () => {
    const holder = await dealerTeam();
    const domain = uniqueDomain();
    const at = new Date("2030-06-01T04:00:00Z");
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        t.app.services.notice.raiseDomainAttempt({
          dealerId: holder.dealer.id,
          productLineId: mail,
          domain,
          at: new Date(at.getTime() + i),
        }),
      ),
    );
    const rows = await noticeRows(holder.dealer.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.event_count).toBe(20);
    const [notice] = await ofType(holder.adminClient, "DOMAIN_ATTEMPT", domain);
    expect(notice?.eventCount).toBe(20);
    expect(notice?.body).toContain("当日共 20 次");
  });

  it("makes a read notice unread again when another attempt comes; counts and marks all read", async () => {
    const holder = await dealerTeam();
    await holder.adminClient.ok(MARK_ALL); // announcements to all dealers published by earlier tests
    const base = await unread(holder.adminClient);
    expect(base).toBe(0);
    const domainA = uniqueDomain();
    const domainB = uniqueDomain();
    const at = new Date("2030-03-03T03:00:00Z");
    const attempt = (domain: string, when = at) =>
      t.app.services.notice.raiseDomainAttempt({ dealerId: holder.dealer.id, productLineId: mail, domain, at: when });
    await attempt(domainA);
    await attempt(domainB);
    expect(await unread(holder.adminClient)).toBe(2);
    expect(await unread(holder.staffClient)).toBe(0);

    const [a] = await ofType(holder.adminClient, "DOMAIN_ATTEMPT", domainA);
    if (!a) throw new Error("no notice");
    await holder.adminClient.ok(MARK, { id: a.id });
    await holder.adminClient.ok(MARK, { id: a.id }); // twice is the same
    expect(await unread(holder.adminClient)).toBe(1);
    expect((await notices(holder.adminClient, { unreadOnly: true })).edges.map((e) => e.node.params?.domain)).toEqual([
      domainB,
    ]);

    // An attempt the same day — even one stamped earlier than the last — makes it unread again.
    await attempt(domainA, new Date(at.getTime() - 60_000));
    const [again] = await ofType(holder.adminClient, "DOMAIN_ATTEMPT", domainA);
    expect(again).toMatchObject({ id: a.id, eventCount: 2, read: false });
    expect(await unread(holder.adminClient)).toBe(2);

    expect(await holder.adminClient.ok(MARK_ALL)).toEqual({ markAllNoticesRead: 2 });
    expect(await unread(holder.adminClient)).toBe(0);
    expect(await holder.adminClient.ok(MARK_ALL)).toEqual({ markAllNoticesRead: 0 });
    expect((await notices(holder.adminClient, { unreadOnly: true })).totalCount).toBe(0);
  });

  it("pages an inbox newest first with a keyset cursor", async () => {
    const holder = await dealerTeam();
    const domain = uniqueDomain();
    for (let day = 1; day <= 5; day += 1) {
      await t.app.services.notice.raiseDomainAttempt({
        dealerId: holder.dealer.id,
        productLineId: mail,
        domain,
        at: new Date(`2031-02-0${day}T02:00:00Z`),
      });
    }
    const filter = { type: "DOMAIN_ATTEMPT" };
    const first = await holder.adminClient.ok<NoticePage>(NOTICES, { filter, first: 2 });
    expect(first.notices.totalCount).toBe(5);
    expect(first.notices.pageInfo.hasNextPage).toBe(true);
    const second = await holder.adminClient.ok<NoticePage>(NOTICES, {
      filter,
      first: 10,
      after: first.notices.pageInfo.endCursor,
    });
    const days = [...first.notices.edges, ...second.notices.edges].map((e) => e.node.params?.day);
    expect(days).toEqual(["2031-02-05", "2031-02-04", "2031-02-03", "2031-02-02", "2031-02-01"]);
    expect(await holder.adminClient.errorCode(NOTICES, { first: 2, after: "garbage" })).toBe("VALIDATION_FAILED");
  });

  it("reminds the holding account of an expiring registration once per reminder, and its dealer's admins", async () => {
    const holder = await dealerTeam();
    const peer = await signInDirectly(t, holder.b.id);
    const registrationId = randomUUID();
    const domain = uniqueDomain();
    const endsAt = new Date("2030-09-30T17:00:00Z"); // 01:00 on 1 October in Beijing
    const raise = (daysLeft: number) =>
      t.dataSource.transaction((m) =>
        t.app.services.notice.raiseRegistrationExpiring(m, {
          dealerId: holder.dealer.id,
          accountId: holder.a.id,
          registrationId,
          productLineId: mail,
          domain,
          endsAt,
          daysLeft,
        }),
      );
    expect(await raise(7)).toBe(true);
    expect(await raise(7)).toBe(false);
    expect(await raise(1)).toBe(true);

    const mine = await ofType(holder.staffClient, "REGISTRATION_EXPIRING", domain);
    expect(mine).toHaveLength(2);
    expect(mine.map((n) => n.params?.daysLeft).sort()).toEqual([1, 7]);
    expect(mine[0]).toMatchObject({ title: "报备即将到期", link: "/registrations" });
    expect(mine[0]?.params?.lockedUntil).toBe("2030-10-01");
    expect(mine[0]?.body).toContain("2030-10-01");
    expect(await ofType(holder.adminClient, "REGISTRATION_EXPIRING", domain)).toHaveLength(2);
    expect(await ofType(peer, "REGISTRATION_EXPIRING", domain)).toEqual([]);
    expect(await ofType(holder.assistantClient, "REGISTRATION_EXPIRING", domain)).toEqual([]);
  });

  describe("announcements (公告)", () => {
    it("reaches every account of the chosen dealers only", async () => {
      const chosen = await dealerTeam();
      const second = await dealerTeam();
      const outside = await dealerTeam();
      const title = uniqueName("公告");
      const published = await ops.ok<{ publishAnnouncement: { id: string } }>(PUBLISH, {
        input: {
          title: `  ${title}  `,
          body: "系统将于周六 22:00 升级。",
          link: "/enterprises",
          dealerIds: [chosen.dealer.id, second.dealer.id, chosen.dealer.id],
        },
      });
      const id = published.publishAnnouncement.id;
      expect(published.publishAnnouncement).toMatchObject({ title, type: "ANNOUNCEMENT", eventCount: 1 });

      for (const client of [chosen.adminClient, chosen.staffClient, chosen.assistantClient, second.staffClient]) {
        const found = (await ofType(client, "ANNOUNCEMENT")).filter((n) => n.id === id);
        expect(found).toHaveLength(1);
        expect(found[0]).toMatchObject({ title, body: "系统将于周六 22:00 升级。", link: "/enterprises", read: false });
      }
      expect((await ofType(outside.adminClient, "ANNOUNCEMENT")).filter((n) => n.id === id)).toEqual([]);
      expect(await outside.adminClient.errorCode(MARK, { id })).toBe("NOT_FOUND");

      // Read state is per account.
      await chosen.staffClient.ok(MARK, { id });
      expect((await ofType(chosen.staffClient, "ANNOUNCEMENT")).find((n) => n.id === id)?.read).toBe(true);
      expect((await ofType(chosen.adminClient, "ANNOUNCEMENT")).find((n) => n.id === id)?.read).toBe(false);

      const list = await ops.ok<{
        announcements: { edges: { node: { id: string; allDealers: boolean; dealers: { id: string }[] } }[] };
      }>(ANNOUNCEMENTS, { first: 100 });
      const entry = list.announcements.edges.find((e) => e.node.id === id)?.node;
      expect(entry?.allDealers).toBe(false);
      expect(entry?.dealers.map((d) => d.id).sort()).toEqual([chosen.dealer.id, second.dealer.id].sort());

      const [audit] = await t.dataSource
        .getRepository(AuditLogEntity)
        .findBy({ action: "announcement.publish", entityId: id });
      expect(audit?.after).toMatchObject({ title, allDealers: false });
    });

    it("to all dealers is one notice that dealers added later see too", async () => {
      const before = await dealerTeam();
      const title = uniqueName("全体公告");
      const { publishAnnouncement } = await ops.ok<{ publishAnnouncement: { id: string } }>(PUBLISH, {
        input: { title, body: "欢迎使用新版销售后台。", dealerIds: [] },
      });
      const later = await makeDealer(t.dataSource);
      const laterStaff = await signInDirectly(t, (await makeDealerAccount(t.dataSource, { dealer: later })).id);
      for (const client of [before.adminClient, before.staffClient, laterStaff]) {
        expect((await ofType(client, "ANNOUNCEMENT")).some((n) => n.id === publishAnnouncement.id)).toBe(true);
      }
      expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM notice WHERE title = $1`, [title])).toEqual([
        { n: 1 },
      ]);
      expect(
        await t.dataSource.query(`SELECT count(*)::int AS n FROM notice_dealer WHERE notice_id = $1`, [
          publishAnnouncement.id,
        ]),
      ).toEqual([{ n: 0 }]);

      const list = await ops.ok<{
        announcements: { edges: { node: { id: string; allDealers: boolean; publishedByName: string | null } }[] };
      }>(ANNOUNCEMENTS, { first: 5 });
      const entry = list.announcements.edges.find((e) => e.node.id === publishAnnouncement.id)?.node;
      expect(entry?.allDealers).toBe(true);
      expect(entry?.publishedByName).toBeTruthy();
    });

    it("is published by vendor operations and platform admins only", async () => {
      const team = await dealerTeam();
      const input = { title: uniqueName("越权公告"), body: "x" };
      expect(await team.adminClient.errorCode(PUBLISH, { input })).toBe("FORBIDDEN");
      const finance = await signInDirectly(t, (await makeVendorStaff(t.dataSource, ["FINANCE"])).id);
      expect(await finance.errorCode(PUBLISH, { input })).toBe("FORBIDDEN");
      expect(await t.client().errorCode(PUBLISH, { input })).toBe("UNAUTHENTICATED");
      expect(await team.adminClient.errorCode(ANNOUNCEMENTS, { first: 5 })).toBe("FORBIDDEN");
      expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM notice WHERE title = $1`, [input.title])).toEqual(
        [{ n: 0 }],
      );

      const admin = await signInDirectly(t, (await makeVendorStaff(t.dataSource, ["PLATFORM_ADMIN"])).id);
      await admin.ok(PUBLISH, { input: { ...input, dealerIds: [team.dealer.id] } });
    });

    it("refuses bad input with coded errors and writes nothing", async () => {
      const title = uniqueName("坏公告");
      const cases: [Record<string, unknown>, string][] = [
        [{ title: "", body: "正文" }, "VALIDATION_FAILED"],
        [{ title: "   ", body: "正文" }, "VALIDATION_FAILED"],
        [{ title: "x".repeat(101), body: "正文" }, "VALIDATION_FAILED"],
        [{ title, body: "" }, "VALIDATION_FAILED"],
        [{ title, body: "x".repeat(5001) }, "VALIDATION_FAILED"],
        [{ title, body: "正文", link: "javascript:alert(1)" }, "VALIDATION_FAILED"],
        [{ title, body: "正文", link: "//evil.example.com" }, "VALIDATION_FAILED"],
        [{ title, body: "正文", dealerIds: [randomUUID()] }, "VALIDATION_FAILED"],
        [{ title, body: "正文", dealerIds: ["not-a-uuid"] }, "VALIDATION_FAILED"],
      ];
      for (const [input, code] of cases) {
        expect({ input, code: await ops.errorCode(PUBLISH, { input }) }).toEqual({ input, code });
      }
      const result = await ops.request(PUBLISH, { input: { title, body: "正文", dealerIds: [randomUUID()] } });
      expect(result.errors?.[0]?.extensions?.details).toMatchObject({ field: "dealerIds" });
      expect(
        await t.dataSource.query(`SELECT count(*)::int AS n FROM notice WHERE title = $1 OR length(title) > 100`, [
          title,
        ]),
      ).toEqual([{ n: 0 }]);
    });
  });
});
