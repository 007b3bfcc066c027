import {
  ACCOUNT_TYPES,
  DEALER_PERMISSIONS,
  VENDOR_ROLES,
  type AccountType as AccountTypeCode,
  type DealerPermission as DealerPermissionCode,
  type VendorRole as VendorRoleCode,
} from "@crm/domain";
import { registerEnumType } from "type-graphql";

/** GraphQL enums built from the domain's lists, so the codes exist in one place only. */
function enumOf<T extends string>(codes: readonly { code: T; en: string }[]): { [K in T]: K } {
  return Object.fromEntries(codes.map((c) => [c.code, c.code])) as { [K in T]: K };
}

export const DealerPermission = enumOf<DealerPermissionCode>(DEALER_PERMISSIONS);
export type DealerPermission = DealerPermissionCode;
export const AccountType = enumOf<AccountTypeCode>(ACCOUNT_TYPES);
export type AccountType = AccountTypeCode;
export const VendorRole = enumOf<VendorRoleCode>(VENDOR_ROLES);
export type VendorRole = VendorRoleCode;
export const AccountKind = { DEALER: "DEALER", VENDOR: "VENDOR" } as const;
export type AccountKind = keyof typeof AccountKind;
export const ActiveStatus = { ACTIVE: "ACTIVE", DISABLED: "DISABLED" } as const;
export type ActiveStatus = keyof typeof ActiveStatus;

registerEnumType(DealerPermission, {
  name: "DealerPermission",
  description: "The eleven dealer permissions of the manual (labels in permissionCatalog)",
  valuesConfig: Object.fromEntries(DEALER_PERMISSIONS.map((p) => [p.code, { description: p.zh }])),
});
registerEnumType(AccountType, { name: "AccountType", description: "帐户类型: 管理员 / 助理 / 员工" });
registerEnumType(VendorRole, { name: "VendorRole", description: "Vendor staff roles" });
registerEnumType(AccountKind, { name: "AccountKind", description: "Dealer user or vendor staff" });
registerEnumType(ActiveStatus, { name: "ActiveStatus", description: "正常 active / 停用 disabled" });
