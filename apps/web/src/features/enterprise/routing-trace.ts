import type { Lang } from "@/shared/i18n/lang";

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * The human-readable lines of an enterprise's routing trace (甩单说明) in the console's language.
 * The API stores the dealer's view of the trace with `lines: { zh: string[], en: string[] }`;
 * anything else (older or foreign shapes) gives null and the console says there is none.
 */
export function routingTraceLines(trace: unknown, lang: Lang): string[] | null {
  if (!isRecord(trace) || !isRecord(trace.lines)) return null;
  const pick = (key: Lang): string[] | null => {
    const lines = isRecord(trace.lines) ? trace.lines[key] : undefined;
    return Array.isArray(lines) && lines.every((l) => typeof l === "string") && lines.length > 0 ? lines : null;
  };
  return pick(lang) ?? pick(lang === "zh" ? "en" : "zh");
}
