import { permissionsBeyondGranter } from "@crm/domain";
import type { AccountType, DealerPermission } from "@/gql/graphql";
import { isVendorViewer, type Viewer } from "../session/viewer";

/**
 * Whether the viewer may grant `permission` (SPEC §2: nobody grants what they don't hold).
 * Mirrors the domain rule the API enforces; the API stays the authority.
 */
export function canGrant(viewer: Viewer, permission: DealerPermission): boolean {
  return permissionsBeyondGranter(viewer.permissions, [permission]).length === 0;
}

/** The permissions in `permissions` the viewer does not hold (none for vendor staff). */
export function permissionsNotHeld(viewer: Viewer, permissions: readonly DealerPermission[]): DealerPermission[] {
  if (isVendorViewer(viewer)) return [];
  return permissionsBeyondGranter(viewer.permissions, permissions) as DealerPermission[];
}

/** The permission an account type requires (管理员 ⇔ 管理员权限, 助理 ⇔ 助理权限). */
const TYPE_PERMISSION: Partial<Record<AccountType, DealerPermission>> = { ADMIN: "ADMIN", ASSISTANT: "ASSISTANT" };

/** Whether the viewer may create (or manage) an account of this type: it must hold the type's permission. */
export function canCreateAccountType(viewer: Viewer, accountType: AccountType): boolean {
  const needed = TYPE_PERMISSION[accountType];
  return !needed || permissionsNotHeld(viewer, [needed]).length === 0;
}

/** The permissions an account of `accountType` must hold / must not hold, applied to a selection. */
export function permissionsForType(
  accountType: AccountType,
  permissions: readonly DealerPermission[],
): DealerPermission[] {
  const next = permissions.filter((p) => p !== "ADMIN" && p !== "ASSISTANT");
  const needed = TYPE_PERMISSION[accountType];
  return needed ? [...next, needed] : next;
}

export type ManageBlock =
  { kind: "actingAs" } | { kind: "accountType" } | { kind: "permissions"; permissions: DealerPermission[] };

/**
 * Why the viewer can't edit, disable or reset the password of `account`, or null when it can.
 * Mirrors the API's assertMayManage: never while acting as a delegate; never an account of a type
 * the viewer can't create; never one holding a permission the viewer lacks.
 */
export function manageBlock(
  viewer: Viewer,
  account: { accountType?: AccountType | null; permissions: readonly DealerPermission[] },
): ManageBlock | null {
  if (viewer.actingAs) return { kind: "actingAs" };
  if (account.accountType && !canCreateAccountType(viewer, account.accountType)) return { kind: "accountType" };
  const beyond = permissionsNotHeld(viewer, account.permissions);
  return beyond.length > 0 ? { kind: "permissions", permissions: beyond } : null;
}
