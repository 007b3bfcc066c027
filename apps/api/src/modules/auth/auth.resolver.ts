import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Viewer } from "../../access/viewer";
import { reloadViewer, viewerOf, type RequestContext } from "../../context";
import type { DealerPermission, VendorRole } from "../../shared/enums";
import { DelegatingPrincipal, toAccountOption } from "../account/account-option.type";
import { ChangePasswordInput, LoginInput } from "./dto/login.input";
import { clearSessionCookie, writeSessionCookie } from "./session-cookie";
import { ViewerType } from "./viewer.type";

function toViewerType(viewer: Viewer): ViewerType {
  return {
    account: viewer.account,
    actor: viewer.actor,
    actingAs: viewer.actingAsDelegate ? viewer.account : null,
    permissions: [...viewer.permissions] as DealerPermission[],
    vendorRoles: [...viewer.vendorRoles] as VendorRole[],
  };
}

@Resolver(() => ViewerType)
export class AuthResolver {
  @Query(() => ViewerType, { nullable: true, description: "The signed-in viewer, or null when signed out" })
  me(@Ctx() ctx: RequestContext): ViewerType | null {
    return ctx.viewer ? toViewerType(ctx.viewer) : null;
  }

  @FieldResolver(() => [DelegatingPrincipal], { description: "Accounts that named me their delegate, in force now" })
  async principalsICanActFor(@Root() _root: ViewerType, @Ctx() ctx: RequestContext): Promise<DelegatingPrincipal[]> {
    const principals = await ctx.services.account.principalsOf(viewerOf(ctx));
    return principals.map((p) => ({
      ...toAccountOption(p),
      delegateFrom: p.delegateFrom as Date,
      delegateUntil: p.delegateUntil as Date,
    }));
  }

  @Mutation(() => ViewerType, { description: "Signs in and sets the session cookie" })
  async login(@Arg("input", () => LoginInput) input: LoginInput, @Ctx() ctx: RequestContext): Promise<ViewerType> {
    const { token, maxAgeSeconds } = await ctx.services.auth.login(input, {
      ip: ctx.ip,
      userAgent: ctx.userAgent,
      previousToken: ctx.sessionToken,
    });
    writeSessionCookie(ctx.res, token, maxAgeSeconds, ctx.services.settings.cookieSecure);
    ctx.sessionToken = token;
    return toViewerType(await reloadViewer(ctx));
  }

  @Mutation(() => Boolean)
  async logout(@Ctx() ctx: RequestContext): Promise<boolean> {
    await ctx.services.auth.logout(viewerOf(ctx));
    clearSessionCookie(ctx.res, ctx.services.settings.cookieSecure);
    return true;
  }

  @Mutation(() => Boolean, { description: "Changes the own password; other sessions of the account end" })
  async changePassword(
    @Arg("input", () => ChangePasswordInput) input: ChangePasswordInput,
    @Ctx() ctx: RequestContext,
  ): Promise<boolean> {
    await ctx.services.auth.changePassword(viewerOf(ctx), input.currentPassword, input.newPassword);
    return true;
  }

  @Mutation(() => ViewerType, { description: "Starts acting for an account that named me its delegate" })
  async actAs(@Arg("principalId", () => ID) principalId: string, @Ctx() ctx: RequestContext): Promise<ViewerType> {
    await ctx.services.auth.actAs(viewerOf(ctx), principalId);
    return this.refreshed(ctx);
  }

  @Mutation(() => ViewerType)
  async stopActingAs(@Ctx() ctx: RequestContext): Promise<ViewerType> {
    await ctx.services.auth.stopActingAs(viewerOf(ctx));
    return this.refreshed(ctx);
  }

  private async refreshed(ctx: RequestContext): Promise<ViewerType> {
    return toViewerType(await reloadViewer(ctx));
  }
}
