import { registrationEndingBy } from "./registration-rules";

/**
 * The dashboards' windows and who gets which panel (首页). Pure: the API computes the numbers,
 * the console draws them; both read the periods from here so labels and queries agree.
 */
const DAY_MS = 86_400_000;
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

/** 即将到期的报备: locks ending within this many days count as "ending soon". */
export const REGISTRATION_ENDING_SOON_DAYS = 7;
/** The dealer funnel and the platform's per-product-line figures cover this many days. */
export const DASHBOARD_PERIOD_DAYS = 90;

/** The instant the Asia/Shanghai calendar day `days - 1` days before `now` began (the window includes today). */
export function shanghaiDayStartBefore(now: Date, days: number): Date {
  const today = new Date(now.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
  return new Date(Date.parse(`${today}T00:00:00+08:00`) - (days - 1) * DAY_MS);
}

/** The instant the current Asia/Shanghai calendar month began. */
export function shanghaiMonthStart(now: Date): Date {
  const month = new Date(now.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 7);
  return new Date(Date.parse(`${month}-01T00:00:00+08:00`));
}

export interface DashboardWindows {
  now: Date;
  /** Registrations ending in (now, endingSoonUntil] are "ending soon". */
  endingSoonUntil: Date;
  /** Start of the 90-day period (Asia/Shanghai days, today included). */
  periodStart: Date;
  /** Start of this Asia/Shanghai month (finance's top-ups). */
  monthStart: Date;
}

export function dashboardWindows(now: Date): DashboardWindows {
  return {
    now,
    endingSoonUntil: registrationEndingBy(now, REGISTRATION_ENDING_SOON_DAYS),
    periodStart: shanghaiDayStartBefore(now, DASHBOARD_PERIOD_DAYS),
    monthStart: shanghaiMonthStart(now),
  };
}

/**
 * A routed lead (甩单) still needs a first contact when nobody followed it up since it was routed
 * to the dealer (a follow-up from before a re-routing doesn't count).
 */
export function needsFirstFollowUp(lead: { routedAt: Date | null; lastFollowUpAt: Date | null }): boolean {
  if (!lead.routedAt) return false;
  return lead.lastFollowUpAt === null || lead.lastFollowUpAt.getTime() < lead.routedAt.getTime();
}

/** The vendor panels of 首页, in the order they show; a member of several roles sees several. */
export const VENDOR_PANELS = ["CHANNEL_MANAGER", "SALES_DIRECTOR", "FINANCE", "OPERATIONS", "PLATFORM_ADMIN"] as const;
export type VendorPanel = (typeof VENDOR_PANELS)[number];

export function vendorPanelsFor(roles: Iterable<string>): VendorPanel[] {
  const held = new Set(roles);
  return VENDOR_PANELS.filter((panel) => held.has(panel));
}
