import { CONFIRMATION_REASONS, ORDER_STATUSES, ORDER_TYPES, formatFen } from "@crm/domain";
import type { ConfirmationReason, OrderStatus, OrderType } from "@/gql/graphql";
import { pickLabel, type Lang } from "@/shared/i18n/lang";
import type { orderMessages } from "./order.messages";

type Texts = (typeof orderMessages)["zh"];

/** 试用 / 新开通 / 扩容 / 续费 / 试用转正 / 试用延期 (the domain holds the wording). */
export const ORDER_TYPE_CODES: readonly OrderType[] = ORDER_TYPES.map((t) => t.code);
export const ORDER_STATUS_CODES: readonly OrderStatus[] = ORDER_STATUSES.map((s) => s.code);

export function orderTypeLabel(lang: Lang, type: OrderType): string {
  const entry = ORDER_TYPES.find((t) => t.code === type);
  return entry ? pickLabel(lang, entry) : type;
}

export function orderStatusLabel(lang: Lang, status: OrderStatus): string {
  const entry = ORDER_STATUSES.find((s) => s.code === status);
  return entry ? pickLabel(lang, entry) : status;
}

/** The colour of a status tag: what needs someone stands out, what is over stays quiet. */
export function orderStatusColor(status: OrderStatus): string {
  switch (status) {
    case "PENDING_CONFIRMATION":
      return "orange";
    case "PENDING_PAYMENT":
      return "blue";
    case "PAID":
      return "green";
    case "REJECTED":
      return "red";
    case "CLOSED":
      return "default";
  }
}

export function orderTypeColor(type: OrderType): string {
  switch (type) {
    case "TRIAL":
    case "TRIAL_EXTEND":
      return "cyan";
    case "NEW":
    case "TRIAL_CONVERT":
      return "geekblue";
    case "EXPANSION":
      return "purple";
    case "RENEWAL":
      return "gold";
  }
}

/** 特殊版本 / 重复版本 / 赠送超出规则, as a sentence each. */
export function confirmationReasonLabel(lang: Lang, reason: ConfirmationReason): string {
  return pickLabel(lang, CONFIRMATION_REASONS[reason]);
}

export function confirmationReasonsText(lang: Lang, reasons: readonly ConfirmationReason[]): string {
  return reasons.map((r) => confirmationReasonLabel(lang, r)).join(lang === "zh" ? "；" : "; ");
}

/** ¥1,234.56, or "—" when the viewer may not see the amount (the API sends null). */
export function formatMoney(fen: number | null | undefined): string {
  if (fen === null || fen === undefined) return "—";
  return `¥${formatFen(fen)}`;
}

/** Orders that cost nothing and start or extend a trial. */
export function isTrialType(type: OrderType): boolean {
  return type === "TRIAL" || type === "TRIAL_EXTEND";
}

/** 时长 without the free months: trial days, paid months, or "to expiry" for an expansion. */
export function orderTermText(t: Texts, order: { type: OrderType; months: number; trialDays: number }): string {
  if (isTrialType(order.type)) return t.days(order.trialDays);
  if (order.type === "EXPANSION") return t.toExpiry;
  return t.months(order.months);
}
