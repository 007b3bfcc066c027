import type { ApiKeyOwnerKind, ApiKeyScope } from "@crm/domain";
import type { AccountEntity } from "../modules/account/account.entity";

/** The API key a request authenticated with (machine principal); null for console sessions. */
export interface ApiKeyPrincipal {
  id: string;
  name: string;
  /** e.g. crm_live_0123456789ab: enough to recognise the key, never to call with it. */
  prefix: string;
  ownerKind: ApiKeyOwnerKind;
  scopes: ReadonlySet<ApiKeyScope>;
}

/**
 * Who is asking. `actor` signed in; `account` is the effective account — the principal
 * while the actor acts as its delegate (代办人), otherwise the actor itself.
 * Loaded fresh from the database on every request, so a changed permission set, a
 * disabled account or a deleted session takes effect on the very next request.
 */
export interface Viewer {
  /** The console session; null when the request came with an API key. */
  sessionId: string | null;
  /** Set when the request authenticated with an API key: what it may do is exactly the key's scopes. */
  apiKey: ApiKeyPrincipal | null;
  actor: AccountEntity;
  account: AccountEntity;
  actingAsDelegate: boolean;
  permissions: ReadonlySet<string>;
  vendorRoles: ReadonlySet<string>;
}

export function isVendorViewer(viewer: Viewer): boolean {
  return viewer.account.kind === "VENDOR";
}

export function hasVendorRole(viewer: Viewer, role: string): boolean {
  return viewer.account.kind === "VENDOR" && viewer.vendorRoles.has(role);
}

export function isDealerAdmin(viewer: Viewer): boolean {
  return (
    viewer.account.kind === "DEALER" && (viewer.account.accountType === "ADMIN" || viewer.permissions.has("ADMIN"))
  );
}

/**
 * Dealer admins and holders of 经销商账户管理 manage accounts; vendor platform admins manage all.
 * Acting as someone's delegate (代办) never carries account management.
 */
export function canManageAccounts(viewer: Viewer): boolean {
  if (viewer.actingAsDelegate) return false;
  return isDealerAdmin(viewer) || viewer.permissions.has("ACCOUNT_MANAGE") || hasVendorRole(viewer, "PLATFORM_ADMIN");
}

/** Who the audit log names: the actor, and the principal when acting as delegate. */
export function auditIdentity(viewer: Viewer | null): {
  actorId: string | null;
  actorName: string;
  principalId: string | null;
  principalName: string | null;
  apiKeyId: string | null;
} {
  if (!viewer) return { actorId: null, actorName: "system", principalId: null, principalName: null, apiKeyId: null };
  if (viewer.apiKey) {
    // a machine principal: the key itself is the actor (its creator is on the key's own record)
    return {
      actorId: null,
      actorName: `API 密钥 ${viewer.apiKey.name} (${viewer.apiKey.prefix})`,
      principalId: null,
      principalName: null,
      apiKeyId: viewer.apiKey.id,
    };
  }
  return {
    apiKeyId: null,
    actorId: viewer.actor.id,
    actorName: `${viewer.actor.realName} (${viewer.actor.loginName})`,
    principalId: viewer.actingAsDelegate ? viewer.account.id : null,
    principalName: viewer.actingAsDelegate ? `${viewer.account.realName} (${viewer.account.loginName})` : null,
  };
}
