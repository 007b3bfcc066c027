import { randomUUID } from "node:crypto";
import type { DataSource } from "typeorm";
import type { AccountEntity } from "../../account/account.entity";
import type { DealerEntity } from "../../dealer/dealer.entity";
import { topUpDirectly } from "../../../../test/support/catalog-factories";
import {
  makeDealer,
  makeDealerAccount,
  makeDealerTeam,
  makeEnterprise,
  makeVendorStaff,
} from "../../../../test/support/factories";
import { makeOrderRow } from "../../../../test/support/order-factories";
import { setAccountQuotaDirectly, setDealerQuotaDirectly } from "../../../../test/support/quota-factories";
import { makeProductLine, uniqueDomain } from "../../../../test/support/routing-factories";
import { signInDirectly } from "../../../../test/support/sessions";
import { startTestApp, type TestApp } from "../../../../test/support/test-app";

const DAY = 86_400_000;

const DEALER_HOME = `query {
  dealerHome {
    routedNotFollowedUp registrationsEndingSoon endingSoonDays ordersPendingPayment requestsPending unreadNotices
    balance periodStart
    quotas { productLineId productLineName dealerMax dealerUsed ownMax ownUsed available }
    funnel { stage count }
  } }`;
const UNREAD = `query { unreadNoticeCount }`;
const ROUTED_AWAITING = `query { routedEnterprises(filter: { awaitingFollowUp: true }, first: 100) {
  totalCount edges { node { id } } } }`;
const ROUTED_ALL = `query { routedEnterprises(first: 100) { totalCount } }`;
const ENDING_WITHIN = `query($days: Int!) { registrations(filter: { endingWithinDays: $days }, first: 100) {
  totalCount edges { node { id account { id } status } } } }`;
const VENDOR_HOME = `query {
  vendorHome {
    panels
    channelManager { pendingApprovals dealers { id name balance openRegistrations pendingApprovals
      quotas { productLineName max used } discounts { productLineName rateBp } } }
    salesDirector { queueSize }
    finance { topUpsThisMonth }
    operations { ordersPendingConfirmation }
    platformAdmin { activeDealers }
  } }`;

interface Home {
  routedNotFollowedUp: number;
  registrationsEndingSoon: number;
  endingSoonDays: number;
  ordersPendingPayment: number;
  requestsPending: number;
  unreadNotices: number;
  balance: number | null;
  quotas: {
    productLineId: string;
    dealerMax: number;
    dealerUsed: number;
    ownMax: number | null;
    ownUsed: number;
    available: number;
  }[];
  funnel: { stage: string; count: number }[];
}

interface ManagedDealer {
  id: string;
  balance: number;
  openRegistrations: number;
  pendingApprovals: number;
  quotas: { productLineName: string; max: number; used: number }[];
  discounts: { productLineName: string; rateBp: number }[];
}

describe("首页 dashboards", () => {
  let t: TestApp;
  let db: DataSource;
  let team: Awaited<ReturnType<typeof makeDealerTeam>>;
  let other: { dealer: DealerEntity; x: AccountEntity };
  let productLineId: string;
  let requestTypeId: string;
  /** The routed leads still waiting for a first follow-up, by who owns them. */
  const waiting: Record<"a" | "b" | "c" | "other", string> = { a: "", b: "", c: "", other: "" };

  async function routedLead(owner: AccountEntity, dealer: DealerEntity, lastFollowUpAt: Date | null) {
    const now = Date.now();
    return makeEnterprise(db, { dealer, owner, routedAt: new Date(now - 2 * DAY), lastFollowUpAt });
  }

  async function registration(owner: AccountEntity, startedDaysAgo: number, endsInDays: number) {
    const now = Date.now();
    await db.query(
      `INSERT INTO registration (dealer_id, account_id, product_line_id, domain, starts_at, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [
        owner.dealerId,
        owner.id,
        productLineId,
        uniqueDomain("dash"),
        new Date(now - startedDaysAgo * DAY),
        new Date(now + endsInDays * DAY),
      ],
    );
  }

  async function pendingRequest(submitter: AccountEntity, step: number) {
    await db.query(
      `INSERT INTO business_request (request_no, type_id, dealer_id, submitted_by, status, chain, current_step)
       VALUES ($1, $2, $3, $4, 'PENDING', ARRAY['CHANNEL_MANAGER', 'SALES_DIRECTOR'], $5)`,
      [`DASH${randomUUID().slice(0, 10)}`, requestTypeId, submitter.dealerId, submitter.id, step],
    );
  }

  beforeAll(async () => {
    t = await startTestApp();
    db = t.dataSource;
    team = await makeDealerTeam(db);
    const otherDealer = await makeDealer(db);
    other = { dealer: otherDealer, x: await makeDealerAccount(db, { dealer: otherDealer, preset: "ADMIN" }) };
    productLineId = await makeProductLine(db, "首页测试产品线");
    const [type] = await db.query<{ id: string }[]>(
      `INSERT INTO request_type (code, group_code, name, chain) VALUES ($1, 'SALES_SUPPORT', '首页测试申请', $2) RETURNING id`,
      [`DASH_${randomUUID().slice(0, 8).toUpperCase()}`, ["CHANNEL_MANAGER", "SALES_DIRECTOR"]],
    );
    requestTypeId = type!.id;
    const { dealer, a, b, c } = team;

    // 甩单: A one waiting, one followed up after routing (done); B one followed up only before routing; C one.
    const aLead = await routedLead(a, dealer, null);
    const aDone = await routedLead(a, dealer, new Date());
    const bLead = await routedLead(b, dealer, new Date(Date.now() - 10 * DAY));
    const cLead = await routedLead(c, dealer, null);
    const otherWaiting = await routedLead(other.x, other.dealer, null);
    Object.assign(waiting, { a: aLead.id, b: bLead.id, c: cLead.id, other: otherWaiting.id });

    // 报备: A and C end within 7 days, B in 20.
    await registration(a, 87, 3);
    await registration(b, 70, 20);
    await registration(c, 88, 2);
    await registration(other.x, 85, 5);

    // Orders: A one 待扣款; B one 待扣款 and one paid; C one 待扣款; the other dealer one 待扣款.
    await makeOrderRow(db, { dealer, createdBy: a, amountDue: 1000, status: "PENDING_PAYMENT", enterprise: aLead });
    await makeOrderRow(db, { dealer, createdBy: b, amountDue: 2000, status: "PENDING_PAYMENT", enterprise: bLead });
    await makeOrderRow(db, { dealer, createdBy: b, amountDue: 3000, status: "PAID", enterprise: aDone });
    await makeOrderRow(db, { dealer, createdBy: c, amountDue: 4000, status: "PENDING_PAYMENT", enterprise: cLead });
    const otherLead = await makeEnterprise(db, { dealer: other.dealer, owner: other.x });
    await makeOrderRow(db, {
      dealer: other.dealer,
      createdBy: other.x,
      amountDue: 5000,
      status: "PENDING_PAYMENT",
      enterprise: otherLead,
    });

    // 业务申请: A one waiting on the channel manager; the other dealer one at the sales director.
    await pendingRequest(a, 1);
    await pendingRequest(other.x, 2);

    // 报备名额 and balance.
    await setDealerQuotaDirectly(db, dealer.id, productLineId, 10);
    await setAccountQuotaDirectly(db, a, productLineId, 5);
    await topUpDirectly(db, dealer.id, 123_456);
    await topUpDirectly(db, other.dealer.id, 999);
  });

  afterAll(async () => {
    await t.close();
  });

  async function homeOf(account: AccountEntity): Promise<Home> {
    const client = await signInDirectly(t, account.id);
    return (await client.ok<{ dealerHome: Home }>(DEALER_HOME)).dealerHome;
  }

  function funnelOf(home: Home): Record<string, number> {
    return Object.fromEntries(home.funnel.map((s) => [s.stage, s.count]));
  }

  it("a staff member sees only their own numbers", async () => {
    const home = await homeOf(team.a);
    expect(home).toMatchObject({
      routedNotFollowedUp: 1,
      registrationsEndingSoon: 1,
      endingSoonDays: 7,
      ordersPendingPayment: 1,
      requestsPending: 1,
    });
    // A's enterprises: two routed leads; one registration; one order, none paid.
    expect(funnelOf(home)).toEqual({ LEADS: 2, REGISTRATIONS: 1, ORDERS: 1, PAID: 0 });
  });

  it("a manager's numbers include the subordinates' (A and B), never the peer's", async () => {
    const home = await homeOf(team.manager);
    expect(home).toMatchObject({
      routedNotFollowedUp: 2,
      registrationsEndingSoon: 1,
      ordersPendingPayment: 2,
      requestsPending: 1,
    });
    expect(funnelOf(home)).toEqual({ LEADS: 3, REGISTRATIONS: 2, ORDERS: 3, PAID: 1 });
  });

  it("an admin sees the whole dealer and another dealer's rows never count", async () => {
    const home = await homeOf(team.admin);
    expect(home).toMatchObject({
      routedNotFollowedUp: 3,
      registrationsEndingSoon: 2,
      ordersPendingPayment: 3,
      requestsPending: 1,
    });
    expect(funnelOf(home)).toEqual({ LEADS: 4, REGISTRATIONS: 3, ORDERS: 4, PAID: 1 });
    const other = await homeOf(team.assistant);
    expect(other.routedNotFollowedUp).toBe(3);
  });

  it("the lists the to-do cards link to select exactly the rows each card counts, for every viewer", async () => {
    const { a, b, c } = waiting;
    const cases: [AccountEntity, string[], number][] = [
      // viewer, routed leads waiting for a follow-up, registrations ending within 7 days
      [team.a, [a], 1],
      [team.manager, [a, b], 1],
      [team.admin, [a, b, c], 2],
      [team.assistant, [a, b, c], 2],
      [other.x, [waiting.other], 1],
    ];
    for (const [viewer, expected, ending] of cases) {
      const client = await signInDirectly(t, viewer.id);
      const { dealerHome } = await client.ok<{ dealerHome: Home }>(DEALER_HOME);
      const { routedEnterprises } = await client.ok<{
        routedEnterprises: { totalCount: number; edges: { node: { id: string } }[] };
      }>(ROUTED_AWAITING);
      expect(routedEnterprises.edges.map((e) => e.node.id).sort()).toEqual([...expected].sort());
      expect(routedEnterprises.totalCount).toBe(dealerHome.routedNotFollowedUp);

      const { registrations } = await client.ok<{
        registrations: { totalCount: number; edges: { node: { status: string } }[] };
      }>(ENDING_WITHIN, { days: dealerHome.endingSoonDays });
      expect(registrations.totalCount).toBe(ending);
      expect(registrations.totalCount).toBe(dealerHome.registrationsEndingSoon);
      expect(registrations.edges.every((e) => e.node.status === "ACTIVE")).toBe(true);
    }
    // Without the filter the lists are longer than the cards: the followed-up lead and B's lock ending in 20 days.
    const admin = await signInDirectly(t, team.admin.id);
    expect(
      (await admin.ok<{ routedEnterprises: { totalCount: number } }>(ROUTED_ALL)).routedEnterprises.totalCount,
    ).toBe(4);
    const within30 = await admin.ok<{ registrations: { totalCount: number } }>(ENDING_WITHIN, { days: 30 });
    expect(within30.registrations.totalCount).toBe(3);
  });

  it("shows the balance only with 查看经销商财务信息", async () => {
    expect((await homeOf(team.admin)).balance).toBe(123_456);
    expect((await homeOf(team.a)).balance).toBeNull();
    expect((await homeOf(team.manager)).balance).toBe(123_456); // 销售管理 preset holds the finance view
    expect((await homeOf(other.x)).balance).toBe(999);
  });

  it("gives quotas as used/max per product line: the own remainder limited by the dealer's", async () => {
    const line = (home: Home) => home.quotas.find((q) => q.productLineId === productLineId);
    expect(line(await homeOf(team.a))).toMatchObject({
      dealerMax: 10,
      dealerUsed: 3,
      ownMax: 5,
      ownUsed: 1,
      available: 4,
    });
    // an admin registers against a maximum of its own too: without one, nothing left to register
    expect(line(await homeOf(team.admin))).toMatchObject({ dealerMax: 10, dealerUsed: 3, ownMax: null, available: 0 });
    expect(line(await homeOf(team.c))).toMatchObject({ ownMax: null, ownUsed: 1, available: 0 });
    expect(line(await homeOf(other.x))).toBeUndefined();
  });

  it("counts the viewer's unread notices as the header's bell does", async () => {
    const client = await signInDirectly(t, team.admin.id);
    const { unreadNoticeCount } = await client.ok<{ unreadNoticeCount: number }>(UNREAD);
    const { dealerHome } = await client.ok<{ dealerHome: Home }>(DEALER_HOME);
    expect(dealerHome.unreadNotices).toBe(unreadNoticeCount);
  });

  it("a channel manager's dashboard lists only their own dealers, with their numbers", async () => {
    const cm = await makeVendorStaff(db, ["CHANNEL_MANAGER"]);
    const otherCm = await makeVendorStaff(db, ["CHANNEL_MANAGER"]);
    await db.query(`UPDATE dealer SET channel_manager_id = $1 WHERE id = $2`, [cm.id, team.dealer.id]);
    await db.query(`UPDATE dealer SET channel_manager_id = $1 WHERE id = $2`, [otherCm.id, other.dealer.id]);
    await db.query(`INSERT INTO dealer_discount (dealer_id, product_line_id, rate_bp) VALUES ($1, $2, 8500)`, [
      team.dealer.id,
      productLineId,
    ]);
    const client = await signInDirectly(t, cm.id);
    const { vendorHome } = await client.ok<{
      vendorHome: {
        panels: string[];
        channelManager: { pendingApprovals: number; dealers: ManagedDealer[] };
        salesDirector: null;
        finance: null;
        operations: null;
        platformAdmin: null;
      };
    }>(VENDOR_HOME);
    expect(vendorHome.panels).toEqual(["CHANNEL_MANAGER"]);
    expect(vendorHome.channelManager.dealers.map((d) => d.id)).toEqual([team.dealer.id]);
    const [row] = vendorHome.channelManager.dealers;
    expect(row).toMatchObject({ balance: 123_456, openRegistrations: 3, pendingApprovals: 1 });
    const [lineName] = await db.query<{ name: string }[]>(`SELECT name FROM product_line WHERE id = $1`, [
      productLineId,
    ]);
    expect(row?.quotas).toEqual([{ productLineName: lineName?.name, max: 10, used: 3 }]);
    expect(row?.discounts).toEqual([{ productLineName: lineName?.name, rateBp: 8500 }]);
    expect(vendorHome.channelManager.pendingApprovals).toBe(1);
    expect(vendorHome).toMatchObject({ salesDirector: null, finance: null, operations: null, platformAdmin: null });
  });

  it("gives each vendor role its panel and refuses the wrong console", async () => {
    const staff = await makeVendorStaff(db, ["SALES_DIRECTOR", "FINANCE", "OPERATIONS", "PLATFORM_ADMIN"]);
    const vendor = await signInDirectly(t, staff.id);
    const { vendorHome } = await vendor.ok<{
      vendorHome: { panels: string[]; salesDirector: { queueSize: number } | null; channelManager: unknown };
    }>(VENDOR_HOME);
    expect(vendorHome.panels).toEqual(["SALES_DIRECTOR", "FINANCE", "OPERATIONS", "PLATFORM_ADMIN"]);
    expect(vendorHome.channelManager).toBeNull();
    // The other dealer's request waits at the sales director's step.
    expect(vendorHome.salesDirector?.queueSize).toBeGreaterThanOrEqual(1);
    expect(await vendor.errorCode(DEALER_HOME)).toBe("FORBIDDEN");
    const dealerClient = await signInDirectly(t, team.admin.id);
    expect(await dealerClient.errorCode(VENDOR_HOME)).toBe("FORBIDDEN");
    expect(await t.client().errorCode(DEALER_HOME)).toBe("UNAUTHENTICATED");
  });
});
