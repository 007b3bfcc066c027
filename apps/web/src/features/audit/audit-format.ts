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
 * What an audit entry is about, named from its snapshot (after, else before): an account by
 * 姓名（帐号）, anything else by its name. Null when the snapshot names nothing.
 */
export function snapshotName(before: unknown, after: unknown): string | null {
  for (const snap of [after, before]) {
    if (!isRecord(snap)) continue;
    const loginName = text(snap.loginName);
    const realName = text(snap.realName);
    if (loginName && realName) return `${realName}（${loginName}）`;
    if (loginName ?? realName) return loginName ?? realName;
    const name = text(snap.name);
    if (name) return name;
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

/** "1a2b3c4d…" — enough of an id to tell rows apart without a wrapping UUID. */
export function shortId(id: string): string {
  return id.length > 8 ? `${id.slice(0, 8)}…` : id;
}
