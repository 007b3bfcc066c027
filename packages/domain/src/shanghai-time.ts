/**
 * Calendar days and clock times in Asia/Shanghai (UTC+8 all year: no daylight saving time),
 * the one time zone in which the business counts days (SPEC: "calendar days are Asia/Shanghai").
 */
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

function shifted(at: Date): string {
  return new Date(at.getTime() + SHANGHAI_OFFSET_MS).toISOString();
}

/** "2026-12-03": the Asia/Shanghai calendar day of an instant. */
export function shanghaiDate(at: Date): string {
  return shifted(at).slice(0, 10);
}

/** "2026-12-03 09:30" in Asia/Shanghai; "" for no time. */
export function shanghaiDateTime(at: Date | null): string {
  if (!at) return "";
  return shifted(at).slice(0, 16).replace("T", " ");
}

/** "20261203": the Asia/Shanghai day of an instant, for file names. */
export function shanghaiDateStamp(at: Date): string {
  return shanghaiDate(at).replace(/-/g, "");
}
