import { allow, deny, or, shield } from "graphql-shield";
import { DomainError } from "../shared/domain-error";
import {
  canClaimFromPool,
  canEditEnterprises,
  isChannelManagerOrPlatformAdmin,
  canManageAccounts,
  canRegisterDeals,
  isDealerAdmin,
  isDealerUser,
  isOperations,
  isPlatformAdmin,
  isSignedIn,
  isVendorStaff,
} from "./rules";

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
    // Enterprises: every signed-in viewer reads, rows narrowed by the access scope (vendor staff: all).
    enterprise: isSignedIn,
    enterprises: isSignedIn,
    renewalDueEnterprises: isSignedIn,
    trialExpiredEnterprises: isSignedIn,
    routedEnterprises: isSignedIn,
    tags: isSignedIn, // a dealer user's own dealer; vendor staff name one
    // Lead routing (甩单): rules are vendor operations' own; leads are scoped (dealer: routed to it).
    routingRules: isOperations,
    routingRule: isOperations,
    leads: or(isVendorStaff, isDealerUser),
    lead: or(isVendorStaff, isDealerUser),
    // Public pool (公海库): a dealer user sees its dealer's regions; the settings are no secret (the cap shows in the console).
    publicPoolEnterprises: or(isVendorStaff, isDealerUser),
    poolSettings: or(isVendorStaff, isDealerUser),
    // 消息中心: the viewer's own inbox (the service scopes every row; vendor staff have none).
    notices: isSignedIn,
    unreadNoticeCount: isSignedIn,
    announcements: isOperations,
    // 报备: rows narrowed by the access scope (peers their own, superiors their subordinates', vendor staff all).
    registrations: or(isVendorStaff, isDealerUser),
    registration: or(isVendorStaff, isDealerUser),
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
    // Enterprises: dealer users except assistants; the service also checks the row is theirs to see.
    createEnterprise: canEditEnterprises,
    updateEnterprise: canEditEnterprises,
    reassignEnterprise: canEditEnterprises, // the service: admin, or superior of both accounts
    setEnterpriseTags: canEditEnterprises,
    addEnterpriseContact: canEditEnterprises,
    updateEnterpriseContact: canEditEnterprises,
    removeEnterpriseContact: canEditEnterprises,
    addFollowUp: canEditEnterprises,
    // Tags are the dealer's global information: its admins define them.
    createTag: isDealerAdmin,
    updateTag: isDealerAdmin,
    deleteTag: isDealerAdmin,
    // Lead routing (甩单) and the pool job are vendor operations' (and platform admins').
    createRoutingRule: isOperations,
    updateRoutingRule: isOperations,
    setRoutingRuleEnabled: isOperations,
    deleteRoutingRule: isOperations,
    reorderRoutingRules: isOperations,
    routingDryRun: isOperations,
    intakeLead: isOperations,
    intakeLeads: isOperations,
    rerouteLead: isOperations,
    runPublicPoolJob: isOperations,
    updatePoolSettings: isOperations,
    claimPoolEnterprise: canClaimFromPool, // the service: region, daily cap, first come first served
    setDealerRegions: isChannelManagerOrPlatformAdmin, // the service: a channel manager only its own dealers
    // 消息中心: read state of the viewer's own notices; announcements by vendor operations.
    markNoticeRead: isSignedIn, // NOT_FOUND for a notice outside the viewer's inbox
    markAllNoticesRead: isSignedIn,
    publishAnnouncement: isOperations,
    // Domain events come from the vendor's mail platform; until vendor integration API keys exist
    // (SPEC §10), vendor operations report them through the console.
    reportDomainEvent: isOperations,
    // 报备: registering needs 基本权限(含报备权); unlocking, a non-assistant who sees the row (the service).
    registerDomain: canRegisterDeals,
    unlockRegistration: canEditEnterprises,
    setDealerQuotas: isChannelManagerOrPlatformAdmin, // the service: a channel manager only its own dealers
    setAccountQuotas: isDealerAdmin, // the service: an account of the admin's own dealer
    runRegistrationReminderJob: isOperations,
  },
  // Object types are reached only through a guarded root field; their rows are scoped by access/.
  Viewer: allow,
  Account: allow,
  AccountConnection: allow,
  AccountEdge: allow,
  AccountOption: allow,
  DelegatingPrincipal: allow,
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
  Enterprise: allow,
  EnterpriseConnection: allow,
  EnterpriseEdge: allow,
  EnterpriseDomain: allow,
  EnterpriseContact: allow,
  FollowUp: allow,
  FollowUpConnection: allow,
  FollowUpEdge: allow,
  Tag: allow,
  Service: allow,
  // Routing rules, their targets (other dealers' weights) and dry runs: vendor staff only, whatever the path.
  RoutingRule: isVendorStaff,
  RoutingRuleTarget: isVendorStaff,
  RoutingDryRunResult: isVendorStaff,
  RoutingTraceLines: allow,
  Lead: allow, // Lead.trace shows a dealer only its own view; Lead.rule is null for dealers
  LeadConnection: allow,
  LeadEdge: allow,
  PublicPoolEnterprise: allow, // non-sensitive fields only
  PublicPoolEnterpriseConnection: allow,
  PublicPoolEnterpriseEdge: allow,
  PoolClaim: allow,
  PoolSettings: allow,
  DealerRegion: allow,
  Notice: allow, // only the viewer's own inbox reaches it
  NoticeConnection: allow,
  NoticeEdge: allow,
  Announcement: isVendorStaff, // target dealers: vendor staff only, whatever the path
  AnnouncementConnection: isVendorStaff,
  AnnouncementEdge: isVendorStaff,
  DomainEventResult: allow,
  Registration: allow, // reached through scoped lists; holder, dealer and enterprise re-checked per field
  RegistrationConnection: allow,
  RegistrationEdge: allow,
};

export const permissions = shield(ruleTree, {
  fallbackRule: deny,
  allowExternalErrors: true,
  fallbackError: () => new DomainError("FORBIDDEN"),
});
