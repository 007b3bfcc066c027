import {
  CAMPAIGN_FORM_FIELDS,
  CAMPAIGN_REVIEW_STATUSES,
  type CampaignFormField as CampaignFormFieldCode,
  type CampaignReviewStatus as CampaignReviewStatusCode,
} from "@crm/domain";
import { registerEnumType } from "type-graphql";

export const CampaignReviewStatus = Object.fromEntries(CAMPAIGN_REVIEW_STATUSES.map((s) => [s.code, s.code])) as {
  [K in CampaignReviewStatusCode]: K;
};
export type CampaignReviewStatus = CampaignReviewStatusCode;

export const CampaignFormField = Object.fromEntries(CAMPAIGN_FORM_FIELDS.map((f) => [f.code, f.code])) as {
  [K in CampaignFormFieldCode]: K;
};
export type CampaignFormField = CampaignFormFieldCode;

export const CampaignLiveness = {
  LIVE: "LIVE",
  NOT_STARTED: "NOT_STARTED",
  ENDED: "ENDED",
  UNAVAILABLE: "UNAVAILABLE",
} as const;
export type CampaignLiveness = keyof typeof CampaignLiveness;

export const ReviewDecision = { APPROVE: "APPROVE", REJECT: "REJECT" } as const;
export type ReviewDecision = keyof typeof ReviewDecision;

registerEnumType(CampaignReviewStatus, {
  name: "CampaignReviewStatus",
  description: "审核状态: PENDING 处理中 / APPROVED 已通过 / REJECTED 未通过",
});
registerEnumType(CampaignFormField, {
  name: "CampaignFormField",
  description: "登记表单字段 (COMPANY, CONTACT, MOBILE and DOMAIN are always asked)",
});
registerEnumType(CampaignLiveness, {
  name: "CampaignLiveness",
  description: "Whether the H5 page is live now (approved, enabled, within validity)",
});
registerEnumType(ReviewDecision, { name: "CampaignReviewDecision" });
