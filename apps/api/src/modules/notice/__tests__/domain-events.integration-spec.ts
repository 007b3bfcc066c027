import { randomUUID } from "node:crypto";
import {
  makeDealerAccount,
  makeDealerTeam,
  makeEnterprise,
  makeVendorStaff,
  productLineId,
} from "../../../../test/support/factories";
import type { GraphQLTestClient } from "../../../../test/support/graphql-client";
import { signInDirectly } from "../../../../test/support/sessions";
import { startTestApp, type TestApp } from "../../../../test/support/test-app";
import { AuditLogEntity } from "../../audit/audit-log.entity";

const REPORT = `mutation($input: ReportDomainEventInput!) { reportDomainEvent(input: $input) {
  domain event notifiedDealerCount verified verifiedAt verificationRequestedAt } }`;
const NOTICES = `query($filter: NoticeFilter) { notices(filter: $filter, first: 100) {
  edges { node { id type title body link params eventCount read } } } }`;

interface Result {
  domain: string;
  event: string;
  notifiedDealerCount: number;
  verified: boolean;
  verifiedAt: string | null;
  verificationRequestedAt: string | null;
}
interface NoticeNode {
  id: string;
  type: string;
  title: string;
  body: string;
  link: string | null;
  params: Record<string, unknown> | null;
  eventCount: number;
  read: boolean;
}

describe("domain events (域名认证通知 / 域名生效通知)", () => {
  let t: TestApp;
  let ops: GraphQLTestClient;

  beforeAll(async () => {
    t = await startTestApp();
    ops = await signInDirectly(t, (await makeVendorStaff(t.dataSource, ["OPERATIONS"])).id);
  });
  afterAll(() => t.close());

  async function team() {
    const members = await makeDealerTeam(t.dataSource);
    return {
      ...members,
      adminClient: await signInDirectly(t, members.admin.id),
      staffClient: await signInDirectly(t, members.a.id),
    };
  }

  async function domainNotices(client: GraphQLTestClient, type: string, domain: string): Promise<NoticeNode[]> {
    const data = await client.ok<{ notices: { edges: { node: NoticeNode }[] } }>(NOTICES, { filter: { type } });
    return data.notices.edges.map((e) => e.node).filter((n) => n.params?.domain === domain);
  }

  async function report(input: Record<string, unknown>): Promise<Result> {
    return (await ops.ok<{ reportDomainEvent: Result }>(REPORT, { input })).reportDomainEvent;
  }

  /** An active (or lapsed) registration row, written directly. */
  async function registrationOf(
    dealer: { id: string },
    account: { id: string },
    line: string,
    domain: string,
    active: boolean,
  ): Promise<void> {
    const startsAt = new Date(Date.now() - (active ? 1 : 100) * 86_400_000);
    await t.dataSource.query(
      `INSERT INTO registration (dealer_id, account_id, product_line_id, domain, starts_at, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [dealer.id, account.id, line, domain, startsAt, new Date(startsAt.getTime() + 90 * 86_400_000)],
    );
  }

  it("records a verification request and tells the admins of every dealer holding the domain", async () => {
    const domain = `verify-${randomUUID().slice(0, 10)}.com`;
    const first = await team();
    const second = await team();
    const bystander = await team();
    await makeEnterprise(t.dataSource, { dealer: first.dealer, owner: first.a, mainDomain: domain });
    await makeEnterprise(t.dataSource, {
      dealer: second.dealer,
      owner: second.a,
      mainDomain: `other-${randomUUID().slice(0, 8)}.com`,
      secondaryDomains: [domain],
    });
    await makeEnterprise(t.dataSource, { dealer: bystander.dealer, owner: bystander.a });

    const result = await report({
      domain: `https://Mail.${domain.toUpperCase()}/login`,
      event: "VERIFICATION_REQUESTED",
    });
    expect(result).toMatchObject({ domain, event: "VERIFICATION_REQUESTED", notifiedDealerCount: 2, verified: false });
    expect(result.verificationRequestedAt).not.toBeNull();
    expect(await t.app.services.notice.isDomainVerified(domain)).toBe(false);

    for (const holder of [first, second]) {
      const [notice, ...rest] = await domainNotices(holder.adminClient, "DOMAIN_VERIFY_REQUEST", domain);
      expect(rest).toEqual([]);
      expect(notice).toMatchObject({ title: "域名认证通知", eventCount: 1, read: false });
      expect(notice?.body).toContain(domain);
      expect(notice?.link).toBe(`/enterprises?text=${domain}`);
      expect(await domainNotices(holder.staffClient, "DOMAIN_VERIFY_REQUEST", domain)).toEqual([]);
    }
    expect(await domainNotices(bystander.adminClient, "DOMAIN_VERIFY_REQUEST", domain)).toEqual([]);

    // The same day's second request aggregates.
    expect((await report({ domain, event: "VERIFICATION_REQUESTED" })).notifiedDealerCount).toBe(2);
    const [again] = await domainNotices(first.adminClient, "DOMAIN_VERIFY_REQUEST", domain);
    expect(again?.eventCount).toBe(2);
    expect(again?.body).toContain("当日共 2 次");

    // Verified: recorded once, each holder told once.
    const verified = await report({ domain, event: "VERIFIED", productLineCode: "MAIL" });
    expect(verified).toMatchObject({ domain, event: "VERIFIED", notifiedDealerCount: 2, verified: true });
    expect(verified.verifiedAt).not.toBeNull();
    expect(await t.app.services.notice.isDomainVerified(domain)).toBe(true);
    expect(await t.app.services.notice.isDomainVerified(`WWW.${domain.toUpperCase()}`)).toBe(true);
    const repeat = await report({ domain, event: "VERIFIED" });
    expect(repeat).toMatchObject({ notifiedDealerCount: 0, verified: true, verifiedAt: verified.verifiedAt });
    for (const holder of [first, second]) {
      const notices = await domainNotices(holder.adminClient, "DOMAIN_VERIFIED", domain);
      expect(notices).toHaveLength(1);
      expect(notices[0]).toMatchObject({ title: "域名生效通知", eventCount: 1 });
      expect(notices[0]?.params).toMatchObject({ domain, productLineName: "企业邮箱" });
    }
    expect(await domainNotices(bystander.adminClient, "DOMAIN_VERIFIED", domain)).toEqual([]);

    const audit = await t.dataSource.getRepository(AuditLogEntity).findBy({ action: "domain.event", entityId: domain });
    expect(audit).toHaveLength(4);
  });

  it("also tells dealers holding an active registration of the domain, not a lapsed one", async () => {
    const domain = `registered-${randomUUID().slice(0, 10)}.com`;
    const mail = await productLineId(t.dataSource, "MAIL");
    const campus = await productLineId(t.dataSource, "CAMPUS_MAIL");
    const holder = await team();
    const lapsed = await team();
    const otherLine = await team();
    await registrationOf(holder.dealer, holder.a, mail, domain, true);
    await registrationOf(lapsed.dealer, lapsed.a, mail, domain, false);
    await registrationOf(otherLine.dealer, otherLine.a, campus, domain, true);

    // Naming a product line narrows the registrations to it.
    expect((await report({ domain, event: "VERIFIED", productLineCode: "MAIL" })).notifiedDealerCount).toBe(1);
    expect(await domainNotices(holder.adminClient, "DOMAIN_VERIFIED", domain)).toHaveLength(1);
    expect(await domainNotices(lapsed.adminClient, "DOMAIN_VERIFIED", domain)).toEqual([]);
    expect(await domainNotices(otherLine.adminClient, "DOMAIN_VERIFIED", domain)).toEqual([]);
    // Without one, every active registration counts.
    expect((await report({ domain, event: "VERIFICATION_REQUESTED" })).notifiedDealerCount).toBe(2);
    expect(await domainNotices(otherLine.adminClient, "DOMAIN_VERIFY_REQUEST", domain)).toHaveLength(1);
    expect(await domainNotices(lapsed.adminClient, "DOMAIN_VERIFY_REQUEST", domain)).toEqual([]);
  });

  it("refuses bad input with coded errors and writes nothing; only operations report", async () => {
    const domain = `refused-${randomUUID().slice(0, 10)}.com`;
    const holder = await team();
    await makeEnterprise(t.dataSource, { dealer: holder.dealer, owner: holder.a, mainDomain: domain });

    expect(await ops.errorCode(REPORT, { input: { domain: "not a domain", event: "VERIFIED" } })).toBe(
      "INVALID_DOMAIN",
    );
    expect(await ops.errorCode(REPORT, { input: { domain: "com.cn", event: "VERIFIED" } })).toBe("INVALID_DOMAIN");
    expect(await ops.errorCode(REPORT, { input: { domain: "", event: "VERIFIED" } })).toBe("INVALID_DOMAIN");
    expect(await ops.errorCode(REPORT, { input: { domain, event: "VERIFIED", productLineCode: "NO_SUCH_LINE" } })).toBe(
      "VALIDATION_FAILED",
    );
    expect(await ops.errorCode(REPORT, { input: { domain, event: "EXPLODED" } })).toBe("VALIDATION_FAILED");
    expect(await holder.adminClient.errorCode(REPORT, { input: { domain, event: "VERIFIED" } })).toBe("FORBIDDEN");
    const admin = await makeDealerAccount(t.dataSource, { dealer: holder.dealer, preset: "ADMIN" });
    expect(await (await signInDirectly(t, admin.id)).errorCode(REPORT, { input: { domain, event: "VERIFIED" } })).toBe(
      "FORBIDDEN",
    );

    expect(await t.dataSource.query(`SELECT * FROM domain_verification WHERE domain = $1`, [domain])).toEqual([]);
    expect(await domainNotices(holder.adminClient, "DOMAIN_VERIFIED", domain)).toEqual([]);
    const after = await t.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM notice n WHERE n.params->>'domain' = $1`,
      [domain],
    );
    expect(after).toEqual([{ n: 0 }]);
  });
});
