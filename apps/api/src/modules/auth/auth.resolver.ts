import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Viewer } from "../../access/viewer";
import { reloadViewer, viewerOf, type RequestContext } from "../../context";
import type { DealerPermission, VendorRole } from "../../shared/enums";
import { AccountEntity } from "../account/account.entity";
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

  @FieldResolver(() => [AccountEntity], { description: "Accounts that named me their delegate, in force now" })
  principalsICanActFor(@Root() root: ViewerType, @Ctx() ctx: RequestContext): Promise<AccountEntity[]> {
    return ctx.services.account.principalsOf(viewerOf(ctx));
  }

  @Mutation(() => ViewerType, { description: "Signs in and sets the session cookie" })
  async login(@Arg("input", () => LoginInput) input: LoginInput, @Ctx() ctx: RequestContext): Promise<ViewerType> {
    const { token, maxAgeSeconds } = await ctx.services.auth.login(input, { ip: ctx.ip, userAgent: ctx.userAgent });
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
