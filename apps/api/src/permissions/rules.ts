import { mayClaimFromPool, mayRegisterDeals, type ApiKeyScope } from "@crm/domain";
import { rule } from "graphql-shield";
import {
  canManageAccounts as viewerCanManageAccounts,
  hasVendorRole,
  isDealerAdmin as viewerIsDealerAdmin,
} from "../access/viewer";
import type { RequestContext } from "../context";
import { mayRunCampaigns } from "../modules/campaign/campaign.rules";
import { mayUploadContracts } from "../modules/contract/contract.rules";
import { mayEditEnterprises } from "../modules/enterprise/enterprise.rules";
import { mayReadFinance, mayRecordMoney, mayRequestInvoices } from "../modules/ledger/finance-access";
import { DomainError } from "../shared/domain-error";

/**
 * One rule, one sentence. These depend only on the viewer, so the `contextual` cache
 * (once per request, ignoring arguments) is right for all of them.
 */
const unauthenticated = () => new DomainError("UNAUTHENTICATED");
const forbidden = () => new DomainError("FORBIDDEN");

export const isSignedIn = rule({ cache: "contextual" })((_p, _a, ctx: RequestContext) =>
  ctx.viewer ? true : unauthenticated(),
);

export const isDealerUser = rule({ cache: "contextual" })((_p, _a, ctx: RequestContext) =>
  !ctx.viewer ? unauthenticated() : ctx.viewer.account.kind === "DEALER" ? true : forbidden(),
);

export const isVendorStaff = rule({ cache: "contextual" })((_p, _a, ctx: RequestContext) =>
  !ctx.viewer ? unauthenticated() : ctx.viewer.account.kind === "VENDOR" ? true : forbidden(),
);

export const isPlatformAdmin = rule({ cache: "contextual" })((_p, _a, ctx: RequestContext) =>
  !ctx.viewer ? unauthenticated() : hasVendorRole(ctx.viewer, "PLATFORM_ADMIN") ? true : forbidden(),
);

export const isDealerAdmin = rule({ cache: "contextual" })((_p, _a, ctx: RequestContext) =>
  !ctx.viewer ? unauthenticated() : viewerIsDealerAdmin(ctx.viewer) ? true : forbidden(),
);

/** Dealer admins and holders of 经销商账户管理 (their dealer), platform admins (all). */
export const canManageAccounts = rule({ cache: "contextual" })((_p, _a, ctx: RequestContext) =>
  !ctx.viewer ? unauthenticated() : viewerCanManageAccounts(ctx.viewer) ? true : forbidden(),
);

/** Dealer users other than assistants change enterprises (rows: the access scope decides which). */
export const canEditEnterprises = rule({ cache: "contextual" })((_p, _a, ctx: RequestContext) =>
  !ctx.viewer ? unauthenticated() : mayEditEnterprises(ctx.viewer) ? true : forbidden(),
);

/** Vendor operations (运营) — and platform admins — run lead intake, routing rules and the pool settings. */
export const isOperations = rule({ cache: "contextual" })((_p, _a, ctx: RequestContext) =>
  !ctx.viewer
    ? unauthenticated()
    : hasVendorRole(ctx.viewer, "OPERATIONS") || hasVendorRole(ctx.viewer, "PLATFORM_ADMIN")
      ? true
      : forbidden(),
);

/**
 * Channel managers (their own dealers, checked by the service) and platform admins set a dealer's
 * territory and its 报备名额.
 */
export const isChannelManagerOrPlatformAdmin = rule({ cache: "contextual" })((_p, _a, ctx: RequestContext) =>
  !ctx.viewer
    ? unauthenticated()
    : hasVendorRole(ctx.viewer, "CHANNEL_MANAGER") || hasVendorRole(ctx.viewer, "PLATFORM_ADMIN")
      ? true
      : forbidden(),
);

/** Dealer accounts with a basic permission that edit (not assistants) claim public-pool entries. */
export const canClaimFromPool = rule({ cache: "contextual" })((_p, _a, ctx: RequestContext) =>
  !ctx.viewer
    ? unauthenticated()
    : ctx.viewer.account.kind === "DEALER" &&
        mayClaimFromPool(ctx.viewer.account.accountType, [...ctx.viewer.permissions])
      ? true
      : forbidden(),
);

/** Dealer accounts holding 基本权限(含报备权) register domains (报备锁定). */
export const canRegisterDeals = rule({ cache: "contextual" })((_p, _a, ctx: RequestContext) =>
  !ctx.viewer
    ? unauthenticated()
    : ctx.viewer.account.kind === "DEALER" && mayRegisterDeals([...ctx.viewer.permissions])
      ? true
      : forbidden(),
);

/** Dealer accounts that may submit orders: (新)经销商-查询公开价格、提单 or 查看结算价、查看折扣、提单. */
export const canSubmitOrders = rule({ cache: "contextual" })((_p, _a, ctx: RequestContext) =>
  !ctx.viewer
    ? unauthenticated()
    : ctx.viewer.account.kind === "DEALER" &&
        (ctx.viewer.permissions.has("LIST_PRICE_ORDER") || ctx.viewer.permissions.has("SETTLEMENT_ORDER"))
      ? true
      : forbidden(),
);

/** Dealer accounts holding (新)经销商-扣款、关闭订单 pay and close orders. */
export const canPayOrders = rule({ cache: "contextual" })((_p, _a, ctx: RequestContext) =>
  !ctx.viewer
    ? unauthenticated()
    : ctx.viewer.account.kind === "DEALER" && ctx.viewer.permissions.has("PAY_CLOSE_ORDER")
      ? true
      : forbidden(),
);

/**
 * Vendor finance (财务) records money: top-ups and invoices. Platform admins don't — money entering
 * a dealer's account is finance's call alone (SPEC §7 "only vendor finance records top-ups").
 */
export const isFinance = rule({ cache: "contextual" })((_p, _a, ctx: RequestContext) =>
  !ctx.viewer ? unauthenticated() : mayRecordMoney(ctx.viewer) ? true : forbidden(),
);

/**
 * Reads some dealer's finance (balance, ledger, invoices): dealer accounts holding 查看经销商财务信息,
 * vendor finance, platform admins and channel managers. Which dealers: the finance scope (the service).
 */
export const canReadFinance = rule({ cache: "contextual" })((_p, _a, ctx: RequestContext) =>
  !ctx.viewer ? unauthenticated() : mayReadFinance(ctx.viewer) ? true : forbidden(),
);

/** Dealer accounts holding 查看经销商财务信息 request invoices (开具发票) for their dealer's paid orders. */
export const canRequestInvoices = rule({ cache: "contextual" })((_p, _a, ctx: RequestContext) =>
  !ctx.viewer ? unauthenticated() : mayRequestInvoices(ctx.viewer) ? true : forbidden(),
);

/** Dealer accounts holding (新)经销商-合同上传 upload and delete contract files (which orders: the service). */
export const canUploadContracts = rule({ cache: "contextual" })((_p, _a, ctx: RequestContext) =>
  !ctx.viewer ? unauthenticated() : mayUploadContracts(ctx.viewer) ? true : forbidden(),
);

/** Dealer accounts holding (新)经销商-业务申请 submit business requests. */
export const canSubmitRequests = rule({ cache: "contextual" })((_p, _a, ctx: RequestContext) =>
  !ctx.viewer
    ? unauthenticated()
    : ctx.viewer.account.kind === "DEALER" && ctx.viewer.permissions.has("BUSINESS_REQUEST")
      ? true
      : forbidden(),
);

/** Dealer users other than assistants create, edit, enable and disable campaigns (rows: the access scope). */
export const canRunCampaigns = rule({ cache: "contextual" })((_p, _a, ctx: RequestContext) =>
  !ctx.viewer ? unauthenticated() : mayRunCampaigns(ctx.viewer) ? true : forbidden(),
);
/**
 * API 密钥 are managed in the console only: a dealer admin (its dealer's keys, never while acting
 * as someone's delegate) or a platform admin (the vendor's integration keys). Keys never manage keys.
 */
export const canManageApiKeys = rule({ cache: "contextual" })((_p, _a, ctx: RequestContext) =>
  !ctx.viewer
    ? unauthenticated()
    : !ctx.viewer.apiKey &&
        !ctx.viewer.actingAsDelegate &&
        (viewerIsDealerAdmin(ctx.viewer) || hasVendorRole(ctx.viewer, "PLATFORM_ADMIN"))
      ? true
      : forbidden(),
);

/** The request came with an API key holding this scope (for integration-only operations). */
export function hasApiKeyScope(scope: ApiKeyScope) {
  return rule(`hasApiKeyScope_${scope}`, { cache: "contextual" })((_p, _a, ctx: RequestContext) =>
    !ctx.viewer ? unauthenticated() : ctx.viewer.apiKey?.scopes.has(scope) ? true : forbidden(),
  );
}
