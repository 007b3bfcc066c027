import { accountStatusLabel, accountTypeLabel, permissionLabel, vendorRoleLabel } from "@/shared/domain-labels";
import { formatDateTime } from "@/shared/format";
import type { Lang } from "@/shared/i18n/lang";

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | null {
  return typeof value === "string" && value.trim() !== "" ? value : null;
}

/**
 * Snapshot fields that name an object, most telling first: an order by its number, a business
 * request by its number, most things by their name (a lead by its company) or title, a registration or service by its
 * domain, an API key by its prefix, a ledger entry by its bank reference or note (订单 SO…).
 */
const NAME_FIELDS = [
  "orderNo",
  "requestNo",
  "name",
  "companyName",
  "title",
  "domain",
  "prefix",
  "invoiceNo",
  "reference",
  "note",
];

/**
 * What an audit entry is about, named from its snapshot (after, else before): an account by
 * 姓名（帐号）, anything else by the first field of NAME_FIELDS it has. Null when the snapshot
 * names nothing.
 */
export function snapshotName(before: unknown, after: unknown): string | null {
  const snaps = [after, before].filter(isRecord);
  for (const snap of snaps) {
    const loginName = text(snap.loginName);
    const realName = text(snap.realName);
    if (loginName && realName) return `${realName}（${loginName}）`;
    if (loginName ?? realName) return loginName ?? realName;
  }
  for (const field of NAME_FIELDS) {
    for (const snap of snaps) {
      const value = text(snap[field]);
      if (value) return value;
    }
  }
  return null;
}

/** Snapshot fields that hold an account id (shown as the account's name). */
export const ACCOUNT_ID_FIELDS: ReadonlySet<string> = new Set([
  "superiorId",
  "delegateId",
  "ownerAccountId",
  "channelManagerId",
  "actorId",
  "principalId",
]);

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** One snapshot value in words: labels for codes, dates in 北京时间, "—" for nothing. */
export function formatAuditValue(key: string, value: unknown, lang: Lang): string {
  if (value === undefined || value === null || value === "") return "—";
  if (Array.isArray(value)) {
    if (value.length === 0) return "—";
    return value.map((v) => formatAuditValue(key, v, lang)).join("、");
  }
  if (typeof value === "string") {
    if (key === "permissions") return permissionLabel(lang, value);
    if (key === "vendorRoles") return vendorRoleLabel(lang, value);
    if (key === "accountType") return accountTypeLabel(lang, value);
    if (key === "status" && (value === "ACTIVE" || value === "DISABLED")) return accountStatusLabel(lang, value);
    if (ISO_INSTANT.test(value)) return formatDateTime(value, lang);
    return value;
  }
  if (typeof value === "boolean") return lang === "zh" ? (value ? "是" : "否") : value ? "yes" : "no";
  if (typeof value === "number") return String(value);
  return JSON.stringify(value);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * "1a2b3c4d…" — enough of a UUID to tell rows apart without wrapping it. Other ids (a domain
 * the entry is about, say) are shown whole.
 */
export function shortId(id: string): string {
  return UUID.test(id) ? `${id.slice(0, 8)}…` : id;
}
