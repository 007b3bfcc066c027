/**
 * The routing trace (甩单轨迹) of a lead: which rules were considered and why each was
 * skipped, which rule matched, the smooth weighted round-robin values and why the dealer was
 * picked — as structured data and as human-readable lines in Chinese and English.
 *
 * Two views are built from one decision:
 * - the full trace, for vendor staff (it names every candidate dealer and its weight);
 * - the dealer's view, for the dealer the lead went to: the rule, its own weight against the
 *   total, and the outcome — never another dealer's name or weight.
 */
import { ENTERPRISE_SOURCES } from "./enterprise-vocabulary";
import { regionName } from "./regions";
import type { RoutingMismatch } from "./routing-match";
import type { SwrrRound } from "./smooth-weighted-round-robin";

export type RoutingStepOutcome = "DISABLED" | "NO_MATCH" | "NO_ELIGIBLE_DEALER" | "MATCHED";

export interface RoutingTraceStep {
  ruleId: string;
  ruleName: string;
  priority: number;
  outcome: RoutingStepOutcome;
  mismatches: RoutingMismatch[];
  /** The rule's conditions as they were when considered. */
  regionCodes: string[];
  productLineIds: string[];
  sources: string[];
  /** Target dealers left out of the round (not ACTIVE). */
  skippedDealers: { dealerId: string; dealerName: string; status: string }[];
}

export interface RoutingTraceCandidate {
  dealerId: string;
  dealerName: string;
  weight: number;
  before: number;
  raised: number;
  after: number;
}

export interface RoutingTraceSelection {
  algorithm: "SMOOTH_WEIGHTED_ROUND_ROBIN";
  total: number;
  tie: boolean;
  candidates: RoutingTraceCandidate[];
  pickedDealerId: string;
}

export interface RoutingTraceLines {
  zh: string[];
  en: string[];
}

export interface DealerRoutingTrace {
  version: 1;
  at: string;
  leadId: string | null;
  source: string;
  /** ROUTED by a rule, or DIRECT (a campaign lead goes to the campaign's dealer). */
  mode: "ROUTED" | "DIRECT";
  ruleName: string | null;
  weight: number | null;
  total: number | null;
  candidateCount: number | null;
  attachedToExisting: boolean;
  lines: RoutingTraceLines;
}

export interface RoutingTrace {
  version: 1;
  at: string;
  dryRun: boolean;
  leadId: string | null;
  lead: {
    source: string;
    regionCode: string | null;
    productLineId: string | null;
    domain: string | null;
  };
  outcome: "ROUTED" | "UNROUTED";
  mode: "RULES" | "DIRECT";
  steps: RoutingTraceStep[];
  ruleId: string | null;
  ruleName: string | null;
  dealerId: string | null;
  dealerName: string | null;
  selection: RoutingTraceSelection | null;
  enterprise: { id: string | null; attachedToExisting: boolean; domain: string | null } | null;
  lines: RoutingTraceLines;
  /** What the chosen dealer sees; null when unrouted. */
  dealerView: DealerRoutingTrace | null;
}

/** Names for the ids a trace mentions (looked up by the caller). */
export interface RoutingTraceNames {
  productLine(id: string): string | undefined;
}

export interface RoutingTraceInput {
  at: Date;
  dryRun: boolean;
  leadId: string | null;
  lead: RoutingTrace["lead"];
  steps: RoutingTraceStep[];
  /** The matched step's selection, with dealer names; null when no rule matched. */
  round: (SwrrRound & { names: ReadonlyMap<string, string> }) | null;
  /** A campaign lead assigned straight to the campaign's dealer (no rules consulted). */
  direct: { dealerId: string; dealerName: string } | null;
  enterprise: { id: string | null; attachedToExisting: boolean; domain: string | null } | null;
  names: RoutingTraceNames;
}

function sourceLabel(code: string): { zh: string; en: string } {
  const found = ENTERPRISE_SOURCES.find((s) => s.code === code);
  return found ? { zh: found.zh, en: found.en } : { zh: code, en: code };
}

function regionLabel(code: string | null): { zh: string; en: string } {
  if (code === null) return { zh: "未填写", en: "none" };
  const name = regionName(code) ?? code;
  return { zh: name, en: `${name} (${code})` };
}

function listLabel(items: { zh: string; en: string }[]): { zh: string; en: string } {
  if (items.length === 0) return { zh: "不限", en: "any" };
  return { zh: items.map((i) => i.zh).join("、"), en: items.map((i) => i.en).join(", ") };
}

function ruleLabel(step: { ruleName: string; priority: number }): { zh: string; en: string } {
  return {
    zh: `规则「${step.ruleName}」（优先级 ${step.priority}）`,
    en: `Rule "${step.ruleName}" (priority ${step.priority})`,
  };
}

function mismatchText(
  mismatch: RoutingMismatch,
  step: RoutingTraceStep,
  lead: RoutingTrace["lead"],
  names: RoutingTraceNames,
): { zh: string; en: string } {
  const productLine = (id: string | null) => {
    if (id === null) return { zh: "未填写", en: "none" };
    const name = names.productLine(id) ?? id;
    return { zh: name, en: name };
  };
  switch (mismatch) {
    case "REGION": {
      const lead_ = regionLabel(lead.regionCode);
      const rule = listLabel(step.regionCodes.map((c) => regionLabel(c)));
      return {
        zh: `地区不符（线索：${lead_.zh}；规则：${rule.zh}）`,
        en: `region does not match (lead: ${lead_.en}; rule: ${rule.en})`,
      };
    }
    case "PRODUCT_LINE": {
      const lead_ = productLine(lead.productLineId);
      const rule = listLabel(step.productLineIds.map((id) => productLine(id)));
      return {
        zh: `产品线不符（线索：${lead_.zh}；规则：${rule.zh}）`,
        en: `product line does not match (lead: ${lead_.en}; rule: ${rule.en})`,
      };
    }
    case "SOURCE": {
      const lead_ = sourceLabel(lead.source);
      const rule = listLabel(step.sources.map((s) => sourceLabel(s)));
      return {
        zh: `来源不符（线索：${lead_.zh}；规则：${rule.zh}）`,
        en: `source does not match (lead: ${lead_.en}; rule: ${rule.en})`,
      };
    }
  }
}

function stepLines(
  step: RoutingTraceStep,
  lead: RoutingTrace["lead"],
  names: RoutingTraceNames,
): { zh: string; en: string } {
  const label = ruleLabel(step);
  switch (step.outcome) {
    case "DISABLED":
      return { zh: `${label.zh}：已停用，跳过`, en: `${label.en}: disabled, skipped` };
    case "NO_MATCH": {
      const reasons = step.mismatches.map((m) => mismatchText(m, step, lead, names));
      return {
        zh: `${label.zh}：${reasons.map((r) => r.zh).join("；")}，跳过`,
        en: `${label.en}: ${reasons.map((r) => r.en).join("; ")}, skipped`,
      };
    }
    case "NO_ELIGIBLE_DEALER": {
      const skipped = step.skippedDealers.map((d) => d.dealerName);
      return skipped.length > 0
        ? {
            zh: `${label.zh}：条件符合，但没有可分配的经销商（${skipped.join("、")} 已停用），跳过`,
            en: `${label.en}: conditions match, but no dealer can take leads (${skipped.join(", ")} disabled), skipped`,
          }
        : {
            zh: `${label.zh}：条件符合，但没有指定经销商，跳过`,
            en: `${label.en}: conditions match, but it names no dealer, skipped`,
          };
    }
    case "MATCHED": {
      const regions = listLabel(step.regionCodes.map((c) => regionLabel(c)));
      const lines = listLabel(
        step.productLineIds.map((id) => {
          const name = names.productLine(id) ?? id;
          return { zh: name, en: name };
        }),
      );
      const sources = listLabel(step.sources.map((s) => sourceLabel(s)));
      return {
        zh: `${label.zh}：条件符合（地区：${regions.zh}；产品线：${lines.zh}；来源：${sources.zh}），命中`,
        en: `${label.en}: conditions match (regions: ${regions.en}; product lines: ${lines.en}; sources: ${sources.en}), matched`,
      };
    }
  }
}

function signed(n: number): string {
  return n < 0 ? `− ${-n}` : `+ ${n}`;
}

/** Builds the full trace (with its dealer view) from one routing decision. */
export function buildRoutingTrace(input: RoutingTraceInput): RoutingTrace {
  const zh: string[] = [];
  const en: string[] = [];
  const source = sourceLabel(input.lead.source);
  const region = regionLabel(input.lead.regionCode);
  const productLine =
    input.lead.productLineId === null
      ? { zh: "未填写", en: "none" }
      : (() => {
          const name = input.names.productLine(input.lead.productLineId) ?? input.lead.productLineId;
          return { zh: name, en: name };
        })();
  zh.push(
    `${input.dryRun ? "试算" : "线索"}：来源 ${source.zh}，地区 ${region.zh}，产品线 ${productLine.zh}` +
      (input.lead.domain ? `，域名 ${input.lead.domain}` : ""),
  );
  en.push(
    `${input.dryRun ? "Dry run" : "Lead"}: source ${source.en}, region ${region.en}, product line ${productLine.en}` +
      (input.lead.domain ? `, domain ${input.lead.domain}` : ""),
  );

  let dealerId: string | null = null;
  let dealerName: string | null = null;
  let selection: RoutingTraceSelection | null = null;
  const matched = input.steps.find((s) => s.outcome === "MATCHED") ?? null;

  if (input.direct) {
    dealerId = input.direct.dealerId;
    dealerName = input.direct.dealerName;
    zh.push(`推广活动线索：不经甩单规则，直接分配给活动所属经销商「${dealerName}」`);
    en.push(`Campaign lead: assigned to the campaign's dealer "${dealerName}" without routing rules`);
  } else {
    if (input.steps.length === 0) {
      zh.push("没有甩单规则");
      en.push("There are no routing rules");
    }
    for (const step of input.steps) {
      const line = stepLines(step, input.lead, input.names);
      zh.push(line.zh);
      en.push(line.en);
    }
    if (matched && input.round) {
      const round = input.round;
      const nameOf = (id: string) => round.names.get(id) ?? id;
      selection = {
        algorithm: "SMOOTH_WEIGHTED_ROUND_ROBIN",
        total: round.total,
        tie: round.tie,
        pickedDealerId: round.pickedId,
        candidates: round.candidates.map((c) => ({
          dealerId: c.id,
          dealerName: nameOf(c.id),
          weight: c.weight,
          before: c.before,
          raised: c.raised,
          after: c.after,
        })),
      };
      dealerId = round.pickedId;
      dealerName = nameOf(round.pickedId);
      const picked = selection.candidates.find((c) => c.dealerId === round.pickedId);
      const peak = picked?.raised ?? 0;
      zh.push(
        `平滑加权轮询：各候选经销商当前值加上权重——` +
          selection.candidates
            .map((c) => `「${c.dealerName}」权重 ${c.weight}，${c.before} ${signed(c.weight)} = ${c.raised}`)
            .join("；") +
          `；总权重 ${selection.total}`,
      );
      en.push(
        `Smooth weighted round-robin: each candidate's current value plus its weight — ` +
          selection.candidates
            .map((c) => `"${c.dealerName}" weight ${c.weight}, ${c.before} ${signed(c.weight)} = ${c.raised}`)
            .join("; ") +
          `; total weight ${selection.total}`,
      );
      zh.push(
        `「${dealerName}」的当前值最大（${peak}）` +
          (round.tie ? "，与其他经销商并列，按经销商编号取最小者" : "") +
          `，选中；其当前值减去总权重：${peak} − ${selection.total} = ${peak - selection.total}`,
      );
      en.push(
        `"${dealerName}" has the highest current value (${peak})` +
          (round.tie ? ", tied with another dealer and first by dealer id" : "") +
          `, so it is picked; its current value drops by the total weight: ${peak} − ${selection.total} = ${peak - selection.total}`,
      );
    }
  }

  const routed = dealerId !== null;
  if (routed && input.enterprise) {
    const domain = input.enterprise.domain ?? input.lead.domain ?? "";
    if (input.enterprise.attachedToExisting) {
      zh.push(`分配给经销商「${dealerName}」；该经销商已有域名 ${domain} 的企业，线索归入已有企业`);
      en.push(`Assigned to dealer "${dealerName}"; it already holds ${domain}, so the lead joins that enterprise`);
    } else {
      zh.push(`分配给经销商「${dealerName}」，${input.dryRun ? "将" : "已"}为其新建企业（域名 ${domain}）`);
      en.push(
        `Assigned to dealer "${dealerName}"; a new enterprise ${input.dryRun ? "would be" : "was"} created (${domain})`,
      );
    }
  } else if (routed) {
    zh.push(`分配给经销商「${dealerName}」`);
    en.push(`Assigned to dealer "${dealerName}"`);
  } else {
    zh.push("没有匹配的规则或可分配的经销商：线索未分配，留待运营处理");
    en.push("No rule with an eligible dealer matched: the lead stays unrouted for operations to handle");
  }

  const at = input.at.toISOString();
  const trace: RoutingTrace = {
    version: 1,
    at,
    dryRun: input.dryRun,
    leadId: input.leadId,
    lead: input.lead,
    outcome: routed ? "ROUTED" : "UNROUTED",
    mode: input.direct ? "DIRECT" : "RULES",
    steps: input.steps,
    ruleId: matched?.ruleId ?? null,
    ruleName: matched?.ruleName ?? null,
    dealerId,
    dealerName,
    selection,
    enterprise: routed ? input.enterprise : null,
    lines: { zh, en },
    dealerView: null,
  };
  trace.dealerView = routed ? buildDealerView(trace) : null;
  return trace;
}

/** The part of a trace the chosen dealer may read: no other dealer's name or weight. */
function buildDealerView(trace: RoutingTrace): DealerRoutingTrace {
  const zh: string[] = [];
  const en: string[] = [];
  const source = sourceLabel(trace.lead.source);
  const own = trace.selection?.candidates.find((c) => c.dealerId === trace.dealerId) ?? null;
  if (trace.mode === "DIRECT") {
    zh.push(`推广活动线索（来源：${source.zh}），直接分配给本经销商`);
    en.push(`Campaign lead (source: ${source.en}) assigned directly to your dealer`);
  } else {
    zh.push(`线索来源：${source.zh}；由甩单规则「${trace.ruleName ?? ""}」分配`);
    en.push(`Lead source: ${source.en}; routed by the rule "${trace.ruleName ?? ""}"`);
    if (own && trace.selection) {
      const count = trace.selection.candidates.length;
      zh.push(
        `按平滑加权轮询分配：本经销商权重 ${own.weight}，本轮共 ${count} 家经销商参与、总权重 ${trace.selection.total}，` +
          `本经销商的当前值最大（${own.raised}），因此选中本经销商`,
      );
      en.push(
        `Smooth weighted round-robin: your weight is ${own.weight} of a total ${trace.selection.total} over ${count} ` +
          `dealer(s); your current value was the highest (${own.raised}), so the lead went to you`,
      );
    }
  }
  const attached = trace.enterprise?.attachedToExisting ?? false;
  const domain = trace.enterprise?.domain ?? trace.lead.domain ?? "";
  if (attached) {
    zh.push(`本经销商已有域名 ${domain} 的企业，线索归入该企业`);
    en.push(`Your dealer already holds ${domain}: the lead joins that enterprise`);
  } else {
    zh.push(`为本经销商新建企业（域名 ${domain}）`);
    en.push(`A new enterprise was created for your dealer (${domain})`);
  }
  return {
    version: 1,
    at: trace.at,
    leadId: trace.leadId,
    source: trace.lead.source,
    mode: trace.mode === "DIRECT" ? "DIRECT" : "ROUTED",
    ruleName: trace.ruleName,
    weight: own?.weight ?? null,
    total: trace.selection?.total ?? null,
    candidateCount: trace.selection?.candidates.length ?? null,
    attachedToExisting: attached,
    lines: { zh, en },
  };
}
