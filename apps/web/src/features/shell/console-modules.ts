import { seesWholeDealer } from "@crm/domain";
import {
  canManageDealerAccounts,
  canViewAuditLog,
  hasAnyPermission,
  hasAnyVendorRole,
  hasPermission,
  isDealerAdmin,
  isVendorViewer,
  type Viewer,
} from "../session/viewer";

/** Icons are mapped to components in the client shell; this file stays free of React. */
export type ModuleIcon =
  | "home"
  | "enterprise"
  | "registration"
  | "order"
  | "service"
  | "finance"
  | "request"
  | "message"
  | "campaign"
  | "account"
  | "settings"
  | "dealer"
  | "approval"
  | "operations"
  | "platform"
  | "audit";

export interface ConsoleModule {
  readonly key: string;
  readonly path: string;
  readonly zh: string;
  readonly en: string;
  /** false: the route shows an honest "not yet available" page with `about`. */
  readonly built: boolean;
  readonly about?: { readonly zh: string; readonly en: string };
  readonly icon?: ModuleIcon;
  readonly visible: (viewer: Viewer) => boolean;
}

export interface ConsoleModuleGroup {
  readonly key: string;
  readonly zh: string;
  readonly en: string;
  readonly icon: ModuleIcon;
  readonly children: readonly ConsoleModule[];
}

export type ConsoleMenuEntry = ConsoleModule | ConsoleModuleGroup;

export function isModuleGroup(entry: ConsoleMenuEntry): entry is ConsoleModuleGroup {
  return "children" in entry;
}

const always = (): boolean => true;
const vendorRoles =
  (...roles: Parameters<typeof hasAnyVendorRole>[1]) =>
  (viewer: Viewer): boolean =>
    hasAnyVendorRole(viewer, roles);

/** Admin/assistant see all of the dealer; otherwise the order permissions decide (SPEC §2, §6). */
function seesOrders(viewer: Viewer): boolean {
  return (
    seesWholeDealer(viewer.account.accountType ?? "STAFF", viewer.permissions) ||
    hasAnyPermission(viewer, ["LIST_PRICE_ORDER", "SETTLEMENT_ORDER", "PAY_CLOSE_ORDER"])
  );
}

function seesRequests(viewer: Viewer): boolean {
  return (
    seesWholeDealer(viewer.account.accountType ?? "STAFF", viewer.permissions) ||
    hasPermission(viewer, "BUSINESS_REQUEST")
  );
}

const WORKBENCH: ConsoleModule = {
  key: "home",
  path: "/",
  zh: "首页",
  en: "Home",
  built: true,
  icon: "home",
  visible: always,
};

const PROFILE: ConsoleModule = {
  key: "settings-profile",
  path: "/settings/profile",
  zh: "修改个人信息",
  en: "Edit profile",
  built: true,
  visible: always,
};

const PASSWORD: ConsoleModule = {
  key: "settings-password",
  path: "/settings/password",
  zh: "修改密码",
  en: "Change password",
  built: true,
  visible: always,
};

/** The dealer console: SPEC §1–§9. */
export const DEALER_MENU: readonly ConsoleMenuEntry[] = [
  WORKBENCH,
  {
    key: "enterprises",
    zh: "企业信息管理",
    en: "Enterprises",
    icon: "enterprise",
    children: [
      {
        key: "enterprises-all",
        path: "/enterprises",
        zh: "全部录入企业",
        en: "All enterprises",
        built: true,
        about: {
          zh: "按名称、域名、地区、来源、规模、标签、归属帐号等交叉筛选您可见的全部企业，支持排序、分页与导出 CSV。",
          en: "Every enterprise you can see, cross-filtered by name, domain, region, source, scale, tags and owner, with sorting, paging and CSV export.",
        },
        visible: always,
      },
      {
        key: "enterprises-renewal",
        path: "/enterprises/renewal",
        zh: "企业待续费",
        en: "Pending renewal",
        built: true,
        about: {
          zh: "列出服务将在 N 天内到期、需要续费的企业，N 由您选择。",
          en: "Enterprises whose services expire within N days (you choose N) and need a renewal.",
        },
        visible: always,
      },
      {
        key: "enterprises-trial-expired",
        path: "/enterprises/trial-expired",
        zh: "试用过期企业",
        en: "Trial expired",
        built: true,
        about: {
          zh: "列出试用已到期、尚未转正的企业，便于跟进转化。",
          en: "Enterprises whose trial has expired without becoming a paid service, ready for follow-up.",
        },
        visible: always,
      },
      {
        key: "enterprises-routed",
        path: "/enterprises/routed",
        zh: "甩单企业",
        en: "Routed leads",
        built: true,
        about: {
          zh: "厂商按甩单规则分配给本经销商的线索，显示线索来源与分配时间。",
          en: "Leads the vendor routed to your dealership by its routing rules, with their source and routing time.",
        },
        visible: always,
      },
      {
        key: "enterprises-public-pool",
        path: "/enterprises/public-pool",
        zh: "公海库",
        en: "Public pool",
        built: true,
        about: {
          zh: "您所在地区正式服务到期未续费的企业，可申请转入，先到先得。",
          en: "Enterprises in your region whose paid service lapsed; claim one — first come, first served.",
        },
        visible: always,
      },
    ],
  },
  {
    key: "registrations",
    zh: "报备管理",
    en: "Deal registration",
    icon: "registration",
    children: [
      {
        key: "registrations-list",
        path: "/registrations",
        zh: "报备列表",
        en: "Registrations",
        built: true,
        about: {
          zh: "按产品线锁定客户域名 90 天：查询、报备锁定与解锁，名额按经销商与员工上限实时计算。",
          en: "Lock a customer's domain per product line for 90 days: search, register and release, within dealer and employee quotas.",
        },
        visible: always,
      },
    ],
  },
  {
    key: "orders",
    zh: "订单管理",
    en: "Orders",
    icon: "order",
    children: [
      {
        key: "orders-all",
        path: "/orders",
        zh: "全部订单",
        en: "All orders",
        built: true,
        about: {
          zh: "试用、新开通、扩容、续费、试用转正、试用延期订单，按产品线、状态、类型与日期交叉筛选。",
          en: "Trial, new, expansion, renewal, trial-to-paid and trial-extension orders, filtered by product line, status, type and date.",
        },
        visible: seesOrders,
      },
      {
        key: "orders-pending-confirmation",
        path: "/orders/pending-confirmation",
        zh: "待确认订单",
        en: "Pending confirmation",
        built: true,
        about: {
          zh: "需要厂商确认的订单：特殊版本、同版本重复开通或赠送时长超出规则。",
          en: "Orders waiting for the vendor: special editions, duplicate editions or gift time beyond the rule.",
        },
        visible: seesOrders,
      },
      {
        key: "orders-pending-payment",
        path: "/orders/pending-payment",
        zh: "待扣款订单",
        en: "Pending payment",
        built: true,
        about: {
          zh: "等待从虚拟账户扣款的订单，扣款后即开通或延长服务。",
          en: "Orders waiting to be paid from the virtual account; paying opens or extends the service.",
        },
        visible: seesOrders,
      },
    ],
  },
  {
    key: "services",
    path: "/services",
    zh: "已开通服务",
    en: "Active services",
    built: true,
    icon: "service",
    about: {
      zh: "按企业、产品线与域名查看已开通服务的版本、人数、起止时间与增值服务。",
      en: "Services per enterprise, product line and domain: edition, seats, dates and value-added services.",
    },
    visible: always,
  },
  {
    key: "finance",
    path: "/finance",
    zh: "虚拟账户/经销商信息",
    en: "Virtual account / dealer info",
    built: true,
    icon: "finance",
    about: {
      zh: "经销商资料、产品线、报备名额与折扣，以及预付余额和每一笔流水。",
      en: "Your dealership's profile, product lines, quotas and discounts, with the prepaid balance and its ledger.",
    },
    visible: (viewer) => hasPermission(viewer, "FINANCE_VIEW"),
  },
  {
    key: "requests",
    zh: "业务申请",
    en: "Business requests",
    icon: "request",
    children: [
      {
        key: "requests-all",
        path: "/requests",
        zh: "所有业务",
        en: "All requests",
        built: true,
        about: {
          zh: "提交销售辅助、邮箱配置、售后服务等业务申请，并跟踪审批进度。",
          en: "Submit sales-support, mailbox-configuration and after-sales requests and follow their approval.",
        },
        visible: seesRequests,
      },
      {
        key: "requests-todo",
        path: "/requests/todo",
        zh: "待办业务",
        en: "To-do requests",
        built: true,
        about: {
          zh: "尚未办结、仍在审批中的业务申请。",
          en: "Requests that are still in approval.",
        },
        visible: seesRequests,
      },
    ],
  },
  {
    key: "messages",
    path: "/messages",
    zh: "消息中心",
    en: "Messages",
    built: true,
    icon: "message",
    about: {
      zh: "域名认证、域名生效、域名试报备通知与厂商公告，区分已读与未读。",
      en: "Domain verification, domain activation and registration-attempt notices plus vendor announcements, read and unread.",
    },
    visible: always,
  },
  {
    key: "campaigns",
    path: "/campaigns",
    zh: "推广平台",
    en: "Promotion",
    built: true,
    icon: "campaign",
    about: {
      zh: "创建推广活动与传播渠道，生成分享链接和二维码，查看登记数、PV、UV 统计。",
      en: "Create campaigns and share channels with links and QR codes; see registrations, PV and UV.",
    },
    visible: always,
  },
  {
    key: "accounts",
    zh: "帐号管理",
    en: "Accounts",
    icon: "account",
    children: [
      {
        key: "accounts-list",
        path: "/accounts",
        zh: "帐号列表",
        en: "Account list",
        built: true,
        visible: canManageDealerAccounts,
      },
      {
        key: "accounts-quotas",
        path: "/accounts/quotas",
        zh: "分配报备名额",
        en: "Registration quotas",
        built: true,
        about: {
          zh: "在经销商的报备名额内，为每位员工按产品线开通并设置个人上限。",
          en: "Within the dealer's quota, enable product lines for each employee with a personal maximum.",
        },
        visible: isDealerAdmin,
      },
      {
        key: "accounts-api-keys",
        path: "/accounts/api-keys",
        zh: "API 密钥",
        en: "API keys",
        built: true,
        visible: (viewer) => isDealerAdmin(viewer) && !viewer.actingAs,
      },
      {
        key: "accounts-api-docs",
        path: "/accounts/api-docs",
        zh: "接口文档",
        en: "API documentation",
        built: true,
        visible: (viewer) => isDealerAdmin(viewer) && !viewer.actingAs,
      },
      {
        key: "accounts-audit",
        path: "/accounts/audit-logs",
        zh: "操作日志",
        en: "Audit log",
        built: true,
        visible: canViewAuditLog,
      },
    ],
  },
  {
    key: "settings",
    zh: "个人设置",
    en: "My settings",
    icon: "settings",
    children: [
      PROFILE,
      PASSWORD,
      {
        key: "settings-delegate",
        path: "/settings/delegate",
        zh: "代办人",
        en: "Delegate",
        built: true,
        visible: always,
      },
    ],
  },
];

/** The vendor console: SPEC §11. */
export const VENDOR_MENU: readonly ConsoleMenuEntry[] = [
  WORKBENCH,
  {
    key: "vendor-channel",
    zh: "渠道管理",
    en: "Channel",
    icon: "dealer",
    children: [
      {
        key: "vendor-dealers",
        path: "/vendor/dealers",
        zh: "经销商列表",
        en: "Dealers",
        built: true,
        visible: always,
      },
      {
        key: "vendor-quotas",
        path: "/vendor/quotas",
        zh: "报备名额",
        en: "Registration quotas",
        built: true,
        about: {
          zh: "为每个经销商按产品线设置报备名额上限。",
          en: "Set each dealer's registration maximum per product line.",
        },
        visible: vendorRoles("CHANNEL_MANAGER", "PLATFORM_ADMIN"),
      },
      {
        key: "vendor-discounts",
        path: "/vendor/discounts",
        zh: "折扣",
        en: "Discounts",
        built: true,
        about: {
          zh: "为每个经销商按产品线设置折扣，决定其结算价。",
          en: "Set each dealer's discount per product line, which gives its settlement price.",
        },
        visible: vendorRoles("CHANNEL_MANAGER", "PLATFORM_ADMIN"),
      },
    ],
  },
  {
    key: "vendor-approvals",
    zh: "业务审批",
    en: "Approvals",
    icon: "approval",
    children: [
      {
        key: "vendor-approvals-todo",
        path: "/vendor/approvals",
        zh: "待审批",
        en: "Awaiting me",
        built: true,
        about: {
          zh: "当前环节轮到您审批的业务申请（如减免订单总金额、邮箱配置、售后服务）。",
          en: "Business requests whose current step is yours (order reductions, mailbox configuration, after-sales).",
        },
        visible: vendorRoles("CHANNEL_MANAGER", "SALES_DIRECTOR", "OPERATIONS"),
      },
      {
        key: "vendor-requests",
        path: "/vendor/requests",
        zh: "所有业务",
        en: "All requests",
        built: true,
        about: {
          zh: "全部经销商提交的业务申请，按状态、分类、类型与经销商筛选并导出。",
          en: "Every dealer's business requests, filtered by status, group, type and dealer, with export.",
        },
        visible: vendorRoles("CHANNEL_MANAGER", "SALES_DIRECTOR", "OPERATIONS", "PLATFORM_ADMIN"),
      },
    ],
  },
  {
    key: "vendor-finance",
    zh: "财务",
    en: "Finance",
    icon: "finance",
    children: [
      {
        key: "vendor-top-ups",
        path: "/vendor/top-ups",
        zh: "充值",
        en: "Top-ups",
        built: true,
        about: {
          zh: "经销商银行转账到账后，登记充值并填写参考单号，记入其虚拟账户流水。",
          en: "Record a dealer's top-up with its bank reference once the transfer arrives; it lands in the ledger.",
        },
        visible: vendorRoles("FINANCE"),
      },
      {
        key: "vendor-invoices",
        path: "/vendor/invoices",
        zh: "发票",
        en: "Invoices",
        built: true,
        about: {
          zh: "处理经销商就已扣款订单申请的开具发票。",
          en: "Handle the invoices dealers request for paid orders.",
        },
        visible: vendorRoles("FINANCE"),
      },
    ],
  },
  {
    key: "vendor-operations",
    zh: "运营",
    en: "Operations",
    icon: "operations",
    children: [
      {
        key: "vendor-leads",
        path: "/vendor/leads",
        zh: "线索录入",
        en: "Lead entry",
        built: true,
        about: {
          zh: "录入客服电话与官网来的线索，按甩单规则分配给经销商。",
          en: "Enter leads from the hotline and the official site; routing rules hand them to dealers.",
        },
        visible: vendorRoles("OPERATIONS"),
      },
      {
        key: "vendor-routing-rules",
        path: "/vendor/routing-rules",
        zh: "甩单规则",
        en: "Routing rules",
        built: true,
        about: {
          zh: "按地区与产品线匹配，再按权重/轮询在可用经销商中选择，跳过停用的经销商。",
          en: "Match on region and product line, then pick among eligible dealers by weight or round-robin.",
        },
        visible: vendorRoles("OPERATIONS"),
      },
      {
        key: "vendor-campaign-review",
        path: "/vendor/campaign-review",
        zh: "活动审核",
        en: "Campaign review",
        built: true,
        about: {
          zh: "审核经销商的推广活动，通过后其 H5 页面才可访问。",
          en: "Review dealers' campaigns; an H5 page goes live only once approved.",
        },
        visible: vendorRoles("OPERATIONS", "PLATFORM_ADMIN"),
      },
      {
        key: "vendor-announcements",
        path: "/vendor/announcements",
        zh: "公告",
        en: "Announcements",
        built: true,
        about: {
          zh: "发布厂商公告，经销商在消息中心查看。",
          en: "Publish vendor announcements that dealers read in their message center.",
        },
        visible: vendorRoles("OPERATIONS"),
      },
      {
        key: "vendor-order-confirmation",
        path: "/vendor/order-confirmation",
        zh: "订单确认",
        en: "Order confirmation",
        built: true,
        about: {
          zh: "确认或驳回待确认订单（特殊版本、重复版本、超额赠送时长）。",
          en: "Confirm or reject orders that need the vendor (special or duplicate editions, extra gift time).",
        },
        visible: vendorRoles("OPERATIONS"),
      },
    ],
  },
  {
    key: "vendor-platform",
    zh: "平台管理",
    en: "Platform",
    icon: "platform",
    children: [
      {
        key: "vendor-catalog",
        path: "/vendor/catalog",
        zh: "产品线/版本/价格",
        en: "Products, editions & prices",
        built: true,
        about: {
          zh: "维护产品线、版本、公开价格、赠送规则与增值服务。",
          en: "Maintain product lines, editions, list prices, gift rules and value-added services.",
        },
        visible: vendorRoles("PLATFORM_ADMIN"),
      },
      {
        key: "vendor-request-types",
        path: "/vendor/request-types",
        zh: "申请类型",
        en: "Request types",
        built: true,
        about: {
          zh: "维护业务申请的类型：分类、表单字段、审批流程与启用状态。",
          en: "Maintain business request types: group, form fields, approval chain and whether offered.",
        },
        visible: vendorRoles("PLATFORM_ADMIN"),
      },
      {
        key: "vendor-staff",
        path: "/vendor/staff",
        zh: "厂商员工",
        en: "Vendor staff",
        built: true,
        visible: vendorRoles("PLATFORM_ADMIN"),
      },
      {
        key: "vendor-api-keys",
        path: "/vendor/api-keys",
        zh: "API 密钥",
        en: "API keys",
        built: true,
        visible: vendorRoles("PLATFORM_ADMIN"),
      },
      {
        key: "vendor-api-docs",
        path: "/vendor/api-docs",
        zh: "接口文档",
        en: "API documentation",
        built: true,
        visible: vendorRoles("PLATFORM_ADMIN"),
      },
    ],
  },
  {
    key: "vendor-audit",
    path: "/vendor/audit-logs",
    zh: "操作日志",
    en: "Audit log",
    built: true,
    icon: "audit",
    visible: always,
  },
  {
    key: "vendor-settings",
    zh: "个人设置",
    en: "My settings",
    icon: "settings",
    children: [PROFILE, PASSWORD],
  },
];

export function menuFor(viewer: Viewer): readonly ConsoleMenuEntry[] {
  return isVendorViewer(viewer) ? VENDOR_MENU : DEALER_MENU;
}

function flatten(entries: readonly ConsoleMenuEntry[]): ConsoleModule[] {
  return entries.flatMap((entry) => (isModuleGroup(entry) ? [...entry.children] : [entry]));
}

/** The module at `path` in the viewer's console, or null when that console has none. */
export function findModule(viewer: Viewer, path: string): ConsoleModule | null {
  return flatten(menuFor(viewer)).find((m) => m.path === path) ?? null;
}

/**
 * The menu entry a page belongs to: the module at `pathname`, else the module whose path is the
 * longest prefix of it (e.g. /enterprises/new and /enterprises/<id> belong to /enterprises).
 */
export function menuKeyFor(entries: readonly ConsoleMenuEntry[], pathname: string): string {
  const paths = flatten(entries).map((m) => m.path);
  if (paths.includes(pathname)) return pathname;
  const parents = paths.filter((p) => p !== "/" && pathname.startsWith(`${p}/`));
  return parents.sort((a, b) => b.length - a.length)[0] ?? pathname;
}

/** The viewer's menu with the modules they may not use left out (and groups left empty dropped). */
export function visibleMenu(viewer: Viewer): ConsoleMenuEntry[] {
  const out: ConsoleMenuEntry[] = [];
  for (const entry of menuFor(viewer)) {
    if (isModuleGroup(entry)) {
      const children = entry.children.filter((m) => m.visible(viewer));
      if (children.length > 0) out.push({ ...entry, children });
    } else if (entry.visible(viewer)) {
      out.push(entry);
    }
  }
  return out;
}
