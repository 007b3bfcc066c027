import { ENTERPRISE_SOURCES, LEAD_SOURCES, type LeadSource as LeadSourceCode } from "@crm/domain";
import { registerEnumType } from "type-graphql";

/** Where a lead came from: 客服电话, 企业邮官网, 推广平台 (the domain's list, one place). */
export const LeadSource = Object.fromEntries(LEAD_SOURCES.map((code) => [code, code])) as {
  [K in LeadSourceCode]: K;
};
export type LeadSource = LeadSourceCode;

/** ROUTED: a dealer was chosen; UNROUTED: no rule with an eligible dealer matched. */
export const LeadStatus = { ROUTED: "ROUTED", UNROUTED: "UNROUTED" } as const;
export type LeadStatus = keyof typeof LeadStatus;

registerEnumType(LeadSource, {
  name: "LeadSource",
  description: "线索来源",
  valuesConfig: Object.fromEntries(
    LEAD_SOURCES.map((code) => [code, { description: ENTERPRISE_SOURCES.find((s) => s.code === code)?.zh ?? code }]),
  ),
});
registerEnumType(LeadStatus, {
  name: "LeadStatus",
  description: "ROUTED 已分配 / UNROUTED 未分配 (no rule with an eligible dealer matched)",
});
