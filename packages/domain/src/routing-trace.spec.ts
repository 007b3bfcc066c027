import { buildRoutingTrace, type RoutingTraceStep } from "./routing-trace";
import { smoothWeightedRoundRobin } from "./smooth-weighted-round-robin";

const names = { productLine: (id: string) => ({ "pl-mail": "企业邮箱" })[id] };
const lead = { source: "HOTLINE", regionCode: "440300", productLineId: "pl-mail", domain: "example.com" };

function step(overrides: Partial<RoutingTraceStep>): RoutingTraceStep {
  return {
    ruleId: "r1",
    ruleName: "华南",
    priority: 1,
    outcome: "MATCHED",
    mismatches: [],
    regionCodes: [],
    productLineIds: [],
    sources: [],
    skippedDealers: [],
    ...overrides,
  };
}

describe("routing trace", () => {
  const round = smoothWeightedRoundRobin([
    { id: "d-a", weight: 5, current: 0 },
    { id: "d-b", weight: 3, current: 0 },
  ]);
  if (!round) throw new Error("no round");
  const dealerNames = new Map([
    ["d-a", "甲经销商"],
    ["d-b", "乙经销商"],
  ]);

  it("explains skipped rules, the match and the pick in both languages", () => {
    const trace = buildRoutingTrace({
      at: new Date("2025-01-02T03:04:05Z"),
      dryRun: false,
      leadId: "lead-1",
      lead,
      steps: [
        step({ ruleId: "r0", ruleName: "停用规则", priority: 1, outcome: "DISABLED" }),
        step({
          ruleId: "r1",
          ruleName: "华东",
          priority: 2,
          outcome: "NO_MATCH",
          mismatches: ["REGION"],
          regionCodes: ["310000"],
        }),
        step({
          ruleId: "r2",
          ruleName: "全国",
          priority: 3,
          outcome: "NO_ELIGIBLE_DEALER",
          skippedDealers: [{ dealerId: "d-x", dealerName: "丙经销商", status: "DISABLED" }],
        }),
        step({ ruleId: "r3", ruleName: "华南", priority: 4, productLineIds: ["pl-mail"] }),
      ],
      round: { ...round, names: dealerNames },
      direct: null,
      enterprise: { id: "e-1", attachedToExisting: false, domain: "example.com" },
      names,
    });
    expect(trace.outcome).toBe("ROUTED");
    expect(trace.ruleId).toBe("r3");
    expect(trace.dealerId).toBe("d-a");
    expect(trace.selection?.candidates).toEqual([
      { dealerId: "d-a", dealerName: "甲经销商", weight: 5, before: 0, raised: 5, after: -3 },
      { dealerId: "d-b", dealerName: "乙经销商", weight: 3, before: 0, raised: 3, after: 3 },
    ]);
    const zh = trace.lines.zh.join("\n");
    expect(zh).toContain("规则「停用规则」（优先级 1）：已停用，跳过");
    expect(zh).toContain("地区不符（线索：广东省 深圳市；规则：上海市）");
    expect(zh).toContain("丙经销商 已停用");
    expect(zh).toContain("产品线：企业邮箱");
    expect(zh).toContain("「甲经销商」的当前值最大（5）");
    expect(zh).toContain("5 − 8 = -3");
    const en = trace.lines.en.join("\n");
    expect(en).toContain('Rule "停用规则" (priority 1): disabled, skipped');
    expect(en).toContain('"甲经销商" has the highest current value (5)');
    expect(trace.lines.zh).toHaveLength(trace.lines.en.length);
  });

  it("gives the dealer a view without other dealers' names or weights", () => {
    const trace = buildRoutingTrace({
      at: new Date(),
      dryRun: false,
      leadId: "lead-2",
      lead,
      steps: [step({})],
      round: { ...round, names: dealerNames },
      direct: null,
      enterprise: { id: "e-2", attachedToExisting: true, domain: "example.com" },
      names,
    });
    const view = trace.dealerView;
    expect(view).toMatchObject({ ruleName: "华南", weight: 5, total: 8, candidateCount: 2, attachedToExisting: true });
    expect(JSON.stringify(view)).not.toContain("乙经销商");
    expect(JSON.stringify(view)).not.toContain("d-b");
    expect(view?.lines.zh.join("\n")).toContain("线索归入该企业");
  });

  it("says so when nothing matched, and has no dealer view", () => {
    const trace = buildRoutingTrace({
      at: new Date(),
      dryRun: true,
      leadId: null,
      lead: { ...lead, domain: null },
      steps: [],
      round: null,
      direct: null,
      enterprise: null,
      names,
    });
    expect(trace.outcome).toBe("UNROUTED");
    expect(trace.dealerView).toBeNull();
    expect(trace.lines.zh.join("\n")).toContain("线索未分配");
    expect(trace.lines.en.join("\n")).toContain("unrouted");
  });

  it("records a campaign lead that goes straight to the campaign's dealer", () => {
    const trace = buildRoutingTrace({
      at: new Date(),
      dryRun: false,
      leadId: "lead-3",
      lead: { ...lead, source: "CAMPAIGN" },
      steps: [],
      round: null,
      direct: { dealerId: "d-b", dealerName: "乙经销商" },
      enterprise: { id: "e-3", attachedToExisting: false, domain: "example.com" },
      names,
    });
    expect(trace).toMatchObject({ outcome: "ROUTED", mode: "DIRECT", dealerId: "d-b", ruleId: null });
    expect(trace.dealerView?.mode).toBe("DIRECT");
  });
});
