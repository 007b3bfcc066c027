import type { DealerEntity } from "../../dealer/dealer.entity";
import type { AccountEntity } from "../../account/account.entity";
import { makeDealer, makeDealerAccount, makeVendorStaff } from "../../../../test/support/factories";
import type { GraphQLTestClient } from "../../../../test/support/graphql-client";
import { setAccountQuotaDirectly, setDealerQuotaDirectly } from "../../../../test/support/quota-factories";
import { makeProductLine, uniqueDomain } from "../../../../test/support/routing-factories";
import { signInDirectly } from "../../../../test/support/sessions";
import { startTestApp, type TestApp } from "../../../../test/support/test-app";

const REGISTER = `mutation($input: RegisterDomainInput!) {
  registerDomain(input: $input) { id domain status daysLeft startsAt expiresAt account { id } productLine { id } } }`;
const UNLOCK = `mutation($id: ID!) { unlockRegistration(id: $id) { id status endedAt endReason } }`;
const LIST = `query($filter: RegistrationFilter) { registrations(filter: $filter, first: 100) {
  totalCount edges { node { id domain status account { id } dealer { id } } } } }`;
const ONE = `query($id: ID!) { registration(id: $id) { id status } }`;
const MY_QUOTAS = `query { myDealer { quotas { productLine { id } max used available } } }`;
const ACCOUNT_QUOTAS = `query($id: ID!) { account(id: $id) { quotas { productLine { id } max used available } } }`;
const NOTICES = `query { notices(first: 50) { edges { node { id type eventCount title body params } } } }`;
const SET_DEALER_QUOTAS = `mutation($dealerId: ID!, $input: SetQuotasInput!) {
  setDealerQuotas(dealerId: $dealerId, input: $input) { id quotas { productLine { id } max } } }`;
const SET_ACCOUNT_QUOTAS = `mutation($accountId: ID!, $input: SetQuotasInput!) {
  setAccountQuotas(accountId: $accountId, input: $input) { id quotas { productLine { id } max used available } } }`;

/** Race tests need real concurrency: the embedded database serializes every connection. */
const realPostgres = process.env.TEST_DATABASE_KIND !== "embedded";
const itRaces = realPostgres ? it : it.skip;

const DAY_MS = 86_400_000;

type RegisterResult = { registerDomain: { id: string; domain: string; status: string; daysLeft: number } };
type QuotaRow = { productLine: { id: string }; max: number; used: number; available: number };
type NoticeNode = { id: string; type: string; eventCount: number; title: string; body: string; params: unknown };

describe("deal registration (报备)", () => {
  let t: TestApp;
  /** The registration clock: tests move it (the lock's 90 days, the Asia/Shanghai day of attempts). */
  let now = new Date();

  beforeAll(async () => {
    t = await startTestApp({ clock: () => now });
  });
  afterAll(async () => {
    await t.close();
  });
  beforeEach(() => {
    now = new Date();
  });

  /** A dealer with `dealerMax` for a product line of this test only, and a signed-in admin. */
  async function dealerWithQuota(line: string, dealerMax: number) {
    const dealer = await makeDealer(t.dataSource);
    await setDealerQuotaDirectly(t.dataSource, dealer.id, line, dealerMax);
    const admin = await makeDealerAccount(t.dataSource, { dealer, preset: "ADMIN" });
    await setAccountQuotaDirectly(t.dataSource, admin, line, dealerMax);
    return { dealer, admin, adminClient: await signInDirectly(t, admin.id) };
  }

  async function employee(dealer: DealerEntity, line: string | null, max: number, superior?: AccountEntity) {
    const account = await makeDealerAccount(t.dataSource, { dealer, preset: "SALES", superior: superior ?? null });
    if (line) await setAccountQuotaDirectly(t.dataSource, account, line, max);
    return { account, client: await signInDirectly(t, account.id) };
  }

  function register(client: GraphQLTestClient, productLineId: string, domain: string) {
    return client.request<RegisterResult>(REGISTER, { input: { productLineId, domain } });
  }

  async function activeCount(line: string): Promise<number> {
    const [row] = await t.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM registration WHERE product_line_id = $1 AND ended_at IS NULL AND expires_at > $2`,
      [line, now],
    );
    return row?.n ?? -1;
  }

  function quotaOf(rows: QuotaRow[], line: string): QuotaRow | undefined {
    return rows.find((q) => q.productLine.id === line);
  }

  it("holds the manual's example: dealer 10, A 10, B 6; A holds 6 → B registers 4, the 5th names the dealer's limit", async () => {
    const line = await makeProductLine(t.dataSource);
    const { dealer, adminClient } = await dealerWithQuota(line, 10);
    const a = await employee(dealer, line, 10);
    const b = await employee(dealer, line, 6);
    for (let i = 0; i < 6; i += 1)
      await a.client.ok(REGISTER, { input: { productLineId: line, domain: uniqueDomain("a") } });
    for (let i = 0; i < 4; i += 1)
      await b.client.ok(REGISTER, { input: { productLineId: line, domain: uniqueDomain("b") } });

    const fifth = await register(b.client, line, uniqueDomain("b"));
    expect(fifth.errors?.[0]?.extensions?.code).toBe("QUOTA_EXCEEDED");
    expect(fifth.errors?.[0]?.extensions?.details).toMatchObject({ limit: "DEALER", max: 10, used: 10 });
    expect(fifth.errors?.[0]?.extensions?.messageZh).toContain("经销商");
    expect(await activeCount(line)).toBe(10);

    const dealerQuota = quotaOf(
      (await adminClient.ok<{ myDealer: { quotas: QuotaRow[] } }>(MY_QUOTAS)).myDealer.quotas,
      line,
    );
    expect(dealerQuota).toMatchObject({ max: 10, used: 10, available: 0 });
    const bQuota = await adminClient.ok<{ account: { quotas: QuotaRow[] } }>(ACCOUNT_QUOTAS, { id: b.account.id });
    expect(quotaOf(bQuota.account.quotas, line)).toMatchObject({ max: 6, used: 4, available: 0 });
    const aQuota = await adminClient.ok<{ account: { quotas: QuotaRow[] } }>(ACCOUNT_QUOTAS, { id: a.account.id });
    expect(quotaOf(aQuota.account.quotas, line)).toMatchObject({ max: 10, used: 6, available: 0 });
  });

  it("names the employee's own limit when that one is hit first, and refuses a line not enabled for the employee", async () => {
    const line = await makeProductLine(t.dataSource);
    const { dealer } = await dealerWithQuota(line, 10);
    const b = await employee(dealer, line, 2);
    await b.client.ok(REGISTER, { input: { productLineId: line, domain: uniqueDomain() } });
    await b.client.ok(REGISTER, { input: { productLineId: line, domain: uniqueDomain() } });
    const third = await register(b.client, line, uniqueDomain());
    expect(third.errors?.[0]?.extensions?.details).toMatchObject({ limit: "ACCOUNT", max: 2, used: 2 });

    const other = await makeProductLine(t.dataSource);
    await setDealerQuotaDirectly(t.dataSource, dealer.id, other, 5);
    const notEnabled = await register(b.client, other, uniqueDomain());
    expect(notEnabled.errors?.[0]?.extensions?.code).toBe("QUOTA_EXCEEDED");
    expect(notEnabled.errors?.[0]?.extensions?.messageZh).toContain("尚未给您分配");
    expect(await activeCount(other)).toBe(0);
  });

  itRaces(
    "lets exactly one of 100 dealers registering one domain at the same instant win; 99 get DOMAIN_LOCKED",
    async () => {
      const line = await makeProductLine(t.dataSource);
      const domain = uniqueDomain("race");
      const clients = await Promise.all(
        Array.from(
          { length: 100 },
          async () => (await employee((await dealerWithQuota(line, 5)).dealer, line, 5)).client,
        ),
      );
      const results = await Promise.all(clients.map((client) => register(client, line, domain)));
      const codes = results.map((r) => r.errors?.[0]?.extensions?.code ?? "OK");
      expect(codes.filter((c) => c === "OK")).toHaveLength(1);
      expect(codes.filter((c) => c === "DOMAIN_LOCKED")).toHaveLength(99);
      expect(await activeCount(line)).toBe(1);
    },
  );

  itRaces("gives an employee with one slot left exactly one of 20 concurrent registrations", async () => {
    const line = await makeProductLine(t.dataSource);
    const { dealer } = await dealerWithQuota(line, 50);
    const e = await employee(dealer, line, 3);
    await e.client.ok(REGISTER, { input: { productLineId: line, domain: uniqueDomain() } });
    await e.client.ok(REGISTER, { input: { productLineId: line, domain: uniqueDomain() } });
    const results = await Promise.all(Array.from({ length: 20 }, () => register(e.client, line, uniqueDomain())));
    const codes = results.map((r) => r.errors?.[0]?.extensions?.code ?? "OK");
    expect(codes.filter((c) => c === "OK")).toHaveLength(1);
    expect(codes.filter((c) => c === "QUOTA_EXCEEDED")).toHaveLength(19);
    expect(await activeCount(line)).toBe(3);
  });

  itRaces("never lets a dealer overshoot its maximum when its employees' maxima add up to more", async () => {
    const line = await makeProductLine(t.dataSource);
    const { dealer } = await dealerWithQuota(line, 5);
    const team = await Promise.all(Array.from({ length: 4 }, () => employee(dealer, line, 5)));
    const results = await Promise.all(
      team.flatMap((e) => Array.from({ length: 5 }, () => register(e.client, line, uniqueDomain()))),
    );
    const codes = results.map((r) => r.errors?.[0]?.extensions?.code ?? "OK");
    expect(codes.filter((c) => c === "OK")).toHaveLength(5);
    expect(codes.filter((c) => c === "QUOTA_EXCEEDED")).toHaveLength(15);
    expect(await activeCount(line)).toBe(5);
  });

  it("ends a lock by itself at day 90 by the clock: the slot frees and another dealer may register the domain", async () => {
    const line = await makeProductLine(t.dataSource);
    const { dealer } = await dealerWithQuota(line, 1);
    const e = await employee(dealer, line, 1);
    const domain = uniqueDomain("expiry");
    const first = await e.client.ok<RegisterResult>(REGISTER, { input: { productLineId: line, domain } });
    expect(first.registerDomain).toMatchObject({ status: "ACTIVE", daysLeft: 90 });
    const rival = await employee((await dealerWithQuota(line, 1)).dealer, line, 1);

    const start = now.getTime();
    now = new Date(start + 90 * DAY_MS - 1);
    expect((await register(e.client, line, uniqueDomain())).errors?.[0]?.extensions?.code).toBe("QUOTA_EXCEEDED");
    expect((await register(rival.client, line, domain)).errors?.[0]?.extensions?.code).toBe("DOMAIN_LOCKED");
    expect(
      (await e.client.ok<{ registration: { status: string } }>(ONE, { id: first.registerDomain.id })).registration
        .status,
    ).toBe("ACTIVE");

    now = new Date(start + 90 * DAY_MS);
    expect(
      (await e.client.ok<{ registration: { status: string } }>(ONE, { id: first.registerDomain.id })).registration
        .status,
    ).toBe("EXPIRED");
    await rival.client.ok(REGISTER, { input: { productLineId: line, domain } });
    await e.client.ok(REGISTER, { input: { productLineId: line, domain: uniqueDomain() } });
    const expired = await e.client.ok<{ registrations: { totalCount: number } }>(LIST, {
      filter: { productLineId: line, status: "EXPIRED" },
    });
    expect(expired.registrations.totalCount).toBe(1);
  });

  it("frees the slot at once on unlock, and refuses a second unlock", async () => {
    const line = await makeProductLine(t.dataSource);
    const { dealer } = await dealerWithQuota(line, 1);
    const e = await employee(dealer, line, 1);
    const domain = uniqueDomain("unlock");
    const { registerDomain } = await e.client.ok<RegisterResult>(REGISTER, { input: { productLineId: line, domain } });
    expect((await register(e.client, line, uniqueDomain())).errors?.[0]?.extensions?.code).toBe("QUOTA_EXCEEDED");

    const unlocked = await e.client.ok<{ unlockRegistration: { status: string; endReason: string } }>(UNLOCK, {
      id: registerDomain.id,
    });
    expect(unlocked.unlockRegistration).toMatchObject({ status: "UNLOCKED", endReason: "UNLOCKED" });
    expect(await e.client.errorCode(UNLOCK, { id: registerDomain.id })).toBe("REGISTRATION_NOT_ACTIVE");

    const rival = await employee((await dealerWithQuota(line, 1)).dealer, line, 1);
    await rival.client.ok(REGISTER, { input: { productLineId: line, domain } });
    expect((await register(e.client, line, uniqueDomain())).errors).toBeUndefined();
  });

  it("refuses accounts without 基本权限(含报备权) and writes nothing", async () => {
    const line = await makeProductLine(t.dataSource);
    const { dealer } = await dealerWithQuota(line, 5);
    const basic = await makeDealerAccount(t.dataSource, { dealer, permissions: ["BASIC"] });
    await setAccountQuotaDirectly(t.dataSource, basic, line, 5);
    const client = await signInDirectly(t, basic.id);
    expect(await client.errorCode(REGISTER, { input: { productLineId: line, domain: uniqueDomain() } })).toBe(
      "FORBIDDEN",
    );
    const vendor = await signInDirectly(t, (await makeVendorStaff(t.dataSource, ["PLATFORM_ADMIN"])).id);
    expect(await vendor.errorCode(REGISTER, { input: { productLineId: line, domain: uniqueDomain() } })).toBe(
      "FORBIDDEN",
    );
    expect(await activeCount(line)).toBe(0);
  });

  it("tells a colleague the dealer already holds the domain, and rejects bad domains with a clear code", async () => {
    const line = await makeProductLine(t.dataSource);
    const { dealer } = await dealerWithQuota(line, 5);
    const a = await employee(dealer, line, 5);
    const b = await employee(dealer, line, 5);
    const domain = uniqueDomain("same");
    await a.client.ok(REGISTER, { input: { productLineId: line, domain: `https://www.${domain}/about` } });
    expect(await b.client.errorCode(REGISTER, { input: { productLineId: line, domain: `mail.${domain}` } })).toBe(
      "ALREADY_REGISTERED",
    );
    expect(await b.client.errorCode(REGISTER, { input: { productLineId: line, domain: "not a domain" } })).toBe(
      "INVALID_DOMAIN",
    );
    expect(await b.client.errorCode(REGISTER, { input: { productLineId: line, domain: "com.cn" } })).toBe(
      "INVALID_DOMAIN",
    );
    expect(await activeCount(line)).toBe(1);
  });

  it("keeps registrations inside the access scope: peers, superiors, other dealers", async () => {
    const line = await makeProductLine(t.dataSource);
    const { dealer, adminClient } = await dealerWithQuota(line, 10);
    const manager = await employee(dealer, line, 5);
    const report = await employee(dealer, line, 5, manager.account);
    const peer = await employee(dealer, line, 5);
    const { registerDomain } = await report.client.ok<RegisterResult>(REGISTER, {
      input: { productLineId: line, domain: uniqueDomain("scope") },
    });

    const ids = async (client: GraphQLTestClient) =>
      (
        await client.ok<{ registrations: { edges: { node: { id: string } }[] } }>(LIST, {
          filter: { productLineId: line },
        })
      ).registrations.edges.map((e) => e.node.id);
    expect(await ids(report.client)).toEqual([registerDomain.id]);
    expect(await ids(manager.client)).toEqual([registerDomain.id]);
    expect(await ids(adminClient)).toEqual([registerDomain.id]);
    expect(await ids(peer.client)).toEqual([]);
    expect(await peer.client.errorCode(ONE, { id: registerDomain.id })).toBe("NOT_FOUND");
    expect(await peer.client.errorCode(UNLOCK, { id: registerDomain.id })).toBe("NOT_FOUND");

    const outsider = await dealerWithQuota(line, 5);
    expect(await ids(outsider.adminClient)).toEqual([]);
    const filtered = await outsider.adminClient.ok<{ registrations: { totalCount: number } }>(LIST, {
      filter: { accountId: report.account.id },
    });
    expect(filtered.registrations.totalCount).toBe(0);
    expect(await outsider.adminClient.errorCode(UNLOCK, { id: registerDomain.id })).toBe("NOT_FOUND");
    expect(
      await outsider.adminClient.errorCode(SET_ACCOUNT_QUOTAS, {
        accountId: report.account.id,
        input: { quotas: [{ productLineId: line, max: 0 }] },
      }),
    ).toBe("NOT_FOUND");
    expect(
      (await manager.client.ok<{ registration: { status: string } }>(ONE, { id: registerDomain.id })).registration
        .status,
    ).toBe("ACTIVE");
  });

  it("filters active locks ending within N days exactly as 首页's 报备即将到期 counts them, for the same viewer and clock", async () => {
    const line = await makeProductLine(t.dataSource);
    const { dealer, admin, adminClient } = await dealerWithQuota(line, 20);
    const a = await employee(dealer, line, 10);
    const b = await employee(dealer, line, 10);
    const at = now.getTime();
    /** A lock of `holder` taken 60 days ago ending `endsInMs` from the test clock; `ended` = unlocked a day ago. */
    const lock = async (holder: AccountEntity, endsInMs: number, ended = false) => {
      const [row] = await t.dataSource.query<{ id: string }[]>(
        `INSERT INTO registration (dealer_id, account_id, product_line_id, domain, starts_at, expires_at, ended_at, end_reason)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
        [
          dealer.id,
          holder.id,
          line,
          uniqueDomain("ending"),
          new Date(at - 60 * DAY_MS),
          new Date(at + endsInMs),
          ended ? new Date(at - DAY_MS) : null,
          ended ? "UNLOCKED" : null,
        ],
      );
      return row!.id;
    };
    const aIn3Days = await lock(a.account, 3 * DAY_MS);
    const aAtSevenDays = await lock(a.account, 7 * DAY_MS); // the window's end is included
    const aJustAfter = await lock(a.account, 7 * DAY_MS + 1);
    const bIn2Days = await lock(b.account, 2 * DAY_MS);
    const bIn20Days = await lock(b.account, 20 * DAY_MS);
    await lock(b.account, 40 * DAY_MS);
    await lock(a.account, -1); // already expired
    await lock(b.account, DAY_MS, true); // unlocked before its end

    const idsOf = async (client: GraphQLTestClient, filter: Record<string, unknown>) => {
      const { registrations } = await client.ok<{
        registrations: { totalCount: number; edges: { node: { id: string; status: string } }[] };
      }>(LIST, { filter: { productLineId: line, ...filter } });
      expect(registrations.edges.every((e) => e.node.status === "ACTIVE")).toBe(true);
      expect(registrations.totalCount).toBe(registrations.edges.length);
      return registrations.edges.map((e) => e.node.id).sort();
    };
    const sorted = (...ids: string[]) => [...ids].sort();
    expect(await idsOf(adminClient, { endingWithinDays: 7 })).toEqual(sorted(aIn3Days, aAtSevenDays, bIn2Days));
    expect(await idsOf(adminClient, { endingWithinDays: 30 })).toEqual(
      sorted(aIn3Days, aAtSevenDays, aJustAfter, bIn2Days, bIn20Days),
    );
    expect(await idsOf(a.client, { endingWithinDays: 7 })).toEqual(sorted(aIn3Days, aAtSevenDays));
    expect(await idsOf(b.client, { endingWithinDays: 7, status: "ACTIVE" })).toEqual([bIn2Days]);
    expect(await idsOf(b.client, { endingWithinDays: 7, status: "EXPIRED" })).toEqual([]);

    // The card and the list agree for each viewer (this dealer's rows are all of this product line).
    const HOME = `query { dealerHome { registrationsEndingSoon endingSoonDays } }`;
    const LIST_TOTAL = `query($filter: RegistrationFilter) { registrations(filter: $filter, first: 1) { totalCount } }`;
    for (const [viewer, client] of [
      [admin, adminClient],
      [a.account, a.client],
      [b.account, b.client],
    ] as const) {
      const { dealerHome } = await client.ok<{
        dealerHome: { registrationsEndingSoon: number; endingSoonDays: number };
      }>(HOME);
      const { registrations } = await client.ok<{ registrations: { totalCount: number } }>(LIST_TOTAL, {
        filter: { endingWithinDays: dealerHome.endingSoonDays },
      });
      expect({ viewer: viewer.id, total: registrations.totalCount }).toEqual({
        viewer: viewer.id,
        total: dealerHome.registrationsEndingSoon,
      });
    }
    expect(
      (await adminClient.ok<{ dealerHome: { registrationsEndingSoon: number } }>(HOME)).dealerHome
        .registrationsEndingSoon,
    ).toBe(3);

    // Windows outside 1–90 days are refused with a code naming the field.
    for (const days of [0, -1, 91]) {
      const result = await adminClient.request(LIST, { filter: { endingWithinDays: days } });
      expect(result.errors?.[0]?.extensions).toMatchObject({
        code: "VALIDATION_FAILED",
        details: { field: "endingWithinDays" },
      });
    }
  });

  it("refuses an attempt on another dealer's domain without naming it, and tells only the holder's admins, once a day with a count", async () => {
    const line = await makeProductLine(t.dataSource);
    const holder = await dealerWithQuota(line, 5);
    const holderStaff = await employee(holder.dealer, line, 5);
    const domain = uniqueDomain("attempt");
    now = new Date("2031-05-01T02:00:00Z");
    await holderStaff.client.ok(REGISTER, { input: { productLineId: line, domain } });

    const attempter = await dealerWithQuota(line, 5);
    now = new Date("2031-05-06T02:00:00Z"); // 10:00 in Beijing
    for (let i = 0; i < 3; i += 1) {
      const refusal = await register(attempter.adminClient, line, domain);
      const error = refusal.errors?.[0];
      expect(error?.extensions?.code).toBe("DOMAIN_LOCKED");
      const said = JSON.stringify(error);
      expect(said).not.toContain(holder.dealer.name);
      expect(said).not.toContain(holder.dealer.id);
      expect(said).not.toContain(holderStaff.account.id);
    }

    const attemptNotices = async (client: GraphQLTestClient) =>
      (await client.ok<{ notices: { edges: { node: NoticeNode }[] } }>(NOTICES)).notices.edges
        .map((e) => e.node)
        .filter((n) => n.type === "DOMAIN_ATTEMPT" && JSON.stringify(n).includes(domain));
    const first = await attemptNotices(holder.adminClient);
    expect(first).toHaveLength(1);
    expect(first[0]?.eventCount).toBe(3);
    expect(JSON.stringify(first[0])).not.toContain(attempter.dealer.name);
    expect(await attemptNotices(holderStaff.client)).toEqual([]);
    expect(await attemptNotices(attempter.adminClient)).toEqual([]);

    now = new Date("2031-05-06T16:30:00Z"); // 00:30 the next day in Beijing
    await register(attempter.adminClient, line, domain);
    const next = await attemptNotices(holder.adminClient);
    expect(next.map((n) => n.eventCount).sort()).toEqual([1, 3]);
  });

  it("lets a channel manager set its own dealers' maxima only, and keeps employees' maxima within the dealer's", async () => {
    const line = await makeProductLine(t.dataSource);
    const manager = await makeVendorStaff(t.dataSource, ["CHANNEL_MANAGER"]);
    const { dealer, adminClient } = await dealerWithQuota(line, 3);
    await t.dataSource.query(`UPDATE dealer SET channel_manager_id = $1 WHERE id = $2`, [manager.id, dealer.id]);
    const other = await dealerWithQuota(line, 3);
    const managerClient = await signInDirectly(t, manager.id);
    const e = await employee(dealer, line, 3);

    await managerClient.ok(SET_DEALER_QUOTAS, {
      dealerId: dealer.id,
      input: { quotas: [{ productLineId: line, max: 8 }] },
    });
    expect(
      await managerClient.errorCode(SET_DEALER_QUOTAS, {
        dealerId: other.dealer.id,
        input: { quotas: [{ productLineId: line, max: 8 }] },
      }),
    ).toBe("FORBIDDEN");
    expect(await adminClient.errorCode(SET_DEALER_QUOTAS, { dealerId: dealer.id, input: { quotas: [] } })).toBe(
      "FORBIDDEN",
    );

    const raised = await adminClient.ok<{ setAccountQuotas: { quotas: QuotaRow[] } }>(SET_ACCOUNT_QUOTAS, {
      accountId: e.account.id,
      input: { quotas: [{ productLineId: line, max: 8 }] },
    });
    expect(quotaOf(raised.setAccountQuotas.quotas, line)).toMatchObject({ max: 8, used: 0, available: 8 });
    const tooMany = await adminClient.request(SET_ACCOUNT_QUOTAS, {
      accountId: e.account.id,
      input: { quotas: [{ productLineId: line, max: 9 }] },
    });
    expect(tooMany.errors?.[0]?.extensions?.code).toBe("VALIDATION_FAILED");
    expect(tooMany.errors?.[0]?.extensions?.details).toMatchObject({ dealerMax: 8 });
    expect(await e.client.errorCode(SET_ACCOUNT_QUOTAS, { accountId: e.account.id, input: { quotas: [] } })).toBe(
      "FORBIDDEN",
    );

    // Lowering the dealer's maximum lowers employees' maxima above it.
    await managerClient.ok(SET_DEALER_QUOTAS, {
      dealerId: dealer.id,
      input: { quotas: [{ productLineId: line, max: 4 }] },
    });
    const after = await adminClient.ok<{ account: { quotas: QuotaRow[] } }>(ACCOUNT_QUOTAS, { id: e.account.id });
    expect(quotaOf(after.account.quotas, line)?.max).toBe(4);

    // Disabling the line for the employee (null) removes the entry.
    const disabled = await adminClient.ok<{ setAccountQuotas: { quotas: QuotaRow[] } }>(SET_ACCOUNT_QUOTAS, {
      accountId: e.account.id,
      input: { quotas: [{ productLineId: line, max: null }] },
    });
    expect(quotaOf(disabled.setAccountQuotas.quotas, line)).toBeUndefined();
  });

  it("reminds the holder 7 days and 1 day before the end, once each", async () => {
    const line = await makeProductLine(t.dataSource);
    const { dealer } = await dealerWithQuota(line, 1);
    const e = await employee(dealer, line, 1);
    const domain = uniqueDomain("remind");
    const start = new Date("2032-01-01T00:00:00Z");
    now = start;
    await e.client.ok(REGISTER, { input: { productLineId: line, domain } });
    const reminders = async () =>
      (await e.client.ok<{ notices: { edges: { node: NoticeNode }[] } }>(NOTICES)).notices.edges
        .map((edge) => edge.node)
        .filter((n) => n.type === "REGISTRATION_EXPIRING" && JSON.stringify(n).includes(domain));

    const service = t.app.services.registration;
    await service.remindExpiring(new Date(start.getTime() + 80 * DAY_MS));
    expect(await reminders()).toHaveLength(0);
    const weekBefore = new Date(start.getTime() + 83 * DAY_MS + 3_600_000);
    await service.remindExpiring(weekBefore);
    await service.remindExpiring(weekBefore);
    expect(await reminders()).toHaveLength(1);
    const dayBefore = new Date(start.getTime() + 89 * DAY_MS + 3_600_000);
    await service.remindExpiring(dayBefore);
    await service.remindExpiring(dayBefore);
    expect(await reminders()).toHaveLength(2);
  });
});
