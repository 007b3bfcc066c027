import {
  ENTERPRISE_SCALES,
  ENTERPRISE_SOURCES,
  ENTERPRISE_STATUSES,
  FOLLOW_UP_CHANNELS,
  INDUSTRIES,
  type EnterpriseScale as EnterpriseScaleCode,
  type EnterpriseSource as EnterpriseSourceCode,
  type EnterpriseStatus as EnterpriseStatusCode,
  type FollowUpChannel as FollowUpChannelCode,
  type Industry as IndustryCode,
} from "@crm/domain";
import { registerEnumType } from "type-graphql";

/** GraphQL enums of enterprises, built from the domain's vocabularies (codes live in one place). */
function enumOf<T extends string>(codes: readonly { code: T }[]): { [K in T]: K } {
  return Object.fromEntries(codes.map((c) => [c.code, c.code])) as { [K in T]: K };
}

function labels(codes: readonly { code: string; zh: string; en: string }[]) {
  return Object.fromEntries(codes.map((c) => [c.code, { description: `${c.zh} / ${c.en}` }]));
}

export const EnterpriseSource = enumOf<EnterpriseSourceCode>(ENTERPRISE_SOURCES);
export type EnterpriseSource = EnterpriseSourceCode;
export const EnterpriseScale = enumOf<EnterpriseScaleCode>(ENTERPRISE_SCALES);
export type EnterpriseScale = EnterpriseScaleCode;
export const EnterpriseStatus = enumOf<EnterpriseStatusCode>(ENTERPRISE_STATUSES);
export type EnterpriseStatus = EnterpriseStatusCode;
export const Industry = enumOf<IndustryCode>(INDUSTRIES);
export type Industry = IndustryCode;
export const FollowUpChannel = enumOf<FollowUpChannelCode>(FOLLOW_UP_CHANNELS);
export type FollowUpChannel = FollowUpChannelCode;

/** The sort keys the enterprise lists accept (an allow-list: nothing else reaches ORDER BY). */
export const EnterpriseSort = {
  CREATED_AT: "CREATED_AT",
  UPDATED_AT: "UPDATED_AT",
  NAME: "NAME",
  LAST_FOLLOW_UP_AT: "LAST_FOLLOW_UP_AT",
  ROUTED_AT: "ROUTED_AT",
  NEXT_PAID_EXPIRES_AT: "NEXT_PAID_EXPIRES_AT",
  TRIAL_EXPIRED_AT: "TRIAL_EXPIRED_AT",
} as const;
export type EnterpriseSort = keyof typeof EnterpriseSort;

/** How a tag filter with several tags matches. */
export const TagMatch = { ANY: "ANY", ALL: "ALL" } as const;
export type TagMatch = keyof typeof TagMatch;

registerEnumType(EnterpriseSource, {
  name: "EnterpriseSource",
  description: "登记来源",
  valuesConfig: labels(ENTERPRISE_SOURCES),
});
registerEnumType(EnterpriseScale, {
  name: "EnterpriseScale",
  description: "规模 (headcount band)",
  valuesConfig: labels(ENTERPRISE_SCALES),
});
registerEnumType(EnterpriseStatus, {
  name: "EnterpriseStatus",
  description: "客户状态",
  valuesConfig: labels(ENTERPRISE_STATUSES),
});
registerEnumType(Industry, { name: "Industry", description: "行业", valuesConfig: labels(INDUSTRIES) });
registerEnumType(FollowUpChannel, {
  name: "FollowUpChannel",
  description: "跟进方式",
  valuesConfig: labels(FOLLOW_UP_CHANNELS),
});
registerEnumType(EnterpriseSort, {
  name: "EnterpriseSort",
  description: "Sort keys of the enterprise lists; rows without a value (e.g. never followed up) come last",
  valuesConfig: {
    CREATED_AT: { description: "创建时间 (default, with direction DESC)" },
    UPDATED_AT: { description: "更新时间" },
    NAME: { description: "企业名称" },
    LAST_FOLLOW_UP_AT: { description: "最近跟进" },
    ROUTED_AT: { description: "甩单时间" },
    NEXT_PAID_EXPIRES_AT: { description: "正式服务最近到期时间 (企业待续费)" },
    TRIAL_EXPIRED_AT: { description: "试用到期时间 (试用过期企业)" },
  },
});
registerEnumType(TagMatch, {
  name: "TagMatch",
  description: "ANY: an enterprise with at least one of the tags; ALL: with every one of them",
});
