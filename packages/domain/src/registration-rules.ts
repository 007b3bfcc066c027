/**
 * 报备 (deal registration) rules of SPEC §5: the 90-day lock, quota arithmetic and status.
 * Pure functions; the API enforces the same limits under a row lock, the database the exclusivity.
 */

export const REGISTRATION_LOCK_DAYS = 90;

/** Reminders go to the holder this many days before a lock ends (SPEC §5, issue 4). */
export const REGISTRATION_REMINDER_DAYS = [7, 1] as const;

const DAY_MS = 24 * 60 * 60 * 1000;

/** A lock taken at `startsAt` ends 90 days later, to the millisecond (Asia/Shanghai has no DST). */
export function registrationExpiresAt(startsAt: Date): Date {
  return new Date(startsAt.getTime() + REGISTRATION_LOCK_DAYS * DAY_MS);
}

/** 报备列表's 即将到期 filter takes windows of 1 to this many days (a lock lasts 90). */
export const REGISTRATION_ENDING_WITHIN_MAX_DAYS = 90;

/**
 * Active locks ending in (now, registrationEndingBy(now, days)] end "within `days` days": whole
 * 24-hour days from this instant, the same for 首页's 报备即将到期 card and the filtered list.
 */
export function registrationEndingBy(now: Date, days: number): Date {
  return new Date(now.getTime() + days * DAY_MS);
}

export function isRegistrationEndingWithinDays(days: number): boolean {
  return Number.isInteger(days) && days >= 1 && days <= REGISTRATION_ENDING_WITHIN_MAX_DAYS;
}

export type RegistrationStatus = "ACTIVE" | "EXPIRED" | "UNLOCKED" | "CONVERTED";
export type RegistrationEndReason = "UNLOCKED" | "CONVERTED";

export function registrationStatus(
  row: { expiresAt: Date; endReason: RegistrationEndReason | null },
  now: Date,
): RegistrationStatus {
  if (row.endReason) return row.endReason;
  return row.expiresAt.getTime() > now.getTime() ? "ACTIVE" : "EXPIRED";
}

/** Whole days left, rounded up (a lock ending in 30 hours has 2 days left); 0 once ended. */
export function registrationDaysLeft(expiresAt: Date, now: Date): number {
  return Math.max(0, Math.ceil((expiresAt.getTime() - now.getTime()) / DAY_MS));
}

export type QuotaLimit = "ACCOUNT" | "DEALER";

export interface QuotaUsage {
  /** The dealer's maximum for the product line (0 when the channel manager set none). */
  dealerMax: number;
  /** Active registrations of the whole dealer for the product line. */
  dealerUsed: number;
  /** The employee's maximum; null when the product line is not enabled for the employee. */
  accountMax: number | null;
  /** Active registrations held by the employee for the product line. */
  accountUsed: number;
}

export type QuotaVerdict = { ok: true } | { ok: false; limit: QuotaLimit; max: number; used: number };

/**
 * May one more registration be taken? First come, first served: the employee's own maximum
 * and the dealer's maximum both bind, so employees' maxima may add up to more than the dealer's.
 * Worked example (SPEC §5): dealer 10; A 10, B 6; A holds 6 → B gets 4, the 5th names DEALER.
 */
export function quotaVerdict(usage: QuotaUsage): QuotaVerdict {
  const accountMax = usage.accountMax ?? 0;
  if (usage.accountUsed >= accountMax) {
    return { ok: false, limit: "ACCOUNT", max: accountMax, used: usage.accountUsed };
  }
  if (usage.dealerUsed >= usage.dealerMax) {
    return { ok: false, limit: "DEALER", max: usage.dealerMax, used: usage.dealerUsed };
  }
  return { ok: true };
}

/** How many more the employee can register now. */
export function quotaAvailable(usage: QuotaUsage): number {
  const own = (usage.accountMax ?? 0) - usage.accountUsed;
  const dealer = usage.dealerMax - usage.dealerUsed;
  return Math.max(0, Math.min(own, dealer));
}

/** The refusal's wording, naming the limit that was hit. */
export function quotaExceededMessage(verdict: Extract<QuotaVerdict, { ok: false }>): { zh: string; en: string } {
  if (verdict.limit === "ACCOUNT" && verdict.max === 0) {
    return {
      zh: "报备名额不足：该产品线尚未给您分配报备名额，请联系管理员",
      en: "Registration quota exceeded: this product line has no quota allocated to you; ask your administrator",
    };
  }
  if (verdict.limit === "ACCOUNT") {
    return {
      zh: `报备名额不足：您的个人名额已用完（${verdict.used}/${verdict.max}）`,
      en: `Registration quota exceeded: your own quota is used up (${verdict.used}/${verdict.max})`,
    };
  }
  return {
    zh: `报备名额不足：本经销商的名额已用完（${verdict.used}/${verdict.max}）`,
    en: `Registration quota exceeded: your dealer's quota is used up (${verdict.used}/${verdict.max})`,
  };
}

/** Largest maximum a channel manager or dealer admin may set (a sanity bound, not a business rule). */
export const QUOTA_MAX_LIMIT = 100_000;

/** Only 基本权限(含报备权) carries deal registration (SPEC §2, §5). */
export function mayRegisterDeals(permissions: readonly string[]): boolean {
  return permissions.includes("BASIC_REGISTER");
}
