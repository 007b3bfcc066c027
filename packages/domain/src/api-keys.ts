/**
 * API keys for partner integrations (SPEC §10): what a key may do is exactly its scopes.
 * A dealer key acts for its dealer; a vendor key (created by a platform admin) serves vendor
 * integrations such as the mail platform's domain events.
 */
export const API_KEY_SCOPES = [
  "READ_ENTERPRISES",
  "WRITE_LEADS",
  "READ_REGISTRATIONS",
  "READ_ORDERS",
  "READ_SERVICES",
  "READ_CATALOG",
  "REPORT_DOMAIN_EVENTS",
] as const;

export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];
export type ApiKeyOwnerKind = "DEALER" | "VENDOR";

export interface ApiKeyScopeInfo {
  scope: ApiKeyScope;
  label: string;
  labelEn: string;
  /** Which kind of key may hold it. */
  owner: ApiKeyOwnerKind;
}

export const API_KEY_SCOPE_INFO: readonly ApiKeyScopeInfo[] = [
  { scope: "READ_ENTERPRISES", label: "读取企业信息", labelEn: "Read enterprises", owner: "DEALER" },
  {
    scope: "WRITE_LEADS",
    label: "录入企业线索（新建企业、联系人、跟进记录）",
    labelEn: "Write leads (create enterprises, contacts, follow-ups)",
    owner: "DEALER",
  },
  { scope: "READ_REGISTRATIONS", label: "读取报备", labelEn: "Read registrations", owner: "DEALER" },
  { scope: "READ_ORDERS", label: "读取订单", labelEn: "Read orders", owner: "DEALER" },
  { scope: "READ_SERVICES", label: "读取已开通服务", labelEn: "Read services", owner: "DEALER" },
  { scope: "READ_CATALOG", label: "读取产品目录", labelEn: "Read the catalogue", owner: "DEALER" },
  {
    scope: "REPORT_DOMAIN_EVENTS",
    label: "上报域名事件（邮件平台）",
    labelEn: "Report domain events (mail platform)",
    owner: "VENDOR",
  },
];

export function isApiKeyScope(value: unknown): value is ApiKeyScope {
  return typeof value === "string" && (API_KEY_SCOPES as readonly string[]).includes(value);
}

/** The scopes a key of this owner kind may hold. */
export function scopesFor(owner: ApiKeyOwnerKind): ApiKeyScope[] {
  return API_KEY_SCOPE_INFO.filter((s) => s.owner === owner).map((s) => s.scope);
}

/** A key's scopes: at least one, no repeats, each allowed for the owner kind. */
export function validApiKeyScopes(owner: ApiKeyOwnerKind, scopes: readonly string[]): boolean {
  const allowed = scopesFor(owner) as string[];
  return scopes.length > 0 && new Set(scopes).size === scopes.length && scopes.every((s) => allowed.includes(s));
}

/** Every key starts with this, so secret scanners and logs can recognise one. */
export const API_KEY_PREFIX = "crm_live_";

/** `crm_live_<12 hex lookup id>_<43 base64url secret chars>`. */
const KEY_PATTERN = /^crm_live_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/;

/** Splits a presented key into its lookup id and secret, or null when it is not shaped like one. */
export function parseApiKey(raw: string): { lookupId: string; secret: string } | null {
  const match = KEY_PATTERN.exec(raw);
  if (!match?.[1] || !match[2]) return null;
  return { lookupId: match[1], secret: match[2] };
}

export function formatApiKey(lookupId: string, secret: string): string {
  return `${API_KEY_PREFIX}${lookupId}_${secret}`;
}

/** The part shown in lists forever after creation: enough to recognise, useless to call with. */
export function apiKeyDisplayPrefix(lookupId: string): string {
  return `${API_KEY_PREFIX}${lookupId}`;
}

/** A key is usable unless revoked or past its expiry. */
export function isApiKeyUsable(key: { revokedAt: Date | null; expiresAt: Date | null }, now: Date): boolean {
  return key.revokedAt === null && (key.expiresAt === null || key.expiresAt.getTime() > now.getTime());
}

/** What a key's status is from its managers' point of view (the list in the console). */
export type ApiKeyStatus = "ACTIVE" | "REVOKED" | "EXPIRED" | "SUSPENDED";

/** The creating account as far as the key rule needs it. */
export interface ApiKeyCreator {
  kind: "DEALER" | "VENDOR";
  status: string;
  dealerId: string | null;
  accountType: string | null;
  permissions: readonly string[];
  vendorRoles: readonly string[];
}

/**
 * A key never outlives its creator's authority: it works only while the account that created it
 * could create it now — active, and still an admin of the key's dealer (dealer admin: account
 * type 管理员 or the 管理员权限 permission) or, for a vendor key, still a platform admin. A
 * demoted, disabled or moved creator suspends the key (it works again if the role comes back);
 * the integration keeps running by having another admin create a new key.
 */
export function creatorStillEmpowersKey(
  key: { ownerKind: ApiKeyOwnerKind; dealerId: string | null },
  creator: ApiKeyCreator,
): boolean {
  if (creator.status !== "ACTIVE") return false;
  if (key.ownerKind === "VENDOR") return creator.kind === "VENDOR" && creator.vendorRoles.includes("PLATFORM_ADMIN");
  return (
    creator.kind === "DEALER" &&
    creator.dealerId !== null &&
    creator.dealerId === key.dealerId &&
    (creator.accountType === "ADMIN" || creator.permissions.includes("ADMIN"))
  );
}

/** The status shown in the key list: revoked and expired first, then whether the creator still empowers it. */
export function apiKeyStatus(
  key: { ownerKind: ApiKeyOwnerKind; dealerId: string | null; revokedAt: Date | null; expiresAt: Date | null },
  creator: ApiKeyCreator | null,
  now: Date,
): ApiKeyStatus {
  if (key.revokedAt !== null) return "REVOKED";
  if (key.expiresAt !== null && key.expiresAt.getTime() <= now.getTime()) return "EXPIRED";
  return creator && creatorStillEmpowersKey(key, creator) ? "ACTIVE" : "SUSPENDED";
}

/** 调用记录 are kept this long, then pruned (every use of a key stays attributable for 90 days). */
export const API_KEY_CALL_RETENTION_DAYS = 90;

/** The moment before which 调用记录 are pruned. */
export function apiKeyCallRetentionCutoff(now: Date): Date {
  return new Date(now.getTime() - API_KEY_CALL_RETENTION_DAYS * 24 * 60 * 60 * 1000);
}
