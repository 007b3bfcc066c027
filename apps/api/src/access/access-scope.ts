import { seesWholeDealer } from "@crm/domain";
import type { EntityManager, ObjectLiteral, SelectQueryBuilder } from "typeorm";
import type { Viewer } from "./viewer";

/**
 * Which rows the viewer may see, computed once per request (set-based):
 * - vendor staff: every dealer's rows;
 * - dealer admin / assistant: every row of their own dealer;
 * - other dealer accounts: rows tied to themselves and every account below them in the 隶属 tree;
 * - nobody signed in: nothing.
 */
export type AccessScope =
  | { kind: "none" }
  | { kind: "vendor" }
  | { kind: "dealer"; dealerId: string; wholeDealer: true }
  | { kind: "dealer"; dealerId: string; wholeDealer: false; accountIds: readonly string[] };

export const NO_ACCESS: AccessScope = { kind: "none" };

export async function computeAccessScope(manager: EntityManager, viewer: Viewer | null): Promise<AccessScope> {
  if (!viewer) return NO_ACCESS;
  // an API key is a machine principal of its whole dealer (or the vendor's), limited by its scopes
  if (viewer.apiKey) {
    if (viewer.apiKey.ownerKind === "VENDOR") return { kind: "vendor" };
    return viewer.account.dealerId
      ? { kind: "dealer", dealerId: viewer.account.dealerId, wholeDealer: true }
      : NO_ACCESS;
  }
  const account = viewer.account;
  if (account.kind === "VENDOR") return { kind: "vendor" };
  if (!account.dealerId || !account.accountType) return NO_ACCESS;
  if (seesWholeDealer(account.accountType, [...viewer.permissions])) {
    return { kind: "dealer", dealerId: account.dealerId, wholeDealer: true };
  }
  // UNION (not UNION ALL) stops at any cycle, though the service refuses to create one.
  const rows: { id: string }[] = await manager.query(
    `WITH RECURSIVE tree AS (
       SELECT id FROM account WHERE id = $1
       UNION
       SELECT a.id FROM account a JOIN tree t ON a.superior_id = t.id WHERE a.dealer_id = $2
     ) SELECT id FROM tree`,
    [account.id, account.dealerId],
  );
  return { kind: "dealer", dealerId: account.dealerId, wholeDealer: false, accountIds: rows.map((r) => r.id) };
}

/** Row-level test for one row owned by (dealerId, accountId). */
export function canSeeRow(scope: AccessScope, row: { dealerId: string | null; accountId: string | null }): boolean {
  switch (scope.kind) {
    case "none":
      return false;
    case "vendor":
      return true;
    case "dealer":
      if (row.dealerId !== scope.dealerId) return false;
      if (scope.wholeDealer) return true;
      return row.accountId !== null && scope.accountIds.includes(row.accountId);
  }
}

/** Visibility of an account itself (vendor staff accounts are visible to vendor staff only). */
export function canSeeAccount(scope: AccessScope, account: { id: string; dealerId: string | null }): boolean {
  return canSeeRow(scope, { dealerId: account.dealerId, accountId: account.id });
}

export function canSeeDealer(scope: AccessScope, dealerId: string): boolean {
  return scope.kind === "vendor" || (scope.kind === "dealer" && scope.dealerId === dealerId);
}

/**
 * The scope as one SQL condition with named parameters, for set-based queries written by hand
 * (several scoped sub-selects in one statement). `applyScope` is the same rule for a query builder.
 */
export function scopeCondition(
  scope: AccessScope,
  columns: { dealerColumn: string; accountColumn: string },
): { sql: string; params: Record<string, unknown> } {
  switch (scope.kind) {
    case "none":
      return { sql: "false", params: {} };
    case "vendor":
      return { sql: "true", params: {} };
    case "dealer":
      if (scope.wholeDealer) {
        return { sql: `${columns.dealerColumn} = :scopeDealerId`, params: { scopeDealerId: scope.dealerId } };
      }
      return {
        sql: `(${columns.dealerColumn} = :scopeDealerId AND ${columns.accountColumn} = ANY(:scopeAccountIds))`,
        params: { scopeDealerId: scope.dealerId, scopeAccountIds: scope.accountIds },
      };
  }
}

/**
 * Restricts a query to the rows the scope may see. `dealerColumn` and `accountColumn` are the
 * qualified columns that tie a row to its dealer and its owning account.
 */
export function applyScope<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  scope: AccessScope,
  columns: { dealerColumn: string; accountColumn: string },
): SelectQueryBuilder<T> {
  if (scope.kind === "vendor") return qb;
  const condition = scopeCondition(scope, columns);
  return qb.andWhere(condition.sql, condition.params);
}
