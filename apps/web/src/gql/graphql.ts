/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends " $fragmentName" | "__typename" ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from "@graphql-typed-document-node/core";
export type AccountFilter = {
  accountType?: AccountType | null | undefined;
  /** Vendor staff only: one dealer's accounts */
  dealerId?: string | number | null | undefined;
  /** Vendor staff only: VENDOR lists staff accounts */
  kind?: AccountKind | null | undefined;
  status?: ActiveStatus | null | undefined;
  /** Direct subordinates of this account */
  superiorId?: string | number | null | undefined;
  /** Substring of login name, real name or mobile */
  text?: string | null | undefined;
  /** Vendor staff only: staff holding this role */
  vendorRole?: VendorRole | null | undefined;
};

/** Dealer user or vendor staff */
export type AccountKind = "DEALER" | "VENDOR";

/** 帐户类型: 管理员 / 助理 / 员工 */
export type AccountType = "ADMIN" | "ASSISTANT" | "STAFF";

/** 正常 active / 停用 disabled */
export type ActiveStatus = "ACTIVE" | "DISABLED";

/** DEALER: a dealer's integration; VENDOR: the vendor's own (e.g. the mail platform) */
export type ApiKeyOwnerKind = "DEALER" | "VENDOR";

/** What an API key may do (labels in apiKeyScopeCatalog) */
export type ApiKeyScope =
  /** 读取产品目录 */
  | "READ_CATALOG"
  /** 读取企业信息 */
  | "READ_ENTERPRISES"
  /** 读取订单 */
  | "READ_ORDERS"
  /** 读取报备 */
  | "READ_REGISTRATIONS"
  /** 读取已开通服务 */
  | "READ_SERVICES"
  /** 上报域名事件（邮件平台） */
  | "REPORT_DOMAIN_EVENTS"
  /** 录入企业线索（新建企业、联系人、跟进记录） */
  | "WRITE_LEADS";

export type AuditLogFilter = {
  /** e.g. account.create */
  action?: string | null | undefined;
  actorId?: string | number | null | undefined;
  /** Vendor staff only: one dealer's entries */
  dealerId?: string | number | null | undefined;
  entityId?: string | null | undefined;
  /** e.g. account, dealer, session */
  entityType?: string | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
};

export type ChangePasswordInput = {
  currentPassword: string;
  newPassword: string;
};

/** Why an order waits for vendor confirmation (SPEC §6) */
export type ConfirmationReason = "DUPLICATE_EDITION" | "GIFT_EXCEEDS_RULE" | "SPECIAL_EDITION";

export type CreateAccountInput = {
  accountType: AccountType;
  /** Vendor platform admins only: the dealer to add the account to */
  dealerId?: string | number | null | undefined;
  /** 帐号: 3–64 letters, digits, _ . @ - */
  loginName: string;
  mobile?: string | null | undefined;
  /** Initial password: ≥ 8 characters with letters and digits */
  password: string;
  permissions: Array<DealerPermission>;
  realName: string;
  /** 隶属: another account of the same dealer */
  superiorId?: string | number | null | undefined;
};

export type CreateAddonInput = {
  /** Default true */
  active?: boolean | null | undefined;
  /** A–Z, 0–9 and _, at most 40 (stored upper case); unique in the product line */
  code: string;
  /** At most 500 characters */
  description?: string | null | undefined;
  /** 1–60 characters, e.g. 邮件归档 */
  name: string;
  productLineId: string | number;
  sortOrder?: number | null | undefined;
};

export type CreateApiKeyInput = {
  /** When the key stops working; none: until revoked */
  expiresAt?: string | null | undefined;
  /** What the key is for, 1–60 characters */
  name: string;
  scopes: Array<ApiKeyScope>;
};

export type CreateDealerInput = {
  adminLoginName: string;
  adminPassword: string;
  adminRealName: string;
  /** A vendor staff account with the 渠道经理 role */
  channelManagerId?: string | number | null | undefined;
  name: string;
  regionName?: string | null | undefined;
};

export type CreateEditionInput = {
  /** Default true */
  active?: boolean | null | undefined;
  /** A–Z, 0–9 and _, at most 40 (stored upper case); unique in the product line */
  code: string;
  /** 特殊版本: orders need vendor confirmation. Default false */
  isSpecial?: boolean | null | undefined;
  /** 公开价格 in 分 per seat per month, 0 – 100000000 */
  listPrice: number;
  /** 1–60 characters, e.g. 专业版 */
  name: string;
  productLineId: string | number;
  /** Display order 0–9999; default: after the others */
  sortOrder?: number | null | undefined;
};

export type CreateEnterpriseInput = {
  /** 联系人, at most 50 */
  contacts?: Array<EnterpriseContactInput> | null | undefined;
  industry?: Industry | null | undefined;
  /** 主域名: stored as the registrable domain (www.a.example.com → example.com) */
  mainDomain: string;
  /** 企业名称, 1–200 characters */
  name: string;
  /** 备注, at most 2000 characters */
  notes?: string | null | undefined;
  /** 所属帐号: defaults to the creator; admins and superiors may pick an account they see */
  ownerAccountId?: string | number | null | undefined;
  /** 意向产品线 */
  productLineId?: string | number | null | undefined;
  /** 地区: a GB/T 2260 province or city code */
  regionCode?: string | null | undefined;
  scale?: EnterpriseScale | null | undefined;
  /** 辅域名, at most 20 */
  secondaryDomains?: Array<string> | null | undefined;
  /** Tags of the own dealer */
  tagIds?: Array<string | number> | null | undefined;
};

/** 提单. TRIAL and NEW name the enterprise, domain and edition; EXPANSION, RENEWAL, TRIAL_CONVERT and TRIAL_EXTEND name the service they act on (its enterprise, domain and product line are taken from it) */
export type CreateOrderInput = {
  /** TRIAL, NEW: one of the enterprise's domains */
  domain?: string | null | undefined;
  /** 版本: required for TRIAL, NEW, TRIAL_CONVERT; the service's own for the others */
  editionId?: string | number | null | undefined;
  /** TRIAL, NEW: the enterprise */
  enterpriseId?: string | number | null | undefined;
  /** 赠送月数 beyond the gift rule sends the order to 待确认 */
  giftMonths?: number | null | undefined;
  /** 购买月数 (NEW, RENEWAL, TRIAL_CONVERT) */
  months?: number | null | undefined;
  remark?: string | null | undefined;
  /** 数量; for EXPANSION the seats to add; default the service's */
  seats?: number | null | undefined;
  /** EXPANSION, RENEWAL, TRIAL_CONVERT, TRIAL_EXTEND: the service */
  serviceId?: string | number | null | undefined;
  /** 试用天数 (TRIAL ≤ 7; all trials of a domain ≤ 30) */
  trialDays?: number | null | undefined;
  type: OrderType;
};

export type CreateProductLineInput = {
  /** A–Z, 0–9 and _, at most 40 (stored upper case); unique */
  code: string;
  /** Default: no gift (0 per 12) */
  giftRule?: GiftRuleInput | null | undefined;
  /** 1–60 characters */
  name: string;
  /** Display order 0–9999; default: after the others */
  sortOrder?: number | null | undefined;
};

export type CreateTagInput = {
  /** An Ant Design preset colour or #rrggbb; default blue */
  color?: string | null | undefined;
  /** 1–20 characters, unique within the dealer (case-insensitive) */
  name: string;
};

export type CreateVendorStaffInput = {
  loginName: string;
  mobile?: string | null | undefined;
  password: string;
  realName: string;
  vendorRoles: Array<VendorRole>;
};

/** One product line's discount; null rateBp removes it (no discount) */
export type DealerDiscountInput = {
  productLineId: string | number;
  /** Basis points of the list price, 1–10000: 8500 = 85% (8.5 折), 10000 = no discount */
  rateBp?: number | null | undefined;
};

/** The eleven dealer permissions of the manual (labels in permissionCatalog) */
export type DealerPermission =
  /** (新)经销商-经销商账户管理 */
  | "ACCOUNT_MANAGE"
  /** (新)经销商-管理员权限 */
  | "ADMIN"
  /** (新)经销商-助理权限 */
  | "ASSISTANT"
  /** (新)经销商-基本权限(无报备权) */
  | "BASIC"
  /** (新)经销商-基本权限(含报备权) */
  | "BASIC_REGISTER"
  /** (新)经销商-业务申请 */
  | "BUSINESS_REQUEST"
  /** (新)经销商-合同上传 */
  | "CONTRACT_UPLOAD"
  /** (新)经销商-查看经销商财务信息 */
  | "FINANCE_VIEW"
  /** (新)经销商-查询公开价格、提单 */
  | "LIST_PRICE_ORDER"
  /** (新)经销商-扣款、关闭订单 */
  | "PAY_CLOSE_ORDER"
  /** (新)经销商-查看结算价、查看折扣、提单 */
  | "SETTLEMENT_ORDER";

export type EnterpriseContactInput = {
  /** 邮箱 */
  email?: string | null | undefined;
  /** 手机: 11 digits starting with 1 */
  mobile?: string | null | undefined;
  /** 姓名, 1–50 characters */
  name: string;
  /** 职务, at most 50 characters */
  title?: string | null | undefined;
};

export type EnterpriseFilter = {
  /** 创建时间 ≥ */
  createdFrom?: string | null | undefined;
  /** 创建时间 < */
  createdTo?: string | null | undefined;
  /** Vendor staff: one dealer's enterprises */
  dealerId?: string | number | null | undefined;
  /** 最近跟进 ≥ */
  lastFollowUpFrom?: string | null | undefined;
  /** 最近跟进 < */
  lastFollowUpTo?: string | null | undefined;
  /** 所属帐号 */
  ownerAccountIds?: Array<string | number> | null | undefined;
  /** 意向产品线 or a service of the product line; on 企业待续费 / 试用过期企业 the qualifying service's */
  productLineIds?: Array<string | number> | null | undefined;
  /** GB/T 2260 codes; a province code matches its cities too */
  regionCodes?: Array<string> | null | undefined;
  scales?: Array<EnterpriseScale> | null | undefined;
  sources?: Array<EnterpriseSource> | null | undefined;
  statuses?: Array<EnterpriseStatus> | null | undefined;
  /** Tags; see tagMatch */
  tagIds?: Array<string | number> | null | undefined;
  /** How tagIds match: ANY (default) or ALL */
  tagMatch?: TagMatch | null | undefined;
  /** Substring of the name or of any domain (ASCII or Unicode), case-insensitive */
  text?: string | null | undefined;
};

/** 规模 (headcount band) */
export type EnterpriseScale =
  /** 1–9 人 / 1–9 */
  | "S1_9"
  /** 10–49 人 / 10–49 */
  | "S10_49"
  /** 50–99 人 / 50–99 */
  | "S50_99"
  /** 100–499 人 / 100–499 */
  | "S100_499"
  /** 500–999 人 / 500–999 */
  | "S500_999"
  /** 1000 人以上 / 1000+ */
  | "S1000_PLUS";

/** Sort keys of the enterprise lists; rows without a value (e.g. never followed up) come last */
export type EnterpriseSort =
  /** 创建时间 (default, with direction DESC) */
  | "CREATED_AT"
  /** 最近跟进 */
  | "LAST_FOLLOW_UP_AT"
  /** 企业名称 */
  | "NAME"
  /** 正式服务最近到期时间 (企业待续费) */
  | "NEXT_PAID_EXPIRES_AT"
  /** 甩单时间 */
  | "ROUTED_AT"
  /** 试用到期时间 (试用过期企业) */
  | "TRIAL_EXPIRED_AT"
  /** 更新时间 */
  | "UPDATED_AT";

/** 登记来源 */
export type EnterpriseSource =
  /** 推广平台 / Campaign */
  | "CAMPAIGN"
  /** 经销商录入 / Dealer entry */
  | "DEALER_ENTRY"
  /** 客服电话 / Hotline */
  | "HOTLINE"
  /** 企业邮官网 / Official site */
  | "OFFICIAL_SITE"
  /** 公海库 / Public pool */
  | "PUBLIC_POOL";

/** 客户状态 */
export type EnterpriseStatus =
  /** 已过期 / Expired */
  | "EXPIRED"
  /** 正式客户 / Paying */
  | "PAID"
  /** 潜在客户 / Prospect */
  | "POTENTIAL"
  /** 试用中 / On trial */
  | "TRIAL";

/** 跟进方式 */
export type FollowUpChannel =
  /** 邮件 / Email */
  | "EMAIL"
  /** 其他 / Other */
  | "OTHER"
  /** 电话 / Phone */
  | "PHONE"
  /** 拜访 / Visit */
  | "VISIT"
  /** 微信 / WeChat */
  | "WECHAT";

export type FollowUpInput = {
  channel: FollowUpChannel;
  /** 跟进内容, 1–2000 characters */
  content: string;
  /** 跟进时间: defaults to now; not in the future */
  happenedAt?: string | null | undefined;
  /** 下次跟进时间: after 跟进时间 */
  nextAt?: string | null | undefined;
  /** 下一步, at most 500 characters */
  nextStep?: string | null | undefined;
};

/** 线索 → 报备 → 订单 → 已扣款 */
export type FunnelStageCode = "LEADS" | "ORDERS" | "PAID" | "REGISTRATIONS";

/** At most maxGiftMonths free months per perPaidMonths paid (0 = no gift) */
export type GiftRuleInput = {
  /** 0 up to perPaidMonths */
  maxGiftMonths: number;
  /** 1–120 */
  perPaidMonths: number;
};

/** 行业 */
export type Industry =
  /** 建筑地产 / Construction and real estate */
  | "CONSTRUCTION"
  /** 教育 / Education */
  | "EDUCATION"
  /** 金融 / Finance */
  | "FINANCE"
  /** 政府机关 / Government */
  | "GOVERNMENT"
  /** 医疗健康 / Healthcare */
  | "HEALTHCARE"
  /** 信息技术 / Information technology */
  | "IT"
  /** 法律服务 / Legal services */
  | "LEGAL"
  /** 交通物流 / Logistics */
  | "LOGISTICS"
  /** 制造业 / Manufacturing */
  | "MANUFACTURING"
  /** 文化传媒 / Media */
  | "MEDIA"
  /** 其他 / Other */
  | "OTHER"
  /** 零售贸易 / Retail and trade */
  | "RETAIL";

/** 发票申请 filters; all optional */
export type InvoiceRequestFilter = {
  /** Vendor staff: one dealer */
  dealerId?: string | number | null | undefined;
  orderId?: string | number | null | undefined;
  status?: InvoiceStatus | null | undefined;
};

/** 开具发票 request status */
export type InvoiceStatus =
  /** 已开票 */
  | "ISSUED"
  /** 已驳回 */
  | "REJECTED"
  /** 待开票 */
  | "REQUESTED";

export type IssueInvoiceInput = {
  /** 发票号码 */
  invoiceNo: string;
  note?: string | null | undefined;
};

export type LeadFilter = {
  /** Vendor staff only: leads routed to this dealer */
  dealerId?: string | number | null | undefined;
  /** Entered at or after */
  from?: string | null | undefined;
  source?: LeadSource | null | undefined;
  status?: LeadStatus | null | undefined;
  /** Substring of the company name or domain */
  text?: string | null | undefined;
  /** Entered before */
  to?: string | null | undefined;
};

export type LeadIntakeInput = {
  /** 企业名称 */
  companyName: string;
  contactEmail?: string | null | undefined;
  /** Mobile or e-mail (at least one) */
  contactMobile?: string | null | undefined;
  /** 联系人 */
  contactName: string;
  /** Domain, URL or e-mail address; normalized to the registrable domain */
  domain: string;
  industry?: Industry | null | undefined;
  productLineId?: string | number | null | undefined;
  /** GB/T 2260 province or city code */
  regionCode?: string | null | undefined;
  /** 备注 (shown to the dealer with the lead) */
  remark?: string | null | undefined;
  scale?: EnterpriseScale | null | undefined;
  /** HOTLINE or OFFICIAL_SITE (campaign leads come from sign-ups) */
  source: LeadSource;
};

/** 线索来源 */
export type LeadSource =
  /** 推广平台 */
  | "CAMPAIGN"
  /** 客服电话 */
  | "HOTLINE"
  /** 企业邮官网 */
  | "OFFICIAL_SITE";

/** ROUTED 已分配 / UNROUTED 未分配 (no rule with an eligible dealer matched) */
export type LeadStatus = "ROUTED" | "UNROUTED";

/** 虚拟账户流水 filters; all optional, combined with AND */
export type LedgerEntryFilter = {
  /** One dealer (a dealer account sees only its own anyway) */
  dealerId?: string | number | null | undefined;
  /** Entries at or after this instant */
  from?: string | null | undefined;
  kind?: LedgerEntryKind | null | undefined;
  /** Entries before this instant */
  to?: string | null | undefined;
};

/** What moved the balance (虚拟账户流水类型) */
export type LedgerEntryKind =
  /** 调整 */
  | "ADJUSTMENT"
  /** 订单扣款 */
  | "PAYMENT"
  /** 退款 */
  | "REFUND"
  /** 充值 */
  | "TOP_UP";

export type LoginInput = {
  loginName: string;
  password: string;
};

export type NoticeFilter = {
  type?: NoticeType | null | undefined;
  /** Only notices the viewer has not read since their last event */
  unreadOnly?: boolean | null | undefined;
};

/** 消息类型 */
export type NoticeType =
  /** 公告 */
  | "ANNOUNCEMENT"
  /** 域名试报备通知 */
  | "DOMAIN_ATTEMPT"
  /** 域名生效通知 */
  | "DOMAIN_VERIFIED"
  /** 域名认证通知 */
  | "DOMAIN_VERIFY_REQUEST"
  /** 报备即将到期 */
  | "REGISTRATION_EXPIRING"
  /** 业务申请审批通知 */
  | "REQUEST_DECISION";

/** 全部订单 cross-filters; all optional, combined with AND */
export type OrderFilter = {
  /** Created at or after */
  createdFrom?: string | null | undefined;
  /** Created before */
  createdTo?: string | null | undefined;
  /** Vendor staff: one dealer */
  dealerId?: string | number | null | undefined;
  enterpriseId?: string | number | null | undefined;
  productLineId?: string | number | null | undefined;
  statuses?: Array<OrderStatus> | null | undefined;
  /** Order number or domain, in part */
  text?: string | null | undefined;
  types?: Array<OrderType> | null | undefined;
};

export type OrderStatus =
  /** 已关闭 */
  | "CLOSED"
  /** 已扣款 */
  | "PAID"
  /** 待确认 */
  | "PENDING_CONFIRMATION"
  /** 待扣款 */
  | "PENDING_PAYMENT"
  /** 已驳回 */
  | "REJECTED";

export type OrderType =
  /** 扩容 */
  | "EXPANSION"
  /** 新开通 */
  | "NEW"
  /** 续费 */
  | "RENEWAL"
  /** 试用 */
  | "TRIAL"
  /** 试用转正 */
  | "TRIAL_CONVERT"
  /** 试用延期 */
  | "TRIAL_EXTEND";

export type PoolSettingsInput = {
  /** 0–1000 (0 stops claims) */
  dailyClaimCap?: number | null | undefined;
  /** 0–3650 */
  graceDays?: number | null | undefined;
};

export type PublicPoolFilter = {
  /** Entered the pool at or after */
  enteredFrom?: string | null | undefined;
  /** Entered the pool before */
  enteredTo?: string | null | undefined;
  industry?: Industry | null | undefined;
  /** A province (with its cities) or a city code */
  regionCode?: string | null | undefined;
  scale?: EnterpriseScale | null | undefined;
  /** Substring of the name (or a domain) */
  text?: string | null | undefined;
};

export type PublishAnnouncementInput = {
  /** 1–5000 characters */
  body: string;
  /** The dealers it is for; null or empty = every dealer */
  dealerIds?: Array<string | number> | null | undefined;
  /** A console path (/registrations) or an http(s) URL */
  link?: string | null | undefined;
  /** 1–100 characters */
  title: string;
};

/** One product line's maximum; null max removes it (not enabled) */
export type QuotaInput = {
  max?: number | null | undefined;
  productLineId: string | number;
};

/** 报备锁定: lock a customer domain for one product line, 90 days */
export type RegisterDomainInput = {
  /** Any form (URL, e-mail host, Unicode); the registrable domain is locked */
  domain: string;
  /** The enterprise the domain belongs to; when omitted, the dealer's enterprise with that domain */
  enterpriseId?: string | number | null | undefined;
  productLineId: string | number;
};

/** 报备列表 filters; all optional, combined with AND */
export type RegistrationFilter = {
  /** The holding account */
  accountId?: string | number | null | undefined;
  /** Vendor staff: one dealer */
  dealerId?: string | number | null | undefined;
  /** Part of the domain (Unicode or ASCII) */
  domain?: string | null | undefined;
  enterpriseId?: string | number | null | undefined;
  productLineId?: string | number | null | undefined;
  status?: RegistrationStatus | null | undefined;
};

export type RegistrationStatus =
  /** 报备锁定中 */
  | "ACTIVE"
  /** 已转化成单 (its order was paid) */
  | "CONVERTED"
  /** 已过期 (90 days passed) */
  | "EXPIRED"
  /** 已解锁 */
  | "UNLOCKED";

/** 开具发票 for one paid order of the viewer's dealer */
export type RequestInvoiceInput = {
  note?: string | null | undefined;
  orderId: string | number;
  /** 纳税人识别号 / 统一社会信用代码: 15–20 letters and digits */
  taxNumber: string;
  /** 发票抬头, 1–100 characters */
  title: string;
};

export type RoutingDryRunInput = {
  /** Shows whether the chosen dealer already holds it */
  domain?: string | null | undefined;
  productLineId?: string | number | null | undefined;
  /** GB/T 2260 province or city code */
  regionCode?: string | null | undefined;
  source: LeadSource;
};

export type RoutingRuleInput = {
  enabled?: boolean;
  name: string;
  /** Product line ids; empty = any */
  productLineIds?: Array<string | number>;
  /** GB/T 2260 province or city codes; empty = any */
  regionCodes?: Array<string>;
  /** Empty = any */
  sources?: Array<LeadSource>;
  /** Eligible dealers with weights (1–1000) */
  targets: Array<RoutingRuleTargetInput>;
};

export type RoutingRuleTargetInput = {
  dealerId: string | number;
  /** 1–1000 */
  weight: number;
};

/** 已开通服务 filters; all optional, combined with AND */
export type ServiceFilter = {
  /** Vendor staff: one dealer */
  dealerId?: string | number | null | undefined;
  enterpriseId?: string | number | null | undefined;
  /** Still running and expiring within this many days (1–365) */
  expiringWithinDays?: number | null | undefined;
  /** 试用 or 正式 */
  kind?: ServiceKind | null | undefined;
  productLineId?: string | number | null | undefined;
  status?: ServiceStatus | null | undefined;
  /** Part of the enterprise's name or of the domain */
  text?: string | null | undefined;
};

/** 试用 trial / 正式 paid */
export type ServiceKind = "PAID" | "TRIAL";

/** By time alone: ACTIVE until the expiry, EXPIRED from then on */
export type ServiceStatus =
  /** 服务中 */
  | "ACTIVE"
  /** 已到期 */
  | "EXPIRED";

export type SetDealerDiscountsInput = {
  /** Only the product lines listed change */
  discounts: Array<DealerDiscountInput>;
};

export type SetDelegateInput = {
  delegateId: string | number;
  from: string;
  until: string;
};

export type SetQuotasInput = {
  /** Only the product lines listed change */
  quotas: Array<QuotaInput>;
};

/** 升序 ascending / 降序 descending */
export type SortDirection = "ASC" | "DESC";

export type StepDecision = "APPROVED" | "REJECTED";

/** ANY: an enterprise with at least one of the tags; ALL: with every one of them */
export type TagMatch = "ALL" | "ANY";

/** 充值: a dealer's bank transfer arrived; record it on its virtual account */
export type TopUpInput = {
  /** 分, above 0 and at most ¥100,000,000.00 per top-up */
  amount: number;
  dealerId: string | number;
  note?: string | null | undefined;
  /** The bank transfer's reference (银行流水号); spaces are dropped and letters upper-cased. Used once only */
  reference: string;
};

export type UpdateAccountInput = {
  accountType?: AccountType | null | undefined;
  mobile?: string | null | undefined;
  permissions?: Array<DealerPermission> | null | undefined;
  realName?: string | null | undefined;
  superiorId?: string | number | null | undefined;
};

export type UpdateAddonInput = {
  active?: boolean | null | undefined;
  description?: string | null | undefined;
  name?: string | null | undefined;
  sortOrder?: number | null | undefined;
};

export type UpdateEditionInput = {
  active?: boolean | null | undefined;
  isSpecial?: boolean | null | undefined;
  /** 公开价格 in 分 per seat per month */
  listPrice?: number | null | undefined;
  name?: string | null | undefined;
  sortOrder?: number | null | undefined;
};

export type UpdateEnterpriseInput = {
  industry?: Industry | null | undefined;
  mainDomain?: string | null | undefined;
  name?: string | null | undefined;
  notes?: string | null | undefined;
  productLineId?: string | number | null | undefined;
  regionCode?: string | null | undefined;
  scale?: EnterpriseScale | null | undefined;
  secondaryDomains?: Array<string> | null | undefined;
};

export type UpdateProductLineInput = {
  giftRule?: GiftRuleInput | null | undefined;
  name?: string | null | undefined;
  sortOrder?: number | null | undefined;
};

export type UpdateProfileInput = {
  mobile?: string | null | undefined;
  realName?: string | null | undefined;
};

export type UpdateTagInput = {
  color?: string | null | undefined;
  name?: string | null | undefined;
};

export type UpdateVendorStaffInput = {
  mobile?: string | null | undefined;
  realName?: string | null | undefined;
  vendorRoles?: Array<VendorRole> | null | undefined;
};

/** A vendor role's panel on 首页 */
export type VendorPanel = "CHANNEL_MANAGER" | "FINANCE" | "OPERATIONS" | "PLATFORM_ADMIN" | "SALES_DIRECTOR";

/** Vendor staff roles */
export type VendorRole = "CHANNEL_MANAGER" | "FINANCE" | "OPERATIONS" | "PLATFORM_ADMIN" | "SALES_DIRECTOR";

export type AccountRowFragment = {
  id: string;
  kind: AccountKind;
  loginName: string;
  realName: string;
  mobile: string | null;
  accountType: AccountType | null;
  vendorRoles: Array<VendorRole>;
  status: ActiveStatus;
  permissions: Array<DealerPermission>;
  lastLoginAt: string | null;
  createdAt: string;
  updatedAt: string;
  superior: { id: string; loginName: string; realName: string } | null;
  dealer: { id: string; name: string } | null;
};

export type AccountListQueryVariables = Exact<{
  filter?: AccountFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type AccountListQuery = {
  accounts: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      cursor: string;
      node: {
        id: string;
        kind: AccountKind;
        loginName: string;
        realName: string;
        mobile: string | null;
        accountType: AccountType | null;
        vendorRoles: Array<VendorRole>;
        status: ActiveStatus;
        permissions: Array<DealerPermission>;
        lastLoginAt: string | null;
        createdAt: string;
        updatedAt: string;
        superior: { id: string; loginName: string; realName: string } | null;
        dealer: { id: string; name: string } | null;
      };
    }>;
  };
};

export type AccountOptionsQueryVariables = Exact<{
  filter?: AccountFilter | null | undefined;
  first?: number | null | undefined;
}>;

export type AccountOptionsQuery = {
  accounts: {
    totalCount: number;
    edges: Array<{ node: { id: string; loginName: string; realName: string; status: ActiveStatus } }>;
  };
};

export type AccountFormCatalogQueryVariables = Exact<{ [key: string]: never }>;

export type AccountFormCatalogQuery = {
  permissionCatalog: Array<{ code: DealerPermission; labelZh: string; labelEn: string }>;
  rolePresets: Array<{
    code: string;
    labelZh: string;
    labelEn: string;
    accountType: AccountType;
    permissions: Array<DealerPermission>;
  }>;
};

export type CreateAccountMutationVariables = Exact<{
  input: CreateAccountInput;
}>;

export type CreateAccountMutation = {
  createAccount: {
    id: string;
    kind: AccountKind;
    loginName: string;
    realName: string;
    mobile: string | null;
    accountType: AccountType | null;
    vendorRoles: Array<VendorRole>;
    status: ActiveStatus;
    permissions: Array<DealerPermission>;
    lastLoginAt: string | null;
    createdAt: string;
    updatedAt: string;
    superior: { id: string; loginName: string; realName: string } | null;
    dealer: { id: string; name: string } | null;
  };
};

export type UpdateAccountMutationVariables = Exact<{
  id: string | number;
  input: UpdateAccountInput;
}>;

export type UpdateAccountMutation = {
  updateAccount: {
    id: string;
    kind: AccountKind;
    loginName: string;
    realName: string;
    mobile: string | null;
    accountType: AccountType | null;
    vendorRoles: Array<VendorRole>;
    status: ActiveStatus;
    permissions: Array<DealerPermission>;
    lastLoginAt: string | null;
    createdAt: string;
    updatedAt: string;
    superior: { id: string; loginName: string; realName: string } | null;
    dealer: { id: string; name: string } | null;
  };
};

export type SetAccountStatusMutationVariables = Exact<{
  id: string | number;
  status: ActiveStatus;
}>;

export type SetAccountStatusMutation = { setAccountStatus: { id: string; status: ActiveStatus; updatedAt: string } };

export type ResetAccountPasswordMutationVariables = Exact<{
  id: string | number;
  newPassword: string;
}>;

export type ResetAccountPasswordMutation = { resetAccountPassword: boolean };

export type ApiKeyRowFragment = {
  id: string;
  name: string;
  prefix: string;
  ownerKind: ApiKeyOwnerKind;
  scopes: Array<ApiKeyScope>;
  createdByName: string;
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
};

export type ApiKeysQueryVariables = Exact<{ [key: string]: never }>;

export type ApiKeysQuery = {
  apiKeys: Array<{
    id: string;
    name: string;
    prefix: string;
    ownerKind: ApiKeyOwnerKind;
    scopes: Array<ApiKeyScope>;
    createdByName: string;
    createdAt: string;
    expiresAt: string | null;
    lastUsedAt: string | null;
    revokedAt: string | null;
  }>;
  apiKeyScopeCatalog: Array<{ scope: ApiKeyScope; label: string; labelEn: string; owner: ApiKeyOwnerKind }>;
};

export type CreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;

export type CreateApiKeyMutation = {
  createApiKey: {
    secret: string;
    apiKey: {
      id: string;
      name: string;
      prefix: string;
      ownerKind: ApiKeyOwnerKind;
      scopes: Array<ApiKeyScope>;
      createdByName: string;
      createdAt: string;
      expiresAt: string | null;
      lastUsedAt: string | null;
      revokedAt: string | null;
    };
  };
};

export type RevokeApiKeyMutationVariables = Exact<{
  id: string | number;
}>;

export type RevokeApiKeyMutation = {
  revokeApiKey: {
    id: string;
    name: string;
    prefix: string;
    ownerKind: ApiKeyOwnerKind;
    scopes: Array<ApiKeyScope>;
    createdByName: string;
    createdAt: string;
    expiresAt: string | null;
    lastUsedAt: string | null;
    revokedAt: string | null;
  };
};

export type AuditLogRowFragment = {
  id: string;
  actorName: string;
  principalName: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  at: string;
  actor: { id: string; dealer: { id: string; name: string } | null } | null;
  principal: { id: string; dealer: { id: string; name: string } | null } | null;
};

export type AuditLogListQueryVariables = Exact<{
  filter?: AuditLogFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type AuditLogListQuery = {
  auditLogs: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      cursor: string;
      node: {
        id: string;
        actorName: string;
        principalName: string | null;
        action: string;
        entityType: string;
        entityId: string | null;
        before: unknown;
        after: unknown;
        at: string;
        actor: { id: string; dealer: { id: string; name: string } | null } | null;
        principal: { id: string; dealer: { id: string; name: string } | null } | null;
      };
    }>;
  };
};

export type AuditAccountNameQueryVariables = Exact<{
  id: string | number;
}>;

export type AuditAccountNameQuery = { account: { id: string; loginName: string; realName: string } };

export type ProductLinesQueryVariables = Exact<{ [key: string]: never }>;

export type ProductLinesQuery = { productLines: Array<{ id: string; code: string; name: string }> };

export type CatalogEditionFragment = {
  id: string;
  code: string;
  name: string;
  isSpecial: boolean;
  listPrice: number | null;
  active: boolean;
  sortOrder: number;
};

export type CatalogAddonFragment = {
  id: string;
  code: string;
  name: string;
  description: string | null;
  active: boolean;
  sortOrder: number;
};

export type CatalogProductLineFragment = {
  id: string;
  code: string;
  name: string;
  sortOrder: number;
  giftRule: { perPaidMonths: number; maxGiftMonths: number; labelZh: string; labelEn: string };
  editions: Array<{
    id: string;
    code: string;
    name: string;
    isSpecial: boolean;
    listPrice: number | null;
    active: boolean;
    sortOrder: number;
  }>;
  addons: Array<{
    id: string;
    code: string;
    name: string;
    description: string | null;
    active: boolean;
    sortOrder: number;
  }>;
};

export type ProductCatalogQueryVariables = Exact<{ [key: string]: never }>;

export type ProductCatalogQuery = {
  productLines: Array<{
    id: string;
    code: string;
    name: string;
    sortOrder: number;
    giftRule: { perPaidMonths: number; maxGiftMonths: number; labelZh: string; labelEn: string };
    editions: Array<{
      id: string;
      code: string;
      name: string;
      isSpecial: boolean;
      listPrice: number | null;
      active: boolean;
      sortOrder: number;
    }>;
    addons: Array<{
      id: string;
      code: string;
      name: string;
      description: string | null;
      active: boolean;
      sortOrder: number;
    }>;
  }>;
};

export type CreateProductLineMutationVariables = Exact<{
  input: CreateProductLineInput;
}>;

export type CreateProductLineMutation = {
  createProductLine: {
    id: string;
    code: string;
    name: string;
    sortOrder: number;
    giftRule: { perPaidMonths: number; maxGiftMonths: number; labelZh: string; labelEn: string };
    editions: Array<{
      id: string;
      code: string;
      name: string;
      isSpecial: boolean;
      listPrice: number | null;
      active: boolean;
      sortOrder: number;
    }>;
    addons: Array<{
      id: string;
      code: string;
      name: string;
      description: string | null;
      active: boolean;
      sortOrder: number;
    }>;
  };
};

export type UpdateProductLineMutationVariables = Exact<{
  id: string | number;
  input: UpdateProductLineInput;
}>;

export type UpdateProductLineMutation = {
  updateProductLine: {
    id: string;
    code: string;
    name: string;
    sortOrder: number;
    giftRule: { perPaidMonths: number; maxGiftMonths: number; labelZh: string; labelEn: string };
    editions: Array<{
      id: string;
      code: string;
      name: string;
      isSpecial: boolean;
      listPrice: number | null;
      active: boolean;
      sortOrder: number;
    }>;
    addons: Array<{
      id: string;
      code: string;
      name: string;
      description: string | null;
      active: boolean;
      sortOrder: number;
    }>;
  };
};

export type CreateEditionMutationVariables = Exact<{
  input: CreateEditionInput;
}>;

export type CreateEditionMutation = {
  createEdition: {
    id: string;
    code: string;
    name: string;
    isSpecial: boolean;
    listPrice: number | null;
    active: boolean;
    sortOrder: number;
  };
};

export type UpdateEditionMutationVariables = Exact<{
  id: string | number;
  input: UpdateEditionInput;
}>;

export type UpdateEditionMutation = {
  updateEdition: {
    id: string;
    code: string;
    name: string;
    isSpecial: boolean;
    listPrice: number | null;
    active: boolean;
    sortOrder: number;
  };
};

export type CreateAddonMutationVariables = Exact<{
  input: CreateAddonInput;
}>;

export type CreateAddonMutation = {
  createAddon: {
    id: string;
    code: string;
    name: string;
    description: string | null;
    active: boolean;
    sortOrder: number;
  };
};

export type UpdateAddonMutationVariables = Exact<{
  id: string | number;
  input: UpdateAddonInput;
}>;

export type UpdateAddonMutation = {
  updateAddon: {
    id: string;
    code: string;
    name: string;
    description: string | null;
    active: boolean;
    sortOrder: number;
  };
};

export type ContractFileRowFragment = {
  id: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  createdAt: string;
  downloadUrl: string;
  uploadedBy: { id: string; realName: string; loginName: string } | null;
};

export type OrderContractsQueryVariables = Exact<{
  id: string | number;
}>;

export type OrderContractsQuery = {
  order: {
    id: string;
    status: OrderStatus;
    contracts: Array<{
      id: string;
      fileName: string;
      contentType: string;
      sizeBytes: number;
      createdAt: string;
      downloadUrl: string;
      uploadedBy: { id: string; realName: string; loginName: string } | null;
    }>;
  };
};

export type DeleteContractFileMutationVariables = Exact<{
  id: string | number;
}>;

export type DeleteContractFileMutation = {
  deleteContractFile: {
    id: string;
    status: OrderStatus;
    contracts: Array<{
      id: string;
      fileName: string;
      contentType: string;
      sizeBytes: number;
      createdAt: string;
      downloadUrl: string;
      uploadedBy: { id: string; realName: string; loginName: string } | null;
    }>;
  };
};

export type DealerHomeQueryVariables = Exact<{ [key: string]: never }>;

export type DealerHomeQuery = {
  dealerHome: {
    routedNotFollowedUp: number;
    registrationsEndingSoon: number;
    endingSoonDays: number;
    ordersPendingPayment: number;
    requestsPending: number;
    unreadNotices: number;
    balance: number | null;
    periodStart: string;
    quotas: Array<{
      productLineId: string;
      productLineName: string;
      dealerMax: number;
      dealerUsed: number;
      ownMax: number | null;
      ownUsed: number;
      available: number;
    }>;
    funnel: Array<{ stage: FunnelStageCode; count: number }>;
  };
};

export type VendorHomeQueryVariables = Exact<{ [key: string]: never }>;

export type VendorHomeQuery = {
  vendorHome: {
    panels: Array<VendorPanel>;
    channelManager: {
      pendingApprovals: number;
      dealers: Array<{
        id: string;
        name: string;
        status: ActiveStatus;
        balance: number;
        openRegistrations: number;
        pendingApprovals: number;
        quotas: Array<{ productLineName: string; max: number; used: number }>;
        discounts: Array<{ productLineName: string; rateBp: number }>;
      }>;
    } | null;
    salesDirector: {
      queueSize: number;
      oldestWaitingSince: string | null;
      recentDecisions: Array<{
        requestId: string;
        requestNo: string;
        typeName: string;
        dealerName: string;
        decision: StepDecision;
        decidedAt: string;
        decidedByName: string | null;
      }>;
    } | null;
    finance: {
      monthStart: string;
      topUpsThisMonth: number;
      topUpCountThisMonth: number;
      totalBalance: number;
      invoicesPending: number;
      dailyTopUps: Array<{ date: string; amount: number }>;
    } | null;
    operations: {
      ordersPendingConfirmation: number;
      unroutedLeads: number;
      routedLeadsLast7Days: number;
      recentAnnouncements: Array<{ id: string; title: string; createdAt: string }>;
    } | null;
    platformAdmin: {
      activeDealers: number;
      disabledDealers: number;
      activeAccounts: number;
      signedInLast30Days: number;
      periodStart: string;
      productLines: Array<{
        productLineId: string;
        productLineName: string;
        orders: number;
        paidOrders: number;
        revenue: number;
      }>;
    } | null;
  };
};

export type DealerRowFragment = {
  id: string;
  name: string;
  regionName: string | null;
  status: ActiveStatus;
  createdAt: string;
  regions: Array<{ code: string; name: string }>;
  channelManager: { id: string; loginName: string; realName: string } | null;
  quotas: Array<{ max: number; productLine: { id: string; name: string } }>;
};

export type DealerListQueryVariables = Exact<{
  text?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type DealerListQuery = {
  dealers: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      cursor: string;
      node: {
        id: string;
        name: string;
        regionName: string | null;
        status: ActiveStatus;
        createdAt: string;
        regions: Array<{ code: string; name: string }>;
        channelManager: { id: string; loginName: string; realName: string } | null;
        quotas: Array<{ max: number; productLine: { id: string; name: string } }>;
      };
    }>;
  };
};

export type CreateDealerMutationVariables = Exact<{
  input: CreateDealerInput;
}>;

export type CreateDealerMutation = {
  createDealer: {
    id: string;
    name: string;
    regionName: string | null;
    status: ActiveStatus;
    createdAt: string;
    regions: Array<{ code: string; name: string }>;
    channelManager: { id: string; loginName: string; realName: string } | null;
    quotas: Array<{ max: number; productLine: { id: string; name: string } }>;
  };
};

export type SetDealerRegionsMutationVariables = Exact<{
  dealerId: string | number;
  regionCodes: Array<string> | string;
}>;

export type SetDealerRegionsMutation = {
  setDealerRegions: {
    id: string;
    name: string;
    regionName: string | null;
    status: ActiveStatus;
    createdAt: string;
    regions: Array<{ code: string; name: string }>;
    channelManager: { id: string; loginName: string; realName: string } | null;
    quotas: Array<{ max: number; productLine: { id: string; name: string } }>;
  };
};

export type EnterpriseRowFragment = {
  id: string;
  name: string;
  mainDomain: string;
  mainDomainUnicode: string;
  regionCode: string | null;
  regionName: string | null;
  industry: Industry | null;
  scale: EnterpriseScale | null;
  source: EnterpriseSource;
  status: EnterpriseStatus;
  lastFollowUpAt: string | null;
  createdAt: string;
  tags: Array<{ id: string; name: string; color: string }>;
  owner: { id: string; loginName: string; realName: string } | null;
};

export type AllEnterprisesQueryVariables = Exact<{
  filter?: EnterpriseFilter | null | undefined;
  sort: EnterpriseSort;
  direction: SortDirection;
  first: number;
  after?: string | null | undefined;
}>;

export type AllEnterprisesQuery = {
  list: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      cursor: string;
      node: {
        id: string;
        name: string;
        mainDomain: string;
        mainDomainUnicode: string;
        regionCode: string | null;
        regionName: string | null;
        industry: Industry | null;
        scale: EnterpriseScale | null;
        source: EnterpriseSource;
        status: EnterpriseStatus;
        lastFollowUpAt: string | null;
        createdAt: string;
        tags: Array<{ id: string; name: string; color: string }>;
        owner: { id: string; loginName: string; realName: string } | null;
      };
    }>;
  };
};

export type RenewalDueEnterprisesQueryVariables = Exact<{
  withinDays: number;
  filter?: EnterpriseFilter | null | undefined;
  sort: EnterpriseSort;
  direction: SortDirection;
  first: number;
  after?: string | null | undefined;
}>;

export type RenewalDueEnterprisesQuery = {
  list: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      cursor: string;
      node: {
        nextPaidExpiresAt: string | null;
        id: string;
        name: string;
        mainDomain: string;
        mainDomainUnicode: string;
        regionCode: string | null;
        regionName: string | null;
        industry: Industry | null;
        scale: EnterpriseScale | null;
        source: EnterpriseSource;
        status: EnterpriseStatus;
        lastFollowUpAt: string | null;
        createdAt: string;
        services: Array<{
          id: string;
          kind: ServiceKind;
          domain: string;
          domainUnicode: string;
          seats: number;
          startsAt: string;
          expiresAt: string;
          productLine: { id: string; name: string } | null;
          edition: { id: string; name: string } | null;
        }>;
        tags: Array<{ id: string; name: string; color: string }>;
        owner: { id: string; loginName: string; realName: string } | null;
      };
    }>;
  };
};

export type TrialExpiredEnterprisesQueryVariables = Exact<{
  filter?: EnterpriseFilter | null | undefined;
  sort: EnterpriseSort;
  direction: SortDirection;
  first: number;
  after?: string | null | undefined;
}>;

export type TrialExpiredEnterprisesQuery = {
  list: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      cursor: string;
      node: {
        trialExpiredAt: string | null;
        id: string;
        name: string;
        mainDomain: string;
        mainDomainUnicode: string;
        regionCode: string | null;
        regionName: string | null;
        industry: Industry | null;
        scale: EnterpriseScale | null;
        source: EnterpriseSource;
        status: EnterpriseStatus;
        lastFollowUpAt: string | null;
        createdAt: string;
        services: Array<{
          id: string;
          kind: ServiceKind;
          domain: string;
          domainUnicode: string;
          seats: number;
          startsAt: string;
          expiresAt: string;
          productLine: { id: string; name: string } | null;
          edition: { id: string; name: string } | null;
        }>;
        tags: Array<{ id: string; name: string; color: string }>;
        owner: { id: string; loginName: string; realName: string } | null;
      };
    }>;
  };
};

export type RoutedEnterprisesQueryVariables = Exact<{
  filter?: EnterpriseFilter | null | undefined;
  sort: EnterpriseSort;
  direction: SortDirection;
  first: number;
  after?: string | null | undefined;
}>;

export type RoutedEnterprisesQuery = {
  list: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      cursor: string;
      node: {
        routedAt: string | null;
        routingTrace: unknown;
        id: string;
        name: string;
        mainDomain: string;
        mainDomainUnicode: string;
        regionCode: string | null;
        regionName: string | null;
        industry: Industry | null;
        scale: EnterpriseScale | null;
        source: EnterpriseSource;
        status: EnterpriseStatus;
        lastFollowUpAt: string | null;
        createdAt: string;
        tags: Array<{ id: string; name: string; color: string }>;
        owner: { id: string; loginName: string; realName: string } | null;
      };
    }>;
  };
};

export type OwnerLabelQueryVariables = Exact<{
  id: string | number;
}>;

export type OwnerLabelQuery = { account: { id: string; loginName: string; realName: string } };

export type AssignableOwnersQueryVariables = Exact<{ [key: string]: never }>;

export type AssignableOwnersQuery = { accounts: { totalCount: number } };

export type EnterpriseDetailFragment = {
  notes: string | null;
  nextPaidExpiresAt: string | null;
  trialExpiredAt: string | null;
  routedAt: string | null;
  routingTrace: unknown;
  updatedAt: string;
  id: string;
  name: string;
  mainDomain: string;
  mainDomainUnicode: string;
  regionCode: string | null;
  regionName: string | null;
  industry: Industry | null;
  scale: EnterpriseScale | null;
  source: EnterpriseSource;
  status: EnterpriseStatus;
  lastFollowUpAt: string | null;
  createdAt: string;
  domains: Array<{ domain: string; unicode: string; isMain: boolean }>;
  secondaryDomains: Array<{ domain: string; unicode: string }>;
  productLine: { id: string; name: string } | null;
  contacts: Array<{ id: string; name: string; mobile: string | null; email: string | null; title: string | null }>;
  services: Array<{
    id: string;
    kind: ServiceKind;
    domain: string;
    domainUnicode: string;
    seats: number;
    startsAt: string;
    expiresAt: string;
    productLine: { id: string; name: string } | null;
    edition: { id: string; name: string } | null;
  }>;
  createdBy: { id: string; loginName: string; realName: string } | null;
  tags: Array<{ id: string; name: string; color: string }>;
  owner: { id: string; loginName: string; realName: string } | null;
};

export type EnterpriseDetailPageQueryVariables = Exact<{
  id: string | number;
}>;

export type EnterpriseDetailPageQuery = {
  enterprise: {
    notes: string | null;
    nextPaidExpiresAt: string | null;
    trialExpiredAt: string | null;
    routedAt: string | null;
    routingTrace: unknown;
    updatedAt: string;
    id: string;
    name: string;
    mainDomain: string;
    mainDomainUnicode: string;
    regionCode: string | null;
    regionName: string | null;
    industry: Industry | null;
    scale: EnterpriseScale | null;
    source: EnterpriseSource;
    status: EnterpriseStatus;
    lastFollowUpAt: string | null;
    createdAt: string;
    domains: Array<{ domain: string; unicode: string; isMain: boolean }>;
    secondaryDomains: Array<{ domain: string; unicode: string }>;
    productLine: { id: string; name: string } | null;
    contacts: Array<{ id: string; name: string; mobile: string | null; email: string | null; title: string | null }>;
    services: Array<{
      id: string;
      kind: ServiceKind;
      domain: string;
      domainUnicode: string;
      seats: number;
      startsAt: string;
      expiresAt: string;
      productLine: { id: string; name: string } | null;
      edition: { id: string; name: string } | null;
    }>;
    createdBy: { id: string; loginName: string; realName: string } | null;
    tags: Array<{ id: string; name: string; color: string }>;
    owner: { id: string; loginName: string; realName: string } | null;
  };
};

export type CreateEnterpriseMutationVariables = Exact<{
  input: CreateEnterpriseInput;
}>;

export type CreateEnterpriseMutation = {
  createEnterprise: {
    notes: string | null;
    nextPaidExpiresAt: string | null;
    trialExpiredAt: string | null;
    routedAt: string | null;
    routingTrace: unknown;
    updatedAt: string;
    id: string;
    name: string;
    mainDomain: string;
    mainDomainUnicode: string;
    regionCode: string | null;
    regionName: string | null;
    industry: Industry | null;
    scale: EnterpriseScale | null;
    source: EnterpriseSource;
    status: EnterpriseStatus;
    lastFollowUpAt: string | null;
    createdAt: string;
    domains: Array<{ domain: string; unicode: string; isMain: boolean }>;
    secondaryDomains: Array<{ domain: string; unicode: string }>;
    productLine: { id: string; name: string } | null;
    contacts: Array<{ id: string; name: string; mobile: string | null; email: string | null; title: string | null }>;
    services: Array<{
      id: string;
      kind: ServiceKind;
      domain: string;
      domainUnicode: string;
      seats: number;
      startsAt: string;
      expiresAt: string;
      productLine: { id: string; name: string } | null;
      edition: { id: string; name: string } | null;
    }>;
    createdBy: { id: string; loginName: string; realName: string } | null;
    tags: Array<{ id: string; name: string; color: string }>;
    owner: { id: string; loginName: string; realName: string } | null;
  };
};

export type UpdateEnterpriseMutationVariables = Exact<{
  id: string | number;
  input: UpdateEnterpriseInput;
}>;

export type UpdateEnterpriseMutation = {
  updateEnterprise: {
    notes: string | null;
    nextPaidExpiresAt: string | null;
    trialExpiredAt: string | null;
    routedAt: string | null;
    routingTrace: unknown;
    updatedAt: string;
    id: string;
    name: string;
    mainDomain: string;
    mainDomainUnicode: string;
    regionCode: string | null;
    regionName: string | null;
    industry: Industry | null;
    scale: EnterpriseScale | null;
    source: EnterpriseSource;
    status: EnterpriseStatus;
    lastFollowUpAt: string | null;
    createdAt: string;
    domains: Array<{ domain: string; unicode: string; isMain: boolean }>;
    secondaryDomains: Array<{ domain: string; unicode: string }>;
    productLine: { id: string; name: string } | null;
    contacts: Array<{ id: string; name: string; mobile: string | null; email: string | null; title: string | null }>;
    services: Array<{
      id: string;
      kind: ServiceKind;
      domain: string;
      domainUnicode: string;
      seats: number;
      startsAt: string;
      expiresAt: string;
      productLine: { id: string; name: string } | null;
      edition: { id: string; name: string } | null;
    }>;
    createdBy: { id: string; loginName: string; realName: string } | null;
    tags: Array<{ id: string; name: string; color: string }>;
    owner: { id: string; loginName: string; realName: string } | null;
  };
};

export type ReassignEnterpriseMutationVariables = Exact<{
  id: string | number;
  ownerAccountId: string | number;
}>;

export type ReassignEnterpriseMutation = {
  reassignEnterprise: {
    id: string;
    updatedAt: string;
    owner: { id: string; loginName: string; realName: string } | null;
  };
};

export type SetEnterpriseTagsMutationVariables = Exact<{
  id: string | number;
  tagIds: Array<string | number> | string | number;
}>;

export type SetEnterpriseTagsMutation = {
  setEnterpriseTags: { id: string; updatedAt: string; tags: Array<{ id: string; name: string; color: string }> };
};

export type AddEnterpriseContactMutationVariables = Exact<{
  enterpriseId: string | number;
  input: EnterpriseContactInput;
}>;

export type AddEnterpriseContactMutation = {
  addEnterpriseContact: { id: string; name: string; mobile: string | null; email: string | null; title: string | null };
};

export type UpdateEnterpriseContactMutationVariables = Exact<{
  id: string | number;
  input: EnterpriseContactInput;
}>;

export type UpdateEnterpriseContactMutation = {
  updateEnterpriseContact: {
    id: string;
    name: string;
    mobile: string | null;
    email: string | null;
    title: string | null;
  };
};

export type RemoveEnterpriseContactMutationVariables = Exact<{
  id: string | number;
}>;

export type RemoveEnterpriseContactMutation = { removeEnterpriseContact: boolean };

export type FollowUpItemFragment = {
  id: string;
  channel: FollowUpChannel;
  content: string;
  nextStep: string | null;
  nextAt: string | null;
  happenedAt: string;
  createdAt: string;
  author: { id: string; loginName: string; realName: string } | null;
};

export type EnterpriseFollowUpsQueryVariables = Exact<{
  id: string | number;
  first: number;
  after?: string | null | undefined;
}>;

export type EnterpriseFollowUpsQuery = {
  enterprise: {
    id: string;
    lastFollowUpAt: string | null;
    followUps: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: Array<{
        cursor: string;
        node: {
          id: string;
          channel: FollowUpChannel;
          content: string;
          nextStep: string | null;
          nextAt: string | null;
          happenedAt: string;
          createdAt: string;
          author: { id: string; loginName: string; realName: string } | null;
        };
      }>;
    };
  };
};

export type AddFollowUpMutationVariables = Exact<{
  enterpriseId: string | number;
  input: FollowUpInput;
}>;

export type AddFollowUpMutation = {
  addFollowUp: {
    id: string;
    channel: FollowUpChannel;
    content: string;
    nextStep: string | null;
    nextAt: string | null;
    happenedAt: string;
    createdAt: string;
    author: { id: string; loginName: string; realName: string } | null;
  };
};

export type TagItemFragment = { id: string; name: string; color: string; enterpriseCount: number; createdAt: string };

export type TagsQueryVariables = Exact<{ [key: string]: never }>;

export type TagsQuery = {
  tags: Array<{ id: string; name: string; color: string; enterpriseCount: number; createdAt: string }>;
};

export type CreateTagMutationVariables = Exact<{
  input: CreateTagInput;
}>;

export type CreateTagMutation = {
  createTag: { id: string; name: string; color: string; enterpriseCount: number; createdAt: string };
};

export type UpdateTagMutationVariables = Exact<{
  id: string | number;
  input: UpdateTagInput;
}>;

export type UpdateTagMutation = {
  updateTag: { id: string; name: string; color: string; enterpriseCount: number; createdAt: string };
};

export type DeleteTagMutationVariables = Exact<{
  id: string | number;
}>;

export type DeleteTagMutation = { deleteTag: boolean };

export type InvoiceRequestRowFragment = {
  id: string;
  status: InvoiceStatus;
  orderId: string;
  orderNo: string | null;
  title: string;
  taxNumber: string;
  amount: number;
  note: string | null;
  invoiceNo: string | null;
  handledNote: string | null;
  handledAt: string | null;
  createdAt: string;
  dealer: { id: string; name: string };
  requestedBy: { id: string; realName: string } | null;
  handledBy: { id: string; realName: string } | null;
};

export type InvoiceRequestsQueryVariables = Exact<{
  filter?: InvoiceRequestFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;

export type InvoiceRequestsQuery = {
  invoiceRequests: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      cursor: string;
      node: {
        id: string;
        status: InvoiceStatus;
        orderId: string;
        orderNo: string | null;
        title: string;
        taxNumber: string;
        amount: number;
        note: string | null;
        invoiceNo: string | null;
        handledNote: string | null;
        handledAt: string | null;
        createdAt: string;
        dealer: { id: string; name: string };
        requestedBy: { id: string; realName: string } | null;
        handledBy: { id: string; realName: string } | null;
      };
    }>;
  };
};

export type InvoiceableOrdersQueryVariables = Exact<{ [key: string]: never }>;

export type InvoiceableOrdersQuery = {
  invoiceableOrders: Array<{
    orderId: string;
    orderNo: string;
    amount: number;
    paidAt: string;
    enterpriseName: string | null;
  }>;
};

export type RequestInvoiceMutationVariables = Exact<{
  input: RequestInvoiceInput;
}>;

export type RequestInvoiceMutation = {
  requestInvoice: {
    id: string;
    status: InvoiceStatus;
    orderId: string;
    orderNo: string | null;
    title: string;
    taxNumber: string;
    amount: number;
    note: string | null;
    invoiceNo: string | null;
    handledNote: string | null;
    handledAt: string | null;
    createdAt: string;
    dealer: { id: string; name: string };
    requestedBy: { id: string; realName: string } | null;
    handledBy: { id: string; realName: string } | null;
  };
};

export type IssueInvoiceMutationVariables = Exact<{
  id: string | number;
  input: IssueInvoiceInput;
}>;

export type IssueInvoiceMutation = {
  issueInvoice: {
    id: string;
    status: InvoiceStatus;
    orderId: string;
    orderNo: string | null;
    title: string;
    taxNumber: string;
    amount: number;
    note: string | null;
    invoiceNo: string | null;
    handledNote: string | null;
    handledAt: string | null;
    createdAt: string;
    dealer: { id: string; name: string };
    requestedBy: { id: string; realName: string } | null;
    handledBy: { id: string; realName: string } | null;
  };
};

export type RejectInvoiceMutationVariables = Exact<{
  id: string | number;
  note: string;
}>;

export type RejectInvoiceMutation = {
  rejectInvoice: {
    id: string;
    status: InvoiceStatus;
    orderId: string;
    orderNo: string | null;
    title: string;
    taxNumber: string;
    amount: number;
    note: string | null;
    invoiceNo: string | null;
    handledNote: string | null;
    handledAt: string | null;
    createdAt: string;
    dealer: { id: string; name: string };
    requestedBy: { id: string; realName: string } | null;
    handledBy: { id: string; realName: string } | null;
  };
};

export type LedgerEntryRowFragment = {
  id: string;
  kind: LedgerEntryKind;
  amount: number;
  balanceAfter: number;
  orderId: string | null;
  orderNo: string | null;
  reference: string | null;
  note: string | null;
  createdAt: string;
  createdBy: { id: string; realName: string } | null;
  dealer: { id: string; name: string };
};

export type DealerInfoQueryVariables = Exact<{ [key: string]: never }>;

export type DealerInfoQuery = {
  myDealer: {
    id: string;
    name: string;
    regionName: string | null;
    status: ActiveStatus;
    balance: number | null;
    channelManager: { id: string; realName: string } | null;
    quotas: Array<{
      max: number;
      used: number;
      available: number;
      productLine: { id: string; code: string; name: string };
    }>;
    discounts: Array<{ rateBp: number; productLine: { id: string; code: string; name: string } }> | null;
  };
};

export type LedgerEntriesQueryVariables = Exact<{
  filter?: LedgerEntryFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;

export type LedgerEntriesQuery = {
  ledgerEntries: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      cursor: string;
      node: {
        id: string;
        kind: LedgerEntryKind;
        amount: number;
        balanceAfter: number;
        orderId: string | null;
        orderNo: string | null;
        reference: string | null;
        note: string | null;
        createdAt: string;
        createdBy: { id: string; realName: string } | null;
        dealer: { id: string; name: string };
      };
    }>;
  };
};

export type BalanceHistoryQueryVariables = Exact<{
  dealerId: string | number;
  days: number;
}>;

export type BalanceHistoryQuery = { balanceHistory: Array<{ date: string; balance: number }> };

export type DealerBalanceQueryVariables = Exact<{
  id: string | number;
}>;

export type DealerBalanceQuery = { dealer: { id: string; name: string; balance: number | null } };

export type TopUpMutationVariables = Exact<{
  input: TopUpInput;
}>;

export type TopUpMutation = {
  topUp: {
    id: string;
    kind: LedgerEntryKind;
    amount: number;
    balanceAfter: number;
    orderId: string | null;
    orderNo: string | null;
    reference: string | null;
    note: string | null;
    createdAt: string;
    createdBy: { id: string; realName: string } | null;
    dealer: { id: string; name: string };
  };
};

export type NoticeRowFragment = {
  id: string;
  type: NoticeType;
  title: string;
  body: string;
  link: string | null;
  params: unknown;
  eventCount: number;
  read: boolean;
  createdAt: string;
  lastEventAt: string;
};

export type NoticesQueryVariables = Exact<{
  filter?: NoticeFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;

export type NoticesQuery = {
  notices: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      cursor: string;
      node: {
        id: string;
        type: NoticeType;
        title: string;
        body: string;
        link: string | null;
        params: unknown;
        eventCount: number;
        read: boolean;
        createdAt: string;
        lastEventAt: string;
      };
    }>;
  };
};

export type UnreadNoticeCountQueryVariables = Exact<{ [key: string]: never }>;

export type UnreadNoticeCountQuery = { unreadNoticeCount: number };

export type MarkNoticeReadMutationVariables = Exact<{
  id: string | number;
}>;

export type MarkNoticeReadMutation = {
  markNoticeRead: { id: string; read: boolean; eventCount: number; lastEventAt: string };
};

export type MarkAllNoticesReadMutationVariables = Exact<{ [key: string]: never }>;

export type MarkAllNoticesReadMutation = { markAllNoticesRead: number };

export type AnnouncementRowFragment = {
  id: string;
  title: string;
  body: string;
  link: string | null;
  allDealers: boolean;
  publishedByName: string | null;
  createdAt: string;
  dealers: Array<{ id: string; name: string }>;
};

export type AnnouncementsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;

export type AnnouncementsQuery = {
  announcements: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      cursor: string;
      node: {
        id: string;
        title: string;
        body: string;
        link: string | null;
        allDealers: boolean;
        publishedByName: string | null;
        createdAt: string;
        dealers: Array<{ id: string; name: string }>;
      };
    }>;
  };
};

export type PublishAnnouncementMutationVariables = Exact<{
  input: PublishAnnouncementInput;
}>;

export type PublishAnnouncementMutation = { publishAnnouncement: { id: string; title: string } };

export type AnnouncementDealerOptionsQueryVariables = Exact<{
  text?: string | null | undefined;
}>;

export type AnnouncementDealerOptionsQuery = {
  dealers: { edges: Array<{ node: { id: string; name: string; status: ActiveStatus } }> };
};

export type OrderRowFragment = {
  id: string;
  orderNo: string;
  type: OrderType;
  status: OrderStatus;
  domain: string;
  domainUnicode: string;
  editionName: string;
  seats: number;
  months: number;
  giftMonths: number;
  trialDays: number;
  listAmount: number | null;
  settlementAmount: number | null;
  reductionAmount: number | null;
  amountDue: number | null;
  confirmationReasons: Array<ConfirmationReason>;
  createdAt: string;
  productLine: { id: string; name: string };
  enterprise: { id: string; name: string } | null;
  dealer: { id: string; name: string } | null;
  creator: { id: string; loginName: string; realName: string } | null;
};

export type OrderServiceFieldsFragment = {
  id: string;
  kind: ServiceKind;
  domain: string;
  domainUnicode: string;
  seats: number;
  startsAt: string;
  expiresAt: string;
  productLine: { id: string; name: string } | null;
  edition: { id: string; name: string } | null;
};

export type OrderDetailFragment = {
  remark: string | null;
  rejectReason: string | null;
  decidedAt: string | null;
  paidAt: string | null;
  closedAt: string | null;
  updatedAt: string;
  id: string;
  orderNo: string;
  type: OrderType;
  status: OrderStatus;
  domain: string;
  domainUnicode: string;
  editionName: string;
  seats: number;
  months: number;
  giftMonths: number;
  trialDays: number;
  listAmount: number | null;
  settlementAmount: number | null;
  reductionAmount: number | null;
  amountDue: number | null;
  confirmationReasons: Array<ConfirmationReason>;
  createdAt: string;
  service: {
    id: string;
    kind: ServiceKind;
    domain: string;
    domainUnicode: string;
    seats: number;
    startsAt: string;
    expiresAt: string;
    productLine: { id: string; name: string } | null;
    edition: { id: string; name: string } | null;
  } | null;
  productLine: { id: string; name: string };
  enterprise: { id: string; name: string } | null;
  dealer: { id: string; name: string } | null;
  creator: { id: string; loginName: string; realName: string } | null;
};

export type OrdersQueryVariables = Exact<{
  filter?: OrderFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;

export type OrdersQuery = {
  orders: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      cursor: string;
      node: {
        id: string;
        orderNo: string;
        type: OrderType;
        status: OrderStatus;
        domain: string;
        domainUnicode: string;
        editionName: string;
        seats: number;
        months: number;
        giftMonths: number;
        trialDays: number;
        listAmount: number | null;
        settlementAmount: number | null;
        reductionAmount: number | null;
        amountDue: number | null;
        confirmationReasons: Array<ConfirmationReason>;
        createdAt: string;
        productLine: { id: string; name: string };
        enterprise: { id: string; name: string } | null;
        dealer: { id: string; name: string } | null;
        creator: { id: string; loginName: string; realName: string } | null;
      };
    }>;
  };
};

export type OrderDetailPageQueryVariables = Exact<{
  id: string | number;
}>;

export type OrderDetailPageQuery = {
  order: {
    remark: string | null;
    rejectReason: string | null;
    decidedAt: string | null;
    paidAt: string | null;
    closedAt: string | null;
    updatedAt: string;
    id: string;
    orderNo: string;
    type: OrderType;
    status: OrderStatus;
    domain: string;
    domainUnicode: string;
    editionName: string;
    seats: number;
    months: number;
    giftMonths: number;
    trialDays: number;
    listAmount: number | null;
    settlementAmount: number | null;
    reductionAmount: number | null;
    amountDue: number | null;
    confirmationReasons: Array<ConfirmationReason>;
    createdAt: string;
    service: {
      id: string;
      kind: ServiceKind;
      domain: string;
      domainUnicode: string;
      seats: number;
      startsAt: string;
      expiresAt: string;
      productLine: { id: string; name: string } | null;
      edition: { id: string; name: string } | null;
    } | null;
    productLine: { id: string; name: string };
    enterprise: { id: string; name: string } | null;
    dealer: { id: string; name: string } | null;
    creator: { id: string; loginName: string; realName: string } | null;
  };
};

export type OrderQuoteQueryVariables = Exact<{
  input: CreateOrderInput;
}>;

export type OrderQuoteQuery = {
  orderQuote: {
    type: OrderType;
    domain: string;
    seats: number;
    months: number;
    giftMonths: number;
    allowedGiftMonths: number;
    trialDays: number;
    remainingDays: number | null;
    listAmount: number | null;
    settlementAmount: number | null;
    confirmationReasons: Array<ConfirmationReason>;
  };
};

export type OrderCatalogQueryVariables = Exact<{ [key: string]: never }>;

export type OrderCatalogQuery = {
  productLines: Array<{
    id: string;
    code: string;
    name: string;
    giftRule: { perPaidMonths: number; maxGiftMonths: number; labelZh: string; labelEn: string };
    editions: Array<{
      id: string;
      code: string;
      name: string;
      isSpecial: boolean;
      listPrice: number | null;
      settlementPrice: number | null;
    }>;
  }>;
};

export type MyDealerBalanceQueryVariables = Exact<{ [key: string]: never }>;

export type MyDealerBalanceQuery = { myDealer: { id: string; balance: number | null } };

export type CreateOrderMutationVariables = Exact<{
  input: CreateOrderInput;
}>;

export type CreateOrderMutation = {
  createOrder: {
    remark: string | null;
    rejectReason: string | null;
    decidedAt: string | null;
    paidAt: string | null;
    closedAt: string | null;
    updatedAt: string;
    id: string;
    orderNo: string;
    type: OrderType;
    status: OrderStatus;
    domain: string;
    domainUnicode: string;
    editionName: string;
    seats: number;
    months: number;
    giftMonths: number;
    trialDays: number;
    listAmount: number | null;
    settlementAmount: number | null;
    reductionAmount: number | null;
    amountDue: number | null;
    confirmationReasons: Array<ConfirmationReason>;
    createdAt: string;
    service: {
      id: string;
      kind: ServiceKind;
      domain: string;
      domainUnicode: string;
      seats: number;
      startsAt: string;
      expiresAt: string;
      productLine: { id: string; name: string } | null;
      edition: { id: string; name: string } | null;
    } | null;
    productLine: { id: string; name: string };
    enterprise: { id: string; name: string } | null;
    dealer: { id: string; name: string } | null;
    creator: { id: string; loginName: string; realName: string } | null;
  };
};

export type PayOrderMutationVariables = Exact<{
  id: string | number;
  idempotencyKey: string;
}>;

export type PayOrderMutation = {
  payOrder: {
    remark: string | null;
    rejectReason: string | null;
    decidedAt: string | null;
    paidAt: string | null;
    closedAt: string | null;
    updatedAt: string;
    id: string;
    orderNo: string;
    type: OrderType;
    status: OrderStatus;
    domain: string;
    domainUnicode: string;
    editionName: string;
    seats: number;
    months: number;
    giftMonths: number;
    trialDays: number;
    listAmount: number | null;
    settlementAmount: number | null;
    reductionAmount: number | null;
    amountDue: number | null;
    confirmationReasons: Array<ConfirmationReason>;
    createdAt: string;
    service: {
      id: string;
      kind: ServiceKind;
      domain: string;
      domainUnicode: string;
      seats: number;
      startsAt: string;
      expiresAt: string;
      productLine: { id: string; name: string } | null;
      edition: { id: string; name: string } | null;
    } | null;
    productLine: { id: string; name: string };
    enterprise: { id: string; name: string } | null;
    dealer: { id: string; name: string } | null;
    creator: { id: string; loginName: string; realName: string } | null;
  };
};

export type CloseOrderMutationVariables = Exact<{
  id: string | number;
}>;

export type CloseOrderMutation = {
  closeOrder: {
    remark: string | null;
    rejectReason: string | null;
    decidedAt: string | null;
    paidAt: string | null;
    closedAt: string | null;
    updatedAt: string;
    id: string;
    orderNo: string;
    type: OrderType;
    status: OrderStatus;
    domain: string;
    domainUnicode: string;
    editionName: string;
    seats: number;
    months: number;
    giftMonths: number;
    trialDays: number;
    listAmount: number | null;
    settlementAmount: number | null;
    reductionAmount: number | null;
    amountDue: number | null;
    confirmationReasons: Array<ConfirmationReason>;
    createdAt: string;
    service: {
      id: string;
      kind: ServiceKind;
      domain: string;
      domainUnicode: string;
      seats: number;
      startsAt: string;
      expiresAt: string;
      productLine: { id: string; name: string } | null;
      edition: { id: string; name: string } | null;
    } | null;
    productLine: { id: string; name: string };
    enterprise: { id: string; name: string } | null;
    dealer: { id: string; name: string } | null;
    creator: { id: string; loginName: string; realName: string } | null;
  };
};

export type ConfirmOrderMutationVariables = Exact<{
  id: string | number;
}>;

export type ConfirmOrderMutation = {
  confirmOrder: {
    remark: string | null;
    rejectReason: string | null;
    decidedAt: string | null;
    paidAt: string | null;
    closedAt: string | null;
    updatedAt: string;
    id: string;
    orderNo: string;
    type: OrderType;
    status: OrderStatus;
    domain: string;
    domainUnicode: string;
    editionName: string;
    seats: number;
    months: number;
    giftMonths: number;
    trialDays: number;
    listAmount: number | null;
    settlementAmount: number | null;
    reductionAmount: number | null;
    amountDue: number | null;
    confirmationReasons: Array<ConfirmationReason>;
    createdAt: string;
    service: {
      id: string;
      kind: ServiceKind;
      domain: string;
      domainUnicode: string;
      seats: number;
      startsAt: string;
      expiresAt: string;
      productLine: { id: string; name: string } | null;
      edition: { id: string; name: string } | null;
    } | null;
    productLine: { id: string; name: string };
    enterprise: { id: string; name: string } | null;
    dealer: { id: string; name: string } | null;
    creator: { id: string; loginName: string; realName: string } | null;
  };
};

export type RejectOrderMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;

export type RejectOrderMutation = {
  rejectOrder: {
    remark: string | null;
    rejectReason: string | null;
    decidedAt: string | null;
    paidAt: string | null;
    closedAt: string | null;
    updatedAt: string;
    id: string;
    orderNo: string;
    type: OrderType;
    status: OrderStatus;
    domain: string;
    domainUnicode: string;
    editionName: string;
    seats: number;
    months: number;
    giftMonths: number;
    trialDays: number;
    listAmount: number | null;
    settlementAmount: number | null;
    reductionAmount: number | null;
    amountDue: number | null;
    confirmationReasons: Array<ConfirmationReason>;
    createdAt: string;
    service: {
      id: string;
      kind: ServiceKind;
      domain: string;
      domainUnicode: string;
      seats: number;
      startsAt: string;
      expiresAt: string;
      productLine: { id: string; name: string } | null;
      edition: { id: string; name: string } | null;
    } | null;
    productLine: { id: string; name: string };
    enterprise: { id: string; name: string } | null;
    dealer: { id: string; name: string } | null;
    creator: { id: string; loginName: string; realName: string } | null;
  };
};

export type OrderEnterpriseRegistrationsQueryVariables = Exact<{
  enterpriseId: string | number;
}>;

export type OrderEnterpriseRegistrationsQuery = {
  registrations: { edges: Array<{ node: { id: string; domain: string; productLine: { id: string } } }> };
};

export type DealerDiscountFieldsFragment = {
  rateBp: number;
  updatedAt: string;
  productLine: { id: string; code: string; name: string };
};

export type DealerDiscountsQueryVariables = Exact<{
  text?: string | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;

export type DealerDiscountsQuery = {
  dealers: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      cursor: string;
      node: {
        id: string;
        name: string;
        regionName: string | null;
        status: ActiveStatus;
        channelManager: { id: string; loginName: string; realName: string } | null;
        discounts: Array<{
          rateBp: number;
          updatedAt: string;
          productLine: { id: string; code: string; name: string };
        }> | null;
      };
    }>;
  };
};

export type SetDealerDiscountsMutationVariables = Exact<{
  dealerId: string | number;
  input: SetDealerDiscountsInput;
}>;

export type SetDealerDiscountsMutation = {
  setDealerDiscounts: {
    id: string;
    discounts: Array<{
      rateBp: number;
      updatedAt: string;
      productLine: { id: string; code: string; name: string };
    }> | null;
  };
};

export type PriceListQueryVariables = Exact<{
  dealerId?: string | number | null | undefined;
}>;

export type PriceListQuery = {
  productLines: Array<{
    id: string;
    code: string;
    name: string;
    giftRule: { labelZh: string; labelEn: string };
    editions: Array<{
      id: string;
      code: string;
      name: string;
      isSpecial: boolean;
      listPrice: number | null;
      settlementPrice: number | null;
    }>;
  }>;
};

export type PoolEntryRowFragment = {
  id: string;
  name: string;
  regionCode: string | null;
  regionName: string | null;
  industry: Industry | null;
  scale: EnterpriseScale | null;
  expiredAt: string | null;
  enteredAt: string;
  productLines: Array<{ id: string; name: string }>;
};

export type PublicPoolQueryVariables = Exact<{
  filter?: PublicPoolFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;

export type PublicPoolQuery = {
  publicPoolEnterprises: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      cursor: string;
      node: {
        id: string;
        name: string;
        regionCode: string | null;
        regionName: string | null;
        industry: Industry | null;
        scale: EnterpriseScale | null;
        expiredAt: string | null;
        enteredAt: string;
        productLines: Array<{ id: string; name: string }>;
      };
    }>;
  };
};

export type MyDealerRegionsQueryVariables = Exact<{ [key: string]: never }>;

export type MyDealerRegionsQuery = { myDealer: { id: string; regions: Array<{ code: string; name: string }> } };

export type ClaimPoolEnterpriseMutationVariables = Exact<{
  id: string | number;
}>;

export type ClaimPoolEnterpriseMutation = {
  claimPoolEnterprise: { id: string; enterpriseId: string; claimedAt: string; claimDay: string };
};

export type PoolSettingsQueryVariables = Exact<{ [key: string]: never }>;

export type PoolSettingsQuery = { poolSettings: { graceDays: number; dailyClaimCap: number } };

export type UpdatePoolSettingsMutationVariables = Exact<{
  input: PoolSettingsInput;
}>;

export type UpdatePoolSettingsMutation = { updatePoolSettings: { graceDays: number; dailyClaimCap: number } };

export type RunPublicPoolJobMutationVariables = Exact<{ [key: string]: never }>;

export type RunPublicPoolJobMutation = { runPublicPoolJob: number };

export type QuotaFieldsFragment = {
  max: number;
  used: number;
  available: number;
  productLine: { id: string; code: string; name: string };
};

export type MyQuotasQueryVariables = Exact<{ [key: string]: never }>;

export type MyQuotasQuery = {
  me: {
    account: {
      id: string;
      quotas: Array<{
        max: number;
        used: number;
        available: number;
        productLine: { id: string; code: string; name: string };
      }>;
    };
  } | null;
  myDealer: {
    id: string;
    name: string;
    quotas: Array<{
      max: number;
      used: number;
      available: number;
      productLine: { id: string; code: string; name: string };
    }>;
  };
};

export type AccountQuotasQueryVariables = Exact<{
  filter?: AccountFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;

export type AccountQuotasQuery = {
  accounts: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      cursor: string;
      node: {
        id: string;
        loginName: string;
        realName: string;
        accountType: AccountType | null;
        status: ActiveStatus;
        permissions: Array<DealerPermission>;
        quotas: Array<{
          max: number;
          used: number;
          available: number;
          productLine: { id: string; code: string; name: string };
        }>;
      };
    }>;
  };
};

export type SetAccountQuotasMutationVariables = Exact<{
  accountId: string | number;
  input: SetQuotasInput;
}>;

export type SetAccountQuotasMutation = {
  setAccountQuotas: {
    id: string;
    quotas: Array<{
      max: number;
      used: number;
      available: number;
      productLine: { id: string; code: string; name: string };
    }>;
  };
};

export type DealerQuotasQueryVariables = Exact<{
  text?: string | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;

export type DealerQuotasQuery = {
  dealers: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      cursor: string;
      node: {
        id: string;
        name: string;
        regionName: string | null;
        status: ActiveStatus;
        channelManager: { id: string; loginName: string; realName: string } | null;
        quotas: Array<{
          max: number;
          used: number;
          available: number;
          productLine: { id: string; code: string; name: string };
        }>;
      };
    }>;
  };
};

export type SetDealerQuotasMutationVariables = Exact<{
  dealerId: string | number;
  input: SetQuotasInput;
}>;

export type SetDealerQuotasMutation = {
  setDealerQuotas: {
    id: string;
    quotas: Array<{
      max: number;
      used: number;
      available: number;
      productLine: { id: string; code: string; name: string };
    }>;
  };
};

export type RegistrationRowFragment = {
  id: string;
  domain: string;
  domainUnicode: string;
  status: RegistrationStatus;
  startsAt: string;
  expiresAt: string;
  daysLeft: number;
  endedAt: string | null;
  productLine: { id: string; code: string; name: string };
  account: { id: string; loginName: string; realName: string } | null;
  enterprise: { id: string; name: string } | null;
};

export type RegistrationsQueryVariables = Exact<{
  filter?: RegistrationFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;

export type RegistrationsQuery = {
  registrations: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      cursor: string;
      node: {
        id: string;
        domain: string;
        domainUnicode: string;
        status: RegistrationStatus;
        startsAt: string;
        expiresAt: string;
        daysLeft: number;
        endedAt: string | null;
        productLine: { id: string; code: string; name: string };
        account: { id: string; loginName: string; realName: string } | null;
        enterprise: { id: string; name: string } | null;
      };
    }>;
  };
};

export type RegisterDomainMutationVariables = Exact<{
  input: RegisterDomainInput;
}>;

export type RegisterDomainMutation = {
  registerDomain: {
    id: string;
    domain: string;
    domainUnicode: string;
    status: RegistrationStatus;
    startsAt: string;
    expiresAt: string;
    daysLeft: number;
    endedAt: string | null;
    productLine: { id: string; code: string; name: string };
    account: { id: string; loginName: string; realName: string } | null;
    enterprise: { id: string; name: string } | null;
  };
};

export type UnlockRegistrationMutationVariables = Exact<{
  id: string | number;
}>;

export type UnlockRegistrationMutation = {
  unlockRegistration: {
    id: string;
    domain: string;
    domainUnicode: string;
    status: RegistrationStatus;
    startsAt: string;
    expiresAt: string;
    daysLeft: number;
    endedAt: string | null;
    productLine: { id: string; code: string; name: string };
    account: { id: string; loginName: string; realName: string } | null;
    enterprise: { id: string; name: string } | null;
  };
};

export type RegistrationHolderLabelQueryVariables = Exact<{
  id: string | number;
}>;

export type RegistrationHolderLabelQuery = { account: { id: string; loginName: string; realName: string } };

export type VisibleDealerAccountsQueryVariables = Exact<{ [key: string]: never }>;

export type VisibleDealerAccountsQuery = { accounts: { totalCount: number } };

export type RoutingRuleRowFragment = {
  id: string;
  name: string;
  priority: number;
  enabled: boolean;
  regionCodes: Array<string>;
  regionNames: Array<string>;
  productLineIds: Array<string>;
  sources: Array<LeadSource>;
  updatedAt: string;
  productLines: Array<{ id: string; name: string }>;
  targets: Array<{
    dealerId: string;
    weight: number;
    currentWeight: number;
    dealer: { id: string; name: string; status: ActiveStatus } | null;
  }>;
};

export type RoutingRulesQueryVariables = Exact<{ [key: string]: never }>;

export type RoutingRulesQuery = {
  routingRules: Array<{
    id: string;
    name: string;
    priority: number;
    enabled: boolean;
    regionCodes: Array<string>;
    regionNames: Array<string>;
    productLineIds: Array<string>;
    sources: Array<LeadSource>;
    updatedAt: string;
    productLines: Array<{ id: string; name: string }>;
    targets: Array<{
      dealerId: string;
      weight: number;
      currentWeight: number;
      dealer: { id: string; name: string; status: ActiveStatus } | null;
    }>;
  }>;
};

export type CreateRoutingRuleMutationVariables = Exact<{
  input: RoutingRuleInput;
}>;

export type CreateRoutingRuleMutation = {
  createRoutingRule: {
    id: string;
    name: string;
    priority: number;
    enabled: boolean;
    regionCodes: Array<string>;
    regionNames: Array<string>;
    productLineIds: Array<string>;
    sources: Array<LeadSource>;
    updatedAt: string;
    productLines: Array<{ id: string; name: string }>;
    targets: Array<{
      dealerId: string;
      weight: number;
      currentWeight: number;
      dealer: { id: string; name: string; status: ActiveStatus } | null;
    }>;
  };
};

export type UpdateRoutingRuleMutationVariables = Exact<{
  id: string | number;
  input: RoutingRuleInput;
}>;

export type UpdateRoutingRuleMutation = {
  updateRoutingRule: {
    id: string;
    name: string;
    priority: number;
    enabled: boolean;
    regionCodes: Array<string>;
    regionNames: Array<string>;
    productLineIds: Array<string>;
    sources: Array<LeadSource>;
    updatedAt: string;
    productLines: Array<{ id: string; name: string }>;
    targets: Array<{
      dealerId: string;
      weight: number;
      currentWeight: number;
      dealer: { id: string; name: string; status: ActiveStatus } | null;
    }>;
  };
};

export type SetRoutingRuleEnabledMutationVariables = Exact<{
  id: string | number;
  enabled: boolean;
}>;

export type SetRoutingRuleEnabledMutation = {
  setRoutingRuleEnabled: {
    id: string;
    name: string;
    priority: number;
    enabled: boolean;
    regionCodes: Array<string>;
    regionNames: Array<string>;
    productLineIds: Array<string>;
    sources: Array<LeadSource>;
    updatedAt: string;
    productLines: Array<{ id: string; name: string }>;
    targets: Array<{
      dealerId: string;
      weight: number;
      currentWeight: number;
      dealer: { id: string; name: string; status: ActiveStatus } | null;
    }>;
  };
};

export type DeleteRoutingRuleMutationVariables = Exact<{
  id: string | number;
}>;

export type DeleteRoutingRuleMutation = { deleteRoutingRule: boolean };

export type ReorderRoutingRulesMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;

export type ReorderRoutingRulesMutation = {
  reorderRoutingRules: Array<{
    id: string;
    name: string;
    priority: number;
    enabled: boolean;
    regionCodes: Array<string>;
    regionNames: Array<string>;
    productLineIds: Array<string>;
    sources: Array<LeadSource>;
    updatedAt: string;
    productLines: Array<{ id: string; name: string }>;
    targets: Array<{
      dealerId: string;
      weight: number;
      currentWeight: number;
      dealer: { id: string; name: string; status: ActiveStatus } | null;
    }>;
  }>;
};

export type RoutingDryRunMutationVariables = Exact<{
  input: RoutingDryRunInput;
}>;

export type RoutingDryRunMutation = {
  routingDryRun: {
    outcome: LeadStatus;
    existingEnterpriseId: string | null;
    rule: { id: string; name: string; priority: number } | null;
    dealer: { id: string; name: string } | null;
    traceLines: { zh: Array<string>; en: Array<string> };
  };
};

export type RoutingDealerOptionsQueryVariables = Exact<{
  text?: string | null | undefined;
}>;

export type RoutingDealerOptionsQuery = {
  dealers: { edges: Array<{ node: { id: string; name: string; status: ActiveStatus } }> };
};

export type LeadRowFragment = {
  id: string;
  companyName: string;
  domain: string;
  domainUnicode: string;
  source: LeadSource;
  status: LeadStatus;
  regionName: string | null;
  contactName: string | null;
  enterpriseId: string | null;
  createdAt: string;
  productLine: { id: string; name: string } | null;
  dealer: { id: string; name: string } | null;
  rule: { id: string; name: string } | null;
  traceLines: { zh: Array<string>; en: Array<string> } | null;
};

export type LeadListQueryVariables = Exact<{
  filter?: LeadFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;

export type LeadListQuery = {
  leads: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      cursor: string;
      node: {
        id: string;
        companyName: string;
        domain: string;
        domainUnicode: string;
        source: LeadSource;
        status: LeadStatus;
        regionName: string | null;
        contactName: string | null;
        enterpriseId: string | null;
        createdAt: string;
        productLine: { id: string; name: string } | null;
        dealer: { id: string; name: string } | null;
        rule: { id: string; name: string } | null;
        traceLines: { zh: Array<string>; en: Array<string> } | null;
      };
    }>;
  };
};

export type IntakeLeadMutationVariables = Exact<{
  input: LeadIntakeInput;
}>;

export type IntakeLeadMutation = {
  intakeLead: {
    id: string;
    companyName: string;
    domain: string;
    domainUnicode: string;
    source: LeadSource;
    status: LeadStatus;
    regionName: string | null;
    contactName: string | null;
    enterpriseId: string | null;
    createdAt: string;
    productLine: { id: string; name: string } | null;
    dealer: { id: string; name: string } | null;
    rule: { id: string; name: string } | null;
    traceLines: { zh: Array<string>; en: Array<string> } | null;
  };
};

export type IntakeLeadsMutationVariables = Exact<{
  inputs: Array<LeadIntakeInput> | LeadIntakeInput;
}>;

export type IntakeLeadsMutation = {
  intakeLeads: Array<{
    id: string;
    companyName: string;
    domain: string;
    domainUnicode: string;
    source: LeadSource;
    status: LeadStatus;
    regionName: string | null;
    contactName: string | null;
    enterpriseId: string | null;
    createdAt: string;
    productLine: { id: string; name: string } | null;
    dealer: { id: string; name: string } | null;
    rule: { id: string; name: string } | null;
    traceLines: { zh: Array<string>; en: Array<string> } | null;
  }>;
};

export type RerouteLeadMutationVariables = Exact<{
  id: string | number;
}>;

export type RerouteLeadMutation = {
  rerouteLead: {
    id: string;
    companyName: string;
    domain: string;
    domainUnicode: string;
    source: LeadSource;
    status: LeadStatus;
    regionName: string | null;
    contactName: string | null;
    enterpriseId: string | null;
    createdAt: string;
    productLine: { id: string; name: string } | null;
    dealer: { id: string; name: string } | null;
    rule: { id: string; name: string } | null;
    traceLines: { zh: Array<string>; en: Array<string> } | null;
  };
};

export type ServiceAddonStateFragment = {
  enabled: boolean;
  updatedAt: string | null;
  addon: { id: string; code: string; name: string; description: string | null; active: boolean };
};

export type ServiceRowFragment = {
  status: ServiceStatus;
  daysLeft: number;
  id: string;
  kind: ServiceKind;
  domain: string;
  domainUnicode: string;
  seats: number;
  startsAt: string;
  expiresAt: string;
  edition: { id: string; name: string } | null;
  enterprise: { id: string; name: string } | null;
  addons: Array<{
    enabled: boolean;
    updatedAt: string | null;
    addon: { id: string; code: string; name: string; description: string | null; active: boolean };
  }>;
  productLine: { id: string; name: string } | null;
};

export type ServicesQueryVariables = Exact<{
  filter?: ServiceFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;

export type ServicesQuery = {
  services: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      cursor: string;
      node: {
        status: ServiceStatus;
        daysLeft: number;
        id: string;
        kind: ServiceKind;
        domain: string;
        domainUnicode: string;
        seats: number;
        startsAt: string;
        expiresAt: string;
        edition: { id: string; name: string } | null;
        enterprise: { id: string; name: string } | null;
        addons: Array<{
          enabled: boolean;
          updatedAt: string | null;
          addon: { id: string; code: string; name: string; description: string | null; active: boolean };
        }>;
        productLine: { id: string; name: string } | null;
      };
    }>;
  };
};

export type SetServiceAddonMutationVariables = Exact<{
  serviceId: string | number;
  addonId: string | number;
  enabled: boolean;
}>;

export type SetServiceAddonMutation = {
  setServiceAddon: {
    id: string;
    addons: Array<{
      enabled: boolean;
      updatedAt: string | null;
      addon: { id: string; code: string; name: string; description: string | null; active: boolean };
    }>;
  };
};

export type ViewerAccountFieldsFragment = {
  id: string;
  kind: AccountKind;
  loginName: string;
  realName: string;
  mobile: string | null;
  accountType: AccountType | null;
  vendorRoles: Array<VendorRole>;
  status: ActiveStatus;
  permissions: Array<DealerPermission>;
  delegateFrom: string | null;
  delegateUntil: string | null;
  dealer: { id: string; name: string } | null;
  delegate: { id: string; loginName: string; realName: string } | null;
};

export type ViewerFieldsFragment = {
  permissions: Array<DealerPermission>;
  vendorRoles: Array<VendorRole>;
  account: {
    id: string;
    kind: AccountKind;
    loginName: string;
    realName: string;
    mobile: string | null;
    accountType: AccountType | null;
    vendorRoles: Array<VendorRole>;
    status: ActiveStatus;
    permissions: Array<DealerPermission>;
    delegateFrom: string | null;
    delegateUntil: string | null;
    dealer: { id: string; name: string } | null;
    delegate: { id: string; loginName: string; realName: string } | null;
  };
  actor: {
    id: string;
    kind: AccountKind;
    loginName: string;
    realName: string;
    mobile: string | null;
    accountType: AccountType | null;
    vendorRoles: Array<VendorRole>;
    status: ActiveStatus;
    permissions: Array<DealerPermission>;
    delegateFrom: string | null;
    delegateUntil: string | null;
    dealer: { id: string; name: string } | null;
    delegate: { id: string; loginName: string; realName: string } | null;
  };
  actingAs: { id: string; loginName: string; realName: string } | null;
  principalsICanActFor: Array<{
    id: string;
    loginName: string;
    realName: string;
    delegateFrom: string;
    delegateUntil: string;
  }>;
};

export type MeQueryVariables = Exact<{ [key: string]: never }>;

export type MeQuery = {
  me: {
    permissions: Array<DealerPermission>;
    vendorRoles: Array<VendorRole>;
    account: {
      id: string;
      kind: AccountKind;
      loginName: string;
      realName: string;
      mobile: string | null;
      accountType: AccountType | null;
      vendorRoles: Array<VendorRole>;
      status: ActiveStatus;
      permissions: Array<DealerPermission>;
      delegateFrom: string | null;
      delegateUntil: string | null;
      dealer: { id: string; name: string } | null;
      delegate: { id: string; loginName: string; realName: string } | null;
    };
    actor: {
      id: string;
      kind: AccountKind;
      loginName: string;
      realName: string;
      mobile: string | null;
      accountType: AccountType | null;
      vendorRoles: Array<VendorRole>;
      status: ActiveStatus;
      permissions: Array<DealerPermission>;
      delegateFrom: string | null;
      delegateUntil: string | null;
      dealer: { id: string; name: string } | null;
      delegate: { id: string; loginName: string; realName: string } | null;
    };
    actingAs: { id: string; loginName: string; realName: string } | null;
    principalsICanActFor: Array<{
      id: string;
      loginName: string;
      realName: string;
      delegateFrom: string;
      delegateUntil: string;
    }>;
  } | null;
};

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;

export type LoginMutation = {
  login: {
    permissions: Array<DealerPermission>;
    vendorRoles: Array<VendorRole>;
    account: {
      id: string;
      kind: AccountKind;
      loginName: string;
      realName: string;
      mobile: string | null;
      accountType: AccountType | null;
      vendorRoles: Array<VendorRole>;
      status: ActiveStatus;
      permissions: Array<DealerPermission>;
      delegateFrom: string | null;
      delegateUntil: string | null;
      dealer: { id: string; name: string } | null;
      delegate: { id: string; loginName: string; realName: string } | null;
    };
    actor: {
      id: string;
      kind: AccountKind;
      loginName: string;
      realName: string;
      mobile: string | null;
      accountType: AccountType | null;
      vendorRoles: Array<VendorRole>;
      status: ActiveStatus;
      permissions: Array<DealerPermission>;
      delegateFrom: string | null;
      delegateUntil: string | null;
      dealer: { id: string; name: string } | null;
      delegate: { id: string; loginName: string; realName: string } | null;
    };
    actingAs: { id: string; loginName: string; realName: string } | null;
    principalsICanActFor: Array<{
      id: string;
      loginName: string;
      realName: string;
      delegateFrom: string;
      delegateUntil: string;
    }>;
  };
};

export type LogoutMutationVariables = Exact<{ [key: string]: never }>;

export type LogoutMutation = { logout: boolean };

export type ActAsMutationVariables = Exact<{
  principalId: string | number;
}>;

export type ActAsMutation = {
  actAs: {
    permissions: Array<DealerPermission>;
    vendorRoles: Array<VendorRole>;
    account: {
      id: string;
      kind: AccountKind;
      loginName: string;
      realName: string;
      mobile: string | null;
      accountType: AccountType | null;
      vendorRoles: Array<VendorRole>;
      status: ActiveStatus;
      permissions: Array<DealerPermission>;
      delegateFrom: string | null;
      delegateUntil: string | null;
      dealer: { id: string; name: string } | null;
      delegate: { id: string; loginName: string; realName: string } | null;
    };
    actor: {
      id: string;
      kind: AccountKind;
      loginName: string;
      realName: string;
      mobile: string | null;
      accountType: AccountType | null;
      vendorRoles: Array<VendorRole>;
      status: ActiveStatus;
      permissions: Array<DealerPermission>;
      delegateFrom: string | null;
      delegateUntil: string | null;
      dealer: { id: string; name: string } | null;
      delegate: { id: string; loginName: string; realName: string } | null;
    };
    actingAs: { id: string; loginName: string; realName: string } | null;
    principalsICanActFor: Array<{
      id: string;
      loginName: string;
      realName: string;
      delegateFrom: string;
      delegateUntil: string;
    }>;
  };
};

export type StopActingAsMutationVariables = Exact<{ [key: string]: never }>;

export type StopActingAsMutation = {
  stopActingAs: {
    permissions: Array<DealerPermission>;
    vendorRoles: Array<VendorRole>;
    account: {
      id: string;
      kind: AccountKind;
      loginName: string;
      realName: string;
      mobile: string | null;
      accountType: AccountType | null;
      vendorRoles: Array<VendorRole>;
      status: ActiveStatus;
      permissions: Array<DealerPermission>;
      delegateFrom: string | null;
      delegateUntil: string | null;
      dealer: { id: string; name: string } | null;
      delegate: { id: string; loginName: string; realName: string } | null;
    };
    actor: {
      id: string;
      kind: AccountKind;
      loginName: string;
      realName: string;
      mobile: string | null;
      accountType: AccountType | null;
      vendorRoles: Array<VendorRole>;
      status: ActiveStatus;
      permissions: Array<DealerPermission>;
      delegateFrom: string | null;
      delegateUntil: string | null;
      dealer: { id: string; name: string } | null;
      delegate: { id: string; loginName: string; realName: string } | null;
    };
    actingAs: { id: string; loginName: string; realName: string } | null;
    principalsICanActFor: Array<{
      id: string;
      loginName: string;
      realName: string;
      delegateFrom: string;
      delegateUntil: string;
    }>;
  };
};

export type UpdateMyProfileMutationVariables = Exact<{
  input: UpdateProfileInput;
}>;

export type UpdateMyProfileMutation = {
  updateMyProfile: { id: string; realName: string; mobile: string | null; updatedAt: string };
};

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;

export type ChangePasswordMutation = { changePassword: boolean };

export type SetDelegateMutationVariables = Exact<{
  input: SetDelegateInput;
}>;

export type SetDelegateMutation = {
  setDelegate: {
    id: string;
    delegateFrom: string | null;
    delegateUntil: string | null;
    delegate: { id: string; loginName: string; realName: string } | null;
  };
};

export type ClearDelegateMutationVariables = Exact<{ [key: string]: never }>;

export type ClearDelegateMutation = {
  clearDelegate: {
    id: string;
    delegateFrom: string | null;
    delegateUntil: string | null;
    delegate: { id: string } | null;
  };
};

export type DelegateCandidatesQueryVariables = Exact<{
  text?: string | null | undefined;
}>;

export type DelegateCandidatesQuery = {
  delegateCandidates: Array<{ id: string; loginName: string; realName: string }>;
};

export type VendorRoleCatalogQueryVariables = Exact<{ [key: string]: never }>;

export type VendorRoleCatalogQuery = {
  vendorRoleCatalog: Array<{ code: VendorRole; labelZh: string; labelEn: string }>;
};

export type CreateVendorStaffMutationVariables = Exact<{
  input: CreateVendorStaffInput;
}>;

export type CreateVendorStaffMutation = {
  createVendorStaff: {
    id: string;
    kind: AccountKind;
    loginName: string;
    realName: string;
    mobile: string | null;
    accountType: AccountType | null;
    vendorRoles: Array<VendorRole>;
    status: ActiveStatus;
    permissions: Array<DealerPermission>;
    lastLoginAt: string | null;
    createdAt: string;
    updatedAt: string;
    superior: { id: string; loginName: string; realName: string } | null;
    dealer: { id: string; name: string } | null;
  };
};

export type UpdateVendorStaffMutationVariables = Exact<{
  id: string | number;
  input: UpdateVendorStaffInput;
}>;

export type UpdateVendorStaffMutation = {
  updateVendorStaff: {
    id: string;
    kind: AccountKind;
    loginName: string;
    realName: string;
    mobile: string | null;
    accountType: AccountType | null;
    vendorRoles: Array<VendorRole>;
    status: ActiveStatus;
    permissions: Array<DealerPermission>;
    lastLoginAt: string | null;
    createdAt: string;
    updatedAt: string;
    superior: { id: string; loginName: string; realName: string } | null;
    dealer: { id: string; name: string } | null;
  };
};

export const AccountRowFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "AccountRow" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Account" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "kind" } },
          { kind: "Field", name: { kind: "Name", value: "loginName" } },
          { kind: "Field", name: { kind: "Name", value: "realName" } },
          { kind: "Field", name: { kind: "Name", value: "mobile" } },
          { kind: "Field", name: { kind: "Name", value: "accountType" } },
          { kind: "Field", name: { kind: "Name", value: "vendorRoles" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "permissions" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "superior" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "loginName" } },
                { kind: "Field", name: { kind: "Name", value: "realName" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "dealer" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "lastLoginAt" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          { kind: "Field", name: { kind: "Name", value: "updatedAt" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AccountRowFragment, unknown>;
export const ApiKeyRowFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ApiKeyRow" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "ApiKey" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          { kind: "Field", name: { kind: "Name", value: "prefix" } },
          { kind: "Field", name: { kind: "Name", value: "ownerKind" } },
          { kind: "Field", name: { kind: "Name", value: "scopes" } },
          { kind: "Field", name: { kind: "Name", value: "createdByName" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          { kind: "Field", name: { kind: "Name", value: "expiresAt" } },
          { kind: "Field", name: { kind: "Name", value: "lastUsedAt" } },
          { kind: "Field", name: { kind: "Name", value: "revokedAt" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ApiKeyRowFragment, unknown>;
export const AuditLogRowFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "AuditLogRow" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "AuditLogEntry" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "actorName" } },
          { kind: "Field", name: { kind: "Name", value: "principalName" } },
          { kind: "Field", name: { kind: "Name", value: "action" } },
          { kind: "Field", name: { kind: "Name", value: "entityType" } },
          { kind: "Field", name: { kind: "Name", value: "entityId" } },
          { kind: "Field", name: { kind: "Name", value: "before" } },
          { kind: "Field", name: { kind: "Name", value: "after" } },
          { kind: "Field", name: { kind: "Name", value: "at" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "actor" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "dealer" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "principal" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "dealer" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AuditLogRowFragment, unknown>;
export const CatalogEditionFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CatalogEdition" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Edition" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "code" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          { kind: "Field", name: { kind: "Name", value: "isSpecial" } },
          { kind: "Field", name: { kind: "Name", value: "listPrice" } },
          { kind: "Field", name: { kind: "Name", value: "active" } },
          { kind: "Field", name: { kind: "Name", value: "sortOrder" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CatalogEditionFragment, unknown>;
export const CatalogAddonFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CatalogAddon" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Addon" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "code" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          { kind: "Field", name: { kind: "Name", value: "description" } },
          { kind: "Field", name: { kind: "Name", value: "active" } },
          { kind: "Field", name: { kind: "Name", value: "sortOrder" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CatalogAddonFragment, unknown>;
export const CatalogProductLineFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CatalogProductLine" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "ProductLine" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "code" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          { kind: "Field", name: { kind: "Name", value: "sortOrder" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "giftRule" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "perPaidMonths" } },
                { kind: "Field", name: { kind: "Name", value: "maxGiftMonths" } },
                { kind: "Field", name: { kind: "Name", value: "labelZh" } },
                { kind: "Field", name: { kind: "Name", value: "labelEn" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "editions" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "includeInactive" },
                value: { kind: "BooleanValue", value: true },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "CatalogEdition" } }],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "addons" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "includeInactive" },
                value: { kind: "BooleanValue", value: true },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "CatalogAddon" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CatalogEdition" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Edition" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "code" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          { kind: "Field", name: { kind: "Name", value: "isSpecial" } },
          { kind: "Field", name: { kind: "Name", value: "listPrice" } },
          { kind: "Field", name: { kind: "Name", value: "active" } },
          { kind: "Field", name: { kind: "Name", value: "sortOrder" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CatalogAddon" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Addon" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "code" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          { kind: "Field", name: { kind: "Name", value: "description" } },
          { kind: "Field", name: { kind: "Name", value: "active" } },
          { kind: "Field", name: { kind: "Name", value: "sortOrder" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CatalogProductLineFragment, unknown>;
export const ContractFileRowFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ContractFileRow" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "ContractFile" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "fileName" } },
          { kind: "Field", name: { kind: "Name", value: "contentType" } },
          { kind: "Field", name: { kind: "Name", value: "sizeBytes" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          { kind: "Field", name: { kind: "Name", value: "downloadUrl" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "uploadedBy" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "realName" } },
                { kind: "Field", name: { kind: "Name", value: "loginName" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ContractFileRowFragment, unknown>;
export const DealerRowFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "DealerRow" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Dealer" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          { kind: "Field", name: { kind: "Name", value: "regionName" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "regions" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "code" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "channelManager" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "loginName" } },
                { kind: "Field", name: { kind: "Name", value: "realName" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "quotas" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "productLine" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "max" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DealerRowFragment, unknown>;
export const EnterpriseRowFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "EnterpriseRow" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Enterprise" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          { kind: "Field", name: { kind: "Name", value: "mainDomain" } },
          { kind: "Field", name: { kind: "Name", value: "mainDomainUnicode" } },
          { kind: "Field", name: { kind: "Name", value: "regionCode" } },
          { kind: "Field", name: { kind: "Name", value: "regionName" } },
          { kind: "Field", name: { kind: "Name", value: "industry" } },
          { kind: "Field", name: { kind: "Name", value: "scale" } },
          { kind: "Field", name: { kind: "Name", value: "source" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "tags" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "color" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "owner" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "loginName" } },
                { kind: "Field", name: { kind: "Name", value: "realName" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "lastFollowUpAt" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EnterpriseRowFragment, unknown>;
export const EnterpriseDetailFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "EnterpriseDetail" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Enterprise" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "FragmentSpread", name: { kind: "Name", value: "EnterpriseRow" } },
          { kind: "Field", name: { kind: "Name", value: "notes" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "domains" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "domain" } },
                { kind: "Field", name: { kind: "Name", value: "unicode" } },
                { kind: "Field", name: { kind: "Name", value: "isMain" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "secondaryDomains" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "domain" } },
                { kind: "Field", name: { kind: "Name", value: "unicode" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "productLine" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "contacts" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "mobile" } },
                { kind: "Field", name: { kind: "Name", value: "email" } },
                { kind: "Field", name: { kind: "Name", value: "title" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "services" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "kind" } },
                { kind: "Field", name: { kind: "Name", value: "domain" } },
                { kind: "Field", name: { kind: "Name", value: "domainUnicode" } },
                { kind: "Field", name: { kind: "Name", value: "seats" } },
                { kind: "Field", name: { kind: "Name", value: "startsAt" } },
                { kind: "Field", name: { kind: "Name", value: "expiresAt" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "productLine" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "edition" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "createdBy" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "loginName" } },
                { kind: "Field", name: { kind: "Name", value: "realName" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "nextPaidExpiresAt" } },
          { kind: "Field", name: { kind: "Name", value: "trialExpiredAt" } },
          { kind: "Field", name: { kind: "Name", value: "routedAt" } },
          { kind: "Field", name: { kind: "Name", value: "routingTrace" } },
          { kind: "Field", name: { kind: "Name", value: "updatedAt" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "EnterpriseRow" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Enterprise" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          { kind: "Field", name: { kind: "Name", value: "mainDomain" } },
          { kind: "Field", name: { kind: "Name", value: "mainDomainUnicode" } },
          { kind: "Field", name: { kind: "Name", value: "regionCode" } },
          { kind: "Field", name: { kind: "Name", value: "regionName" } },
          { kind: "Field", name: { kind: "Name", value: "industry" } },
          { kind: "Field", name: { kind: "Name", value: "scale" } },
          { kind: "Field", name: { kind: "Name", value: "source" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "tags" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "color" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "owner" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "loginName" } },
                { kind: "Field", name: { kind: "Name", value: "realName" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "lastFollowUpAt" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EnterpriseDetailFragment, unknown>;
export const FollowUpItemFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "FollowUpItem" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "FollowUp" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "channel" } },
          { kind: "Field", name: { kind: "Name", value: "content" } },
          { kind: "Field", name: { kind: "Name", value: "nextStep" } },
          { kind: "Field", name: { kind: "Name", value: "nextAt" } },
          { kind: "Field", name: { kind: "Name", value: "happenedAt" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "author" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "loginName" } },
                { kind: "Field", name: { kind: "Name", value: "realName" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FollowUpItemFragment, unknown>;
export const TagItemFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "TagItem" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Tag" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          { kind: "Field", name: { kind: "Name", value: "color" } },
          { kind: "Field", name: { kind: "Name", value: "enterpriseCount" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TagItemFragment, unknown>;
export const InvoiceRequestRowFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "InvoiceRequestRow" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "InvoiceRequest" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "orderId" } },
          { kind: "Field", name: { kind: "Name", value: "orderNo" } },
          { kind: "Field", name: { kind: "Name", value: "title" } },
          { kind: "Field", name: { kind: "Name", value: "taxNumber" } },
          { kind: "Field", name: { kind: "Name", value: "amount" } },
          { kind: "Field", name: { kind: "Name", value: "note" } },
          { kind: "Field", name: { kind: "Name", value: "invoiceNo" } },
          { kind: "Field", name: { kind: "Name", value: "handledNote" } },
          { kind: "Field", name: { kind: "Name", value: "handledAt" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "dealer" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "requestedBy" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "realName" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "handledBy" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "realName" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<InvoiceRequestRowFragment, unknown>;
export const LedgerEntryRowFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "LedgerEntryRow" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "LedgerEntry" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "kind" } },
          { kind: "Field", name: { kind: "Name", value: "amount" } },
          { kind: "Field", name: { kind: "Name", value: "balanceAfter" } },
          { kind: "Field", name: { kind: "Name", value: "orderId" } },
          { kind: "Field", name: { kind: "Name", value: "orderNo" } },
          { kind: "Field", name: { kind: "Name", value: "reference" } },
          { kind: "Field", name: { kind: "Name", value: "note" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "createdBy" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "realName" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "dealer" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LedgerEntryRowFragment, unknown>;
export const NoticeRowFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "NoticeRow" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Notice" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "type" } },
          { kind: "Field", name: { kind: "Name", value: "title" } },
          { kind: "Field", name: { kind: "Name", value: "body" } },
          { kind: "Field", name: { kind: "Name", value: "link" } },
          { kind: "Field", name: { kind: "Name", value: "params" } },
          { kind: "Field", name: { kind: "Name", value: "eventCount" } },
          { kind: "Field", name: { kind: "Name", value: "read" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          { kind: "Field", name: { kind: "Name", value: "lastEventAt" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NoticeRowFragment, unknown>;
export const AnnouncementRowFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "AnnouncementRow" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Announcement" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "title" } },
          { kind: "Field", name: { kind: "Name", value: "body" } },
          { kind: "Field", name: { kind: "Name", value: "link" } },
          { kind: "Field", name: { kind: "Name", value: "allDealers" } },
          { kind: "Field", name: { kind: "Name", value: "publishedByName" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "dealers" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AnnouncementRowFragment, unknown>;
export const OrderRowFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "OrderRow" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Order" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "orderNo" } },
          { kind: "Field", name: { kind: "Name", value: "type" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "domain" } },
          { kind: "Field", name: { kind: "Name", value: "domainUnicode" } },
          { kind: "Field", name: { kind: "Name", value: "editionName" } },
          { kind: "Field", name: { kind: "Name", value: "seats" } },
          { kind: "Field", name: { kind: "Name", value: "months" } },
          { kind: "Field", name: { kind: "Name", value: "giftMonths" } },
          { kind: "Field", name: { kind: "Name", value: "trialDays" } },
          { kind: "Field", name: { kind: "Name", value: "listAmount" } },
          { kind: "Field", name: { kind: "Name", value: "settlementAmount" } },
          { kind: "Field", name: { kind: "Name", value: "reductionAmount" } },
          { kind: "Field", name: { kind: "Name", value: "amountDue" } },
          { kind: "Field", name: { kind: "Name", value: "confirmationReasons" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "productLine" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "enterprise" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "dealer" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "creator" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "loginName" } },
                { kind: "Field", name: { kind: "Name", value: "realName" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OrderRowFragment, unknown>;
export const OrderServiceFieldsFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "OrderServiceFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Service" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "kind" } },
          { kind: "Field", name: { kind: "Name", value: "domain" } },
          { kind: "Field", name: { kind: "Name", value: "domainUnicode" } },
          { kind: "Field", name: { kind: "Name", value: "seats" } },
          { kind: "Field", name: { kind: "Name", value: "startsAt" } },
          { kind: "Field", name: { kind: "Name", value: "expiresAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "productLine" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "edition" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OrderServiceFieldsFragment, unknown>;
export const OrderDetailFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "OrderDetail" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Order" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "FragmentSpread", name: { kind: "Name", value: "OrderRow" } },
          { kind: "Field", name: { kind: "Name", value: "remark" } },
          { kind: "Field", name: { kind: "Name", value: "rejectReason" } },
          { kind: "Field", name: { kind: "Name", value: "decidedAt" } },
          { kind: "Field", name: { kind: "Name", value: "paidAt" } },
          { kind: "Field", name: { kind: "Name", value: "closedAt" } },
          { kind: "Field", name: { kind: "Name", value: "updatedAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "service" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "OrderServiceFields" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "OrderRow" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Order" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "orderNo" } },
          { kind: "Field", name: { kind: "Name", value: "type" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "domain" } },
          { kind: "Field", name: { kind: "Name", value: "domainUnicode" } },
          { kind: "Field", name: { kind: "Name", value: "editionName" } },
          { kind: "Field", name: { kind: "Name", value: "seats" } },
          { kind: "Field", name: { kind: "Name", value: "months" } },
          { kind: "Field", name: { kind: "Name", value: "giftMonths" } },
          { kind: "Field", name: { kind: "Name", value: "trialDays" } },
          { kind: "Field", name: { kind: "Name", value: "listAmount" } },
          { kind: "Field", name: { kind: "Name", value: "settlementAmount" } },
          { kind: "Field", name: { kind: "Name", value: "reductionAmount" } },
          { kind: "Field", name: { kind: "Name", value: "amountDue" } },
          { kind: "Field", name: { kind: "Name", value: "confirmationReasons" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "productLine" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "enterprise" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "dealer" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "creator" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "loginName" } },
                { kind: "Field", name: { kind: "Name", value: "realName" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "OrderServiceFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Service" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "kind" } },
          { kind: "Field", name: { kind: "Name", value: "domain" } },
          { kind: "Field", name: { kind: "Name", value: "domainUnicode" } },
          { kind: "Field", name: { kind: "Name", value: "seats" } },
          { kind: "Field", name: { kind: "Name", value: "startsAt" } },
          { kind: "Field", name: { kind: "Name", value: "expiresAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "productLine" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "edition" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OrderDetailFragment, unknown>;
export const DealerDiscountFieldsFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "DealerDiscountFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "DealerDiscount" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "rateBp" } },
          { kind: "Field", name: { kind: "Name", value: "updatedAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "productLine" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "code" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DealerDiscountFieldsFragment, unknown>;
export const PoolEntryRowFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PoolEntryRow" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "PublicPoolEnterprise" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          { kind: "Field", name: { kind: "Name", value: "regionCode" } },
          { kind: "Field", name: { kind: "Name", value: "regionName" } },
          { kind: "Field", name: { kind: "Name", value: "industry" } },
          { kind: "Field", name: { kind: "Name", value: "scale" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "productLines" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "expiredAt" } },
          { kind: "Field", name: { kind: "Name", value: "enteredAt" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PoolEntryRowFragment, unknown>;
export const QuotaFieldsFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "QuotaFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "QuotaEntry" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "productLine" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "code" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "max" } },
          { kind: "Field", name: { kind: "Name", value: "used" } },
          { kind: "Field", name: { kind: "Name", value: "available" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<QuotaFieldsFragment, unknown>;
export const RegistrationRowFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "RegistrationRow" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Registration" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "domain" } },
          { kind: "Field", name: { kind: "Name", value: "domainUnicode" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "startsAt" } },
          { kind: "Field", name: { kind: "Name", value: "expiresAt" } },
          { kind: "Field", name: { kind: "Name", value: "daysLeft" } },
          { kind: "Field", name: { kind: "Name", value: "endedAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "productLine" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "code" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "account" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "loginName" } },
                { kind: "Field", name: { kind: "Name", value: "realName" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "enterprise" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RegistrationRowFragment, unknown>;
export const RoutingRuleRowFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "RoutingRuleRow" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "RoutingRule" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          { kind: "Field", name: { kind: "Name", value: "priority" } },
          { kind: "Field", name: { kind: "Name", value: "enabled" } },
          { kind: "Field", name: { kind: "Name", value: "regionCodes" } },
          { kind: "Field", name: { kind: "Name", value: "regionNames" } },
          { kind: "Field", name: { kind: "Name", value: "productLineIds" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "productLines" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "sources" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "targets" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "dealerId" } },
                { kind: "Field", name: { kind: "Name", value: "weight" } },
                { kind: "Field", name: { kind: "Name", value: "currentWeight" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "dealer" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                      { kind: "Field", name: { kind: "Name", value: "status" } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "updatedAt" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RoutingRuleRowFragment, unknown>;
export const LeadRowFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "LeadRow" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Lead" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "companyName" } },
          { kind: "Field", name: { kind: "Name", value: "domain" } },
          { kind: "Field", name: { kind: "Name", value: "domainUnicode" } },
          { kind: "Field", name: { kind: "Name", value: "source" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "regionName" } },
          { kind: "Field", name: { kind: "Name", value: "contactName" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "productLine" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "dealer" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "rule" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "enterpriseId" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "traceLines" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "zh" } },
                { kind: "Field", name: { kind: "Name", value: "en" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LeadRowFragment, unknown>;
export const ServiceAddonStateFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ServiceAddonState" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "ServiceAddon" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "enabled" } },
          { kind: "Field", name: { kind: "Name", value: "updatedAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "addon" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "code" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "description" } },
                { kind: "Field", name: { kind: "Name", value: "active" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ServiceAddonStateFragment, unknown>;
export const ServiceRowFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ServiceRow" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Service" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "FragmentSpread", name: { kind: "Name", value: "OrderServiceFields" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "daysLeft" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "edition" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "enterprise" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "addons" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "ServiceAddonState" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "OrderServiceFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Service" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "kind" } },
          { kind: "Field", name: { kind: "Name", value: "domain" } },
          { kind: "Field", name: { kind: "Name", value: "domainUnicode" } },
          { kind: "Field", name: { kind: "Name", value: "seats" } },
          { kind: "Field", name: { kind: "Name", value: "startsAt" } },
          { kind: "Field", name: { kind: "Name", value: "expiresAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "productLine" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "edition" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ServiceAddonState" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "ServiceAddon" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "enabled" } },
          { kind: "Field", name: { kind: "Name", value: "updatedAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "addon" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "code" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "description" } },
                { kind: "Field", name: { kind: "Name", value: "active" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ServiceRowFragment, unknown>;
export const ViewerAccountFieldsFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ViewerAccountFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Account" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "kind" } },
          { kind: "Field", name: { kind: "Name", value: "loginName" } },
          { kind: "Field", name: { kind: "Name", value: "realName" } },
          { kind: "Field", name: { kind: "Name", value: "mobile" } },
          { kind: "Field", name: { kind: "Name", value: "accountType" } },
          { kind: "Field", name: { kind: "Name", value: "vendorRoles" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "permissions" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "dealer" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "delegate" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "loginName" } },
                { kind: "Field", name: { kind: "Name", value: "realName" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "delegateFrom" } },
          { kind: "Field", name: { kind: "Name", value: "delegateUntil" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ViewerAccountFieldsFragment, unknown>;
export const ViewerFieldsFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ViewerFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Viewer" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "account" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "ViewerAccountFields" } }],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "actor" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "ViewerAccountFields" } }],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "actingAs" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "loginName" } },
                { kind: "Field", name: { kind: "Name", value: "realName" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "permissions" } },
          { kind: "Field", name: { kind: "Name", value: "vendorRoles" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "principalsICanActFor" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "loginName" } },
                { kind: "Field", name: { kind: "Name", value: "realName" } },
                { kind: "Field", name: { kind: "Name", value: "delegateFrom" } },
                { kind: "Field", name: { kind: "Name", value: "delegateUntil" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ViewerAccountFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Account" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "kind" } },
          { kind: "Field", name: { kind: "Name", value: "loginName" } },
          { kind: "Field", name: { kind: "Name", value: "realName" } },
          { kind: "Field", name: { kind: "Name", value: "mobile" } },
          { kind: "Field", name: { kind: "Name", value: "accountType" } },
          { kind: "Field", name: { kind: "Name", value: "vendorRoles" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "permissions" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "dealer" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "delegate" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "loginName" } },
                { kind: "Field", name: { kind: "Name", value: "realName" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "delegateFrom" } },
          { kind: "Field", name: { kind: "Name", value: "delegateUntil" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ViewerFieldsFragment, unknown>;
export const AccountListDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "AccountList" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "filter" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "AccountFilter" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "first" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "Int" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "after" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "accounts" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "filter" },
                value: { kind: "Variable", name: { kind: "Name", value: "filter" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "first" },
                value: { kind: "Variable", name: { kind: "Name", value: "first" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "after" },
                value: { kind: "Variable", name: { kind: "Name", value: "after" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "totalCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "pageInfo" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "hasNextPage" } },
                      { kind: "Field", name: { kind: "Name", value: "endCursor" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "edges" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "cursor" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "node" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "AccountRow" } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "AccountRow" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Account" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "kind" } },
          { kind: "Field", name: { kind: "Name", value: "loginName" } },
          { kind: "Field", name: { kind: "Name", value: "realName" } },
          { kind: "Field", name: { kind: "Name", value: "mobile" } },
          { kind: "Field", name: { kind: "Name", value: "accountType" } },
          { kind: "Field", name: { kind: "Name", value: "vendorRoles" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "permissions" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "superior" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "loginName" } },
                { kind: "Field", name: { kind: "Name", value: "realName" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "dealer" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "lastLoginAt" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          { kind: "Field", name: { kind: "Name", value: "updatedAt" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AccountListQuery, AccountListQueryVariables>;
export const AccountOptionsDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "AccountOptions" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "filter" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "AccountFilter" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "first" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "Int" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "accounts" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "filter" },
                value: { kind: "Variable", name: { kind: "Name", value: "filter" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "first" },
                value: { kind: "Variable", name: { kind: "Name", value: "first" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "totalCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "edges" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "node" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "loginName" } },
                            { kind: "Field", name: { kind: "Name", value: "realName" } },
                            { kind: "Field", name: { kind: "Name", value: "status" } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AccountOptionsQuery, AccountOptionsQueryVariables>;
export const AccountFormCatalogDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "AccountFormCatalog" },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "permissionCatalog" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "code" } },
                { kind: "Field", name: { kind: "Name", value: "labelZh" } },
                { kind: "Field", name: { kind: "Name", value: "labelEn" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "rolePresets" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "code" } },
                { kind: "Field", name: { kind: "Name", value: "labelZh" } },
                { kind: "Field", name: { kind: "Name", value: "labelEn" } },
                { kind: "Field", name: { kind: "Name", value: "accountType" } },
                { kind: "Field", name: { kind: "Name", value: "permissions" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AccountFormCatalogQuery, AccountFormCatalogQueryVariables>;
export const CreateAccountDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "CreateAccount" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "CreateAccountInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "createAccount" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "AccountRow" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "AccountRow" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Account" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "kind" } },
          { kind: "Field", name: { kind: "Name", value: "loginName" } },
          { kind: "Field", name: { kind: "Name", value: "realName" } },
          { kind: "Field", name: { kind: "Name", value: "mobile" } },
          { kind: "Field", name: { kind: "Name", value: "accountType" } },
          { kind: "Field", name: { kind: "Name", value: "vendorRoles" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "permissions" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "superior" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "loginName" } },
                { kind: "Field", name: { kind: "Name", value: "realName" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "dealer" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "lastLoginAt" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          { kind: "Field", name: { kind: "Name", value: "updatedAt" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateAccountMutation, CreateAccountMutationVariables>;
export const UpdateAccountDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "UpdateAccount" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "UpdateAccountInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "updateAccount" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "id" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "AccountRow" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "AccountRow" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Account" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "kind" } },
          { kind: "Field", name: { kind: "Name", value: "loginName" } },
          { kind: "Field", name: { kind: "Name", value: "realName" } },
          { kind: "Field", name: { kind: "Name", value: "mobile" } },
          { kind: "Field", name: { kind: "Name", value: "accountType" } },
          { kind: "Field", name: { kind: "Name", value: "vendorRoles" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "permissions" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "superior" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "loginName" } },
                { kind: "Field", name: { kind: "Name", value: "realName" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "dealer" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "lastLoginAt" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          { kind: "Field", name: { kind: "Name", value: "updatedAt" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateAccountMutation, UpdateAccountMutationVariables>;
export const SetAccountStatusDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "SetAccountStatus" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "status" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ActiveStatus" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "setAccountStatus" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "id" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "status" },
                value: { kind: "Variable", name: { kind: "Name", value: "status" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "status" } },
                { kind: "Field", name: { kind: "Name", value: "updatedAt" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetAccountStatusMutation, SetAccountStatusMutationVariables>;
export const ResetAccountPasswordDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "ResetAccountPassword" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "newPassword" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "resetAccountPassword" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "id" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "newPassword" },
                value: { kind: "Variable", name: { kind: "Name", value: "newPassword" } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ResetAccountPasswordMutation, ResetAccountPasswordMutationVariables>;
export const ApiKeysDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "ApiKeys" },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "apiKeys" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "ApiKeyRow" } }],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "apiKeyScopeCatalog" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "scope" } },
                { kind: "Field", name: { kind: "Name", value: "label" } },
                { kind: "Field", name: { kind: "Name", value: "labelEn" } },
                { kind: "Field", name: { kind: "Name", value: "owner" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ApiKeyRow" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "ApiKey" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          { kind: "Field", name: { kind: "Name", value: "prefix" } },
          { kind: "Field", name: { kind: "Name", value: "ownerKind" } },
          { kind: "Field", name: { kind: "Name", value: "scopes" } },
          { kind: "Field", name: { kind: "Name", value: "createdByName" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          { kind: "Field", name: { kind: "Name", value: "expiresAt" } },
          { kind: "Field", name: { kind: "Name", value: "lastUsedAt" } },
          { kind: "Field", name: { kind: "Name", value: "revokedAt" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ApiKeysQuery, ApiKeysQueryVariables>;
export const CreateApiKeyDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "CreateApiKey" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "CreateApiKeyInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "createApiKey" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "secret" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "apiKey" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "ApiKeyRow" } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ApiKeyRow" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "ApiKey" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          { kind: "Field", name: { kind: "Name", value: "prefix" } },
          { kind: "Field", name: { kind: "Name", value: "ownerKind" } },
          { kind: "Field", name: { kind: "Name", value: "scopes" } },
          { kind: "Field", name: { kind: "Name", value: "createdByName" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          { kind: "Field", name: { kind: "Name", value: "expiresAt" } },
          { kind: "Field", name: { kind: "Name", value: "lastUsedAt" } },
          { kind: "Field", name: { kind: "Name", value: "revokedAt" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const RevokeApiKeyDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "RevokeApiKey" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "revokeApiKey" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "id" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "ApiKeyRow" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ApiKeyRow" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "ApiKey" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          { kind: "Field", name: { kind: "Name", value: "prefix" } },
          { kind: "Field", name: { kind: "Name", value: "ownerKind" } },
          { kind: "Field", name: { kind: "Name", value: "scopes" } },
          { kind: "Field", name: { kind: "Name", value: "createdByName" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          { kind: "Field", name: { kind: "Name", value: "expiresAt" } },
          { kind: "Field", name: { kind: "Name", value: "lastUsedAt" } },
          { kind: "Field", name: { kind: "Name", value: "revokedAt" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
export const AuditLogListDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "AuditLogList" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "filter" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "AuditLogFilter" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "first" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "Int" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "after" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "auditLogs" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "filter" },
                value: { kind: "Variable", name: { kind: "Name", value: "filter" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "first" },
                value: { kind: "Variable", name: { kind: "Name", value: "first" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "after" },
                value: { kind: "Variable", name: { kind: "Name", value: "after" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "totalCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "pageInfo" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "hasNextPage" } },
                      { kind: "Field", name: { kind: "Name", value: "endCursor" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "edges" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "cursor" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "node" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "AuditLogRow" } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "AuditLogRow" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "AuditLogEntry" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "actorName" } },
          { kind: "Field", name: { kind: "Name", value: "principalName" } },
          { kind: "Field", name: { kind: "Name", value: "action" } },
          { kind: "Field", name: { kind: "Name", value: "entityType" } },
          { kind: "Field", name: { kind: "Name", value: "entityId" } },
          { kind: "Field", name: { kind: "Name", value: "before" } },
          { kind: "Field", name: { kind: "Name", value: "after" } },
          { kind: "Field", name: { kind: "Name", value: "at" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "actor" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "dealer" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "principal" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "dealer" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AuditLogListQuery, AuditLogListQueryVariables>;
export const AuditAccountNameDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "AuditAccountName" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "account" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "id" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "loginName" } },
                { kind: "Field", name: { kind: "Name", value: "realName" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AuditAccountNameQuery, AuditAccountNameQueryVariables>;
export const ProductLinesDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "ProductLines" },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "productLines" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "code" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProductLinesQuery, ProductLinesQueryVariables>;
export const ProductCatalogDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "ProductCatalog" },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "productLines" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "CatalogProductLine" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CatalogEdition" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Edition" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "code" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          { kind: "Field", name: { kind: "Name", value: "isSpecial" } },
          { kind: "Field", name: { kind: "Name", value: "listPrice" } },
          { kind: "Field", name: { kind: "Name", value: "active" } },
          { kind: "Field", name: { kind: "Name", value: "sortOrder" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CatalogAddon" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Addon" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "code" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          { kind: "Field", name: { kind: "Name", value: "description" } },
          { kind: "Field", name: { kind: "Name", value: "active" } },
          { kind: "Field", name: { kind: "Name", value: "sortOrder" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CatalogProductLine" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "ProductLine" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "code" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          { kind: "Field", name: { kind: "Name", value: "sortOrder" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "giftRule" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "perPaidMonths" } },
                { kind: "Field", name: { kind: "Name", value: "maxGiftMonths" } },
                { kind: "Field", name: { kind: "Name", value: "labelZh" } },
                { kind: "Field", name: { kind: "Name", value: "labelEn" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "editions" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "includeInactive" },
                value: { kind: "BooleanValue", value: true },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "CatalogEdition" } }],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "addons" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "includeInactive" },
                value: { kind: "BooleanValue", value: true },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "CatalogAddon" } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProductCatalogQuery, ProductCatalogQueryVariables>;
export const CreateProductLineDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "CreateProductLine" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "CreateProductLineInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "createProductLine" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "CatalogProductLine" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CatalogEdition" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Edition" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "code" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          { kind: "Field", name: { kind: "Name", value: "isSpecial" } },
          { kind: "Field", name: { kind: "Name", value: "listPrice" } },
          { kind: "Field", name: { kind: "Name", value: "active" } },
          { kind: "Field", name: { kind: "Name", value: "sortOrder" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CatalogAddon" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Addon" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "code" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          { kind: "Field", name: { kind: "Name", value: "description" } },
          { kind: "Field", name: { kind: "Name", value: "active" } },
          { kind: "Field", name: { kind: "Name", value: "sortOrder" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CatalogProductLine" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "ProductLine" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "code" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          { kind: "Field", name: { kind: "Name", value: "sortOrder" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "giftRule" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "perPaidMonths" } },
                { kind: "Field", name: { kind: "Name", value: "maxGiftMonths" } },
                { kind: "Field", name: { kind: "Name", value: "labelZh" } },
                { kind: "Field", name: { kind: "Name", value: "labelEn" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "editions" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "includeInactive" },
                value: { kind: "BooleanValue", value: true },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "CatalogEdition" } }],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "addons" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "includeInactive" },
                value: { kind: "BooleanValue", value: true },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "CatalogAddon" } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateProductLineMutation, CreateProductLineMutationVariables>;
export const UpdateProductLineDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "UpdateProductLine" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "UpdateProductLineInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "updateProductLine" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "id" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "CatalogProductLine" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CatalogEdition" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Edition" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "code" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          { kind: "Field", name: { kind: "Name", value: "isSpecial" } },
          { kind: "Field", name: { kind: "Name", value: "listPrice" } },
          { kind: "Field", name: { kind: "Name", value: "active" } },
          { kind: "Field", name: { kind: "Name", value: "sortOrder" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CatalogAddon" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Addon" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "code" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          { kind: "Field", name: { kind: "Name", value: "description" } },
          { kind: "Field", name: { kind: "Name", value: "active" } },
          { kind: "Field", name: { kind: "Name", value: "sortOrder" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CatalogProductLine" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "ProductLine" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "code" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          { kind: "Field", name: { kind: "Name", value: "sortOrder" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "giftRule" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "perPaidMonths" } },
                { kind: "Field", name: { kind: "Name", value: "maxGiftMonths" } },
                { kind: "Field", name: { kind: "Name", value: "labelZh" } },
                { kind: "Field", name: { kind: "Name", value: "labelEn" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "editions" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "includeInactive" },
                value: { kind: "BooleanValue", value: true },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "CatalogEdition" } }],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "addons" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "includeInactive" },
                value: { kind: "BooleanValue", value: true },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "CatalogAddon" } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateProductLineMutation, UpdateProductLineMutationVariables>;
export const CreateEditionDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "CreateEdition" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "CreateEditionInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "createEdition" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "CatalogEdition" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CatalogEdition" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Edition" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "code" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          { kind: "Field", name: { kind: "Name", value: "isSpecial" } },
          { kind: "Field", name: { kind: "Name", value: "listPrice" } },
          { kind: "Field", name: { kind: "Name", value: "active" } },
          { kind: "Field", name: { kind: "Name", value: "sortOrder" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateEditionMutation, CreateEditionMutationVariables>;
export const UpdateEditionDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "UpdateEdition" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "UpdateEditionInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "updateEdition" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "id" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "CatalogEdition" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CatalogEdition" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Edition" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "code" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          { kind: "Field", name: { kind: "Name", value: "isSpecial" } },
          { kind: "Field", name: { kind: "Name", value: "listPrice" } },
          { kind: "Field", name: { kind: "Name", value: "active" } },
          { kind: "Field", name: { kind: "Name", value: "sortOrder" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateEditionMutation, UpdateEditionMutationVariables>;
export const CreateAddonDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "CreateAddon" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "CreateAddonInput" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "createAddon" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "CatalogAddon" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CatalogAddon" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Addon" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "code" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          { kind: "Field", name: { kind: "Name", value: "description" } },
          { kind: "Field", name: { kind: "Name", value: "active" } },
          { kind: "Field", name: { kind: "Name", value: "sortOrder" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateAddonMutation, CreateAddonMutationVariables>;
export const UpdateAddonDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "UpdateAddon" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "UpdateAddonInput" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "updateAddon" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "id" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "CatalogAddon" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CatalogAddon" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Addon" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "code" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          { kind: "Field", name: { kind: "Name", value: "description" } },
          { kind: "Field", name: { kind: "Name", value: "active" } },
          { kind: "Field", name: { kind: "Name", value: "sortOrder" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateAddonMutation, UpdateAddonMutationVariables>;
export const OrderContractsDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "OrderContracts" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "order" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "id" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "status" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "contracts" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "ContractFileRow" } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ContractFileRow" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "ContractFile" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "fileName" } },
          { kind: "Field", name: { kind: "Name", value: "contentType" } },
          { kind: "Field", name: { kind: "Name", value: "sizeBytes" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          { kind: "Field", name: { kind: "Name", value: "downloadUrl" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "uploadedBy" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "realName" } },
                { kind: "Field", name: { kind: "Name", value: "loginName" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OrderContractsQuery, OrderContractsQueryVariables>;
export const DeleteContractFileDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "DeleteContractFile" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "deleteContractFile" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "id" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "status" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "contracts" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "ContractFileRow" } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ContractFileRow" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "ContractFile" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "fileName" } },
          { kind: "Field", name: { kind: "Name", value: "contentType" } },
          { kind: "Field", name: { kind: "Name", value: "sizeBytes" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          { kind: "Field", name: { kind: "Name", value: "downloadUrl" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "uploadedBy" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "realName" } },
                { kind: "Field", name: { kind: "Name", value: "loginName" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeleteContractFileMutation, DeleteContractFileMutationVariables>;
export const DealerHomeDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "DealerHome" },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "dealerHome" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "routedNotFollowedUp" } },
                { kind: "Field", name: { kind: "Name", value: "registrationsEndingSoon" } },
                { kind: "Field", name: { kind: "Name", value: "endingSoonDays" } },
                { kind: "Field", name: { kind: "Name", value: "ordersPendingPayment" } },
                { kind: "Field", name: { kind: "Name", value: "requestsPending" } },
                { kind: "Field", name: { kind: "Name", value: "unreadNotices" } },
                { kind: "Field", name: { kind: "Name", value: "balance" } },
                { kind: "Field", name: { kind: "Name", value: "periodStart" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "quotas" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "productLineId" } },
                      { kind: "Field", name: { kind: "Name", value: "productLineName" } },
                      { kind: "Field", name: { kind: "Name", value: "dealerMax" } },
                      { kind: "Field", name: { kind: "Name", value: "dealerUsed" } },
                      { kind: "Field", name: { kind: "Name", value: "ownMax" } },
                      { kind: "Field", name: { kind: "Name", value: "ownUsed" } },
                      { kind: "Field", name: { kind: "Name", value: "available" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "funnel" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "stage" } },
                      { kind: "Field", name: { kind: "Name", value: "count" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DealerHomeQuery, DealerHomeQueryVariables>;
export const VendorHomeDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "VendorHome" },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "vendorHome" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "panels" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "channelManager" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "pendingApprovals" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "dealers" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "name" } },
                            { kind: "Field", name: { kind: "Name", value: "status" } },
                            { kind: "Field", name: { kind: "Name", value: "balance" } },
                            { kind: "Field", name: { kind: "Name", value: "openRegistrations" } },
                            { kind: "Field", name: { kind: "Name", value: "pendingApprovals" } },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "quotas" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  { kind: "Field", name: { kind: "Name", value: "productLineName" } },
                                  { kind: "Field", name: { kind: "Name", value: "max" } },
                                  { kind: "Field", name: { kind: "Name", value: "used" } },
                                ],
                              },
                            },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "discounts" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  { kind: "Field", name: { kind: "Name", value: "productLineName" } },
                                  { kind: "Field", name: { kind: "Name", value: "rateBp" } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "salesDirector" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "queueSize" } },
                      { kind: "Field", name: { kind: "Name", value: "oldestWaitingSince" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "recentDecisions" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "requestId" } },
                            { kind: "Field", name: { kind: "Name", value: "requestNo" } },
                            { kind: "Field", name: { kind: "Name", value: "typeName" } },
                            { kind: "Field", name: { kind: "Name", value: "dealerName" } },
                            { kind: "Field", name: { kind: "Name", value: "decision" } },
                            { kind: "Field", name: { kind: "Name", value: "decidedAt" } },
                            { kind: "Field", name: { kind: "Name", value: "decidedByName" } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "finance" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "monthStart" } },
                      { kind: "Field", name: { kind: "Name", value: "topUpsThisMonth" } },
                      { kind: "Field", name: { kind: "Name", value: "topUpCountThisMonth" } },
                      { kind: "Field", name: { kind: "Name", value: "totalBalance" } },
                      { kind: "Field", name: { kind: "Name", value: "invoicesPending" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "dailyTopUps" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "date" } },
                            { kind: "Field", name: { kind: "Name", value: "amount" } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "operations" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "ordersPendingConfirmation" } },
                      { kind: "Field", name: { kind: "Name", value: "unroutedLeads" } },
                      { kind: "Field", name: { kind: "Name", value: "routedLeadsLast7Days" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "recentAnnouncements" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "title" } },
                            { kind: "Field", name: { kind: "Name", value: "createdAt" } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "platformAdmin" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "activeDealers" } },
                      { kind: "Field", name: { kind: "Name", value: "disabledDealers" } },
                      { kind: "Field", name: { kind: "Name", value: "activeAccounts" } },
                      { kind: "Field", name: { kind: "Name", value: "signedInLast30Days" } },
                      { kind: "Field", name: { kind: "Name", value: "periodStart" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "productLines" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "productLineId" } },
                            { kind: "Field", name: { kind: "Name", value: "productLineName" } },
                            { kind: "Field", name: { kind: "Name", value: "orders" } },
                            { kind: "Field", name: { kind: "Name", value: "paidOrders" } },
                            { kind: "Field", name: { kind: "Name", value: "revenue" } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<VendorHomeQuery, VendorHomeQueryVariables>;
export const DealerListDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "DealerList" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "text" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "first" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "Int" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "after" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "dealers" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "text" },
                value: { kind: "Variable", name: { kind: "Name", value: "text" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "first" },
                value: { kind: "Variable", name: { kind: "Name", value: "first" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "after" },
                value: { kind: "Variable", name: { kind: "Name", value: "after" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "totalCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "pageInfo" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "hasNextPage" } },
                      { kind: "Field", name: { kind: "Name", value: "endCursor" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "edges" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "cursor" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "node" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "DealerRow" } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "DealerRow" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Dealer" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          { kind: "Field", name: { kind: "Name", value: "regionName" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "regions" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "code" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "channelManager" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "loginName" } },
                { kind: "Field", name: { kind: "Name", value: "realName" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "quotas" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "productLine" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "max" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DealerListQuery, DealerListQueryVariables>;
export const CreateDealerDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "CreateDealer" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "CreateDealerInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "createDealer" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "DealerRow" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "DealerRow" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Dealer" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          { kind: "Field", name: { kind: "Name", value: "regionName" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "regions" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "code" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "channelManager" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "loginName" } },
                { kind: "Field", name: { kind: "Name", value: "realName" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "quotas" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "productLine" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "max" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateDealerMutation, CreateDealerMutationVariables>;
export const SetDealerRegionsDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "SetDealerRegions" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "dealerId" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "regionCodes" } },
          type: {
            kind: "NonNullType",
            type: {
              kind: "ListType",
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
            },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "setDealerRegions" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "dealerId" },
                value: { kind: "Variable", name: { kind: "Name", value: "dealerId" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "regionCodes" },
                value: { kind: "Variable", name: { kind: "Name", value: "regionCodes" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "DealerRow" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "DealerRow" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Dealer" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          { kind: "Field", name: { kind: "Name", value: "regionName" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "regions" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "code" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "channelManager" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "loginName" } },
                { kind: "Field", name: { kind: "Name", value: "realName" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "quotas" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "productLine" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "max" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetDealerRegionsMutation, SetDealerRegionsMutationVariables>;
export const AllEnterprisesDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "AllEnterprises" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "filter" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "EnterpriseFilter" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "sort" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "EnterpriseSort" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "direction" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "SortDirection" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "first" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Int" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "after" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            alias: { kind: "Name", value: "list" },
            name: { kind: "Name", value: "enterprises" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "filter" },
                value: { kind: "Variable", name: { kind: "Name", value: "filter" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "sort" },
                value: { kind: "Variable", name: { kind: "Name", value: "sort" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "direction" },
                value: { kind: "Variable", name: { kind: "Name", value: "direction" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "first" },
                value: { kind: "Variable", name: { kind: "Name", value: "first" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "after" },
                value: { kind: "Variable", name: { kind: "Name", value: "after" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "totalCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "pageInfo" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "hasNextPage" } },
                      { kind: "Field", name: { kind: "Name", value: "endCursor" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "edges" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "cursor" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "node" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "EnterpriseRow" } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "EnterpriseRow" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Enterprise" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          { kind: "Field", name: { kind: "Name", value: "mainDomain" } },
          { kind: "Field", name: { kind: "Name", value: "mainDomainUnicode" } },
          { kind: "Field", name: { kind: "Name", value: "regionCode" } },
          { kind: "Field", name: { kind: "Name", value: "regionName" } },
          { kind: "Field", name: { kind: "Name", value: "industry" } },
          { kind: "Field", name: { kind: "Name", value: "scale" } },
          { kind: "Field", name: { kind: "Name", value: "source" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "tags" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "color" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "owner" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "loginName" } },
                { kind: "Field", name: { kind: "Name", value: "realName" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "lastFollowUpAt" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AllEnterprisesQuery, AllEnterprisesQueryVariables>;
export const RenewalDueEnterprisesDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "RenewalDueEnterprises" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "withinDays" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Int" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "filter" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "EnterpriseFilter" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "sort" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "EnterpriseSort" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "direction" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "SortDirection" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "first" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Int" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "after" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            alias: { kind: "Name", value: "list" },
            name: { kind: "Name", value: "renewalDueEnterprises" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "withinDays" },
                value: { kind: "Variable", name: { kind: "Name", value: "withinDays" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "filter" },
                value: { kind: "Variable", name: { kind: "Name", value: "filter" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "sort" },
                value: { kind: "Variable", name: { kind: "Name", value: "sort" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "direction" },
                value: { kind: "Variable", name: { kind: "Name", value: "direction" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "first" },
                value: { kind: "Variable", name: { kind: "Name", value: "first" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "after" },
                value: { kind: "Variable", name: { kind: "Name", value: "after" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "totalCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "pageInfo" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "hasNextPage" } },
                      { kind: "Field", name: { kind: "Name", value: "endCursor" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "edges" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "cursor" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "node" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "FragmentSpread", name: { kind: "Name", value: "EnterpriseRow" } },
                            { kind: "Field", name: { kind: "Name", value: "nextPaidExpiresAt" } },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "services" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  { kind: "Field", name: { kind: "Name", value: "id" } },
                                  { kind: "Field", name: { kind: "Name", value: "kind" } },
                                  { kind: "Field", name: { kind: "Name", value: "domain" } },
                                  { kind: "Field", name: { kind: "Name", value: "domainUnicode" } },
                                  { kind: "Field", name: { kind: "Name", value: "seats" } },
                                  { kind: "Field", name: { kind: "Name", value: "startsAt" } },
                                  { kind: "Field", name: { kind: "Name", value: "expiresAt" } },
                                  {
                                    kind: "Field",
                                    name: { kind: "Name", value: "productLine" },
                                    selectionSet: {
                                      kind: "SelectionSet",
                                      selections: [
                                        { kind: "Field", name: { kind: "Name", value: "id" } },
                                        { kind: "Field", name: { kind: "Name", value: "name" } },
                                      ],
                                    },
                                  },
                                  {
                                    kind: "Field",
                                    name: { kind: "Name", value: "edition" },
                                    selectionSet: {
                                      kind: "SelectionSet",
                                      selections: [
                                        { kind: "Field", name: { kind: "Name", value: "id" } },
                                        { kind: "Field", name: { kind: "Name", value: "name" } },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "EnterpriseRow" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Enterprise" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          { kind: "Field", name: { kind: "Name", value: "mainDomain" } },
          { kind: "Field", name: { kind: "Name", value: "mainDomainUnicode" } },
          { kind: "Field", name: { kind: "Name", value: "regionCode" } },
          { kind: "Field", name: { kind: "Name", value: "regionName" } },
          { kind: "Field", name: { kind: "Name", value: "industry" } },
          { kind: "Field", name: { kind: "Name", value: "scale" } },
          { kind: "Field", name: { kind: "Name", value: "source" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "tags" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "color" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "owner" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "loginName" } },
                { kind: "Field", name: { kind: "Name", value: "realName" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "lastFollowUpAt" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RenewalDueEnterprisesQuery, RenewalDueEnterprisesQueryVariables>;
export const TrialExpiredEnterprisesDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "TrialExpiredEnterprises" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "filter" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "EnterpriseFilter" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "sort" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "EnterpriseSort" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "direction" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "SortDirection" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "first" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Int" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "after" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            alias: { kind: "Name", value: "list" },
            name: { kind: "Name", value: "trialExpiredEnterprises" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "filter" },
                value: { kind: "Variable", name: { kind: "Name", value: "filter" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "sort" },
                value: { kind: "Variable", name: { kind: "Name", value: "sort" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "direction" },
                value: { kind: "Variable", name: { kind: "Name", value: "direction" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "first" },
                value: { kind: "Variable", name: { kind: "Name", value: "first" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "after" },
                value: { kind: "Variable", name: { kind: "Name", value: "after" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "totalCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "pageInfo" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "hasNextPage" } },
                      { kind: "Field", name: { kind: "Name", value: "endCursor" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "edges" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "cursor" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "node" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "FragmentSpread", name: { kind: "Name", value: "EnterpriseRow" } },
                            { kind: "Field", name: { kind: "Name", value: "trialExpiredAt" } },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "services" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  { kind: "Field", name: { kind: "Name", value: "id" } },
                                  { kind: "Field", name: { kind: "Name", value: "kind" } },
                                  { kind: "Field", name: { kind: "Name", value: "domain" } },
                                  { kind: "Field", name: { kind: "Name", value: "domainUnicode" } },
                                  { kind: "Field", name: { kind: "Name", value: "seats" } },
                                  { kind: "Field", name: { kind: "Name", value: "startsAt" } },
                                  { kind: "Field", name: { kind: "Name", value: "expiresAt" } },
                                  {
                                    kind: "Field",
                                    name: { kind: "Name", value: "productLine" },
                                    selectionSet: {
                                      kind: "SelectionSet",
                                      selections: [
                                        { kind: "Field", name: { kind: "Name", value: "id" } },
                                        { kind: "Field", name: { kind: "Name", value: "name" } },
                                      ],
                                    },
                                  },
                                  {
                                    kind: "Field",
                                    name: { kind: "Name", value: "edition" },
                                    selectionSet: {
                                      kind: "SelectionSet",
                                      selections: [
                                        { kind: "Field", name: { kind: "Name", value: "id" } },
                                        { kind: "Field", name: { kind: "Name", value: "name" } },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "EnterpriseRow" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Enterprise" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          { kind: "Field", name: { kind: "Name", value: "mainDomain" } },
          { kind: "Field", name: { kind: "Name", value: "mainDomainUnicode" } },
          { kind: "Field", name: { kind: "Name", value: "regionCode" } },
          { kind: "Field", name: { kind: "Name", value: "regionName" } },
          { kind: "Field", name: { kind: "Name", value: "industry" } },
          { kind: "Field", name: { kind: "Name", value: "scale" } },
          { kind: "Field", name: { kind: "Name", value: "source" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "tags" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "color" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "owner" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "loginName" } },
                { kind: "Field", name: { kind: "Name", value: "realName" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "lastFollowUpAt" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TrialExpiredEnterprisesQuery, TrialExpiredEnterprisesQueryVariables>;
export const RoutedEnterprisesDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "RoutedEnterprises" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "filter" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "EnterpriseFilter" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "sort" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "EnterpriseSort" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "direction" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "SortDirection" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "first" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Int" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "after" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            alias: { kind: "Name", value: "list" },
            name: { kind: "Name", value: "routedEnterprises" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "filter" },
                value: { kind: "Variable", name: { kind: "Name", value: "filter" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "sort" },
                value: { kind: "Variable", name: { kind: "Name", value: "sort" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "direction" },
                value: { kind: "Variable", name: { kind: "Name", value: "direction" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "first" },
                value: { kind: "Variable", name: { kind: "Name", value: "first" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "after" },
                value: { kind: "Variable", name: { kind: "Name", value: "after" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "totalCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "pageInfo" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "hasNextPage" } },
                      { kind: "Field", name: { kind: "Name", value: "endCursor" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "edges" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "cursor" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "node" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "FragmentSpread", name: { kind: "Name", value: "EnterpriseRow" } },
                            { kind: "Field", name: { kind: "Name", value: "routedAt" } },
                            { kind: "Field", name: { kind: "Name", value: "routingTrace" } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "EnterpriseRow" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Enterprise" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          { kind: "Field", name: { kind: "Name", value: "mainDomain" } },
          { kind: "Field", name: { kind: "Name", value: "mainDomainUnicode" } },
          { kind: "Field", name: { kind: "Name", value: "regionCode" } },
          { kind: "Field", name: { kind: "Name", value: "regionName" } },
          { kind: "Field", name: { kind: "Name", value: "industry" } },
          { kind: "Field", name: { kind: "Name", value: "scale" } },
          { kind: "Field", name: { kind: "Name", value: "source" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "tags" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "color" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "owner" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "loginName" } },
                { kind: "Field", name: { kind: "Name", value: "realName" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "lastFollowUpAt" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RoutedEnterprisesQuery, RoutedEnterprisesQueryVariables>;
export const OwnerLabelDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "OwnerLabel" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "account" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "id" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "loginName" } },
                { kind: "Field", name: { kind: "Name", value: "realName" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OwnerLabelQuery, OwnerLabelQueryVariables>;
export const AssignableOwnersDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "AssignableOwners" },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "accounts" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "filter" },
                value: {
                  kind: "ObjectValue",
                  fields: [
                    {
                      kind: "ObjectField",
                      name: { kind: "Name", value: "kind" },
                      value: { kind: "EnumValue", value: "DEALER" },
                    },
                    {
                      kind: "ObjectField",
                      name: { kind: "Name", value: "status" },
                      value: { kind: "EnumValue", value: "ACTIVE" },
                    },
                  ],
                },
              },
              { kind: "Argument", name: { kind: "Name", value: "first" }, value: { kind: "IntValue", value: "1" } },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "Field", name: { kind: "Name", value: "totalCount" } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AssignableOwnersQuery, AssignableOwnersQueryVariables>;
export const EnterpriseDetailPageDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "EnterpriseDetailPage" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "enterprise" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "id" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "EnterpriseDetail" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "EnterpriseRow" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Enterprise" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          { kind: "Field", name: { kind: "Name", value: "mainDomain" } },
          { kind: "Field", name: { kind: "Name", value: "mainDomainUnicode" } },
          { kind: "Field", name: { kind: "Name", value: "regionCode" } },
          { kind: "Field", name: { kind: "Name", value: "regionName" } },
          { kind: "Field", name: { kind: "Name", value: "industry" } },
          { kind: "Field", name: { kind: "Name", value: "scale" } },
          { kind: "Field", name: { kind: "Name", value: "source" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "tags" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "color" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "owner" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "loginName" } },
                { kind: "Field", name: { kind: "Name", value: "realName" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "lastFollowUpAt" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "EnterpriseDetail" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Enterprise" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "FragmentSpread", name: { kind: "Name", value: "EnterpriseRow" } },
          { kind: "Field", name: { kind: "Name", value: "notes" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "domains" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "domain" } },
                { kind: "Field", name: { kind: "Name", value: "unicode" } },
                { kind: "Field", name: { kind: "Name", value: "isMain" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "secondaryDomains" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "domain" } },
                { kind: "Field", name: { kind: "Name", value: "unicode" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "productLine" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "contacts" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "mobile" } },
                { kind: "Field", name: { kind: "Name", value: "email" } },
                { kind: "Field", name: { kind: "Name", value: "title" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "services" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "kind" } },
                { kind: "Field", name: { kind: "Name", value: "domain" } },
                { kind: "Field", name: { kind: "Name", value: "domainUnicode" } },
                { kind: "Field", name: { kind: "Name", value: "seats" } },
                { kind: "Field", name: { kind: "Name", value: "startsAt" } },
                { kind: "Field", name: { kind: "Name", value: "expiresAt" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "productLine" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "edition" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "createdBy" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "loginName" } },
                { kind: "Field", name: { kind: "Name", value: "realName" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "nextPaidExpiresAt" } },
          { kind: "Field", name: { kind: "Name", value: "trialExpiredAt" } },
          { kind: "Field", name: { kind: "Name", value: "routedAt" } },
          { kind: "Field", name: { kind: "Name", value: "routingTrace" } },
          { kind: "Field", name: { kind: "Name", value: "updatedAt" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EnterpriseDetailPageQuery, EnterpriseDetailPageQueryVariables>;
export const CreateEnterpriseDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "CreateEnterprise" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "CreateEnterpriseInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "createEnterprise" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "EnterpriseDetail" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "EnterpriseRow" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Enterprise" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          { kind: "Field", name: { kind: "Name", value: "mainDomain" } },
          { kind: "Field", name: { kind: "Name", value: "mainDomainUnicode" } },
          { kind: "Field", name: { kind: "Name", value: "regionCode" } },
          { kind: "Field", name: { kind: "Name", value: "regionName" } },
          { kind: "Field", name: { kind: "Name", value: "industry" } },
          { kind: "Field", name: { kind: "Name", value: "scale" } },
          { kind: "Field", name: { kind: "Name", value: "source" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "tags" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "color" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "owner" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "loginName" } },
                { kind: "Field", name: { kind: "Name", value: "realName" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "lastFollowUpAt" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "EnterpriseDetail" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Enterprise" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "FragmentSpread", name: { kind: "Name", value: "EnterpriseRow" } },
          { kind: "Field", name: { kind: "Name", value: "notes" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "domains" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "domain" } },
                { kind: "Field", name: { kind: "Name", value: "unicode" } },
                { kind: "Field", name: { kind: "Name", value: "isMain" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "secondaryDomains" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "domain" } },
                { kind: "Field", name: { kind: "Name", value: "unicode" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "productLine" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "contacts" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "mobile" } },
                { kind: "Field", name: { kind: "Name", value: "email" } },
                { kind: "Field", name: { kind: "Name", value: "title" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "services" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "kind" } },
                { kind: "Field", name: { kind: "Name", value: "domain" } },
                { kind: "Field", name: { kind: "Name", value: "domainUnicode" } },
                { kind: "Field", name: { kind: "Name", value: "seats" } },
                { kind: "Field", name: { kind: "Name", value: "startsAt" } },
                { kind: "Field", name: { kind: "Name", value: "expiresAt" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "productLine" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "edition" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "createdBy" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "loginName" } },
                { kind: "Field", name: { kind: "Name", value: "realName" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "nextPaidExpiresAt" } },
          { kind: "Field", name: { kind: "Name", value: "trialExpiredAt" } },
          { kind: "Field", name: { kind: "Name", value: "routedAt" } },
          { kind: "Field", name: { kind: "Name", value: "routingTrace" } },
          { kind: "Field", name: { kind: "Name", value: "updatedAt" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateEnterpriseMutation, CreateEnterpriseMutationVariables>;
export const UpdateEnterpriseDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "UpdateEnterprise" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "UpdateEnterpriseInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "updateEnterprise" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "id" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "EnterpriseDetail" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "EnterpriseRow" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Enterprise" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          { kind: "Field", name: { kind: "Name", value: "mainDomain" } },
          { kind: "Field", name: { kind: "Name", value: "mainDomainUnicode" } },
          { kind: "Field", name: { kind: "Name", value: "regionCode" } },
          { kind: "Field", name: { kind: "Name", value: "regionName" } },
          { kind: "Field", name: { kind: "Name", value: "industry" } },
          { kind: "Field", name: { kind: "Name", value: "scale" } },
          { kind: "Field", name: { kind: "Name", value: "source" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "tags" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "color" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "owner" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "loginName" } },
                { kind: "Field", name: { kind: "Name", value: "realName" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "lastFollowUpAt" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "EnterpriseDetail" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Enterprise" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "FragmentSpread", name: { kind: "Name", value: "EnterpriseRow" } },
          { kind: "Field", name: { kind: "Name", value: "notes" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "domains" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "domain" } },
                { kind: "Field", name: { kind: "Name", value: "unicode" } },
                { kind: "Field", name: { kind: "Name", value: "isMain" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "secondaryDomains" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "domain" } },
                { kind: "Field", name: { kind: "Name", value: "unicode" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "productLine" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "contacts" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "mobile" } },
                { kind: "Field", name: { kind: "Name", value: "email" } },
                { kind: "Field", name: { kind: "Name", value: "title" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "services" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "kind" } },
                { kind: "Field", name: { kind: "Name", value: "domain" } },
                { kind: "Field", name: { kind: "Name", value: "domainUnicode" } },
                { kind: "Field", name: { kind: "Name", value: "seats" } },
                { kind: "Field", name: { kind: "Name", value: "startsAt" } },
                { kind: "Field", name: { kind: "Name", value: "expiresAt" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "productLine" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "edition" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "createdBy" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "loginName" } },
                { kind: "Field", name: { kind: "Name", value: "realName" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "nextPaidExpiresAt" } },
          { kind: "Field", name: { kind: "Name", value: "trialExpiredAt" } },
          { kind: "Field", name: { kind: "Name", value: "routedAt" } },
          { kind: "Field", name: { kind: "Name", value: "routingTrace" } },
          { kind: "Field", name: { kind: "Name", value: "updatedAt" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateEnterpriseMutation, UpdateEnterpriseMutationVariables>;
export const ReassignEnterpriseDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "ReassignEnterprise" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "ownerAccountId" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "reassignEnterprise" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "id" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "ownerAccountId" },
                value: { kind: "Variable", name: { kind: "Name", value: "ownerAccountId" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "owner" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "loginName" } },
                      { kind: "Field", name: { kind: "Name", value: "realName" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "updatedAt" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReassignEnterpriseMutation, ReassignEnterpriseMutationVariables>;
export const SetEnterpriseTagsDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "SetEnterpriseTags" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "tagIds" } },
          type: {
            kind: "NonNullType",
            type: {
              kind: "ListType",
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
            },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "setEnterpriseTags" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "id" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "tagIds" },
                value: { kind: "Variable", name: { kind: "Name", value: "tagIds" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "tags" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                      { kind: "Field", name: { kind: "Name", value: "color" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "updatedAt" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetEnterpriseTagsMutation, SetEnterpriseTagsMutationVariables>;
export const AddEnterpriseContactDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "AddEnterpriseContact" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "enterpriseId" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "EnterpriseContactInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "addEnterpriseContact" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "enterpriseId" },
                value: { kind: "Variable", name: { kind: "Name", value: "enterpriseId" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "mobile" } },
                { kind: "Field", name: { kind: "Name", value: "email" } },
                { kind: "Field", name: { kind: "Name", value: "title" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AddEnterpriseContactMutation, AddEnterpriseContactMutationVariables>;
export const UpdateEnterpriseContactDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "UpdateEnterpriseContact" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "EnterpriseContactInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "updateEnterpriseContact" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "id" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "mobile" } },
                { kind: "Field", name: { kind: "Name", value: "email" } },
                { kind: "Field", name: { kind: "Name", value: "title" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateEnterpriseContactMutation, UpdateEnterpriseContactMutationVariables>;
export const RemoveEnterpriseContactDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "RemoveEnterpriseContact" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "removeEnterpriseContact" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "id" } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RemoveEnterpriseContactMutation, RemoveEnterpriseContactMutationVariables>;
export const EnterpriseFollowUpsDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "EnterpriseFollowUps" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "first" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Int" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "after" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "enterprise" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "id" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "lastFollowUpAt" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "followUps" },
                  arguments: [
                    {
                      kind: "Argument",
                      name: { kind: "Name", value: "first" },
                      value: { kind: "Variable", name: { kind: "Name", value: "first" } },
                    },
                    {
                      kind: "Argument",
                      name: { kind: "Name", value: "after" },
                      value: { kind: "Variable", name: { kind: "Name", value: "after" } },
                    },
                  ],
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "totalCount" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "pageInfo" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "hasNextPage" } },
                            { kind: "Field", name: { kind: "Name", value: "endCursor" } },
                          ],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "edges" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "cursor" } },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "node" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "FollowUpItem" } }],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "FollowUpItem" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "FollowUp" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "channel" } },
          { kind: "Field", name: { kind: "Name", value: "content" } },
          { kind: "Field", name: { kind: "Name", value: "nextStep" } },
          { kind: "Field", name: { kind: "Name", value: "nextAt" } },
          { kind: "Field", name: { kind: "Name", value: "happenedAt" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "author" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "loginName" } },
                { kind: "Field", name: { kind: "Name", value: "realName" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EnterpriseFollowUpsQuery, EnterpriseFollowUpsQueryVariables>;
export const AddFollowUpDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "AddFollowUp" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "enterpriseId" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "FollowUpInput" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "addFollowUp" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "enterpriseId" },
                value: { kind: "Variable", name: { kind: "Name", value: "enterpriseId" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "FollowUpItem" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "FollowUpItem" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "FollowUp" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "channel" } },
          { kind: "Field", name: { kind: "Name", value: "content" } },
          { kind: "Field", name: { kind: "Name", value: "nextStep" } },
          { kind: "Field", name: { kind: "Name", value: "nextAt" } },
          { kind: "Field", name: { kind: "Name", value: "happenedAt" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "author" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "loginName" } },
                { kind: "Field", name: { kind: "Name", value: "realName" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AddFollowUpMutation, AddFollowUpMutationVariables>;
export const TagsDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "Tags" },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "tags" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "TagItem" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "TagItem" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Tag" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          { kind: "Field", name: { kind: "Name", value: "color" } },
          { kind: "Field", name: { kind: "Name", value: "enterpriseCount" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TagsQuery, TagsQueryVariables>;
export const CreateTagDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "CreateTag" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "CreateTagInput" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "createTag" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "TagItem" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "TagItem" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Tag" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          { kind: "Field", name: { kind: "Name", value: "color" } },
          { kind: "Field", name: { kind: "Name", value: "enterpriseCount" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateTagMutation, CreateTagMutationVariables>;
export const UpdateTagDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "UpdateTag" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "UpdateTagInput" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "updateTag" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "id" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "TagItem" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "TagItem" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Tag" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          { kind: "Field", name: { kind: "Name", value: "color" } },
          { kind: "Field", name: { kind: "Name", value: "enterpriseCount" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateTagMutation, UpdateTagMutationVariables>;
export const DeleteTagDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "DeleteTag" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "deleteTag" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "id" } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeleteTagMutation, DeleteTagMutationVariables>;
export const InvoiceRequestsDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "InvoiceRequests" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "filter" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "InvoiceRequestFilter" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "first" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Int" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "after" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "invoiceRequests" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "filter" },
                value: { kind: "Variable", name: { kind: "Name", value: "filter" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "first" },
                value: { kind: "Variable", name: { kind: "Name", value: "first" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "after" },
                value: { kind: "Variable", name: { kind: "Name", value: "after" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "totalCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "pageInfo" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "hasNextPage" } },
                      { kind: "Field", name: { kind: "Name", value: "endCursor" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "edges" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "cursor" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "node" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "InvoiceRequestRow" } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "InvoiceRequestRow" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "InvoiceRequest" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "orderId" } },
          { kind: "Field", name: { kind: "Name", value: "orderNo" } },
          { kind: "Field", name: { kind: "Name", value: "title" } },
          { kind: "Field", name: { kind: "Name", value: "taxNumber" } },
          { kind: "Field", name: { kind: "Name", value: "amount" } },
          { kind: "Field", name: { kind: "Name", value: "note" } },
          { kind: "Field", name: { kind: "Name", value: "invoiceNo" } },
          { kind: "Field", name: { kind: "Name", value: "handledNote" } },
          { kind: "Field", name: { kind: "Name", value: "handledAt" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "dealer" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "requestedBy" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "realName" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "handledBy" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "realName" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<InvoiceRequestsQuery, InvoiceRequestsQueryVariables>;
export const InvoiceableOrdersDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "InvoiceableOrders" },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "invoiceableOrders" },
            arguments: [
              { kind: "Argument", name: { kind: "Name", value: "first" }, value: { kind: "IntValue", value: "200" } },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "orderId" } },
                { kind: "Field", name: { kind: "Name", value: "orderNo" } },
                { kind: "Field", name: { kind: "Name", value: "amount" } },
                { kind: "Field", name: { kind: "Name", value: "paidAt" } },
                { kind: "Field", name: { kind: "Name", value: "enterpriseName" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<InvoiceableOrdersQuery, InvoiceableOrdersQueryVariables>;
export const RequestInvoiceDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "RequestInvoice" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "RequestInvoiceInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "requestInvoice" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "InvoiceRequestRow" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "InvoiceRequestRow" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "InvoiceRequest" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "orderId" } },
          { kind: "Field", name: { kind: "Name", value: "orderNo" } },
          { kind: "Field", name: { kind: "Name", value: "title" } },
          { kind: "Field", name: { kind: "Name", value: "taxNumber" } },
          { kind: "Field", name: { kind: "Name", value: "amount" } },
          { kind: "Field", name: { kind: "Name", value: "note" } },
          { kind: "Field", name: { kind: "Name", value: "invoiceNo" } },
          { kind: "Field", name: { kind: "Name", value: "handledNote" } },
          { kind: "Field", name: { kind: "Name", value: "handledAt" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "dealer" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "requestedBy" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "realName" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "handledBy" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "realName" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RequestInvoiceMutation, RequestInvoiceMutationVariables>;
export const IssueInvoiceDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "IssueInvoice" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "IssueInvoiceInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "issueInvoice" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "id" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "InvoiceRequestRow" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "InvoiceRequestRow" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "InvoiceRequest" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "orderId" } },
          { kind: "Field", name: { kind: "Name", value: "orderNo" } },
          { kind: "Field", name: { kind: "Name", value: "title" } },
          { kind: "Field", name: { kind: "Name", value: "taxNumber" } },
          { kind: "Field", name: { kind: "Name", value: "amount" } },
          { kind: "Field", name: { kind: "Name", value: "note" } },
          { kind: "Field", name: { kind: "Name", value: "invoiceNo" } },
          { kind: "Field", name: { kind: "Name", value: "handledNote" } },
          { kind: "Field", name: { kind: "Name", value: "handledAt" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "dealer" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "requestedBy" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "realName" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "handledBy" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "realName" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<IssueInvoiceMutation, IssueInvoiceMutationVariables>;
export const RejectInvoiceDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "RejectInvoice" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "note" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "rejectInvoice" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "id" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "note" },
                value: { kind: "Variable", name: { kind: "Name", value: "note" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "InvoiceRequestRow" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "InvoiceRequestRow" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "InvoiceRequest" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "orderId" } },
          { kind: "Field", name: { kind: "Name", value: "orderNo" } },
          { kind: "Field", name: { kind: "Name", value: "title" } },
          { kind: "Field", name: { kind: "Name", value: "taxNumber" } },
          { kind: "Field", name: { kind: "Name", value: "amount" } },
          { kind: "Field", name: { kind: "Name", value: "note" } },
          { kind: "Field", name: { kind: "Name", value: "invoiceNo" } },
          { kind: "Field", name: { kind: "Name", value: "handledNote" } },
          { kind: "Field", name: { kind: "Name", value: "handledAt" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "dealer" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "requestedBy" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "realName" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "handledBy" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "realName" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RejectInvoiceMutation, RejectInvoiceMutationVariables>;
export const DealerInfoDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "DealerInfo" },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "myDealer" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "regionName" } },
                { kind: "Field", name: { kind: "Name", value: "status" } },
                { kind: "Field", name: { kind: "Name", value: "balance" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "channelManager" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "realName" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "quotas" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "productLine" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "code" } },
                            { kind: "Field", name: { kind: "Name", value: "name" } },
                          ],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "max" } },
                      { kind: "Field", name: { kind: "Name", value: "used" } },
                      { kind: "Field", name: { kind: "Name", value: "available" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "discounts" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "productLine" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "code" } },
                            { kind: "Field", name: { kind: "Name", value: "name" } },
                          ],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "rateBp" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DealerInfoQuery, DealerInfoQueryVariables>;
export const LedgerEntriesDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "LedgerEntries" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "filter" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "LedgerEntryFilter" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "first" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Int" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "after" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "ledgerEntries" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "filter" },
                value: { kind: "Variable", name: { kind: "Name", value: "filter" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "first" },
                value: { kind: "Variable", name: { kind: "Name", value: "first" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "after" },
                value: { kind: "Variable", name: { kind: "Name", value: "after" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "totalCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "pageInfo" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "hasNextPage" } },
                      { kind: "Field", name: { kind: "Name", value: "endCursor" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "edges" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "cursor" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "node" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "LedgerEntryRow" } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "LedgerEntryRow" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "LedgerEntry" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "kind" } },
          { kind: "Field", name: { kind: "Name", value: "amount" } },
          { kind: "Field", name: { kind: "Name", value: "balanceAfter" } },
          { kind: "Field", name: { kind: "Name", value: "orderId" } },
          { kind: "Field", name: { kind: "Name", value: "orderNo" } },
          { kind: "Field", name: { kind: "Name", value: "reference" } },
          { kind: "Field", name: { kind: "Name", value: "note" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "createdBy" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "realName" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "dealer" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LedgerEntriesQuery, LedgerEntriesQueryVariables>;
export const BalanceHistoryDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "BalanceHistory" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "dealerId" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "days" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Int" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "balanceHistory" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "dealerId" },
                value: { kind: "Variable", name: { kind: "Name", value: "dealerId" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "days" },
                value: { kind: "Variable", name: { kind: "Name", value: "days" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "date" } },
                { kind: "Field", name: { kind: "Name", value: "balance" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BalanceHistoryQuery, BalanceHistoryQueryVariables>;
export const DealerBalanceDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "DealerBalance" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "dealer" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "id" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "balance" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DealerBalanceQuery, DealerBalanceQueryVariables>;
export const TopUpDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "TopUp" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "TopUpInput" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "topUp" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "LedgerEntryRow" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "LedgerEntryRow" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "LedgerEntry" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "kind" } },
          { kind: "Field", name: { kind: "Name", value: "amount" } },
          { kind: "Field", name: { kind: "Name", value: "balanceAfter" } },
          { kind: "Field", name: { kind: "Name", value: "orderId" } },
          { kind: "Field", name: { kind: "Name", value: "orderNo" } },
          { kind: "Field", name: { kind: "Name", value: "reference" } },
          { kind: "Field", name: { kind: "Name", value: "note" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "createdBy" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "realName" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "dealer" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TopUpMutation, TopUpMutationVariables>;
export const NoticesDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "Notices" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "filter" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "NoticeFilter" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "first" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Int" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "after" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "notices" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "filter" },
                value: { kind: "Variable", name: { kind: "Name", value: "filter" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "first" },
                value: { kind: "Variable", name: { kind: "Name", value: "first" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "after" },
                value: { kind: "Variable", name: { kind: "Name", value: "after" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "totalCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "pageInfo" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "hasNextPage" } },
                      { kind: "Field", name: { kind: "Name", value: "endCursor" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "edges" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "cursor" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "node" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "NoticeRow" } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "NoticeRow" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Notice" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "type" } },
          { kind: "Field", name: { kind: "Name", value: "title" } },
          { kind: "Field", name: { kind: "Name", value: "body" } },
          { kind: "Field", name: { kind: "Name", value: "link" } },
          { kind: "Field", name: { kind: "Name", value: "params" } },
          { kind: "Field", name: { kind: "Name", value: "eventCount" } },
          { kind: "Field", name: { kind: "Name", value: "read" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          { kind: "Field", name: { kind: "Name", value: "lastEventAt" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NoticesQuery, NoticesQueryVariables>;
export const UnreadNoticeCountDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "UnreadNoticeCount" },
      selectionSet: {
        kind: "SelectionSet",
        selections: [{ kind: "Field", name: { kind: "Name", value: "unreadNoticeCount" } }],
      },
    },
  ],
} as unknown as DocumentNode<UnreadNoticeCountQuery, UnreadNoticeCountQueryVariables>;
export const MarkNoticeReadDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "MarkNoticeRead" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "markNoticeRead" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "id" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "read" } },
                { kind: "Field", name: { kind: "Name", value: "eventCount" } },
                { kind: "Field", name: { kind: "Name", value: "lastEventAt" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MarkNoticeReadMutation, MarkNoticeReadMutationVariables>;
export const MarkAllNoticesReadDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "MarkAllNoticesRead" },
      selectionSet: {
        kind: "SelectionSet",
        selections: [{ kind: "Field", name: { kind: "Name", value: "markAllNoticesRead" } }],
      },
    },
  ],
} as unknown as DocumentNode<MarkAllNoticesReadMutation, MarkAllNoticesReadMutationVariables>;
export const AnnouncementsDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "Announcements" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "first" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Int" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "after" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "announcements" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "first" },
                value: { kind: "Variable", name: { kind: "Name", value: "first" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "after" },
                value: { kind: "Variable", name: { kind: "Name", value: "after" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "totalCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "pageInfo" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "hasNextPage" } },
                      { kind: "Field", name: { kind: "Name", value: "endCursor" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "edges" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "cursor" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "node" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "AnnouncementRow" } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "AnnouncementRow" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Announcement" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "title" } },
          { kind: "Field", name: { kind: "Name", value: "body" } },
          { kind: "Field", name: { kind: "Name", value: "link" } },
          { kind: "Field", name: { kind: "Name", value: "allDealers" } },
          { kind: "Field", name: { kind: "Name", value: "publishedByName" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "dealers" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AnnouncementsQuery, AnnouncementsQueryVariables>;
export const PublishAnnouncementDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "PublishAnnouncement" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "PublishAnnouncementInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "publishAnnouncement" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "title" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PublishAnnouncementMutation, PublishAnnouncementMutationVariables>;
export const AnnouncementDealerOptionsDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "AnnouncementDealerOptions" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "text" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "dealers" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "text" },
                value: { kind: "Variable", name: { kind: "Name", value: "text" } },
              },
              { kind: "Argument", name: { kind: "Name", value: "first" }, value: { kind: "IntValue", value: "50" } },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "edges" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "node" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "name" } },
                            { kind: "Field", name: { kind: "Name", value: "status" } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AnnouncementDealerOptionsQuery, AnnouncementDealerOptionsQueryVariables>;
export const OrdersDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "Orders" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "filter" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "OrderFilter" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "first" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Int" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "after" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "orders" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "filter" },
                value: { kind: "Variable", name: { kind: "Name", value: "filter" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "first" },
                value: { kind: "Variable", name: { kind: "Name", value: "first" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "after" },
                value: { kind: "Variable", name: { kind: "Name", value: "after" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "totalCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "pageInfo" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "hasNextPage" } },
                      { kind: "Field", name: { kind: "Name", value: "endCursor" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "edges" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "cursor" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "node" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "OrderRow" } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "OrderRow" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Order" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "orderNo" } },
          { kind: "Field", name: { kind: "Name", value: "type" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "domain" } },
          { kind: "Field", name: { kind: "Name", value: "domainUnicode" } },
          { kind: "Field", name: { kind: "Name", value: "editionName" } },
          { kind: "Field", name: { kind: "Name", value: "seats" } },
          { kind: "Field", name: { kind: "Name", value: "months" } },
          { kind: "Field", name: { kind: "Name", value: "giftMonths" } },
          { kind: "Field", name: { kind: "Name", value: "trialDays" } },
          { kind: "Field", name: { kind: "Name", value: "listAmount" } },
          { kind: "Field", name: { kind: "Name", value: "settlementAmount" } },
          { kind: "Field", name: { kind: "Name", value: "reductionAmount" } },
          { kind: "Field", name: { kind: "Name", value: "amountDue" } },
          { kind: "Field", name: { kind: "Name", value: "confirmationReasons" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "productLine" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "enterprise" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "dealer" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "creator" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "loginName" } },
                { kind: "Field", name: { kind: "Name", value: "realName" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OrdersQuery, OrdersQueryVariables>;
export const OrderDetailPageDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "OrderDetailPage" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "order" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "id" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "OrderDetail" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "OrderRow" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Order" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "orderNo" } },
          { kind: "Field", name: { kind: "Name", value: "type" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "domain" } },
          { kind: "Field", name: { kind: "Name", value: "domainUnicode" } },
          { kind: "Field", name: { kind: "Name", value: "editionName" } },
          { kind: "Field", name: { kind: "Name", value: "seats" } },
          { kind: "Field", name: { kind: "Name", value: "months" } },
          { kind: "Field", name: { kind: "Name", value: "giftMonths" } },
          { kind: "Field", name: { kind: "Name", value: "trialDays" } },
          { kind: "Field", name: { kind: "Name", value: "listAmount" } },
          { kind: "Field", name: { kind: "Name", value: "settlementAmount" } },
          { kind: "Field", name: { kind: "Name", value: "reductionAmount" } },
          { kind: "Field", name: { kind: "Name", value: "amountDue" } },
          { kind: "Field", name: { kind: "Name", value: "confirmationReasons" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "productLine" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "enterprise" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "dealer" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "creator" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "loginName" } },
                { kind: "Field", name: { kind: "Name", value: "realName" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "OrderServiceFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Service" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "kind" } },
          { kind: "Field", name: { kind: "Name", value: "domain" } },
          { kind: "Field", name: { kind: "Name", value: "domainUnicode" } },
          { kind: "Field", name: { kind: "Name", value: "seats" } },
          { kind: "Field", name: { kind: "Name", value: "startsAt" } },
          { kind: "Field", name: { kind: "Name", value: "expiresAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "productLine" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "edition" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "OrderDetail" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Order" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "FragmentSpread", name: { kind: "Name", value: "OrderRow" } },
          { kind: "Field", name: { kind: "Name", value: "remark" } },
          { kind: "Field", name: { kind: "Name", value: "rejectReason" } },
          { kind: "Field", name: { kind: "Name", value: "decidedAt" } },
          { kind: "Field", name: { kind: "Name", value: "paidAt" } },
          { kind: "Field", name: { kind: "Name", value: "closedAt" } },
          { kind: "Field", name: { kind: "Name", value: "updatedAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "service" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "OrderServiceFields" } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OrderDetailPageQuery, OrderDetailPageQueryVariables>;
export const OrderQuoteDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "OrderQuote" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "CreateOrderInput" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "orderQuote" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "type" } },
                { kind: "Field", name: { kind: "Name", value: "domain" } },
                { kind: "Field", name: { kind: "Name", value: "seats" } },
                { kind: "Field", name: { kind: "Name", value: "months" } },
                { kind: "Field", name: { kind: "Name", value: "giftMonths" } },
                { kind: "Field", name: { kind: "Name", value: "allowedGiftMonths" } },
                { kind: "Field", name: { kind: "Name", value: "trialDays" } },
                { kind: "Field", name: { kind: "Name", value: "remainingDays" } },
                { kind: "Field", name: { kind: "Name", value: "listAmount" } },
                { kind: "Field", name: { kind: "Name", value: "settlementAmount" } },
                { kind: "Field", name: { kind: "Name", value: "confirmationReasons" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OrderQuoteQuery, OrderQuoteQueryVariables>;
export const OrderCatalogDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "OrderCatalog" },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "productLines" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "code" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "giftRule" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "perPaidMonths" } },
                      { kind: "Field", name: { kind: "Name", value: "maxGiftMonths" } },
                      { kind: "Field", name: { kind: "Name", value: "labelZh" } },
                      { kind: "Field", name: { kind: "Name", value: "labelEn" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "editions" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "code" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                      { kind: "Field", name: { kind: "Name", value: "isSpecial" } },
                      { kind: "Field", name: { kind: "Name", value: "listPrice" } },
                      { kind: "Field", name: { kind: "Name", value: "settlementPrice" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OrderCatalogQuery, OrderCatalogQueryVariables>;
export const MyDealerBalanceDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "MyDealerBalance" },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "myDealer" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "balance" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyDealerBalanceQuery, MyDealerBalanceQueryVariables>;
export const CreateOrderDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "CreateOrder" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "CreateOrderInput" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "createOrder" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "OrderDetail" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "OrderRow" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Order" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "orderNo" } },
          { kind: "Field", name: { kind: "Name", value: "type" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "domain" } },
          { kind: "Field", name: { kind: "Name", value: "domainUnicode" } },
          { kind: "Field", name: { kind: "Name", value: "editionName" } },
          { kind: "Field", name: { kind: "Name", value: "seats" } },
          { kind: "Field", name: { kind: "Name", value: "months" } },
          { kind: "Field", name: { kind: "Name", value: "giftMonths" } },
          { kind: "Field", name: { kind: "Name", value: "trialDays" } },
          { kind: "Field", name: { kind: "Name", value: "listAmount" } },
          { kind: "Field", name: { kind: "Name", value: "settlementAmount" } },
          { kind: "Field", name: { kind: "Name", value: "reductionAmount" } },
          { kind: "Field", name: { kind: "Name", value: "amountDue" } },
          { kind: "Field", name: { kind: "Name", value: "confirmationReasons" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "productLine" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "enterprise" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "dealer" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "creator" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "loginName" } },
                { kind: "Field", name: { kind: "Name", value: "realName" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "OrderServiceFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Service" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "kind" } },
          { kind: "Field", name: { kind: "Name", value: "domain" } },
          { kind: "Field", name: { kind: "Name", value: "domainUnicode" } },
          { kind: "Field", name: { kind: "Name", value: "seats" } },
          { kind: "Field", name: { kind: "Name", value: "startsAt" } },
          { kind: "Field", name: { kind: "Name", value: "expiresAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "productLine" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "edition" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "OrderDetail" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Order" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "FragmentSpread", name: { kind: "Name", value: "OrderRow" } },
          { kind: "Field", name: { kind: "Name", value: "remark" } },
          { kind: "Field", name: { kind: "Name", value: "rejectReason" } },
          { kind: "Field", name: { kind: "Name", value: "decidedAt" } },
          { kind: "Field", name: { kind: "Name", value: "paidAt" } },
          { kind: "Field", name: { kind: "Name", value: "closedAt" } },
          { kind: "Field", name: { kind: "Name", value: "updatedAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "service" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "OrderServiceFields" } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateOrderMutation, CreateOrderMutationVariables>;
export const PayOrderDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "PayOrder" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "idempotencyKey" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "payOrder" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "id" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "idempotencyKey" },
                value: { kind: "Variable", name: { kind: "Name", value: "idempotencyKey" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "OrderDetail" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "OrderRow" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Order" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "orderNo" } },
          { kind: "Field", name: { kind: "Name", value: "type" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "domain" } },
          { kind: "Field", name: { kind: "Name", value: "domainUnicode" } },
          { kind: "Field", name: { kind: "Name", value: "editionName" } },
          { kind: "Field", name: { kind: "Name", value: "seats" } },
          { kind: "Field", name: { kind: "Name", value: "months" } },
          { kind: "Field", name: { kind: "Name", value: "giftMonths" } },
          { kind: "Field", name: { kind: "Name", value: "trialDays" } },
          { kind: "Field", name: { kind: "Name", value: "listAmount" } },
          { kind: "Field", name: { kind: "Name", value: "settlementAmount" } },
          { kind: "Field", name: { kind: "Name", value: "reductionAmount" } },
          { kind: "Field", name: { kind: "Name", value: "amountDue" } },
          { kind: "Field", name: { kind: "Name", value: "confirmationReasons" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "productLine" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "enterprise" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "dealer" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "creator" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "loginName" } },
                { kind: "Field", name: { kind: "Name", value: "realName" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "OrderServiceFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Service" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "kind" } },
          { kind: "Field", name: { kind: "Name", value: "domain" } },
          { kind: "Field", name: { kind: "Name", value: "domainUnicode" } },
          { kind: "Field", name: { kind: "Name", value: "seats" } },
          { kind: "Field", name: { kind: "Name", value: "startsAt" } },
          { kind: "Field", name: { kind: "Name", value: "expiresAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "productLine" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "edition" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "OrderDetail" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Order" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "FragmentSpread", name: { kind: "Name", value: "OrderRow" } },
          { kind: "Field", name: { kind: "Name", value: "remark" } },
          { kind: "Field", name: { kind: "Name", value: "rejectReason" } },
          { kind: "Field", name: { kind: "Name", value: "decidedAt" } },
          { kind: "Field", name: { kind: "Name", value: "paidAt" } },
          { kind: "Field", name: { kind: "Name", value: "closedAt" } },
          { kind: "Field", name: { kind: "Name", value: "updatedAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "service" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "OrderServiceFields" } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PayOrderMutation, PayOrderMutationVariables>;
export const CloseOrderDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "CloseOrder" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "closeOrder" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "id" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "OrderDetail" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "OrderRow" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Order" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "orderNo" } },
          { kind: "Field", name: { kind: "Name", value: "type" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "domain" } },
          { kind: "Field", name: { kind: "Name", value: "domainUnicode" } },
          { kind: "Field", name: { kind: "Name", value: "editionName" } },
          { kind: "Field", name: { kind: "Name", value: "seats" } },
          { kind: "Field", name: { kind: "Name", value: "months" } },
          { kind: "Field", name: { kind: "Name", value: "giftMonths" } },
          { kind: "Field", name: { kind: "Name", value: "trialDays" } },
          { kind: "Field", name: { kind: "Name", value: "listAmount" } },
          { kind: "Field", name: { kind: "Name", value: "settlementAmount" } },
          { kind: "Field", name: { kind: "Name", value: "reductionAmount" } },
          { kind: "Field", name: { kind: "Name", value: "amountDue" } },
          { kind: "Field", name: { kind: "Name", value: "confirmationReasons" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "productLine" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "enterprise" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "dealer" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "creator" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "loginName" } },
                { kind: "Field", name: { kind: "Name", value: "realName" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "OrderServiceFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Service" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "kind" } },
          { kind: "Field", name: { kind: "Name", value: "domain" } },
          { kind: "Field", name: { kind: "Name", value: "domainUnicode" } },
          { kind: "Field", name: { kind: "Name", value: "seats" } },
          { kind: "Field", name: { kind: "Name", value: "startsAt" } },
          { kind: "Field", name: { kind: "Name", value: "expiresAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "productLine" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "edition" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "OrderDetail" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Order" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "FragmentSpread", name: { kind: "Name", value: "OrderRow" } },
          { kind: "Field", name: { kind: "Name", value: "remark" } },
          { kind: "Field", name: { kind: "Name", value: "rejectReason" } },
          { kind: "Field", name: { kind: "Name", value: "decidedAt" } },
          { kind: "Field", name: { kind: "Name", value: "paidAt" } },
          { kind: "Field", name: { kind: "Name", value: "closedAt" } },
          { kind: "Field", name: { kind: "Name", value: "updatedAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "service" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "OrderServiceFields" } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CloseOrderMutation, CloseOrderMutationVariables>;
export const ConfirmOrderDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "ConfirmOrder" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "confirmOrder" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "id" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "OrderDetail" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "OrderRow" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Order" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "orderNo" } },
          { kind: "Field", name: { kind: "Name", value: "type" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "domain" } },
          { kind: "Field", name: { kind: "Name", value: "domainUnicode" } },
          { kind: "Field", name: { kind: "Name", value: "editionName" } },
          { kind: "Field", name: { kind: "Name", value: "seats" } },
          { kind: "Field", name: { kind: "Name", value: "months" } },
          { kind: "Field", name: { kind: "Name", value: "giftMonths" } },
          { kind: "Field", name: { kind: "Name", value: "trialDays" } },
          { kind: "Field", name: { kind: "Name", value: "listAmount" } },
          { kind: "Field", name: { kind: "Name", value: "settlementAmount" } },
          { kind: "Field", name: { kind: "Name", value: "reductionAmount" } },
          { kind: "Field", name: { kind: "Name", value: "amountDue" } },
          { kind: "Field", name: { kind: "Name", value: "confirmationReasons" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "productLine" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "enterprise" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "dealer" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "creator" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "loginName" } },
                { kind: "Field", name: { kind: "Name", value: "realName" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "OrderServiceFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Service" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "kind" } },
          { kind: "Field", name: { kind: "Name", value: "domain" } },
          { kind: "Field", name: { kind: "Name", value: "domainUnicode" } },
          { kind: "Field", name: { kind: "Name", value: "seats" } },
          { kind: "Field", name: { kind: "Name", value: "startsAt" } },
          { kind: "Field", name: { kind: "Name", value: "expiresAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "productLine" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "edition" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "OrderDetail" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Order" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "FragmentSpread", name: { kind: "Name", value: "OrderRow" } },
          { kind: "Field", name: { kind: "Name", value: "remark" } },
          { kind: "Field", name: { kind: "Name", value: "rejectReason" } },
          { kind: "Field", name: { kind: "Name", value: "decidedAt" } },
          { kind: "Field", name: { kind: "Name", value: "paidAt" } },
          { kind: "Field", name: { kind: "Name", value: "closedAt" } },
          { kind: "Field", name: { kind: "Name", value: "updatedAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "service" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "OrderServiceFields" } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConfirmOrderMutation, ConfirmOrderMutationVariables>;
export const RejectOrderDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "RejectOrder" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "reason" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "rejectOrder" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "id" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "reason" },
                value: { kind: "Variable", name: { kind: "Name", value: "reason" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "OrderDetail" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "OrderRow" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Order" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "orderNo" } },
          { kind: "Field", name: { kind: "Name", value: "type" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "domain" } },
          { kind: "Field", name: { kind: "Name", value: "domainUnicode" } },
          { kind: "Field", name: { kind: "Name", value: "editionName" } },
          { kind: "Field", name: { kind: "Name", value: "seats" } },
          { kind: "Field", name: { kind: "Name", value: "months" } },
          { kind: "Field", name: { kind: "Name", value: "giftMonths" } },
          { kind: "Field", name: { kind: "Name", value: "trialDays" } },
          { kind: "Field", name: { kind: "Name", value: "listAmount" } },
          { kind: "Field", name: { kind: "Name", value: "settlementAmount" } },
          { kind: "Field", name: { kind: "Name", value: "reductionAmount" } },
          { kind: "Field", name: { kind: "Name", value: "amountDue" } },
          { kind: "Field", name: { kind: "Name", value: "confirmationReasons" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "productLine" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "enterprise" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "dealer" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "creator" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "loginName" } },
                { kind: "Field", name: { kind: "Name", value: "realName" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "OrderServiceFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Service" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "kind" } },
          { kind: "Field", name: { kind: "Name", value: "domain" } },
          { kind: "Field", name: { kind: "Name", value: "domainUnicode" } },
          { kind: "Field", name: { kind: "Name", value: "seats" } },
          { kind: "Field", name: { kind: "Name", value: "startsAt" } },
          { kind: "Field", name: { kind: "Name", value: "expiresAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "productLine" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "edition" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "OrderDetail" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Order" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "FragmentSpread", name: { kind: "Name", value: "OrderRow" } },
          { kind: "Field", name: { kind: "Name", value: "remark" } },
          { kind: "Field", name: { kind: "Name", value: "rejectReason" } },
          { kind: "Field", name: { kind: "Name", value: "decidedAt" } },
          { kind: "Field", name: { kind: "Name", value: "paidAt" } },
          { kind: "Field", name: { kind: "Name", value: "closedAt" } },
          { kind: "Field", name: { kind: "Name", value: "updatedAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "service" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "OrderServiceFields" } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RejectOrderMutation, RejectOrderMutationVariables>;
export const OrderEnterpriseRegistrationsDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "OrderEnterpriseRegistrations" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "enterpriseId" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "registrations" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "filter" },
                value: {
                  kind: "ObjectValue",
                  fields: [
                    {
                      kind: "ObjectField",
                      name: { kind: "Name", value: "enterpriseId" },
                      value: { kind: "Variable", name: { kind: "Name", value: "enterpriseId" } },
                    },
                    {
                      kind: "ObjectField",
                      name: { kind: "Name", value: "status" },
                      value: { kind: "EnumValue", value: "ACTIVE" },
                    },
                  ],
                },
              },
              { kind: "Argument", name: { kind: "Name", value: "first" }, value: { kind: "IntValue", value: "50" } },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "edges" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "node" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "domain" } },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "productLine" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [{ kind: "Field", name: { kind: "Name", value: "id" } }],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OrderEnterpriseRegistrationsQuery, OrderEnterpriseRegistrationsQueryVariables>;
export const DealerDiscountsDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "DealerDiscounts" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "text" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "first" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Int" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "after" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "dealers" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "text" },
                value: { kind: "Variable", name: { kind: "Name", value: "text" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "first" },
                value: { kind: "Variable", name: { kind: "Name", value: "first" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "after" },
                value: { kind: "Variable", name: { kind: "Name", value: "after" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "totalCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "pageInfo" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "hasNextPage" } },
                      { kind: "Field", name: { kind: "Name", value: "endCursor" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "edges" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "cursor" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "node" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "name" } },
                            { kind: "Field", name: { kind: "Name", value: "regionName" } },
                            { kind: "Field", name: { kind: "Name", value: "status" } },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "channelManager" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  { kind: "Field", name: { kind: "Name", value: "id" } },
                                  { kind: "Field", name: { kind: "Name", value: "loginName" } },
                                  { kind: "Field", name: { kind: "Name", value: "realName" } },
                                ],
                              },
                            },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "discounts" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  { kind: "FragmentSpread", name: { kind: "Name", value: "DealerDiscountFields" } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "DealerDiscountFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "DealerDiscount" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "rateBp" } },
          { kind: "Field", name: { kind: "Name", value: "updatedAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "productLine" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "code" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DealerDiscountsQuery, DealerDiscountsQueryVariables>;
export const SetDealerDiscountsDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "SetDealerDiscounts" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "dealerId" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "SetDealerDiscountsInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "setDealerDiscounts" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "dealerId" },
                value: { kind: "Variable", name: { kind: "Name", value: "dealerId" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "discounts" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "DealerDiscountFields" } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "DealerDiscountFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "DealerDiscount" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "rateBp" } },
          { kind: "Field", name: { kind: "Name", value: "updatedAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "productLine" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "code" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetDealerDiscountsMutation, SetDealerDiscountsMutationVariables>;
export const PriceListDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "PriceList" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "dealerId" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "productLines" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "code" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "giftRule" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "labelZh" } },
                      { kind: "Field", name: { kind: "Name", value: "labelEn" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "editions" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "code" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                      { kind: "Field", name: { kind: "Name", value: "isSpecial" } },
                      { kind: "Field", name: { kind: "Name", value: "listPrice" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "settlementPrice" },
                        arguments: [
                          {
                            kind: "Argument",
                            name: { kind: "Name", value: "dealerId" },
                            value: { kind: "Variable", name: { kind: "Name", value: "dealerId" } },
                          },
                        ],
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PriceListQuery, PriceListQueryVariables>;
export const PublicPoolDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "PublicPool" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "filter" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "PublicPoolFilter" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "first" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Int" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "after" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "publicPoolEnterprises" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "filter" },
                value: { kind: "Variable", name: { kind: "Name", value: "filter" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "first" },
                value: { kind: "Variable", name: { kind: "Name", value: "first" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "after" },
                value: { kind: "Variable", name: { kind: "Name", value: "after" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "totalCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "pageInfo" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "hasNextPage" } },
                      { kind: "Field", name: { kind: "Name", value: "endCursor" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "edges" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "cursor" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "node" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "PoolEntryRow" } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PoolEntryRow" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "PublicPoolEnterprise" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          { kind: "Field", name: { kind: "Name", value: "regionCode" } },
          { kind: "Field", name: { kind: "Name", value: "regionName" } },
          { kind: "Field", name: { kind: "Name", value: "industry" } },
          { kind: "Field", name: { kind: "Name", value: "scale" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "productLines" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "expiredAt" } },
          { kind: "Field", name: { kind: "Name", value: "enteredAt" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PublicPoolQuery, PublicPoolQueryVariables>;
export const MyDealerRegionsDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "MyDealerRegions" },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "myDealer" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "regions" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "code" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyDealerRegionsQuery, MyDealerRegionsQueryVariables>;
export const ClaimPoolEnterpriseDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "ClaimPoolEnterprise" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "claimPoolEnterprise" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "id" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "enterpriseId" } },
                { kind: "Field", name: { kind: "Name", value: "claimedAt" } },
                { kind: "Field", name: { kind: "Name", value: "claimDay" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ClaimPoolEnterpriseMutation, ClaimPoolEnterpriseMutationVariables>;
export const PoolSettingsDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "PoolSettings" },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "poolSettings" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "graceDays" } },
                { kind: "Field", name: { kind: "Name", value: "dailyClaimCap" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PoolSettingsQuery, PoolSettingsQueryVariables>;
export const UpdatePoolSettingsDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "UpdatePoolSettings" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "PoolSettingsInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "updatePoolSettings" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "graceDays" } },
                { kind: "Field", name: { kind: "Name", value: "dailyClaimCap" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdatePoolSettingsMutation, UpdatePoolSettingsMutationVariables>;
export const RunPublicPoolJobDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "RunPublicPoolJob" },
      selectionSet: {
        kind: "SelectionSet",
        selections: [{ kind: "Field", name: { kind: "Name", value: "runPublicPoolJob" } }],
      },
    },
  ],
} as unknown as DocumentNode<RunPublicPoolJobMutation, RunPublicPoolJobMutationVariables>;
export const MyQuotasDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "MyQuotas" },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "me" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "account" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "quotas" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "QuotaFields" } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "myDealer" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "quotas" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "QuotaFields" } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "QuotaFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "QuotaEntry" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "productLine" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "code" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "max" } },
          { kind: "Field", name: { kind: "Name", value: "used" } },
          { kind: "Field", name: { kind: "Name", value: "available" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyQuotasQuery, MyQuotasQueryVariables>;
export const AccountQuotasDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "AccountQuotas" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "filter" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "AccountFilter" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "first" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Int" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "after" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "accounts" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "filter" },
                value: { kind: "Variable", name: { kind: "Name", value: "filter" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "first" },
                value: { kind: "Variable", name: { kind: "Name", value: "first" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "after" },
                value: { kind: "Variable", name: { kind: "Name", value: "after" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "totalCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "pageInfo" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "hasNextPage" } },
                      { kind: "Field", name: { kind: "Name", value: "endCursor" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "edges" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "cursor" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "node" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "loginName" } },
                            { kind: "Field", name: { kind: "Name", value: "realName" } },
                            { kind: "Field", name: { kind: "Name", value: "accountType" } },
                            { kind: "Field", name: { kind: "Name", value: "status" } },
                            { kind: "Field", name: { kind: "Name", value: "permissions" } },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "quotas" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "QuotaFields" } }],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "QuotaFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "QuotaEntry" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "productLine" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "code" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "max" } },
          { kind: "Field", name: { kind: "Name", value: "used" } },
          { kind: "Field", name: { kind: "Name", value: "available" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AccountQuotasQuery, AccountQuotasQueryVariables>;
export const SetAccountQuotasDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "SetAccountQuotas" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "accountId" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "SetQuotasInput" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "setAccountQuotas" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "accountId" },
                value: { kind: "Variable", name: { kind: "Name", value: "accountId" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "quotas" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "QuotaFields" } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "QuotaFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "QuotaEntry" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "productLine" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "code" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "max" } },
          { kind: "Field", name: { kind: "Name", value: "used" } },
          { kind: "Field", name: { kind: "Name", value: "available" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetAccountQuotasMutation, SetAccountQuotasMutationVariables>;
export const DealerQuotasDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "DealerQuotas" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "text" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "first" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Int" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "after" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "dealers" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "text" },
                value: { kind: "Variable", name: { kind: "Name", value: "text" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "first" },
                value: { kind: "Variable", name: { kind: "Name", value: "first" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "after" },
                value: { kind: "Variable", name: { kind: "Name", value: "after" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "totalCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "pageInfo" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "hasNextPage" } },
                      { kind: "Field", name: { kind: "Name", value: "endCursor" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "edges" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "cursor" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "node" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "name" } },
                            { kind: "Field", name: { kind: "Name", value: "regionName" } },
                            { kind: "Field", name: { kind: "Name", value: "status" } },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "channelManager" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  { kind: "Field", name: { kind: "Name", value: "id" } },
                                  { kind: "Field", name: { kind: "Name", value: "loginName" } },
                                  { kind: "Field", name: { kind: "Name", value: "realName" } },
                                ],
                              },
                            },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "quotas" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "QuotaFields" } }],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "QuotaFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "QuotaEntry" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "productLine" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "code" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "max" } },
          { kind: "Field", name: { kind: "Name", value: "used" } },
          { kind: "Field", name: { kind: "Name", value: "available" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DealerQuotasQuery, DealerQuotasQueryVariables>;
export const SetDealerQuotasDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "SetDealerQuotas" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "dealerId" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "SetQuotasInput" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "setDealerQuotas" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "dealerId" },
                value: { kind: "Variable", name: { kind: "Name", value: "dealerId" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "quotas" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "QuotaFields" } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "QuotaFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "QuotaEntry" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "productLine" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "code" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "max" } },
          { kind: "Field", name: { kind: "Name", value: "used" } },
          { kind: "Field", name: { kind: "Name", value: "available" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetDealerQuotasMutation, SetDealerQuotasMutationVariables>;
export const RegistrationsDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "Registrations" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "filter" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "RegistrationFilter" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "first" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Int" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "after" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "registrations" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "filter" },
                value: { kind: "Variable", name: { kind: "Name", value: "filter" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "first" },
                value: { kind: "Variable", name: { kind: "Name", value: "first" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "after" },
                value: { kind: "Variable", name: { kind: "Name", value: "after" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "totalCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "pageInfo" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "hasNextPage" } },
                      { kind: "Field", name: { kind: "Name", value: "endCursor" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "edges" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "cursor" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "node" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "RegistrationRow" } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "RegistrationRow" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Registration" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "domain" } },
          { kind: "Field", name: { kind: "Name", value: "domainUnicode" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "startsAt" } },
          { kind: "Field", name: { kind: "Name", value: "expiresAt" } },
          { kind: "Field", name: { kind: "Name", value: "daysLeft" } },
          { kind: "Field", name: { kind: "Name", value: "endedAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "productLine" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "code" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "account" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "loginName" } },
                { kind: "Field", name: { kind: "Name", value: "realName" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "enterprise" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RegistrationsQuery, RegistrationsQueryVariables>;
export const RegisterDomainDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "RegisterDomain" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "RegisterDomainInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "registerDomain" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "RegistrationRow" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "RegistrationRow" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Registration" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "domain" } },
          { kind: "Field", name: { kind: "Name", value: "domainUnicode" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "startsAt" } },
          { kind: "Field", name: { kind: "Name", value: "expiresAt" } },
          { kind: "Field", name: { kind: "Name", value: "daysLeft" } },
          { kind: "Field", name: { kind: "Name", value: "endedAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "productLine" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "code" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "account" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "loginName" } },
                { kind: "Field", name: { kind: "Name", value: "realName" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "enterprise" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RegisterDomainMutation, RegisterDomainMutationVariables>;
export const UnlockRegistrationDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "UnlockRegistration" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "unlockRegistration" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "id" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "RegistrationRow" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "RegistrationRow" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Registration" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "domain" } },
          { kind: "Field", name: { kind: "Name", value: "domainUnicode" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "startsAt" } },
          { kind: "Field", name: { kind: "Name", value: "expiresAt" } },
          { kind: "Field", name: { kind: "Name", value: "daysLeft" } },
          { kind: "Field", name: { kind: "Name", value: "endedAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "productLine" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "code" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "account" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "loginName" } },
                { kind: "Field", name: { kind: "Name", value: "realName" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "enterprise" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UnlockRegistrationMutation, UnlockRegistrationMutationVariables>;
export const RegistrationHolderLabelDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "RegistrationHolderLabel" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "account" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "id" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "loginName" } },
                { kind: "Field", name: { kind: "Name", value: "realName" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RegistrationHolderLabelQuery, RegistrationHolderLabelQueryVariables>;
export const VisibleDealerAccountsDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "VisibleDealerAccounts" },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "accounts" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "filter" },
                value: {
                  kind: "ObjectValue",
                  fields: [
                    {
                      kind: "ObjectField",
                      name: { kind: "Name", value: "kind" },
                      value: { kind: "EnumValue", value: "DEALER" },
                    },
                  ],
                },
              },
              { kind: "Argument", name: { kind: "Name", value: "first" }, value: { kind: "IntValue", value: "1" } },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "Field", name: { kind: "Name", value: "totalCount" } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<VisibleDealerAccountsQuery, VisibleDealerAccountsQueryVariables>;
export const RoutingRulesDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "RoutingRules" },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "routingRules" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "RoutingRuleRow" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "RoutingRuleRow" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "RoutingRule" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          { kind: "Field", name: { kind: "Name", value: "priority" } },
          { kind: "Field", name: { kind: "Name", value: "enabled" } },
          { kind: "Field", name: { kind: "Name", value: "regionCodes" } },
          { kind: "Field", name: { kind: "Name", value: "regionNames" } },
          { kind: "Field", name: { kind: "Name", value: "productLineIds" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "productLines" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "sources" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "targets" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "dealerId" } },
                { kind: "Field", name: { kind: "Name", value: "weight" } },
                { kind: "Field", name: { kind: "Name", value: "currentWeight" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "dealer" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                      { kind: "Field", name: { kind: "Name", value: "status" } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "updatedAt" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RoutingRulesQuery, RoutingRulesQueryVariables>;
export const CreateRoutingRuleDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "CreateRoutingRule" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "RoutingRuleInput" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "createRoutingRule" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "RoutingRuleRow" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "RoutingRuleRow" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "RoutingRule" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          { kind: "Field", name: { kind: "Name", value: "priority" } },
          { kind: "Field", name: { kind: "Name", value: "enabled" } },
          { kind: "Field", name: { kind: "Name", value: "regionCodes" } },
          { kind: "Field", name: { kind: "Name", value: "regionNames" } },
          { kind: "Field", name: { kind: "Name", value: "productLineIds" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "productLines" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "sources" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "targets" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "dealerId" } },
                { kind: "Field", name: { kind: "Name", value: "weight" } },
                { kind: "Field", name: { kind: "Name", value: "currentWeight" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "dealer" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                      { kind: "Field", name: { kind: "Name", value: "status" } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "updatedAt" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateRoutingRuleMutation, CreateRoutingRuleMutationVariables>;
export const UpdateRoutingRuleDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "UpdateRoutingRule" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "RoutingRuleInput" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "updateRoutingRule" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "id" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "RoutingRuleRow" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "RoutingRuleRow" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "RoutingRule" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          { kind: "Field", name: { kind: "Name", value: "priority" } },
          { kind: "Field", name: { kind: "Name", value: "enabled" } },
          { kind: "Field", name: { kind: "Name", value: "regionCodes" } },
          { kind: "Field", name: { kind: "Name", value: "regionNames" } },
          { kind: "Field", name: { kind: "Name", value: "productLineIds" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "productLines" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "sources" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "targets" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "dealerId" } },
                { kind: "Field", name: { kind: "Name", value: "weight" } },
                { kind: "Field", name: { kind: "Name", value: "currentWeight" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "dealer" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                      { kind: "Field", name: { kind: "Name", value: "status" } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "updatedAt" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateRoutingRuleMutation, UpdateRoutingRuleMutationVariables>;
export const SetRoutingRuleEnabledDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "SetRoutingRuleEnabled" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "enabled" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Boolean" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "setRoutingRuleEnabled" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "id" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "enabled" },
                value: { kind: "Variable", name: { kind: "Name", value: "enabled" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "RoutingRuleRow" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "RoutingRuleRow" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "RoutingRule" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          { kind: "Field", name: { kind: "Name", value: "priority" } },
          { kind: "Field", name: { kind: "Name", value: "enabled" } },
          { kind: "Field", name: { kind: "Name", value: "regionCodes" } },
          { kind: "Field", name: { kind: "Name", value: "regionNames" } },
          { kind: "Field", name: { kind: "Name", value: "productLineIds" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "productLines" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "sources" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "targets" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "dealerId" } },
                { kind: "Field", name: { kind: "Name", value: "weight" } },
                { kind: "Field", name: { kind: "Name", value: "currentWeight" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "dealer" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                      { kind: "Field", name: { kind: "Name", value: "status" } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "updatedAt" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetRoutingRuleEnabledMutation, SetRoutingRuleEnabledMutationVariables>;
export const DeleteRoutingRuleDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "DeleteRoutingRule" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "deleteRoutingRule" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "id" } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeleteRoutingRuleMutation, DeleteRoutingRuleMutationVariables>;
export const ReorderRoutingRulesDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "ReorderRoutingRules" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "ids" } },
          type: {
            kind: "NonNullType",
            type: {
              kind: "ListType",
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
            },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "reorderRoutingRules" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "ids" },
                value: { kind: "Variable", name: { kind: "Name", value: "ids" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "RoutingRuleRow" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "RoutingRuleRow" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "RoutingRule" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          { kind: "Field", name: { kind: "Name", value: "priority" } },
          { kind: "Field", name: { kind: "Name", value: "enabled" } },
          { kind: "Field", name: { kind: "Name", value: "regionCodes" } },
          { kind: "Field", name: { kind: "Name", value: "regionNames" } },
          { kind: "Field", name: { kind: "Name", value: "productLineIds" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "productLines" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "sources" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "targets" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "dealerId" } },
                { kind: "Field", name: { kind: "Name", value: "weight" } },
                { kind: "Field", name: { kind: "Name", value: "currentWeight" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "dealer" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                      { kind: "Field", name: { kind: "Name", value: "status" } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "updatedAt" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReorderRoutingRulesMutation, ReorderRoutingRulesMutationVariables>;
export const RoutingDryRunDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "RoutingDryRun" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "RoutingDryRunInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "routingDryRun" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "outcome" } },
                { kind: "Field", name: { kind: "Name", value: "existingEnterpriseId" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "rule" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                      { kind: "Field", name: { kind: "Name", value: "priority" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "dealer" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "traceLines" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "zh" } },
                      { kind: "Field", name: { kind: "Name", value: "en" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RoutingDryRunMutation, RoutingDryRunMutationVariables>;
export const RoutingDealerOptionsDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "RoutingDealerOptions" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "text" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "dealers" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "text" },
                value: { kind: "Variable", name: { kind: "Name", value: "text" } },
              },
              { kind: "Argument", name: { kind: "Name", value: "first" }, value: { kind: "IntValue", value: "100" } },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "edges" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "node" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "name" } },
                            { kind: "Field", name: { kind: "Name", value: "status" } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RoutingDealerOptionsQuery, RoutingDealerOptionsQueryVariables>;
export const LeadListDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "LeadList" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "filter" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "LeadFilter" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "first" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Int" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "after" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "leads" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "filter" },
                value: { kind: "Variable", name: { kind: "Name", value: "filter" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "first" },
                value: { kind: "Variable", name: { kind: "Name", value: "first" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "after" },
                value: { kind: "Variable", name: { kind: "Name", value: "after" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "totalCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "pageInfo" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "hasNextPage" } },
                      { kind: "Field", name: { kind: "Name", value: "endCursor" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "edges" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "cursor" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "node" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "LeadRow" } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "LeadRow" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Lead" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "companyName" } },
          { kind: "Field", name: { kind: "Name", value: "domain" } },
          { kind: "Field", name: { kind: "Name", value: "domainUnicode" } },
          { kind: "Field", name: { kind: "Name", value: "source" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "regionName" } },
          { kind: "Field", name: { kind: "Name", value: "contactName" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "productLine" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "dealer" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "rule" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "enterpriseId" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "traceLines" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "zh" } },
                { kind: "Field", name: { kind: "Name", value: "en" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LeadListQuery, LeadListQueryVariables>;
export const IntakeLeadDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "IntakeLead" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "LeadIntakeInput" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "intakeLead" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "LeadRow" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "LeadRow" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Lead" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "companyName" } },
          { kind: "Field", name: { kind: "Name", value: "domain" } },
          { kind: "Field", name: { kind: "Name", value: "domainUnicode" } },
          { kind: "Field", name: { kind: "Name", value: "source" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "regionName" } },
          { kind: "Field", name: { kind: "Name", value: "contactName" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "productLine" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "dealer" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "rule" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "enterpriseId" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "traceLines" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "zh" } },
                { kind: "Field", name: { kind: "Name", value: "en" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<IntakeLeadMutation, IntakeLeadMutationVariables>;
export const IntakeLeadsDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "IntakeLeads" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "inputs" } },
          type: {
            kind: "NonNullType",
            type: {
              kind: "ListType",
              type: {
                kind: "NonNullType",
                type: { kind: "NamedType", name: { kind: "Name", value: "LeadIntakeInput" } },
              },
            },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "intakeLeads" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "inputs" },
                value: { kind: "Variable", name: { kind: "Name", value: "inputs" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "LeadRow" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "LeadRow" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Lead" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "companyName" } },
          { kind: "Field", name: { kind: "Name", value: "domain" } },
          { kind: "Field", name: { kind: "Name", value: "domainUnicode" } },
          { kind: "Field", name: { kind: "Name", value: "source" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "regionName" } },
          { kind: "Field", name: { kind: "Name", value: "contactName" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "productLine" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "dealer" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "rule" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "enterpriseId" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "traceLines" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "zh" } },
                { kind: "Field", name: { kind: "Name", value: "en" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<IntakeLeadsMutation, IntakeLeadsMutationVariables>;
export const RerouteLeadDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "RerouteLead" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "rerouteLead" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "id" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "LeadRow" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "LeadRow" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Lead" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "companyName" } },
          { kind: "Field", name: { kind: "Name", value: "domain" } },
          { kind: "Field", name: { kind: "Name", value: "domainUnicode" } },
          { kind: "Field", name: { kind: "Name", value: "source" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "regionName" } },
          { kind: "Field", name: { kind: "Name", value: "contactName" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "productLine" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "dealer" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "rule" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "enterpriseId" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "traceLines" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "zh" } },
                { kind: "Field", name: { kind: "Name", value: "en" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RerouteLeadMutation, RerouteLeadMutationVariables>;
export const ServicesDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "Services" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "filter" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "ServiceFilter" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "first" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Int" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "after" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "services" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "filter" },
                value: { kind: "Variable", name: { kind: "Name", value: "filter" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "first" },
                value: { kind: "Variable", name: { kind: "Name", value: "first" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "after" },
                value: { kind: "Variable", name: { kind: "Name", value: "after" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "totalCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "pageInfo" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "hasNextPage" } },
                      { kind: "Field", name: { kind: "Name", value: "endCursor" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "edges" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "cursor" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "node" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "ServiceRow" } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "OrderServiceFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Service" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "kind" } },
          { kind: "Field", name: { kind: "Name", value: "domain" } },
          { kind: "Field", name: { kind: "Name", value: "domainUnicode" } },
          { kind: "Field", name: { kind: "Name", value: "seats" } },
          { kind: "Field", name: { kind: "Name", value: "startsAt" } },
          { kind: "Field", name: { kind: "Name", value: "expiresAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "productLine" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "edition" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ServiceAddonState" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "ServiceAddon" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "enabled" } },
          { kind: "Field", name: { kind: "Name", value: "updatedAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "addon" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "code" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "description" } },
                { kind: "Field", name: { kind: "Name", value: "active" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ServiceRow" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Service" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "FragmentSpread", name: { kind: "Name", value: "OrderServiceFields" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "daysLeft" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "edition" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "enterprise" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "addons" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "ServiceAddonState" } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ServicesQuery, ServicesQueryVariables>;
export const SetServiceAddonDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "SetServiceAddon" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "serviceId" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "addonId" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "enabled" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Boolean" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "setServiceAddon" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "serviceId" },
                value: { kind: "Variable", name: { kind: "Name", value: "serviceId" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "addonId" },
                value: { kind: "Variable", name: { kind: "Name", value: "addonId" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "enabled" },
                value: { kind: "Variable", name: { kind: "Name", value: "enabled" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "addons" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "ServiceAddonState" } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ServiceAddonState" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "ServiceAddon" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "enabled" } },
          { kind: "Field", name: { kind: "Name", value: "updatedAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "addon" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "code" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "description" } },
                { kind: "Field", name: { kind: "Name", value: "active" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetServiceAddonMutation, SetServiceAddonMutationVariables>;
export const MeDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "Me" },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "me" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "ViewerFields" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ViewerAccountFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Account" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "kind" } },
          { kind: "Field", name: { kind: "Name", value: "loginName" } },
          { kind: "Field", name: { kind: "Name", value: "realName" } },
          { kind: "Field", name: { kind: "Name", value: "mobile" } },
          { kind: "Field", name: { kind: "Name", value: "accountType" } },
          { kind: "Field", name: { kind: "Name", value: "vendorRoles" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "permissions" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "dealer" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "delegate" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "loginName" } },
                { kind: "Field", name: { kind: "Name", value: "realName" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "delegateFrom" } },
          { kind: "Field", name: { kind: "Name", value: "delegateUntil" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ViewerFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Viewer" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "account" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "ViewerAccountFields" } }],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "actor" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "ViewerAccountFields" } }],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "actingAs" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "loginName" } },
                { kind: "Field", name: { kind: "Name", value: "realName" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "permissions" } },
          { kind: "Field", name: { kind: "Name", value: "vendorRoles" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "principalsICanActFor" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "loginName" } },
                { kind: "Field", name: { kind: "Name", value: "realName" } },
                { kind: "Field", name: { kind: "Name", value: "delegateFrom" } },
                { kind: "Field", name: { kind: "Name", value: "delegateUntil" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const LoginDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "Login" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "LoginInput" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "login" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "ViewerFields" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ViewerAccountFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Account" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "kind" } },
          { kind: "Field", name: { kind: "Name", value: "loginName" } },
          { kind: "Field", name: { kind: "Name", value: "realName" } },
          { kind: "Field", name: { kind: "Name", value: "mobile" } },
          { kind: "Field", name: { kind: "Name", value: "accountType" } },
          { kind: "Field", name: { kind: "Name", value: "vendorRoles" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "permissions" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "dealer" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "delegate" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "loginName" } },
                { kind: "Field", name: { kind: "Name", value: "realName" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "delegateFrom" } },
          { kind: "Field", name: { kind: "Name", value: "delegateUntil" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ViewerFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Viewer" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "account" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "ViewerAccountFields" } }],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "actor" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "ViewerAccountFields" } }],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "actingAs" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "loginName" } },
                { kind: "Field", name: { kind: "Name", value: "realName" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "permissions" } },
          { kind: "Field", name: { kind: "Name", value: "vendorRoles" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "principalsICanActFor" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "loginName" } },
                { kind: "Field", name: { kind: "Name", value: "realName" } },
                { kind: "Field", name: { kind: "Name", value: "delegateFrom" } },
                { kind: "Field", name: { kind: "Name", value: "delegateUntil" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "Logout" },
      selectionSet: { kind: "SelectionSet", selections: [{ kind: "Field", name: { kind: "Name", value: "logout" } }] },
    },
  ],
} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const ActAsDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "ActAs" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "principalId" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "actAs" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "principalId" },
                value: { kind: "Variable", name: { kind: "Name", value: "principalId" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "ViewerFields" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ViewerAccountFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Account" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "kind" } },
          { kind: "Field", name: { kind: "Name", value: "loginName" } },
          { kind: "Field", name: { kind: "Name", value: "realName" } },
          { kind: "Field", name: { kind: "Name", value: "mobile" } },
          { kind: "Field", name: { kind: "Name", value: "accountType" } },
          { kind: "Field", name: { kind: "Name", value: "vendorRoles" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "permissions" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "dealer" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "delegate" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "loginName" } },
                { kind: "Field", name: { kind: "Name", value: "realName" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "delegateFrom" } },
          { kind: "Field", name: { kind: "Name", value: "delegateUntil" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ViewerFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Viewer" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "account" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "ViewerAccountFields" } }],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "actor" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "ViewerAccountFields" } }],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "actingAs" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "loginName" } },
                { kind: "Field", name: { kind: "Name", value: "realName" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "permissions" } },
          { kind: "Field", name: { kind: "Name", value: "vendorRoles" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "principalsICanActFor" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "loginName" } },
                { kind: "Field", name: { kind: "Name", value: "realName" } },
                { kind: "Field", name: { kind: "Name", value: "delegateFrom" } },
                { kind: "Field", name: { kind: "Name", value: "delegateUntil" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ActAsMutation, ActAsMutationVariables>;
export const StopActingAsDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "StopActingAs" },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "stopActingAs" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "ViewerFields" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ViewerAccountFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Account" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "kind" } },
          { kind: "Field", name: { kind: "Name", value: "loginName" } },
          { kind: "Field", name: { kind: "Name", value: "realName" } },
          { kind: "Field", name: { kind: "Name", value: "mobile" } },
          { kind: "Field", name: { kind: "Name", value: "accountType" } },
          { kind: "Field", name: { kind: "Name", value: "vendorRoles" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "permissions" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "dealer" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "delegate" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "loginName" } },
                { kind: "Field", name: { kind: "Name", value: "realName" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "delegateFrom" } },
          { kind: "Field", name: { kind: "Name", value: "delegateUntil" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ViewerFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Viewer" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "account" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "ViewerAccountFields" } }],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "actor" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "ViewerAccountFields" } }],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "actingAs" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "loginName" } },
                { kind: "Field", name: { kind: "Name", value: "realName" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "permissions" } },
          { kind: "Field", name: { kind: "Name", value: "vendorRoles" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "principalsICanActFor" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "loginName" } },
                { kind: "Field", name: { kind: "Name", value: "realName" } },
                { kind: "Field", name: { kind: "Name", value: "delegateFrom" } },
                { kind: "Field", name: { kind: "Name", value: "delegateUntil" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StopActingAsMutation, StopActingAsMutationVariables>;
export const UpdateMyProfileDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "UpdateMyProfile" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "UpdateProfileInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "updateMyProfile" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "realName" } },
                { kind: "Field", name: { kind: "Name", value: "mobile" } },
                { kind: "Field", name: { kind: "Name", value: "updatedAt" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateMyProfileMutation, UpdateMyProfileMutationVariables>;
export const ChangePasswordDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "ChangePassword" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "ChangePasswordInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "changePassword" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const SetDelegateDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "SetDelegate" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "SetDelegateInput" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "setDelegate" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "delegate" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "loginName" } },
                      { kind: "Field", name: { kind: "Name", value: "realName" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "delegateFrom" } },
                { kind: "Field", name: { kind: "Name", value: "delegateUntil" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetDelegateMutation, SetDelegateMutationVariables>;
export const ClearDelegateDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "ClearDelegate" },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "clearDelegate" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "delegate" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "Field", name: { kind: "Name", value: "id" } }],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "delegateFrom" } },
                { kind: "Field", name: { kind: "Name", value: "delegateUntil" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ClearDelegateMutation, ClearDelegateMutationVariables>;
export const DelegateCandidatesDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "DelegateCandidates" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "text" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "delegateCandidates" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "text" },
                value: { kind: "Variable", name: { kind: "Name", value: "text" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "loginName" } },
                { kind: "Field", name: { kind: "Name", value: "realName" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DelegateCandidatesQuery, DelegateCandidatesQueryVariables>;
export const VendorRoleCatalogDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "VendorRoleCatalog" },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "vendorRoleCatalog" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "code" } },
                { kind: "Field", name: { kind: "Name", value: "labelZh" } },
                { kind: "Field", name: { kind: "Name", value: "labelEn" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<VendorRoleCatalogQuery, VendorRoleCatalogQueryVariables>;
export const CreateVendorStaffDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "CreateVendorStaff" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "CreateVendorStaffInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "createVendorStaff" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "AccountRow" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "AccountRow" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Account" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "kind" } },
          { kind: "Field", name: { kind: "Name", value: "loginName" } },
          { kind: "Field", name: { kind: "Name", value: "realName" } },
          { kind: "Field", name: { kind: "Name", value: "mobile" } },
          { kind: "Field", name: { kind: "Name", value: "accountType" } },
          { kind: "Field", name: { kind: "Name", value: "vendorRoles" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "permissions" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "superior" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "loginName" } },
                { kind: "Field", name: { kind: "Name", value: "realName" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "dealer" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "lastLoginAt" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          { kind: "Field", name: { kind: "Name", value: "updatedAt" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateVendorStaffMutation, CreateVendorStaffMutationVariables>;
export const UpdateVendorStaffDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "UpdateVendorStaff" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "UpdateVendorStaffInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "updateVendorStaff" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "id" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "AccountRow" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "AccountRow" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Account" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "kind" } },
          { kind: "Field", name: { kind: "Name", value: "loginName" } },
          { kind: "Field", name: { kind: "Name", value: "realName" } },
          { kind: "Field", name: { kind: "Name", value: "mobile" } },
          { kind: "Field", name: { kind: "Name", value: "accountType" } },
          { kind: "Field", name: { kind: "Name", value: "vendorRoles" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "permissions" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "superior" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "loginName" } },
                { kind: "Field", name: { kind: "Name", value: "realName" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "dealer" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "lastLoginAt" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          { kind: "Field", name: { kind: "Name", value: "updatedAt" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateVendorStaffMutation, UpdateVendorStaffMutationVariables>;
