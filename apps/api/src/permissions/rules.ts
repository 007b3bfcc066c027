import { mayClaimFromPool, mayRegisterDeals } from "@crm/domain";
import { rule } from "graphql-shield";
import {
  canManageAccounts as viewerCanManageAccounts,
  hasVendorRole,
  isDealerAdmin as viewerIsDealerAdmin,
} from "../access/viewer";
import type { RequestContext } from "../context";
import { mayEditEnterprises } from "../modules/enterprise/enterprise.rules";
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
