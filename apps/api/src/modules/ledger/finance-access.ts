import type { ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { hasVendorRole, type Viewer } from "../../access/viewer";

/**
 * Whose finance information (balance, ledger, invoices) a viewer may read — SPEC §2 permission 8
 * and §11. Decided once per viewer and applied in every query and nested field:
 * - dealer accounts holding 查看经销商财务信息 (FINANCE_VIEW): their own dealer's (admins hold it
 *   through their permissions, like everyone else; an admin whose FINANCE_VIEW was removed does not);
 * - vendor finance (财务) and platform admins: every dealer's;
 * - channel managers: the dealers they manage, read-only;
 * - everyone else (other vendor roles, dealer accounts without the permission): none.
 */
export type FinanceScope =
  { kind: "none" } | { kind: "all" } | { kind: "managed"; managerId: string } | { kind: "dealer"; dealerId: string };

export function financeScopeOf(viewer: Viewer | null): FinanceScope {
  if (!viewer) return { kind: "none" };
  const account = viewer.account;
  if (account.kind === "VENDOR") {
    if (hasVendorRole(viewer, "FINANCE") || hasVendorRole(viewer, "PLATFORM_ADMIN")) return { kind: "all" };
    if (hasVendorRole(viewer, "CHANNEL_MANAGER")) return { kind: "managed", managerId: account.id };
    return { kind: "none" };
  }
  if (account.dealerId && viewer.permissions.has("FINANCE_VIEW")) return { kind: "dealer", dealerId: account.dealerId };
  return { kind: "none" };
}

/** Reads some dealer's finance information (the shield rule; rows are narrowed by the scope). */
export function mayReadFinance(viewer: Viewer): boolean {
  return financeScopeOf(viewer).kind !== "none";
}

/**
 * Only vendor finance records money (充值) and handles invoices. Platform admins don't: they
 * manage the platform, and money entering a dealer's account is finance's call alone (SPEC §7).
 */
export function mayRecordMoney(viewer: Viewer): boolean {
  return hasVendorRole(viewer, "FINANCE");
}

/** Dealer accounts holding 查看经销商财务信息 request invoices for their dealer's paid orders. */
export function mayRequestInvoices(viewer: Viewer): boolean {
  return viewer.account.kind === "DEALER" && !!viewer.account.dealerId && viewer.permissions.has("FINANCE_VIEW");
}

export function mayReadFinanceOf(
  scope: FinanceScope,
  dealer: { id: string; channelManagerId: string | null },
): boolean {
  switch (scope.kind) {
    case "none":
      return false;
    case "all":
      return true;
    case "managed":
      return dealer.channelManagerId === scope.managerId;
    case "dealer":
      return dealer.id === scope.dealerId;
  }
}

/** Restricts a query to the rows of dealers whose finance the scope may read. */
export function applyFinanceScope<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  scope: FinanceScope,
  dealerColumn: string,
): SelectQueryBuilder<T> {
  switch (scope.kind) {
    case "none":
      return qb.andWhere("false");
    case "all":
      return qb;
    case "managed":
      return qb.andWhere(
        `${dealerColumn} IN (SELECT fd.id FROM dealer fd WHERE fd.channel_manager_id = :fsManagerId)`,
        {
          fsManagerId: scope.managerId,
        },
      );
    case "dealer":
      return qb.andWhere(`${dealerColumn} = :fsDealerId`, { fsDealerId: scope.dealerId });
  }
}
