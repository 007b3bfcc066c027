import { maySeeListPrices, maySeeSettlementOf, type PriceViewer } from "@crm/domain";
import type { Viewer } from "../../access/viewer";

/**
 * Field-level price visibility (SPEC §2 permissions 6 and 9, §6), the one place the API decides
 * it. Every price or amount field goes through one of these, and a viewer who may not see it
 * gets null — never an error that would break the rest of the query.
 *
 * - List prices, and amounts at list price (Edition.listPrice, Order.listAmount): `visibleListPrice`.
 * - A dealer's settlement prices, discounts and the amounts derived from them (Edition.settlementPrice,
 *   Dealer.discounts, Order.settlementAmount, the order's discount and amount due): `visibleSettlement`,
 *   naming the dealer whose terms they are.
 *
 * The rules themselves are pure and live in @crm/domain (maySeeListPrices, maySeeSettlementOf).
 */

function priceViewer(viewer: Viewer | null): PriceViewer | null {
  if (!viewer) return null;
  return { kind: viewer.account.kind, dealerId: viewer.account.dealerId, permissions: viewer.permissions };
}

/** Vendor staff, and dealer accounts holding (新)经销商-查询公开价格、提单. */
export function canSeeListPrices(viewer: Viewer | null): boolean {
  return maySeeListPrices(priceViewer(viewer));
}

/** Vendor staff, and the dealer's own accounts holding (新)经销商-查看结算价、查看折扣、提单. */
export function canSeeSettlementOf(viewer: Viewer | null, dealerId: string): boolean {
  return maySeeSettlementOf(priceViewer(viewer), dealerId);
}

/** `value` when the viewer may see list prices, else null. */
export function visibleListPrice<T>(viewer: Viewer | null, value: T): T | null {
  return canSeeListPrices(viewer) ? value : null;
}

/** `value` (a settlement price, discount or amount of `dealerId`) when the viewer may see it, else null. */
export function visibleSettlement<T>(viewer: Viewer | null, dealerId: string, value: T): T | null {
  return canSeeSettlementOf(viewer, dealerId) ? value : null;
}

/**
 * Whose settlement price a viewer asks for: a dealer account only ever its own dealer's (naming
 * another dealer gives null), vendor staff the dealer they name. Null when there is none to show.
 */
export function settlementDealerFor(viewer: Viewer | null, requestedDealerId: string | null): string | null {
  if (!viewer) return null;
  const dealerId = viewer.account.kind === "DEALER" ? viewer.account.dealerId : requestedDealerId;
  if (!dealerId || (requestedDealerId !== null && requestedDealerId !== dealerId)) return null;
  return canSeeSettlementOf(viewer, dealerId) ? dealerId : null;
}

/** Snapshot keys (audit before/after) holding amounts at list price. */
const LIST_PRICE_KEYS = ["listAmount", "listPrice"] as const;
/** Snapshot keys holding a dealer's settlement prices, discounts or amounts derived from them. */
const SETTLEMENT_KEYS = ["settlementAmount", "settlementPrice", "reductionAmount", "amountDue", "rateBp"] as const;

/**
 * A recorded snapshot (an audit entry's before/after) of `dealerId`'s data as the viewer may see
 * it: the price keys the viewer may not see are dropped, so the audit log is no side door to them.
 */
export function visibleSnapshot(
  viewer: Viewer | null,
  dealerId: string | null,
  snapshot: Record<string, unknown> | null,
): Record<string, unknown> | null {
  if (!snapshot || viewer?.account.kind === "VENDOR") return snapshot;
  const hidden = new Set<string>([
    ...(canSeeListPrices(viewer) ? [] : LIST_PRICE_KEYS),
    ...(dealerId && canSeeSettlementOf(viewer, dealerId) ? [] : SETTLEMENT_KEYS),
  ]);
  if (!Object.keys(snapshot).some((key) => hidden.has(key))) return snapshot;
  return Object.fromEntries(Object.entries(snapshot).filter(([key]) => !hidden.has(key)));
}
