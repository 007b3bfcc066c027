/**
 * Pure input rules of enterprises (SPEC §3), shared by the API (authoritative) and the console
 * (inline hints): field limits, contact checks, tag colours and the search text kept on every row.
 */
import { toUnicodeDomain } from "./domain-name";

export const ENTERPRISE_NAME_MAX = 200;
export const ENTERPRISE_NOTES_MAX = 2000;
export const ENTERPRISE_SECONDARY_DOMAINS_MAX = 20;
export const ENTERPRISE_CONTACTS_MAX = 50;
export const CONTACT_NAME_MAX = 50;
export const CONTACT_TITLE_MAX = 50;
export const EMAIL_MAX = 254;
export const TAG_NAME_MAX = 20;
export const FOLLOW_UP_CONTENT_MAX = 2000;
export const FOLLOW_UP_NEXT_STEP_MAX = 500;
/** 企业待续费: "expiring within N days", N in 1…365. */
export const RENEWAL_WINDOW_MAX_DAYS = 365;

/** A practical e-mail check (one "@", a dotted domain, no spaces); the domain part is not resolved. */
const EMAIL_PATTERN = /^[^\s@"<>()[\],;:]+@[^\s@"<>()[\],;:]+\.[^\s@"<>()[\],;:]+$/u;

export function isValidEmail(raw: string): boolean {
  const email = raw.trim();
  return email.length <= EMAIL_MAX && EMAIL_PATTERN.test(email);
}

/** The tag colours the console offers: Ant Design's preset colours, or any #rrggbb. */
export const TAG_PRESET_COLORS = [
  "magenta",
  "red",
  "volcano",
  "orange",
  "gold",
  "lime",
  "green",
  "cyan",
  "blue",
  "geekblue",
  "purple",
] as const;

export function isValidTagColor(color: string): boolean {
  return (TAG_PRESET_COLORS as readonly string[]).includes(color) || /^#[0-9a-f]{6}$/i.test(color);
}

/**
 * What `enterprise.search_text` holds: the name and every domain in ASCII and, for IDNs, in
 * Unicode too, so a substring of any of them finds the row (trigram index, ILIKE '%…%').
 */
export function enterpriseSearchText(name: string, domains: readonly string[]): string {
  const parts = [name.trim()];
  for (const domain of domains) {
    parts.push(domain);
    const unicode = toUnicodeDomain(domain);
    if (unicode !== domain) parts.push(unicode);
  }
  return [...new Set(parts)].join(" ");
}

/**
 * The two-character non-ASCII search (a Chinese 字号 such as "方永") that a trigram index cannot
 * narrow, returned as the bigram to look up in enterprise.search_bigrams; null for anything else
 * (longer text uses the trigram index, ASCII pairs match too much to be worth an index).
 */
export function searchBigram(needle: string): string | null {
  const chars = [...needle];
  return chars.length === 2 && chars.every((c) => (c.codePointAt(0) ?? 0) > 0x7f) ? needle : null;
}

/** Escapes LIKE wildcards (% _ and the escape character itself) for a substring search. */
export function escapeLikePattern(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
