/**
 * Orders (SPEC §6): types, trial limits, pricing and the confirmation rules. Pure and exact:
 * money is integer 分, computed with BigInt and rounded half up once, at the end.
 */

export const ORDER_TYPES = [
  { code: "TRIAL", zh: "试用", en: "Trial" },
  { code: "NEW", zh: "新开通", en: "New" },
  { code: "EXPANSION", zh: "扩容", en: "Expansion" },
  { code: "RENEWAL", zh: "续费", en: "Renewal" },
  { code: "TRIAL_CONVERT", zh: "试用转正", en: "Trial to paid" },
  { code: "TRIAL_EXTEND", zh: "试用延期", en: "Trial extension" },
] as const;
export type OrderType = (typeof ORDER_TYPES)[number]["code"];

export const ORDER_STATUSES = [
  { code: "PENDING_CONFIRMATION", zh: "待确认", en: "Pending confirmation" },
  { code: "PENDING_PAYMENT", zh: "待扣款", en: "Pending payment" },
  { code: "PAID", zh: "已扣款", en: "Paid" },
  { code: "CLOSED", zh: "已关闭", en: "Closed" },
  { code: "REJECTED", zh: "已驳回", en: "Rejected" },
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number]["code"];

/** A first trial lasts at most this many days. */
export const FIRST_TRIAL_MAX_DAYS = 7;
/** Trial time per (domain, product line), across all dealers, adds up to at most this. */
export const CUMULATIVE_TRIAL_MAX_DAYS = 30;
/** Longest paid term one order may buy. */
export const ORDER_MAX_MONTHS = 120;
export const ORDER_MAX_SEATS = 100_000;

/** Orders that cost nothing and open or extend a trial at once. */
export function isTrialOrder(type: OrderType): boolean {
  return type === "TRIAL" || type === "TRIAL_EXTEND";
}

/** Discount as basis points of the list price: 10000 = no discount, 8500 = 85% of list (8.5 折). */
export const FULL_PRICE_BP = 10_000;

/** a × b / c rounded half up, exact for any size (all inputs non-negative integers). */
function mulDivRound(a: bigint, b: bigint, c: bigint): bigint {
  return (a * b * 2n + c) / (2n * c);
}

export interface PriceInput {
  type: OrderType;
  /** 公开价格: 分 per seat per month. */
  listPrice: number;
  /** The dealer's discount for the product line, basis points of list. */
  rateBp: number;
  seats: number;
  /** Paid months (new, renewal, trial → paid). */
  months: number;
  /** Expansion: days from today to the service's expiry (the remaining term). */
  remainingDays?: number;
}

export interface PriceQuote {
  /** 原价 at list price, 分. */
  listAmount: number;
  /** 结算价 after the dealer's discount, 分. */
  settlementAmount: number;
}

/**
 * The price of an order. Gift months are free. Trials cost nothing.
 *
 * - new / renewal / trial → paid: list = listPrice × seats × months.
 * - expansion (扩容) adds seats for the rest of the current term, pro rata by day:
 *   list = listPrice × seats × 12 × remainingDays / 365, rounded half up to the 分.
 * - settlement = list × rateBp / 10000, rounded half up to the 分 (from the exact list amount).
 */
export function quoteOrder(input: PriceInput): PriceQuote {
  if (isTrialOrder(input.type)) return { listAmount: 0, settlementAmount: 0 };
  const price = BigInt(input.listPrice);
  const seats = BigInt(input.seats);
  let numerator: bigint;
  let denominator: bigint;
  if (input.type === "EXPANSION") {
    numerator = price * seats * 12n * BigInt(Math.max(0, input.remainingDays ?? 0));
    denominator = 365n;
  } else {
    numerator = price * seats * BigInt(input.months);
    denominator = 1n;
  }
  const listAmount = mulDivRound(numerator, 1n, denominator);
  const settlementAmount = mulDivRound(numerator, BigInt(input.rateBp), denominator * BigInt(FULL_PRICE_BP));
  return { listAmount: Number(listAmount), settlementAmount: Number(settlementAmount) };
}

/** The gift rule: at most `maxGift` free months per `perPaidMonths` paid months (whole blocks only). */
export function allowedGiftMonths(paidMonths: number, rule: { perPaidMonths: number; maxGift: number }): number {
  if (rule.perPaidMonths <= 0) return 0;
  return Math.floor(paidMonths / rule.perPaidMonths) * rule.maxGift;
}

export type ConfirmationReason = "SPECIAL_EDITION" | "DUPLICATE_EDITION" | "GIFT_EXCEEDS_RULE";

export const CONFIRMATION_REASONS: Record<ConfirmationReason, { zh: string; en: string }> = {
  SPECIAL_EDITION: {
    zh: "特殊版本（如 O365）需厂商确认",
    en: "A special edition (e.g. O365) needs vendor confirmation",
  },
  DUPLICATE_EDITION: {
    zh: "该企业将同时拥有两个相同版本的服务",
    en: "The enterprise would hold two services of the same edition",
  },
  GIFT_EXCEEDS_RULE: { zh: "赠送时长超出产品线赠送规则", en: "The gift duration exceeds the product line's gift rule" },
};

/**
 * SPEC §6: an order waits for vendor confirmation (待确认) when any of the three rules holds.
 * Returns the reasons in a stable order; none → straight to 待扣款.
 */
export function confirmationReasons(input: {
  specialEdition: boolean;
  enterpriseHoldsSameEdition: boolean;
  giftMonths: number;
  allowedGiftMonths: number;
}): ConfirmationReason[] {
  const reasons: ConfirmationReason[] = [];
  if (input.specialEdition) reasons.push("SPECIAL_EDITION");
  if (input.enterpriseHoldsSameEdition) reasons.push("DUPLICATE_EDITION");
  if (input.giftMonths > input.allowedGiftMonths) reasons.push("GIFT_EXCEEDS_RULE");
  return reasons;
}

/** Adds calendar months in Asia/Shanghai (UTC+8, no DST): 01-31 + 1 month → the month's last day. */
export function addShanghaiMonths(at: Date, months: number): Date {
  const offset = 8 * 3_600_000;
  const local = new Date(at.getTime() + offset);
  const day = local.getUTCDate();
  const target = new Date(local.getTime());
  target.setUTCDate(1);
  target.setUTCMonth(target.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return new Date(target.getTime() - offset);
}

/** Whole days from `from` to `to`, rounded up (the remaining term of a service for expansion). */
export function remainingDays(from: Date, to: Date): number {
  return Math.max(0, Math.ceil((to.getTime() - from.getTime()) / 86_400_000));
}

/** Formats 分 as yuan with two decimals: 123456 → "1,234.56". */
export function formatFen(fen: number): string {
  const negative = fen < 0;
  const abs = Math.abs(fen);
  const yuan = Math.floor(abs / 100).toLocaleString("en-US");
  const cents = String(abs % 100).padStart(2, "0");
  return `${negative ? "-" : ""}${yuan}.${cents}`;
}
