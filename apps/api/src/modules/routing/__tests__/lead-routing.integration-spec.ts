import { AuditLogEntity } from "../../audit/audit-log.entity";
import { makeDealer, makeDealerTeam, makeVendorStaff, TEST_PASSWORD } from "../../../../test/support/factories";
import type { GraphQLTestClient } from "../../../../test/support/graphql-client";
import { makeEnterpriseRow, makeProductLine, uniqueDomain } from "../../../../test/support/routing-factories";
import { startTestApp, type TestApp } from "../../../../test/support/test-app";

const CREATE_RULE = `mutation($input: RoutingRuleInput!) { createRoutingRule(input: $input) {
  id name priority enabled regionCodes sources targets { dealerId weight currentWeight } } }`;
const INTAKE = `mutation($input: LeadIntakeInput!) { intakeLead(input: $input) {
  id status enterpriseId domain dealer { id } trace traceLines { zh en } } }`;
const BATCH = `mutation($inputs: [LeadIntakeInput!]!) { intakeLeads(inputs: $inputs) { id status dealer { id } } }`;
const DRY_RUN = `mutation($input: RoutingDryRunInput!) { routingDryRun(input: $input) {
  outcome rule { id } dealer { id } existingEnterpriseId trace traceLines { zh en } } }`;
const LEADS = `query($filter: LeadFilter, $first: Int) { leads(filter: $filter, first: $first) {
  totalCount edges { node { id status dealer { id } rule { id } trace traceLines { zh en } } } } }`;

interface IntakeResult {
  intakeLead: {
    id: string;
    status: string;
    enterpriseId: string | null;
    domain: string;
    dealer: { id: string } | null;
    trace: Record<string, unknown>;
    traceLines: { zh: string[]; en: string[] };
  };
}

interface TraceStep {
  ruleId: string;
  outcome: string;
  mismatches: string[];
  skippedDealers: { dealerId: string }[];
}

/** Concurrency needs a real PostgreSQL server; the embedded one runs the same streams one after another. */
const realPostgres = process.env.TEST_DATABASE_KIND !== "embedded";

function leadInput(productLineId: string, overrides: Record<string, unknown> = {}) {
  return {
    companyName: "测试企业",
    domain: uniqueDomain(),
    contactName: "张三",
    contactMobile: "13800138000",
    regionCode: "440300",
    productLineId,
    source: "HOTLINE",
    ...overrides,
  };
}

describe("lead routing (甩单)", () => {
  let t: TestApp;
  let ops: GraphQLTestClient;

  beforeAll(async () => {
    t = await startTestApp();
    const staff = await makeVendorStaff(t.dataSource, ["OPERATIONS"]);
    ops = await t.client().login(staff.loginName, TEST_PASSWORD);
  });
  afterAll(() => t.close());

  async function createRule(input: Record<string, unknown>): Promise<{ id: string; priority: number }> {
    const data = await ops.ok<{ createRoutingRule: { id: string; priority: number } }>(CREATE_RULE, {
      input: { name: "规则", ...input },
    });
    return data.createRoutingRule;
  }

  async function currents(ruleId: string): Promise<Record<string, number>> {
    const rows: { dealer_id: string; current_weight: string }[] = await t.dataSource.query(
      `SELECT dealer_id, current_weight::text FROM routing_rule_target WHERE rule_id = $1`,
      [ruleId],
    );
    return Object.fromEntries(rows.map((r) => [r.dealer_id, Number(r.current_weight)]));
  }

  async function countBy(sql: string, params: unknown[]): Promise<number> {
    const rows: { n: number }[] = await t.dataSource.query(sql, params);
    return rows[0]?.n ?? 0;
  }

  it("distributes 1,000 leads by weight 5/3/2 exactly, with parallel batch and single intake streams", async () => {
    const pl = await makeProductLine(t.dataSource);
    const [a, b, c] = [await makeDealer(t.dataSource), await makeDealer(t.dataSource), await makeDealer(t.dataSource)];
    if (!a || !b || !c) throw new Error("dealers");
    const rule = await createRule({
      productLineIds: [pl],
      targets: [
        { dealerId: a.id, weight: 5 },
        { dealerId: b.id, weight: 3 },
        { dealerId: c.id, weight: 2 },
      ],
    });

    // 4 streams of 4 batches × 50 (one transaction each) and 4 streams of 50 single intakes, all at once.
    const batchStream = async () => {
      for (let i = 0; i < 4; i += 1) {
        const inputs = Array.from({ length: 50 }, () => leadInput(pl));
        const data = await ops.ok<{ intakeLeads: { status: string }[] }>(BATCH, { inputs });
        expect(data.intakeLeads.every((l) => l.status === "ROUTED")).toBe(true);
      }
    };
    const singleStream = async () => {
      for (let i = 0; i < 50; i += 1) await ops.ok<IntakeResult>(INTAKE, { input: leadInput(pl) });
    };
    const streams = [
      batchStream,
      batchStream,
      batchStream,
      batchStream,
      ...Array.from({ length: 4 }, () => singleStream),
    ];
    if (realPostgres) await Promise.all(streams.map((stream) => stream()));
    else for (const stream of streams) await stream(); // PGlite serializes (and mixes up) concurrent sessions

    const rows: { dealer_id: string; n: number }[] = await t.dataSource.query(
      `SELECT dealer_id, count(*)::int AS n FROM lead WHERE product_line_id = $1 GROUP BY dealer_id`,
      [pl],
    );
    const got = Object.fromEntries(rows.map((r) => [r.dealer_id, r.n]));
    // No lost update: every pick was made under the rule's lock, so 100 whole cycles land exactly.
    expect(got).toEqual({ [a.id]: 500, [b.id]: 300, [c.id]: 200 });
    for (const [dealer, weight] of [
      [a.id, 5],
      [b.id, 3],
      [c.id, 2],
    ] as const) {
      expect(Math.abs((got[dealer] ?? 0) / 1000 - weight / 10)).toBeLessThanOrEqual(0.02);
    }
    // The round-robin state is back where a whole number of cycles leaves it.
    expect(await currents(rule.id)).toEqual({ [a.id]: 0, [b.id]: 0, [c.id]: 0 });
    // Each lead made its own enterprise for the chosen dealer.
    expect(
      await countBy(
        `SELECT count(*)::int AS n FROM enterprise WHERE product_line_id = $1 AND routed_at IS NOT NULL
           AND routing_rule_id = $2 AND owner_account_id IS NULL AND source = 'HOTLINE'`,
        [pl, rule.id],
      ),
    ).toBe(1000);
  }, 240_000);

  it("skips a disabled dealer: it sits the round out and its state is untouched", async () => {
    const pl = await makeProductLine(t.dataSource);
    const [a, b, c] = [await makeDealer(t.dataSource), await makeDealer(t.dataSource), await makeDealer(t.dataSource)];
    if (!a || !b || !c) throw new Error("dealers");
    const rule = await createRule({
      productLineIds: [pl],
      targets: [a, b, c].map((d) => ({ dealerId: d.id, weight: 1 })),
    });
    await t.dataSource.query(`UPDATE dealer SET status = 'DISABLED' WHERE id = $1`, [b.id]);
    const picked: string[] = [];
    let last: IntakeResult["intakeLead"] | undefined;
    for (let i = 0; i < 4; i += 1) {
      last = (await ops.ok<IntakeResult>(INTAKE, { input: leadInput(pl) })).intakeLead;
      picked.push(last.dealer?.id ?? "none");
    }
    expect(picked.filter((id) => id === a.id)).toHaveLength(2);
    expect(picked.filter((id) => id === c.id)).toHaveLength(2);
    expect(picked).not.toContain(b.id);
    expect((await currents(rule.id))[b.id]).toBe(0);
    const step = (last?.trace.steps as TraceStep[]).find((s) => s.ruleId === rule.id);
    expect(step?.outcome).toBe("MATCHED");
    expect(step?.skippedDealers.map((d) => d.dealerId)).toEqual([b.id]);
    const selection = last?.trace.selection as { total: number; candidates: { dealerId: string }[] };
    expect(selection.total).toBe(2);
    expect(selection.candidates.map((x) => x.dealerId).sort()).toEqual([a.id, c.id].sort());
  });

  it("tries rules by priority: disabled, unmatched and dealer-less rules fall through; reorder changes the winner", async () => {
    const pl = await makeProductLine(t.dataSource);
    const [d1, d2, d3] = [
      await makeDealer(t.dataSource),
      await makeDealer(t.dataSource),
      await makeDealer(t.dataSource),
    ];
    if (!d1 || !d2 || !d3) throw new Error("dealers");
    await t.dataSource.query(`UPDATE dealer SET status = 'DISABLED' WHERE id = $1`, [d2.id]);
    const one = (dealerId: string) => [{ dealerId, weight: 1 }];
    const r1 = await createRule({ name: "停用规则", enabled: false, productLineIds: [pl], targets: one(d1.id) });
    const r2 = await createRule({ name: "上海", regionCodes: ["310000"], productLineIds: [pl], targets: one(d1.id) });
    const r3 = await createRule({ name: "广东", regionCodes: ["440000"], productLineIds: [pl], targets: one(d2.id) });
    const r4 = await createRule({
      name: "官网",
      sources: ["OFFICIAL_SITE"],
      productLineIds: [pl],
      targets: one(d1.id),
    });
    const r5 = await createRule({ name: "兜底", productLineIds: [pl], targets: one(d3.id) });
    const r6 = await createRule({ name: "备用", productLineIds: [pl], targets: one(d1.id) });
    expect(r1.priority).toBeLessThan(r2.priority);

    const routed = (await ops.ok<IntakeResult>(INTAKE, { input: leadInput(pl) })).intakeLead;
    expect(routed.status).toBe("ROUTED");
    expect(routed.dealer?.id).toBe(d3.id);
    const mine = new Set([r1.id, r2.id, r3.id, r4.id, r5.id, r6.id]);
    const steps = (routed.trace.steps as TraceStep[]).filter((s) => mine.has(s.ruleId));
    expect(steps.map((s) => [s.ruleId, s.outcome])).toEqual([
      [r1.id, "DISABLED"],
      [r2.id, "NO_MATCH"],
      [r3.id, "NO_ELIGIBLE_DEALER"],
      [r4.id, "NO_MATCH"],
      [r5.id, "MATCHED"],
    ]);
    expect(steps[1]?.mismatches).toEqual(["REGION"]);
    expect(steps[3]?.mismatches).toEqual(["SOURCE"]);
    expect(routed.trace.ruleId).toBe(r5.id);
    const zh = routed.traceLines.zh.join("\n");
    expect(zh).toContain("规则「停用规则」");
    expect(zh).toContain("已停用，跳过");
    expect(zh).toContain("地区不符");
    expect(zh).toContain("没有可分配的经销商");
    expect(zh).toContain("规则「兜底」");
    expect(routed.traceLines.en.join("\n")).toContain("matched");

    // Reorder: 备用 before 兜底 — now 备用 wins.
    const all = await ops.ok<{ routingRules: { id: string }[] }>(`{ routingRules { id } }`);
    const ids = all.routingRules.map((r) => r.id);
    const i5 = ids.indexOf(r5.id);
    const i6 = ids.indexOf(r6.id);
    ids[i5] = r6.id;
    ids[i6] = r5.id;
    const reordered = await ops.ok<{ reorderRoutingRules: { id: string; priority: number }[] }>(
      `mutation($ids: [ID!]!) { reorderRoutingRules(ids: $ids) { id priority } }`,
      { ids },
    );
    expect(reordered.reorderRoutingRules.map((r) => r.id)).toEqual(ids);
    const after = (await ops.ok<IntakeResult>(INTAKE, { input: leadInput(pl) })).intakeLead;
    expect(after.dealer?.id).toBe(d1.id);
    expect(after.trace.ruleId).toBe(r6.id);
    // A reorder must name every rule once.
    expect(
      await ops.errorCode(`mutation($ids: [ID!]!) { reorderRoutingRules(ids: $ids) { id } }`, { ids: [r1.id] }),
    ).toBe("VALIDATION_FAILED");
  });

  it("stores a lead no rule takes as UNROUTED with its trace, and routes it later", async () => {
    const pl = await makeProductLine(t.dataSource);
    const lost = (await ops.ok<IntakeResult>(INTAKE, { input: leadInput(pl) })).intakeLead;
    expect(lost.status).toBe("UNROUTED");
    expect(lost.dealer).toBeNull();
    expect(lost.enterpriseId).toBeNull();
    expect(lost.traceLines.zh.join("\n")).toContain("线索未分配");
    const unrouted = await ops.ok<{ leads: { edges: { node: { id: string } }[] } }>(LEADS, {
      filter: { status: "UNROUTED" },
      first: 100,
    });
    expect(unrouted.leads.edges.map((e) => e.node.id)).toContain(lost.id);

    const dealer = await makeDealer(t.dataSource);
    await createRule({ productLineIds: [pl], targets: [{ dealerId: dealer.id, weight: 1 }] });
    const rerouted = await ops.ok<{ rerouteLead: { status: string; dealer: { id: string }; enterpriseId: string } }>(
      `mutation($id: ID!) { rerouteLead(id: $id) { status dealer { id } enterpriseId } }`,
      { id: lost.id },
    );
    expect(rerouted.rerouteLead.status).toBe("ROUTED");
    expect(rerouted.rerouteLead.dealer.id).toBe(dealer.id);
    expect(rerouted.rerouteLead.enterpriseId).toBeTruthy();
    expect(await ops.errorCode(`mutation($id: ID!) { rerouteLead(id: $id) { id } }`, { id: lost.id })).toBe(
      "VALIDATION_FAILED",
    );
  });

  it("dry run shows the next pick without changing any state", async () => {
    const pl = await makeProductLine(t.dataSource);
    const [a, b] = [await makeDealer(t.dataSource), await makeDealer(t.dataSource)];
    if (!a || !b) throw new Error("dealers");
    const rule = await createRule({
      productLineIds: [pl],
      targets: [
        { dealerId: a.id, weight: 2 },
        { dealerId: b.id, weight: 1 },
      ],
    });
    await ops.ok(INTAKE, { input: leadInput(pl) });
    const held = await makeEnterpriseRow(t.dataSource, { dealerId: b.id, domain: uniqueDomain("held") });
    const heldDomain: { main_domain: string }[] = await t.dataSource.query(
      `SELECT main_domain FROM enterprise WHERE id = $1`,
      [held],
    );

    const state = async () => ({
      currents: await currents(rule.id),
      leads: await countBy(`SELECT count(*)::int AS n FROM lead WHERE product_line_id = $1`, [pl]),
      enterprises: await countBy(`SELECT count(*)::int AS n FROM enterprise WHERE dealer_id = ANY($1)`, [[a.id, b.id]]),
      audit: await t.dataSource.getRepository(AuditLogEntity).count(),
    });
    const before = await state();
    type Dry = {
      routingDryRun: {
        outcome: string;
        rule: { id: string };
        dealer: { id: string };
        existingEnterpriseId: string | null;
        trace: Record<string, unknown>;
        traceLines: { zh: string[] };
      };
    };
    const dry = await ops.ok<Dry>(DRY_RUN, {
      input: {
        source: "HOTLINE",
        regionCode: "440300",
        productLineId: pl,
        domain: `WWW.${heldDomain[0]?.main_domain}`,
      },
    });
    const dry2 = await ops.ok<Dry>(DRY_RUN, { input: { source: "HOTLINE", productLineId: pl } });
    expect(await state()).toEqual(before);
    expect(dry.routingDryRun.outcome).toBe("ROUTED");
    expect(dry.routingDryRun.rule.id).toBe(rule.id);
    expect(dry.routingDryRun.trace.dryRun).toBe(true);
    expect(dry2.routingDryRun.dealer.id).toBe(dry.routingDryRun.dealer.id);
    // After one pick of a (2/1), the next pick is b — which already holds that domain.
    expect(dry.routingDryRun.dealer.id).toBe(b.id);
    expect(dry.routingDryRun.existingEnterpriseId).toBe(held);
    expect(dry.routingDryRun.traceLines.zh.join("\n")).toContain("试算");

    const real = (await ops.ok<IntakeResult>(INTAKE, { input: leadInput(pl) })).intakeLead;
    expect(real.dealer?.id).toBe(dry.routingDryRun.dealer.id);

    const nowhere = await ops.ok<Dry>(DRY_RUN, {
      input: { source: "HOTLINE", productLineId: await makeProductLine(t.dataSource) },
    });
    expect(nowhere.routingDryRun.outcome).toBe("UNROUTED");
    expect(nowhere.routingDryRun.dealer).toBeNull();
  });

  it("joins the dealer's existing enterprise for a domain it already holds instead of failing", async () => {
    const pl = await makeProductLine(t.dataSource);
    const dealer = await makeDealer(t.dataSource);
    const domain = uniqueDomain("attach");
    const existing = await makeEnterpriseRow(t.dataSource, { dealerId: dealer.id, domain, name: "老客户" });
    await createRule({ productLineIds: [pl], targets: [{ dealerId: dealer.id, weight: 1 }] });

    const first = (
      await ops.ok<IntakeResult>(INTAKE, {
        input: leadInput(pl, { domain: `https://WWW.${domain.toUpperCase()}/about` }),
      })
    ).intakeLead;
    const second = (
      await ops.ok<IntakeResult>(INTAKE, { input: leadInput(pl, { domain: `sales@${domain}`, contactName: "李四" }) })
    ).intakeLead;
    for (const lead of [first, second]) {
      expect(lead.status).toBe("ROUTED");
      expect(lead.enterpriseId).toBe(existing);
      expect(lead.domain).toBe(domain);
    }
    expect(await countBy(`SELECT count(*)::int AS n FROM enterprise WHERE dealer_id = $1`, [dealer.id])).toBe(1);
    const [row] = await t.dataSource.query<
      { routed_at: Date | null; routing_trace: { attachedToExisting: boolean; leadId: string }; name: string }[]
    >(`SELECT routed_at, routing_trace, name FROM enterprise WHERE id = $1`, [existing]);
    expect(row?.routed_at).not.toBeNull();
    expect(row?.routing_trace.attachedToExisting).toBe(true);
    expect(row?.routing_trace.leadId).toBe(second.id);
    expect(row?.name).toBe("老客户");
    expect(first.traceLines.zh.join("\n")).toContain("线索归入已有企业");
    expect(
      await countBy(`SELECT count(*)::int AS n FROM enterprise_contact WHERE enterprise_id = $1`, [existing]),
    ).toBe(2);
  });

  it("shows the dealer its leads with its own view of the trace, never another dealer's", async () => {
    const pl = await makeProductLine(t.dataSource);
    const team = await makeDealerTeam(t.dataSource);
    const rival = await makeDealer(t.dataSource, "竞争对手经销商");
    await createRule({
      productLineIds: [pl],
      targets: [
        { dealerId: team.dealer.id, weight: 1000 },
        { dealerId: rival.id, weight: 1 },
      ],
    });
    const lead = (await ops.ok<IntakeResult>(INTAKE, { input: leadInput(pl, { remark: "客户想要 50 个邮箱" }) }))
      .intakeLead;
    expect(lead.dealer?.id).toBe(team.dealer.id);

    type Leads = {
      leads: {
        totalCount: number;
        edges: {
          node: {
            id: string;
            rule: { id: string } | null;
            trace: Record<string, unknown> | null;
            traceLines: { zh: string[] } | null;
          };
        }[];
      };
    };
    const admin = await t.client().login(team.admin.loginName, TEST_PASSWORD);
    const seen = await admin.ok<Leads>(LEADS, { first: 50 });
    const node = seen.leads.edges.find((e) => e.node.id === lead.id)?.node;
    expect(node).toBeDefined();
    expect(node?.rule).toBeNull();
    expect(JSON.stringify(node?.trace)).not.toContain("竞争对手经销商");
    expect(JSON.stringify(node?.trace)).not.toContain(rival.id);
    expect(node?.trace).toMatchObject({ weight: 1000, total: 1001, candidateCount: 2, attachedToExisting: false });
    expect(node?.traceLines?.zh.join("\n")).toContain("本经销商权重 1000");
    // …and the enterprise carries the same dealer view.
    const [ent] = await t.dataSource.query<{ routing_trace: Record<string, unknown>; notes: string }[]>(
      `SELECT routing_trace, notes FROM enterprise WHERE id = $1`,
      [lead.enterpriseId],
    );
    expect(JSON.stringify(ent?.routing_trace)).not.toContain("竞争对手经销商");
    expect(ent?.notes).toBe("客户想要 50 个邮箱");

    // Staff below the manager see it only once it is theirs; another dealer never.
    const staff = await t.client().login(team.a.loginName, TEST_PASSWORD);
    const before = await staff.ok<Leads>(LEADS, { first: 50 });
    expect(before.leads.edges.map((e) => e.node.id)).not.toContain(lead.id);
    await t.dataSource.query(`UPDATE enterprise SET owner_account_id = $2 WHERE id = $1`, [
      lead.enterpriseId,
      team.a.id,
    ]);
    const mineNow = await staff.ok<Leads>(LEADS, { first: 50 });
    expect(mineNow.leads.edges.map((e) => e.node.id)).toContain(lead.id);
    const manager = await t.client().login(team.manager.loginName, TEST_PASSWORD);
    expect((await manager.ok<Leads>(LEADS, { first: 50 })).leads.edges.map((e) => e.node.id)).toContain(lead.id);
    const other = await makeDealerTeam(t.dataSource);
    const stranger = await t.client().login(other.admin.loginName, TEST_PASSWORD);
    expect((await stranger.ok<Leads>(LEADS, { first: 50 })).leads.totalCount).toBe(0);
    expect(await stranger.errorCode(`query($id: ID!) { lead(id: $id) { id } }`, { id: lead.id })).toBe("NOT_FOUND");

    // Vendor staff read the full trace, with every candidate.
    const full = await ops.ok<{
      lead: { trace: { selection: { candidates: { dealerName: string }[] } }; rule: { id: string } };
    }>(`query($id: ID!) { lead(id: $id) { trace rule { id } } }`, { id: lead.id });
    expect(full.lead.trace.selection.candidates.map((c) => c.dealerName)).toContain("竞争对手经销商");
    expect(full.lead.rule.id).toBeTruthy();
  });

  it("refuses bad input with coded errors and changes nothing", async () => {
    const pl = await makeProductLine(t.dataSource);
    const dealer = await makeDealer(t.dataSource);
    const rules = async () =>
      (await ops.ok<{ routingRules: unknown[] }>(`{ routingRules { id } }`)).routingRules.length;
    const leads = () => countBy(`SELECT count(*)::int AS n FROM lead WHERE product_line_id = $1`, [pl]);
    const rulesBefore = await rules();
    const target = [{ dealerId: dealer.id, weight: 1 }];

    expect(
      await ops.errorCode(CREATE_RULE, {
        input: { name: "x", productLineIds: [pl], targets: [{ dealerId: dealer.id, weight: 0 }] },
      }),
    ).toBe("VALIDATION_FAILED");
    expect(
      await ops.errorCode(CREATE_RULE, {
        input: { name: "x", productLineIds: [pl], targets: [{ dealerId: dealer.id, weight: 1001 }] },
      }),
    ).toBe("VALIDATION_FAILED");
    const unknownDealer = await ops.request(CREATE_RULE, {
      input: {
        name: "x",
        productLineIds: [pl],
        targets: [{ dealerId: "00000000-0000-4000-8000-000000000000", weight: 1 }],
      },
    });
    expect(unknownDealer.errors?.[0]?.extensions?.code).toBe("VALIDATION_FAILED");
    expect(unknownDealer.errors?.[0]?.extensions?.details).toMatchObject({ field: "targets" });
    expect(
      await ops.errorCode(CREATE_RULE, {
        input: { name: "x", regionCodes: ["999999"], productLineIds: [pl], targets: target },
      }),
    ).toBe("VALIDATION_FAILED");
    expect(await ops.errorCode(CREATE_RULE, { input: { name: "x", productLineIds: [pl], targets: [] } })).toBe(
      "VALIDATION_FAILED",
    );
    expect(await rules()).toBe(rulesBefore);

    await createRule({ productLineIds: [pl], targets: target });
    const badDomain = await ops.request(INTAKE, { input: leadInput(pl, { domain: "not a domain" }) });
    expect(badDomain.errors?.[0]?.extensions?.code).toBe("INVALID_DOMAIN");
    expect(await ops.errorCode(INTAKE, { input: leadInput(pl, { domain: "com.cn" }) })).toBe("INVALID_DOMAIN");
    expect(await ops.errorCode(INTAKE, { input: leadInput(pl, { regionCode: "123456" }) })).toBe("VALIDATION_FAILED");
    expect(await ops.errorCode(INTAKE, { input: leadInput(pl, { source: "CAMPAIGN" }) })).toBe("VALIDATION_FAILED");
    expect(await ops.errorCode(INTAKE, { input: leadInput(pl, { contactMobile: null }) })).toBe("VALIDATION_FAILED");
    expect(await ops.errorCode(DRY_RUN, { input: { source: "HOTLINE", regionCode: "000000" } })).toBe(
      "VALIDATION_FAILED",
    );
    // A batch with one bad row writes nothing, and names the row.
    const batch = await ops.request(BATCH, {
      inputs: [leadInput(pl), leadInput(pl), leadInput(pl), leadInput(pl, { domain: "http://" })],
    });
    expect(batch.errors?.[0]?.extensions?.code).toBe("INVALID_DOMAIN");
    expect(batch.errors?.[0]?.extensions?.details).toMatchObject({ index: 3 });
    expect(await leads()).toBe(0);
    const tooMany = Array.from({ length: 501 }, () => leadInput(pl));
    expect(await ops.errorCode(BATCH, { inputs: tooMany })).toBe("VALIDATION_FAILED");
    expect(await leads()).toBe(0);

    // Who may: dealers and other vendor roles are refused.
    const team = await makeDealerTeam(t.dataSource);
    const admin = await t.client().login(team.admin.loginName, TEST_PASSWORD);
    expect(await admin.errorCode(INTAKE, { input: leadInput(pl) })).toBe("FORBIDDEN");
    expect(await admin.errorCode(`{ routingRules { id } }`)).toBe("FORBIDDEN");
    const cm = await makeVendorStaff(t.dataSource, ["CHANNEL_MANAGER"]);
    const cmClient = await t.client().login(cm.loginName, TEST_PASSWORD);
    expect(await cmClient.errorCode(CREATE_RULE, { input: { name: "x", targets: target } })).toBe("FORBIDDEN");
    expect(await leads()).toBe(0);
  });

  it("offers campaign sign-ups an internal intake: straight to the campaign's dealer, or through the rules", async () => {
    const pl = await makeProductLine(t.dataSource);
    const campaignDealer = await makeDealer(t.dataSource);
    const routedDealer = await makeDealer(t.dataSource);
    await createRule({
      productLineIds: [pl],
      sources: ["CAMPAIGN"],
      targets: [{ dealerId: routedDealer.id, weight: 1 }],
    });
    const base = {
      companyName: "活动报名企业",
      contactName: "王五",
      contactMobile: "13700137000",
      source: "CAMPAIGN" as const,
    };
    const [direct, routed] = await t.dataSource.transaction(async (m) => [
      await t.app.services.lead.intakeLead(
        m,
        {
          ...base,
          domain: uniqueDomain("c"),
          productLineId: pl,
          assignToDealerId: campaignDealer.id,
          channelCode: "poster",
        },
        null,
      ),
      await t.app.services.lead.intakeLead(m, { ...base, domain: uniqueDomain("c"), productLineId: pl }, null),
    ]);
    expect(direct).toMatchObject({
      status: "ROUTED",
      dealerId: campaignDealer.id,
      ruleId: null,
      channelCode: "poster",
    });
    expect(direct.trace).toMatchObject({ mode: "DIRECT", dealerId: campaignDealer.id });
    expect(routed).toMatchObject({ status: "ROUTED", dealerId: routedDealer.id });
    const sources: { source: string }[] = await t.dataSource.query(`SELECT source FROM enterprise WHERE id = ANY($1)`, [
      [direct.enterpriseId, routed.enterpriseId],
    ]);
    expect(sources.map((r) => r.source)).toEqual(["CAMPAIGN", "CAMPAIGN"]);
  });

  it("audits rule changes and lead intake", async () => {
    const pl = await makeProductLine(t.dataSource);
    const dealer = await makeDealer(t.dataSource);
    const rule = await createRule({ productLineIds: [pl], targets: [{ dealerId: dealer.id, weight: 7 }] });
    await ops.ok(`mutation($id: ID!) { setRoutingRuleEnabled(id: $id, enabled: false) { enabled } }`, { id: rule.id });
    await ops.ok(`mutation($id: ID!, $input: RoutingRuleInput!) { updateRoutingRule(id: $id, input: $input) { id } }`, {
      id: rule.id,
      input: { name: "改名", productLineIds: [pl], targets: [{ dealerId: dealer.id, weight: 9 }] },
    });
    const lead = (await ops.ok<IntakeResult>(INTAKE, { input: leadInput(pl) })).intakeLead;
    expect(lead.dealer?.id).toBe(dealer.id);
    await ops.ok(`mutation($id: ID!) { deleteRoutingRule(id: $id) }`, { id: rule.id });
    const entries = await t.dataSource
      .getRepository(AuditLogEntity)
      .find({ where: [{ entityId: rule.id }, { entityId: lead.id }] });
    expect(entries.map((e) => e.action).sort()).toEqual(
      [
        "lead.intake",
        "routing-rule.create",
        "routing-rule.delete",
        "routing-rule.disable",
        "routing-rule.update",
      ].sort(),
    );
    const intake = entries.find((e) => e.action === "lead.intake");
    expect(intake?.dealerId).toBe(dealer.id);
    expect(intake?.after).toMatchObject({ status: "ROUTED", dealerId: dealer.id });
    // The lead keeps its history when the rule is gone.
    const [row] = await t.dataSource.query<
      {
        rule_id: string | null;
        traced: string;
      }[]
    >(`SELECT rule_id, trace->>'ruleId' AS traced FROM lead WHERE id = $1`, [lead.id]);
    expect(row?.rule_id).toBeNull();
    expect(row?.traced).toBe(rule.id);
  });
});
