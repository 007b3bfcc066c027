import type { Lang } from "./i18n/lang";

const SHANGHAI = "Asia/Shanghai";

/** English dates as year-month-day (2026-12-05), never 05/12/2026, which reads two ways. */
const EN_DATES = "en-CA";

/**
 * Timestamps are shown in the business calendar's zone (Asia/Shanghai), the same in both languages;
 * to the minute, or to the second where that matters (e.g. a log of calls).
 */
export function formatDateTime(
  iso: string | null | undefined,
  lang: Lang,
  options: { seconds?: boolean } = {},
): string {
  if (!iso) return "—";
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return "—";
  return new Intl.DateTimeFormat(lang === "zh" ? "zh-CN" : EN_DATES, {
    timeZone: SHANGHAI,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    ...(options.seconds ? { second: "2-digit" as const } : {}),
    hour12: false,
  }).format(date);
}

export function formatDate(iso: string | null | undefined, lang: Lang): string {
  if (!iso) return "—";
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return "—";
  return new Intl.DateTimeFormat(lang === "zh" ? "zh-CN" : EN_DATES, {
    timeZone: SHANGHAI,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(date);
}

/**
 * Now as Asia/Shanghai wall-clock time, as a plain "YYYY-MM-DDTHH:mm:ss" string: date-time
 * pickers show and take business time whatever the browser's own zone.
 */
export function shanghaiWallClock(at: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone: SHANGHAI,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hourCycle: "h23",
  }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "00";
  return `${get("year")}-${get("month")}-${get("day")}T${get("hour")}:${get("minute")}:${get("second")}`;
}

/** An Asia/Shanghai wall-clock "YYYY-MM-DDTHH:mm:ss" as an ISO instant (China has no DST). */
export function shanghaiWallClockToIso(wallClock: string): string {
  return new Date(`${wallClock}+08:00`).toISOString();
}
