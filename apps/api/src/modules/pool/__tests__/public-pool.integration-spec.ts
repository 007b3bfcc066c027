import {
  makeDealer,
  makeDealerAccount,
  makeDealerTeam,
  makeVendorStaff,
  TEST_PASSWORD,
} from "../../../../test/support/factories";
import type { GraphQLTestClient } from "../../../../test/support/graphql-client";
import {
  makeContactRow,
  makeEnterpriseRow,
  makeFollowUpRow,
  makeProductLine,
  makeServiceRow,
  setDealerRegionsDirectly,
  uniqueDomain,
} from "../../../../test/support/routing-factories";
import { startTestApp, type TestApp } from "../../../../test/support/test-app";
import { AuditLogEntity } from "../../audit/audit-log.entity";

const CLAIM = `mutation($id: ID!) { claimPoolEnterprise(id: $id) { id enterpriseId claimDay claimedAt } }`;
const POOL = `query($filter: PublicPoolFilter, $first: Int) { publicPoolEnterprises(filter: $filter, first: $first) {
  totalCount edges { node { id name regionCode regionName scale industry enteredAt expiredAt productLines { id } } } } }`;
const SETTINGS = `mutation($input: PoolSettingsInput!) { updatePoolSettings(input: $input) { graceDays dailyClaimCap } }`;

/** Race tests need real concurrency: the embedded database serializes every connection. */
const realPostgres = process.env.TEST_DATABASE_KIND !== "embedded";
const itRaces = realPostgres ? it : it.skip;
if (!realPostgres) {
  console.warn(
    "[test] TEST_DATABASE_KIND=embedded: the public-pool race tests are skipped (PGlite serializes everything)",
  );
}

// The job runs with a clock in 2001, so it only ever sees this file's services (every other
// test's services lie in the present) and never moves another test's enterprises.
const NOW = new Date("2001-03-01T00:00:00Z");
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

interface PoolNode {
  id: string;
  name: string;
  regionCode: string | null;
  regionName: string | null;
  scale: string | null;
  industry: string | null;
  enteredAt: string;
  expiredAt: string | null;
  productLines: { id: string }[];
}
type PoolPage = { publicPoolEnterprises: { totalCount: number; edges: { node: PoolNode }[] } };

describe("public pool (公海库)", () => {
  let t: TestApp;
  let ops: GraphQLTestClient;

  beforeAll(async () => {
    t = await startTestApp();
    const staff = await makeVendorStaff(t.dataSource, ["OPERATIONS"]);
    ops = await t.client().login(staff.loginName, TEST_PASSWORD);
  });
  afterAll(async () => {
    await ops.ok(SETTINGS, { input: { graceDays: 30, dailyClaimCap: 20 } });
    await t.close();
  });

  /** A dealer whose territory is `regions`, with one sales account signed in. */
  async function claimer(regions: string[]) {
    const dealer = await makeDealer(t.dataSource);
    await setDealerRegionsDirectly(t.dataSource, dealer.id, regions);
    const account = await makeDealerAccount(t.dataSource, { dealer, preset: "SALES" });
    const client = await t.client().login(account.loginName, TEST_PASSWORD);
    return { dealer, account, client };
  }

  async function poolEntry(regionCode = "440300", extra: Partial<Parameters<typeof makeEnterpriseRow>[1]> = {}) {
    const previous = await makeDealer(t.dataSource);
    const id = await makeEnterpriseRow(t.dataSource, {
      dealerId: previous.id,
      regionCode,
      poolEnteredAt: day("2001-02-01"),
      ...extra,
    });
    return { id, previous };
  }

  async function enterpriseRow(id: string) {
    const rows: {
      dealer_id: string;
      owner_account_id: string | null;
      pool_entered_at: Date | null;
      source: string;
      notes: string | null;
    }[] = await t.dataSource.query(
      `SELECT dealer_id, owner_account_id, pool_entered_at, source, notes FROM enterprise WHERE id = $1`,
      [id],
    );
    return rows[0];
  }

  it("the job puts in enterprises whose paid services all lapsed past the grace period, once", async () => {
    const pl = await makeProductLine(t.dataSource);
    const dealer = await makeDealer(t.dataSource);
    const make = () => makeEnterpriseRow(t.dataSource, { dealerId: dealer.id });
    const paid = (enterpriseId: string, expires: string, dealerId = dealer.id) =>
      makeServiceRow(t.dataSource, {
        enterpriseId,
        dealerId,
        productLineId: pl,
        kind: "PAID",
        startsAt: day("1999-01-01"),
        expiresAt: day(expires),
      });
    const lapsed = await make(); // expired 2000-12-01: 90 days before NOW
    await paid(lapsed, "2000-12-01");
    await paid(lapsed, "2000-06-01");
    const recent = await make(); // expired 14 days before NOW: still in its grace period
    await paid(recent, "2001-02-15");
    const renewed = await make(); // one lapsed, one still running
    await paid(renewed, "2000-10-01");
    await paid(renewed, "2001-06-01");
    const trialOnly = await make();
    await makeServiceRow(t.dataSource, {
      enterpriseId: trialOnly,
      dealerId: dealer.id,
      productLineId: pl,
      kind: "TRIAL",
      startsAt: day("2000-01-01"),
      expiresAt: day("2000-01-08"),
    });
    const otherDealers = await make(); // only a previous dealer's paid service
    await paid(otherDealers, "2000-01-01", (await makeDealer(t.dataSource)).id);

    const reclaimed = await make(); // lapsed, but the dealer claimed it back from the pool since
    await paid(reclaimed, "2000-11-01");
    await t.dataSource.query(
      `INSERT INTO pool_claim (enterprise_id, from_dealer_id, dealer_id, account_id, claim_day, claimed_at)
       SELECT $1, $2, $2, id, '2000-12-01', '2000-12-01T00:00:00Z' FROM account WHERE dealer_id IS NULL LIMIT 1`,
      [reclaimed, dealer.id],
    );

    expect(await t.app.services.pool.enterPublicPool(NOW)).toBe(1);
    const enteredAt = (await enterpriseRow(lapsed))?.pool_entered_at;
    expect(enteredAt?.toISOString()).toBe(NOW.toISOString());
    for (const id of [recent, renewed, trialOnly, otherDealers, reclaimed]) {
      expect((await enterpriseRow(id))?.pool_entered_at).toBeNull();
    }
    // Twice, or twice at once: nothing enters again.
    expect(await t.app.services.pool.enterPublicPool(NOW)).toBe(0);
    expect(
      await Promise.all([
        t.app.services.pool.enterPublicPool(new Date("2001-03-02T00:00:00Z")),
        t.app.services.pool.enterPublicPool(new Date("2001-03-02T00:00:00Z")),
      ]),
    ).toEqual([0, 0]);
    expect((await enterpriseRow(lapsed))?.pool_entered_at?.toISOString()).toBe(NOW.toISOString());

    // A shorter grace period (a vendor setting) lets the recent one in too.
    await ops.ok(SETTINGS, { input: { graceDays: 10 } });
    expect(await t.app.services.pool.enterPublicPool(NOW)).toBe(1);
    expect((await enterpriseRow(recent))?.pool_entered_at).not.toBeNull();
    await ops.ok(SETTINGS, { input: { graceDays: 30 } });

    const entries = await t.dataSource
      .getRepository(AuditLogEntity)
      .findBy({ action: "pool.enter", dealerId: dealer.id });
    expect(entries).toHaveLength(2);
  });

  it("shows a dealer the entries in its regions (a province covers its cities), with non-sensitive fields only", async () => {
    const pl = await makeProductLine(t.dataSource);
    const name = `公海企业-${uniqueDomain("n")}`;
    const { id, previous } = await poolEntry("440300", { name, scale: "S10_49", industry: "IT", notes: "私密备注" });
    await makeServiceRow(t.dataSource, {
      enterpriseId: id,
      dealerId: previous.id,
      productLineId: pl,
      kind: "PAID",
      startsAt: day("1999-01-01"),
      expiresAt: day("2000-12-31"),
    });
    const province = await claimer(["440000"]);
    const city = await claimer(["440300"]);
    const elsewhere = await claimer(["310000", "440100"]);

    for (const viewer of [province, city]) {
      const page = await viewer.client.ok<PoolPage>(POOL, { filter: { text: name }, first: 10 });
      expect(page.publicPoolEnterprises.totalCount).toBe(1);
      const node = page.publicPoolEnterprises.edges[0]?.node;
      expect(node).toMatchObject({
        id,
        name,
        regionCode: "440300",
        regionName: "广东省 深圳市",
        scale: "S10_49",
        industry: "IT",
        productLines: [{ id: pl }],
      });
      expect(node?.expiredAt).toBe("2000-12-31T00:00:00.000Z");
    }
    const outside = await elsewhere.client.ok<PoolPage>(POOL, { filter: { text: name }, first: 10 });
    expect(outside.publicPoolEnterprises.totalCount).toBe(0);
    // Filters: region (province), scale, industry, entered range.
    const filtered = await province.client.ok<PoolPage>(POOL, {
      filter: {
        regionCode: "440000",
        scale: "S10_49",
        industry: "IT",
        enteredFrom: "2001-01-31T00:00:00Z",
        enteredTo: "2001-02-02T00:00:00Z",
      },
      first: 100,
    });
    expect(filtered.publicPoolEnterprises.edges.map((e) => e.node.id)).toContain(id);
    const wrongScale = await province.client.ok<PoolPage>(POOL, { filter: { text: name, scale: "S1000_PLUS" } });
    expect(wrongScale.publicPoolEnterprises.totalCount).toBe(0);
    // The type has no contact, follow-up, note, domain or owner field at all.
    expect(
      (await province.client.request(`{ publicPoolEnterprises { edges { node { notes } } } }`)).errors?.[0]?.extensions
        ?.code,
    ).toBe("VALIDATION_FAILED");
    // Vendor staff see every entry.
    const vendor = await ops.ok<PoolPage>(POOL, { filter: { text: name } });
    expect(vendor.publicPoolEnterprises.totalCount).toBe(1);
  });

  itRaces(
    "50 simultaneous claims of one entry: exactly one wins, 49 get ALREADY_CLAIMED",
    async () => {
      const { id, previous } = await poolEntry("440300");
      const claimers = [];
      for (let i = 0; i < 50; i += 5) {
        claimers.push(
          ...(await Promise.all(Array.from({ length: 5 }, (_, k) => claimer([(i + k) % 2 ? "440000" : "440300"])))),
        );
      }
      const results = await Promise.all(claimers.map((c) => c.client.request(CLAIM, { id })));
      const winners = results.flatMap((r, i) => (r.errors?.length ? [] : [i]));
      const codes = results.flatMap((r) => (r.errors?.length ? [r.errors[0]?.extensions?.code] : []));
      expect(winners).toHaveLength(1);
      expect(codes).toHaveLength(49);
      expect(new Set(codes)).toEqual(new Set(["ALREADY_CLAIMED"]));
      const messageZh = results.find((r) => r.errors?.length)?.errors?.[0]?.extensions?.messageZh;
      expect(messageZh).toBe("该企业已被其他经销商转入");

      const winner = claimers[winners[0] ?? -1];
      if (!winner) throw new Error("no winner");
      const row = await enterpriseRow(id);
      expect(row).toMatchObject({
        dealer_id: winner.dealer.id,
        owner_account_id: winner.account.id,
        pool_entered_at: null,
      });
      expect(row?.source).toBe("DEALER_ENTRY"); // the source stays
      const domains: { dealer_id: string }[] = await t.dataSource.query(
        `SELECT dealer_id FROM enterprise_domain WHERE enterprise_id = $1`,
        [id],
      );
      expect(domains.map((d) => d.dealer_id)).toEqual([winner.dealer.id]);
      const claims: { from_dealer_id: string; account_id: string }[] = await t.dataSource.query(
        `SELECT from_dealer_id, account_id FROM pool_claim WHERE enterprise_id = $1`,
        [id],
      );
      expect(claims).toEqual([{ from_dealer_id: previous.id, account_id: winner.account.id }]);
    },
    120_000,
  );

  it("keeps the previous dealer's contacts, follow-ups and notes away from the claimer", async () => {
    const team = await makeDealerTeam(t.dataSource);
    const { id } = await poolEntry("440300", { notes: "前任的私密备注" });
    await t.dataSource.query(`UPDATE enterprise SET dealer_id = $2, owner_account_id = $3 WHERE id = $1`, [
      id,
      team.dealer.id,
      team.a.id,
    ]);
    await t.dataSource.query(`UPDATE enterprise_domain SET dealer_id = $2 WHERE enterprise_id = $1`, [
      id,
      team.dealer.id,
    ]);
    await makeContactRow(t.dataSource, {
      enterpriseId: id,
      dealerId: team.dealer.id,
      name: "前任联系人",
      mobile: "13900000000",
    });
    await makeFollowUpRow(t.dataSource, {
      enterpriseId: id,
      dealerId: team.dealer.id,
      accountId: team.a.id,
      content: "前任跟进",
    });

    const c = await claimer(["440000"]);
    await c.client.ok(CLAIM, { id });
    const detail = await c.client.ok<{
      enterprise: {
        notes: string | null;
        contacts: unknown[];
        followUps: { totalCount: number };
        owner: { id: string };
      };
    }>(`query($id: ID!) { enterprise(id: $id) { notes contacts { name } followUps { totalCount } owner { id } } }`, {
      id,
    });
    expect(detail.enterprise.contacts).toEqual([]);
    expect(detail.enterprise.followUps.totalCount).toBe(0);
    expect(detail.enterprise.notes).toBeNull();
    expect(detail.enterprise.owner.id).toBe(c.account.id);
    // The rows themselves stay with the previous dealer, who no longer sees the enterprise.
    const kept: { dealer_id: string }[] = await t.dataSource.query(
      `SELECT dealer_id FROM enterprise_contact WHERE enterprise_id = $1 UNION ALL SELECT dealer_id FROM follow_up WHERE enterprise_id = $1`,
      [id],
    );
    expect(kept.map((k) => k.dealer_id)).toEqual([team.dealer.id, team.dealer.id]);
    const previousAdmin = await t.client().login(team.admin.loginName, TEST_PASSWORD);
    expect(await previousAdmin.errorCode(`query($id: ID!) { enterprise(id: $id) { id } }`, { id })).toBe("NOT_FOUND");
    // The audit trail: the claimer's dealer sees its claim; the previous dealer sees it left, not who took it.
    const entries = await t.dataSource.getRepository(AuditLogEntity).findBy({ entityId: id });
    const claimed = entries.find((e) => e.action === "pool.claim");
    const left = entries.find((e) => e.action === "pool.claimed-away");
    expect(claimed?.dealerId).toBe(c.dealer.id);
    expect(left?.dealerId).toBe(team.dealer.id);
    expect(left?.actorId).toBeNull();
    expect(JSON.stringify(left)).not.toContain(c.account.loginName);
    expect(left?.before).toMatchObject({ notes: "前任的私密备注", ownerAccountId: team.a.id });
  });

  it("refuses claims outside the dealer's regions, of claimed entries, by assistants and by vendor staff", async () => {
    const { id } = await poolEntry("440300");
    const shanghai = await claimer(["310000"]);
    expect(await shanghai.client.errorCode(CLAIM, { id })).toBe("NOT_IN_REGION");
    expect((await enterpriseRow(id))?.pool_entered_at).not.toBeNull();
    const noRegions = await claimer([]);
    expect(await noRegions.client.errorCode(CLAIM, { id })).toBe("NOT_IN_REGION");

    const team = await makeDealerTeam(t.dataSource);
    await setDealerRegionsDirectly(t.dataSource, team.dealer.id, ["440000"]);
    const assistant = await t.client().login(team.assistant.loginName, TEST_PASSWORD);
    expect(await assistant.errorCode(CLAIM, { id })).toBe("FORBIDDEN");
    expect(await ops.errorCode(CLAIM, { id })).toBe("FORBIDDEN");
    const admin = await t.client().login(team.admin.loginName, TEST_PASSWORD);
    await admin.ok(CLAIM, { id });
    expect(await shanghai.client.errorCode(CLAIM, { id })).toBe("ALREADY_CLAIMED");
    expect(await admin.errorCode(CLAIM, { id: "00000000-0000-4000-8000-000000000000" })).toBe("NOT_FOUND");
  });

  it("refuses a claim when the claimer's dealer already holds one of the domains, and changes nothing", async () => {
    const domain = uniqueDomain("dup");
    const { id, previous } = await poolEntry("440300", { domain });
    const c = await claimer(["440000"]);
    await makeEnterpriseRow(t.dataSource, { dealerId: c.dealer.id, domain });
    const result = await c.client.request(CLAIM, { id });
    expect(result.errors?.[0]?.extensions?.code).toBe("DUPLICATE_DOMAIN");
    const row = await enterpriseRow(id);
    expect(row?.dealer_id).toBe(previous.id);
    expect(row?.pool_entered_at).not.toBeNull();
    const claims: unknown[] = await t.dataSource.query(`SELECT 1 FROM pool_claim WHERE enterprise_id = $1`, [id]);
    expect(claims).toHaveLength(0);
  });

  it("caps claims per account per day (Asia/Shanghai), also under concurrency", async () => {
    await ops.ok(SETTINGS, { input: { dailyClaimCap: 2 } });
    try {
      const settings = await ops.ok<{ poolSettings: { dailyClaimCap: number; graceDays: number } }>(
        `{ poolSettings { graceDays dailyClaimCap } }`,
      );
      expect(settings.poolSettings).toEqual({ graceDays: 30, dailyClaimCap: 2 });

      const one = await claimer(["440000"]);
      const entries = [await poolEntry(), await poolEntry(), await poolEntry()];
      await one.client.ok(CLAIM, { id: entries[0]?.id });
      await one.client.ok(CLAIM, { id: entries[1]?.id });
      const third = await one.client.request(CLAIM, { id: entries[2]?.id });
      expect(third.errors?.[0]?.extensions?.code).toBe("CLAIM_CAP_REACHED");
      expect(third.errors?.[0]?.extensions?.details).toEqual({ cap: 2 });
      expect((await enterpriseRow(entries[2]?.id ?? ""))?.pool_entered_at).not.toBeNull();
      // Another account of the same dealer has its own cap.
      const colleague = await makeDealerAccount(t.dataSource, { dealer: one.dealer, preset: "SALES" });
      const colleagueClient = await t.client().login(colleague.loginName, TEST_PASSWORD);
      await colleagueClient.ok(CLAIM, { id: entries[2]?.id });

      const days: { day: string; today: string }[] = await t.dataSource.query(
        `SELECT claim_day::text AS day, ((now() AT TIME ZONE 'Asia/Shanghai')::date)::text AS today
           FROM pool_claim WHERE account_id = $1`,
        [one.account.id],
      );
      expect(days.every((d) => d.day === d.today)).toBe(true);
    } finally {
      await ops.ok(SETTINGS, { input: { dailyClaimCap: 20 } });
    }
  });

  itRaces(
    "concurrent claims by one account never pass the cap",
    async () => {
      await ops.ok(SETTINGS, { input: { dailyClaimCap: 2 } });
      try {
        const one = await claimer(["440000"]);
        const entries = await Promise.all(Array.from({ length: 6 }, () => poolEntry()));
        const results = await Promise.all(entries.map((e) => one.client.request(CLAIM, { id: e.id })));
        const ok = results.filter((r) => !r.errors?.length);
        const codes = results.flatMap((r) => (r.errors?.length ? [r.errors[0]?.extensions?.code] : []));
        expect(ok).toHaveLength(2);
        expect(codes).toEqual(Array.from({ length: 4 }, () => "CLAIM_CAP_REACHED"));
        const claimed: { n: number }[] = await t.dataSource.query(
          `SELECT count(*)::int AS n FROM pool_claim WHERE account_id = $1`,
          [one.account.id],
        );
        expect(claimed[0]?.n).toBe(2);
      } finally {
        await ops.ok(SETTINGS, { input: { dailyClaimCap: 20 } });
      }
    },
    60_000,
  );

  it("settings and the job are vendor operations'; regions are set by platform admins and the dealer's channel manager", async () => {
    const team = await makeDealerTeam(t.dataSource);
    const admin = await t.client().login(team.admin.loginName, TEST_PASSWORD);
    expect(await admin.errorCode(SETTINGS, { input: { graceDays: 1 } })).toBe("FORBIDDEN");
    expect(await admin.errorCode(`mutation { runPublicPoolJob }`)).toBe("FORBIDDEN");
    expect(await ops.errorCode(SETTINGS, { input: { graceDays: -1 } })).toBe("VALIDATION_FAILED");
    expect(await ops.errorCode(SETTINGS, { input: { dailyClaimCap: 5000 } })).toBe("VALIDATION_FAILED");

    const SET_REGIONS = `mutation($dealerId: ID!, $codes: [String!]!) { setDealerRegions(dealerId: $dealerId, regionCodes: $codes) {
      id regions { code name } } }`;
    const platform = await t
      .client()
      .login((await makeVendorStaff(t.dataSource, ["PLATFORM_ADMIN"])).loginName, TEST_PASSWORD);
    const set = await platform.ok<{ setDealerRegions: { regions: { code: string; name: string }[] } }>(SET_REGIONS, {
      dealerId: team.dealer.id,
      codes: ["440300", "310000", "440300"],
    });
    expect(set.setDealerRegions.regions).toEqual([
      { code: "310000", name: "上海市" },
      { code: "440300", name: "广东省 深圳市" },
    ]);
    expect(await platform.errorCode(SET_REGIONS, { dealerId: team.dealer.id, codes: ["999999"] })).toBe(
      "VALIDATION_FAILED",
    );
    const cm = await makeVendorStaff(t.dataSource, ["CHANNEL_MANAGER"]);
    const cmClient = await t.client().login(cm.loginName, TEST_PASSWORD);
    expect(await cmClient.errorCode(SET_REGIONS, { dealerId: team.dealer.id, codes: [] })).toBe("FORBIDDEN");
    await t.dataSource.query(`UPDATE dealer SET channel_manager_id = $2 WHERE id = $1`, [team.dealer.id, cm.id]);
    await cmClient.ok(SET_REGIONS, { dealerId: team.dealer.id, codes: ["440000"] });
    expect(await admin.errorCode(SET_REGIONS, { dealerId: team.dealer.id, codes: [] })).toBe("FORBIDDEN");
    const mine = await admin.ok<{ myDealer: { regions: { code: string }[] } }>(`{ myDealer { regions { code } } }`);
    expect(mine.myDealer.regions).toEqual([{ code: "440000" }]);
  });
});
