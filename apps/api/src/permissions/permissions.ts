import { allow, deny, or, shield } from "graphql-shield";
import { DomainError } from "../shared/domain-error";
import { canManageAccounts, isDealerAdmin, isDealerUser, isPlatformAdmin, isSignedIn, isVendorStaff } from "./rules";

/**
 * Who may call what. Deny by default: every Query and Mutation field is named here
 * (a test fails when one is missing). Rows are then narrowed by the access scope in
 * every service query and nested field, so a rule here is never the only guard.
 */
export const ruleTree = {
  Query: {
    me: allow, // public on purpose: answers null when signed out
    permissionCatalog: isSignedIn,
    rolePresets: isSignedIn,
    vendorRoleCatalog: isSignedIn,
    productLines: isSignedIn,
    accounts: isSignedIn,
    account: isSignedIn,
    delegateCandidates: isDealerUser,
    dealers: isVendorStaff,
    dealer: isSignedIn,
    myDealer: isDealerUser,
    auditLogs: or(isDealerAdmin, isVendorStaff),
  },
  Mutation: {
    login: allow, // public on purpose: throttled per account and per IP
    logout: isSignedIn,
    changePassword: isSignedIn,
    updateMyProfile: isSignedIn,
    setDelegate: isDealerUser,
    clearDelegate: isDealerUser,
    actAs: isDealerUser,
    stopActingAs: isDealerUser,
    createAccount: canManageAccounts,
    updateAccount: canManageAccounts,
    setAccountStatus: canManageAccounts,
    resetAccountPassword: canManageAccounts,
    createDealer: isPlatformAdmin,
    createVendorStaff: isPlatformAdmin,
    updateVendorStaff: isPlatformAdmin,
  },
  // Object types are reached only through a guarded root field; their rows are scoped by access/.
  Viewer: allow,
  Account: allow,
  AccountConnection: allow,
  AccountEdge: allow,
  AccountOption: allow,
  Dealer: allow,
  DealerConnection: allow,
  DealerEdge: allow,
  AuditLogEntry: allow,
  AuditLogConnection: allow,
  AuditLogEdge: allow,
  PageInfo: allow,
  ProductLine: allow,
  QuotaEntry: allow,
  PermissionInfo: allow,
  RolePreset: allow,
  VendorRoleInfo: allow,
};

export const permissions = shield(ruleTree, {
  fallbackRule: deny,
  allowExternalErrors: true,
  fallbackError: () => new DomainError("FORBIDDEN"),
});
