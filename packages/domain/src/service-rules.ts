/**
 * 已开通服务 (SPEC §6): a service's status comes from time alone — it runs until its expiry.
 * Pure functions, shared by the API (filters, fields) and the console (labels).
 */

export const SERVICE_STATUSES = [
  { code: "ACTIVE", zh: "服务中", en: "Active" },
  { code: "EXPIRED", zh: "已到期", en: "Expired" },
] as const;
export type ServiceStatus = (typeof SERVICE_STATUSES)[number]["code"];

export const SERVICE_KINDS = [
  { code: "TRIAL", zh: "试用", en: "Trial" },
  { code: "PAID", zh: "正式", en: "Paid" },
] as const;
export type ServiceKindCode = (typeof SERVICE_KINDS)[number]["code"];

/** The widest "expiring within N days" window a list may ask for. */
export const SERVICE_EXPIRING_MAX_DAYS = 365;

const DAY_MS = 24 * 60 * 60 * 1000;

/** ACTIVE until the expiry instant (exclusive), EXPIRED from then on. */
export function serviceStatus(expiresAt: Date, now: Date): ServiceStatus {
  return expiresAt.getTime() > now.getTime() ? "ACTIVE" : "EXPIRED";
}

/** Whole days left, rounded up (a service ending in 30 hours has 2 days left); 0 once expired. */
export function serviceDaysLeft(expiresAt: Date, now: Date): number {
  return Math.max(0, Math.ceil((expiresAt.getTime() - now.getTime()) / DAY_MS));
}

/** The end of an "expiring within N days" window starting now (N whole days, 1–365). */
export function expiringWindowEnd(now: Date, days: number): Date {
  return new Date(now.getTime() + days * DAY_MS);
}

export function isValidExpiringWindow(days: number): boolean {
  return Number.isInteger(days) && days >= 1 && days <= SERVICE_EXPIRING_MAX_DAYS;
}
