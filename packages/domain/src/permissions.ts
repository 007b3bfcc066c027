/**
 * The dealer permission set of SPEC §2, with the labels dealers know from the console.
 * The codes are stable API values; the labels are what the console shows.
 */
export const DEALER_PERMISSIONS = [
  { code: "BASIC", zh: "(新)经销商-基本权限(无报备权)", en: "Dealer – basic (no deal registration)" },
  { code: "BASIC_REGISTER", zh: "(新)经销商-基本权限(含报备权)", en: "Dealer – basic (with deal registration)" },
  { code: "ASSISTANT", zh: "(新)经销商-助理权限", en: "Dealer – assistant (read all, edit nothing)" },
  { code: "ADMIN", zh: "(新)经销商-管理员权限", en: "Dealer – administrator" },
  { code: "CONTRACT_UPLOAD", zh: "(新)经销商-合同上传", en: "Dealer – upload contracts" },
  { code: "LIST_PRICE_ORDER", zh: "(新)经销商-查询公开价格、提单", en: "Dealer – see list prices, submit orders" },
  { code: "PAY_CLOSE_ORDER", zh: "(新)经销商-扣款、关闭订单", en: "Dealer – pay and close orders" },
  { code: "FINANCE_VIEW", zh: "(新)经销商-查看经销商财务信息", en: "Dealer – see finance info" },
  {
    code: "SETTLEMENT_ORDER",
    zh: "(新)经销商-查看结算价、查看折扣、提单",
    en: "Dealer – see settlement prices and discounts, submit orders",
  },
  { code: "BUSINESS_REQUEST", zh: "(新)经销商-业务申请", en: "Dealer – submit business requests" },
  { code: "ACCOUNT_MANAGE", zh: "(新)经销商-经销商账户管理", en: "Dealer – manage dealer accounts" },
] as const;

export type DealerPermission = (typeof DEALER_PERMISSIONS)[number]["code"];

export const DEALER_PERMISSION_CODES: readonly DealerPermission[] = DEALER_PERMISSIONS.map((p) => p.code);

export function isDealerPermission(value: string): value is DealerPermission {
  return (DEALER_PERMISSION_CODES as readonly string[]).includes(value);
}

export const ACCOUNT_TYPES = [
  { code: "ADMIN", zh: "管理员", en: "Administrator" },
  { code: "ASSISTANT", zh: "助理", en: "Assistant" },
  { code: "STAFF", zh: "员工", en: "Staff" },
] as const;
export type AccountType = (typeof ACCOUNT_TYPES)[number]["code"];

export const VENDOR_ROLES = [
  { code: "CHANNEL_MANAGER", zh: "渠道经理", en: "Channel manager" },
  { code: "SALES_DIRECTOR", zh: "销售总监", en: "Sales director" },
  { code: "FINANCE", zh: "财务", en: "Finance" },
  { code: "OPERATIONS", zh: "运营", en: "Operations" },
  { code: "PLATFORM_ADMIN", zh: "平台管理员", en: "Platform admin" },
] as const;
export type VendorRole = (typeof VENDOR_ROLES)[number]["code"];

export function isVendorRole(value: string): value is VendorRole {
  return VENDOR_ROLES.some((r) => r.code === value);
}

/** Role presets offered when creating a dealer account (SPEC §2); editable afterwards. */
export const ROLE_PRESETS = [
  {
    code: "ADMIN",
    zh: "管理员帐号",
    en: "Administrator account",
    accountType: "ADMIN",
    permissions: DEALER_PERMISSION_CODES,
  },
  {
    code: "ASSISTANT",
    zh: "助理人员帐号",
    en: "Assistant account",
    accountType: "ASSISTANT",
    permissions: ["BASIC", "ASSISTANT", "ACCOUNT_MANAGE"],
  },
  {
    code: "FINANCE",
    zh: "财务人员帐号",
    en: "Finance account",
    accountType: "STAFF",
    permissions: ["BASIC", "FINANCE_VIEW", "SETTLEMENT_ORDER"],
  },
  {
    code: "SALES_MANAGER",
    zh: "销售管理帐号",
    en: "Sales manager account",
    accountType: "STAFF",
    permissions: [
      "BASIC_REGISTER",
      "BUSINESS_REQUEST",
      "LIST_PRICE_ORDER",
      "SETTLEMENT_ORDER",
      "PAY_CLOSE_ORDER",
      "FINANCE_VIEW",
    ],
  },
  {
    code: "SALES",
    zh: "销售人员帐号",
    en: "Sales account",
    accountType: "STAFF",
    permissions: ["BASIC_REGISTER", "BUSINESS_REQUEST", "LIST_PRICE_ORDER", "PAY_CLOSE_ORDER"],
  },
] as const satisfies readonly {
  code: string;
  zh: string;
  en: string;
  accountType: AccountType;
  permissions: readonly DealerPermission[];
}[];
export type RolePresetCode = (typeof ROLE_PRESETS)[number]["code"];

/** An account can log in only with one of the two basic permissions. */
export function hasBasicPermission(permissions: readonly string[]): boolean {
  return permissions.includes("BASIC") || permissions.includes("BASIC_REGISTER");
}

/**
 * Admin and assistant accounts see all of their dealer's rows; others see their subtree.
 * (Type and permissions agree — see accountShapeProblem — so either decides.)
 */
export function seesWholeDealer(accountType: AccountType, permissions: readonly string[]): boolean {
  return (
    accountType === "ADMIN" ||
    accountType === "ASSISTANT" ||
    permissions.includes("ADMIN") ||
    permissions.includes("ASSISTANT")
  );
}

/** Permissions in `requested` that `granter` does not hold: a dealer account can't grant those. */
export function permissionsBeyondGranter(granter: readonly string[], requested: readonly string[]): string[] {
  return requested.filter((p) => !granter.includes(p));
}

/**
 * Account type and permissions must agree, so that "admin" and "sees the whole dealer" mean
 * one thing: 管理员 holds the admin permission, 助理 the assistant one, staff neither, and
 * only 管理员 holds the admin permission. Returns the problem, or null when consistent.
 */
export function accountShapeProblem(
  accountType: AccountType,
  permissions: readonly string[],
):
  | null
  | "ADMIN_NEEDS_ADMIN_PERMISSION"
  | "ASSISTANT_NEEDS_ASSISTANT_PERMISSION"
  | "ADMIN_PERMISSION_NEEDS_ADMIN"
  | "STAFF_HOLDS_ASSISTANT" {
  const admin = permissions.includes("ADMIN");
  const assistant = permissions.includes("ASSISTANT");
  if (accountType === "ADMIN") return admin ? null : "ADMIN_NEEDS_ADMIN_PERMISSION";
  if (admin) return "ADMIN_PERMISSION_NEEDS_ADMIN";
  if (accountType === "ASSISTANT") return assistant ? null : "ASSISTANT_NEEDS_ASSISTANT_PERMISSION";
  return assistant ? "STAFF_HOLDS_ASSISTANT" : null;
}
