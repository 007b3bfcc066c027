/**
 * The catalogue (SPEC §1, §6): product lines, editions (版本) with their 公开价格, value-added
 * services (增值服务) and the gift rule. Pure checks shared by the API (which enforces them) and
 * the console (which explains them before submitting). The database repeats the hard limits.
 */

/** Edition, addon and product-line codes: what partner systems and exports use. Same as the database's check. */
export const CATALOG_CODE_PATTERN = /^[A-Z0-9_]{1,40}$/;
export const CATALOG_NAME_MAX = 60;
export const ADDON_DESCRIPTION_MAX = 500;
/** Display order within a list, 0–9999. */
export const CATALOG_SORT_MAX = 9999;
/** The highest list price accepted: ¥1,000,000.00 per seat per month, in 分. */
export const LIST_PRICE_MAX_FEN = 100_000_000;
/** A gift rule's block of paid months: 1–120 (an order buys at most 120 months). */
export const GIFT_PER_PAID_MONTHS_MAX = 120;

export interface GiftRule {
  /** At most `maxGiftMonths` free months per this many paid months (whole blocks). */
  perPaidMonths: number;
  maxGiftMonths: number;
}

export type CatalogProblem =
  | "CODE_FORMAT"
  | "NAME_LENGTH"
  | "DESCRIPTION_LENGTH"
  | "SORT_RANGE"
  | "PRICE_RANGE"
  | "GIFT_BLOCK_RANGE"
  | "GIFT_EXCEEDS_PAID";

/** The code as stored (trimmed, upper case), or null when it breaks the pattern. */
export function normalizeCatalogCode(raw: string): string | null {
  const code = raw.trim().toUpperCase();
  return CATALOG_CODE_PATTERN.test(code) ? code : null;
}

/** The name as stored (trimmed), or null when empty or longer than 60 characters. */
export function normalizeCatalogName(raw: string): string | null {
  const name = raw.trim();
  return name.length >= 1 && [...name].length <= CATALOG_NAME_MAX ? name : null;
}

export function isValidSortOrder(value: number): boolean {
  return Number.isInteger(value) && value >= 0 && value <= CATALOG_SORT_MAX;
}

/** A list price: whole 分, 0 (free editions exist, e.g. 校园邮 basic) up to the maximum. */
export function isValidListPrice(fen: number): boolean {
  return Number.isSafeInteger(fen) && fen >= 0 && fen <= LIST_PRICE_MAX_FEN;
}

/**
 * A gift rule's problem, or null: the block is 1–120 paid months and the gift is 0 up to the
 * block itself (more free months than paid ones is a typo, not a rule).
 */
export function giftRuleProblem(rule: GiftRule): CatalogProblem | null {
  const { perPaidMonths, maxGiftMonths } = rule;
  if (!Number.isInteger(perPaidMonths) || perPaidMonths < 1 || perPaidMonths > GIFT_PER_PAID_MONTHS_MAX) {
    return "GIFT_BLOCK_RANGE";
  }
  if (!Number.isInteger(maxGiftMonths) || maxGiftMonths < 0 || maxGiftMonths > perPaidMonths) {
    return "GIFT_EXCEEDS_PAID";
  }
  return null;
}

/** The gift rule as people say it: "每付费 12 个月最多赠送 2 个月". */
export function describeGiftRule(rule: GiftRule): { zh: string; en: string } {
  if (rule.maxGiftMonths === 0) return { zh: "不赠送", en: "No free months" };
  return {
    zh: `每付费 ${rule.perPaidMonths} 个月最多赠送 ${rule.maxGiftMonths} 个月`,
    en: `Up to ${rule.maxGiftMonths} free month${rule.maxGiftMonths === 1 ? "" : "s"} per ${rule.perPaidMonths} paid`,
  };
}
