import type { ApiKeyOwnerKind } from "@crm/domain";
import { hasVendorRole, isDealerAdmin, type Viewer } from "./viewer";

/**
 * Which API keys (and so which keys' 调用记录) a viewer manages and may see: a dealer admin its
 * own dealer's keys, a platform admin the vendor's integration keys. Nobody else — not another
 * dealer, not someone acting as a delegate (代办), and never an API key itself: keys don't read
 * keys. Null: none at all.
 */
export interface ApiKeyOwnership {
  ownerKind: ApiKeyOwnerKind;
  dealerId: string | null;
}

export function apiKeyOwnershipOf(viewer: Viewer | null): ApiKeyOwnership | null {
  if (!viewer || viewer.apiKey || viewer.actingAsDelegate) return null;
  if (isDealerAdmin(viewer) && viewer.account.dealerId)
    return { ownerKind: "DEALER", dealerId: viewer.account.dealerId };
  if (hasVendorRole(viewer, "PLATFORM_ADMIN")) return { ownerKind: "VENDOR", dealerId: null };
  return null;
}

/** Whether a key (by its owner columns) is one the ownership covers. */
export function ownsApiKey(
  ownership: ApiKeyOwnership,
  key: { ownerKind: ApiKeyOwnerKind; dealerId: string | null },
): boolean {
  return key.ownerKind === ownership.ownerKind && key.dealerId === ownership.dealerId;
}

/**
 * The same rule as one SQL condition on an api_key alias's columns, with named parameters (a
 * vendor key has no dealer: `IS NOT DISTINCT FROM` matches it).
 */
export function apiKeyOwnershipCondition(
  ownership: ApiKeyOwnership,
  alias: string,
): { sql: string; params: Record<string, unknown> } {
  return {
    sql: `(${alias}.owner_kind = :ownKind AND ${alias}.dealer_id IS NOT DISTINCT FROM :ownDealerId::uuid)`,
    params: { ownKind: ownership.ownerKind, ownDealerId: ownership.dealerId },
  };
}
