import { allow, deny, or, shield } from "graphql-shield";
import { DomainError } from "../shared/domain-error";
import {
  canClaimFromPool,
  canRunCampaigns,
  canEditEnterprises,
  isChannelManagerOrPlatformAdmin,
  canManageAccounts,
  canManageApiKeys,
  hasApiKeyScope,
  canPayOrders,
  canReadFinance,
  canRegisterDeals,
  canRequestInvoices,
  canSubmitOrders,
  canSubmitRequests,
  canUploadContracts,
  isDealerAdmin,
  isDealerUser,
  isFinance,
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
    // Orders: rows narrowed by the access scope; amounts per field by the price-visibility rules.
    orders: or(isVendorStaff, isDealerUser),
    order: or(isVendorStaff, isDealerUser),
    orderQuote: canSubmitOrders,
    // 业务申请: rows narrowed by the access scope (vendor staff: all dealers').
    requestTypes: isSignedIn,
    businessRequests: or(isVendorStaff, isDealerUser),
    businessRequest: or(isVendorStaff, isDealerUser),
    // 已开通服务: rows narrowed by the access scope (visible with their enterprise; a dealer only its own).
    services: or(isVendorStaff, isDealerUser),
    // 虚拟账户 and 发票: rows narrowed to the dealers whose finance the viewer may read (modules/ledger/finance-access).
    ledgerEntries: canReadFinance,
    balanceHistory: canReadFinance,
    invoiceRequests: canReadFinance,
    invoiceableOrders: canRequestInvoices,
    // 首页: every number is narrowed by the access scope (dealer) or to the roles held (vendor; a channel manager its own dealers).
    dealerHome: isDealerUser,
    vendorHome: isVendorStaff,
    // 推广平台: rows narrowed by the access scope (staff their own, superiors their subtree, vendor staff all).
    campaigns: or(isVendorStaff, isDealerUser),
    campaign: or(isVendorStaff, isDealerUser),
    campaignStats: or(isVendorStaff, isDealerUser),
    // API 密钥 (SPEC §10): console-only, for dealer admins (their dealer) and platform admins (vendor integrations).
    apiKeys: canManageApiKeys,
    apiKeyScopeCatalog: canManageApiKeys,
    apiKeyCalls: canManageApiKeys,
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
    // Domain events come from the vendor's mail platform through a vendor API key with
    // REPORT_DOMAIN_EVENTS (created by a platform admin); vendor operations may also report them by hand.
    reportDomainEvent: or(isOperations, hasApiKeyScope("REPORT_DOMAIN_EVENTS")),
    // 报备: registering needs 基本权限(含报备权); unlocking, a non-assistant who sees the row (the service).
    registerDomain: canRegisterDeals,
    unlockRegistration: canEditEnterprises,
    setDealerQuotas: isChannelManagerOrPlatformAdmin, // the service: a channel manager only its own dealers
    setAccountQuotas: isDealerAdmin, // the service: an account of the admin's own dealer
    runRegistrationReminderJob: isOperations,
    // The product catalogue (产品线、版本、价格、增值服务) is the platform admins'.
    createProductLine: isPlatformAdmin,
    updateProductLine: isPlatformAdmin,
    createEdition: isPlatformAdmin,
    updateEdition: isPlatformAdmin,
    createAddon: isPlatformAdmin,
    updateAddon: isPlatformAdmin,
    setDealerDiscounts: isChannelManagerOrPlatformAdmin, // the service: a channel manager only its own dealers
    // Orders: dealers submit (提单) and pay/close (扣款、关闭订单); vendor operations confirm or reject.
    createOrder: canSubmitOrders,
    payOrder: canPayOrders,
    closeOrder: canPayOrders,
    confirmOrder: isOperations,
    rejectOrder: isOperations,
    // 业务申请: dealers submit and withdraw; vendor staff decide (the service: the step's role); admins edit types.
    submitBusinessRequest: canSubmitRequests,
    withdrawBusinessRequest: isDealerUser,
    decideBusinessRequest: isVendorStaff,
    saveRequestType: isPlatformAdmin,
    // 增值服务 switches: dealer users except assistants; the service checks the service is their dealer's.
    setServiceAddon: canEditEnterprises,
    // 合同上传 (uploads go through POST /orders/:id/contracts with the same check); the service: own dealer, unpaid order.
    deleteContractFile: canUploadContracts,
    // Money: only vendor finance records top-ups and handles invoices; dealers with 查看经销商财务信息 request them.
    topUp: isFinance,
    requestInvoice: canRequestInvoices,
    issueInvoice: isFinance,
    rejectInvoice: isFinance,
    // 推广平台: dealers (not assistants) run their campaigns; vendor operations review them.
    createCampaign: canRunCampaigns,
    updateCampaign: canRunCampaigns,
    setCampaignEnabled: canRunCampaigns,
    reviewCampaign: isOperations,
    createApiKey: canManageApiKeys,
    revokeApiKey: canManageApiKeys,
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
  // Editions carry no secret fields of their own: listPrice and settlementPrice are null unless visible.
  Edition: allow,
  Addon: allow,
  GiftRule: allow,
  DealerDiscount: allow, // reached only through Dealer.discounts, null unless the viewer may see the terms
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
  ServiceConnection: allow,
  ServiceEdge: allow,
  ServiceAddon: allow,
  ContractFile: allow, // reached only through Order.contracts, scoped by the order's visibility
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
  Order: allow, // reached through scoped queries; amounts null unless the viewer may see them
  OrderConnection: allow,
  OrderEdge: allow,
  OrderQuote: allow,
  RequestType: allow,
  RequestField: allow,
  BusinessRequest: allow, // reached through scoped queries; order and submitter re-checked per field
  BusinessRequestConnection: allow,
  BusinessRequestEdge: allow,
  RequestStep: allow,
  RequestAttachment: allow, // reached through BusinessRequest.attachments, scoped by the request
  // Reached only through the finance-scoped fields above (Dealer.balance is null unless visible).
  LedgerEntry: allow,
  LedgerEntryConnection: allow,
  LedgerEntryEdge: allow,
  BalancePoint: allow,
  InvoiceRequest: allow,
  InvoiceRequestConnection: allow,
  InvoiceRequestEdge: allow,
  InvoiceableOrder: allow,
  // 首页: reached only through dealerHome / vendorHome, which compute every number for the viewer.
  DealerHome: allow,
  HomeQuota: allow,
  FunnelStage: allow,
  VendorHome: allow,
  ChannelManagerPanel: isVendorStaff,
  ManagedDealer: isVendorStaff,
  QuotaLine: isVendorStaff,
  DiscountLine: isVendorStaff,
  SalesDirectorPanel: isVendorStaff,
  RecentDecision: isVendorStaff,
  FinancePanel: isVendorStaff,
  DailyAmount: isVendorStaff,
  OperationsPanel: isVendorStaff,
  AnnouncementBrief: isVendorStaff,
  PlatformAdminPanel: isVendorStaff,
  ProductLineFigures: isVendorStaff,
  Campaign: allow, // reached only through scoped queries
  CampaignPage: allow,
  CampaignChannel: allow,
  CampaignStats: allow,
  CampaignStatsLine: allow,
  CampaignChannelStats: allow,
  CampaignDailyStats: allow,
  ApiKey: allow, // reached only through the key-management fields above
  ApiKeyConnection: allow,
  ApiKeyEdge: allow,
  CreatedApiKey: allow,
  ApiKeyScopeInfo: allow,
  ApiKeyCall: allow, // reached only through apiKeyCalls (rows: the key's managers, access/api-key-access.ts)
  ApiKeyCallConnection: allow,
  ApiKeyCallEdge: allow,
};

export const permissions = shield(ruleTree, {
  fallbackRule: deny,
  allowExternalErrors: true,
  fallbackError: () => new DomainError("FORBIDDEN"),
});
