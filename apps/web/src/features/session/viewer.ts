import type { DealerPermission, VendorRole, ViewerFieldsFragment } from "@/gql/graphql";

/** The signed-in viewer as the console sees it (from `me`). */
export type Viewer = ViewerFieldsFragment;

export function isVendorViewer(viewer: Viewer): boolean {
  return viewer.account.kind === "VENDOR";
}

export function hasPermission(viewer: Viewer, permission: DealerPermission): boolean {
  return viewer.permissions.includes(permission);
}

export function hasAnyPermission(viewer: Viewer, permissions: readonly DealerPermission[]): boolean {
  return permissions.some((p) => viewer.permissions.includes(p));
}

export function hasVendorRole(viewer: Viewer, role: VendorRole): boolean {
  return viewer.vendorRoles.includes(role);
}

export function hasAnyVendorRole(viewer: Viewer, roles: readonly VendorRole[]): boolean {
  return roles.some((r) => viewer.vendorRoles.includes(r));
}

/** Dealer admin: account type 管理员 or the 管理员权限 permission (mirrors the API's isDealerAdmin). */
export function isDealerAdmin(viewer: Viewer): boolean {
  return !isVendorViewer(viewer) && (viewer.account.accountType === "ADMIN" || hasPermission(viewer, "ADMIN"));
}

/** Dealer admins and holders of 经销商账户管理 (SPEC §2). The API decides; this only hides UI. */
export function canManageDealerAccounts(viewer: Viewer): boolean {
  return !isVendorViewer(viewer) && (isDealerAdmin(viewer) || hasPermission(viewer, "ACCOUNT_MANAGE"));
}

/** Dealer admins and vendor staff query the audit log (SPEC §2; API rule isDealerAdmin or isVendorStaff). */
export function canViewAuditLog(viewer: Viewer): boolean {
  return isVendorViewer(viewer) || isDealerAdmin(viewer);
}

export function isPlatformAdmin(viewer: Viewer): boolean {
  return isVendorViewer(viewer) && hasVendorRole(viewer, "PLATFORM_ADMIN");
}
