import { NOTICE_TYPES, type NoticeType as NoticeTypeCode } from "@crm/domain";
import { registerEnumType } from "type-graphql";

/** 消息类型: the domain's list, so the codes exist in one place only. */
export const NoticeType = Object.fromEntries(NOTICE_TYPES.map((t) => [t.code, t.code])) as {
  [K in NoticeTypeCode]: K;
};
export type NoticeType = NoticeTypeCode;

/** Who a notice is for (not exposed: the API shows each viewer only its own inbox). */
export type NoticeAudience = "DEALER_ADMINS" | "ACCOUNT" | "DEALERS";

/** What the vendor's mail platform reports about a customer's domain. */
export const DomainEventKind = {
  VERIFICATION_REQUESTED: "VERIFICATION_REQUESTED",
  VERIFIED: "VERIFIED",
} as const;
export type DomainEventKind = keyof typeof DomainEventKind;

registerEnumType(NoticeType, {
  name: "NoticeType",
  description: "消息类型",
  valuesConfig: Object.fromEntries(NOTICE_TYPES.map((t) => [t.code, { description: t.zh }])),
});
registerEnumType(DomainEventKind, {
  name: "DomainEventKind",
  description: "域名事件: VERIFICATION_REQUESTED 客户申请认证 / VERIFIED 认证成功",
});
