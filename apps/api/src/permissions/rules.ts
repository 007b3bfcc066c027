import { rule } from "graphql-shield";
import {
  canManageAccounts as viewerCanManageAccounts,
  hasVendorRole,
  isDealerAdmin as viewerIsDealerAdmin,
} from "../access/viewer";
import type { RequestContext } from "../context";
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
