import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { canSeeAccount, canSeeDealer } from "../../access/access-scope";
import { viewerOf, type RequestContext } from "../../context";
import { ActiveStatus } from "../../shared/enums";
import { PageArgs, connectionType, type Connection } from "../../shared/pagination";
import { QuotaEntry } from "../catalog/catalog.types";
import { DealerEntity } from "../dealer/dealer.entity";
import { AccountEntity } from "./account.entity";
import { AccountOption, toAccountOption } from "./account-option.type";
import { AccountFilter } from "./dto/account-filter.input";
import { CreateAccountInput } from "./dto/create-account.input";
import { SetDelegateInput, UpdateProfileInput } from "./dto/profile.input";
import { UpdateAccountInput } from "./dto/update-account.input";

export const AccountConnection = connectionType("Account", AccountEntity);

@Resolver(() => AccountEntity)
export class AccountResolver {
  @Query(() => AccountConnection, { description: "Accounts the viewer may see (帐号列表)" })
  accounts(
    @Arg("filter", () => AccountFilter, { nullable: true }) filter: AccountFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<Connection<AccountEntity>> {
    return ctx.services.account.list(viewerOf(ctx), ctx.scope, filter ?? {}, page.first, page.after);
  }

  @Query(() => AccountEntity, { description: "One visible account; NOT_FOUND otherwise" })
  account(@Arg("id", () => ID) id: string, @Ctx() ctx: RequestContext): Promise<AccountEntity> {
    return ctx.services.account.get(ctx.scope, id);
  }

  @Query(() => [AccountOption], { description: "Active colleagues who may be named 代办人 (names only)" })
  delegateCandidates(
    @Arg("text", () => String, { nullable: true }) text: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<AccountOption[]> {
    return ctx.services.account.delegateCandidates(viewerOf(ctx), text);
  }

  @Mutation(() => AccountEntity)
  createAccount(
    @Arg("input", () => CreateAccountInput) input: CreateAccountInput,
    @Ctx() ctx: RequestContext,
  ): Promise<AccountEntity> {
    return ctx.services.account.create(viewerOf(ctx), ctx.scope, input);
  }

  @Mutation(() => AccountEntity)
  updateAccount(
    @Arg("id", () => ID) id: string,
    @Arg("input", () => UpdateAccountInput) input: UpdateAccountInput,
    @Ctx() ctx: RequestContext,
  ): Promise<AccountEntity> {
    return ctx.services.account.update(viewerOf(ctx), ctx.scope, id, input);
  }

  @Mutation(() => AccountEntity, { description: "启用/停用; disabling ends the account's sessions at once" })
  setAccountStatus(
    @Arg("id", () => ID) id: string,
    @Arg("status", () => ActiveStatus) status: ActiveStatus,
    @Ctx() ctx: RequestContext,
  ): Promise<AccountEntity> {
    return ctx.services.account.setStatus(viewerOf(ctx), ctx.scope, id, status);
  }

  @Mutation(() => Boolean, { description: "Sets a new password and ends the account's sessions" })
  async resetAccountPassword(
    @Arg("id", () => ID) id: string,
    @Arg("newPassword", () => String) newPassword: string,
    @Ctx() ctx: RequestContext,
  ): Promise<boolean> {
    await ctx.services.account.resetPassword(viewerOf(ctx), ctx.scope, id, newPassword);
    return true;
  }

  @Mutation(() => AccountEntity, { description: "修改个人信息" })
  updateMyProfile(
    @Arg("input", () => UpdateProfileInput) input: UpdateProfileInput,
    @Ctx() ctx: RequestContext,
  ): Promise<AccountEntity> {
    return ctx.services.account.updateProfile(viewerOf(ctx), input);
  }

  @Mutation(() => AccountEntity, { description: "Names a 代办人 for a period" })
  setDelegate(
    @Arg("input", () => SetDelegateInput) input: SetDelegateInput,
    @Ctx() ctx: RequestContext,
  ): Promise<AccountEntity> {
    return ctx.services.account.setDelegate(viewerOf(ctx), input);
  }

  @Mutation(() => AccountEntity)
  clearDelegate(@Ctx() ctx: RequestContext): Promise<AccountEntity> {
    return ctx.services.account.clearDelegate(viewerOf(ctx));
  }

  @FieldResolver(() => DealerEntity, { nullable: true })
  async dealer(@Root() account: AccountEntity, @Ctx() ctx: RequestContext): Promise<DealerEntity | null> {
    if (!account.dealerId || !canSeeDealer(ctx.scope, account.dealerId)) return null;
    return ctx.loaders.dealer.load(account.dealerId);
  }

  @FieldResolver(() => AccountEntity, {
    nullable: true,
    description: "隶属; null when none or not visible to the viewer",
  })
  async superior(@Root() account: AccountEntity, @Ctx() ctx: RequestContext): Promise<AccountEntity | null> {
    if (!account.superiorId) return null;
    const superior = await ctx.loaders.account.load(account.superiorId);
    return superior && canSeeAccount(ctx.scope, superior) ? superior : null;
  }

  @FieldResolver(() => [AccountEntity], { description: "Direct subordinates visible to the viewer" })
  subordinates(@Root() account: AccountEntity, @Ctx() ctx: RequestContext): Promise<AccountEntity[]> {
    return ctx.services.account.subordinates(ctx.scope, account.id);
  }

  @FieldResolver(() => AccountOption, {
    nullable: true,
    description: "代办人 (name only), shown to whoever may see the account",
  })
  async delegate(@Root() account: AccountEntity, @Ctx() ctx: RequestContext): Promise<AccountOption | null> {
    if (!account.delegateId) return null;
    const delegate = await ctx.loaders.account.load(account.delegateId);
    return delegate ? toAccountOption(delegate) : null;
  }

  @FieldResolver(() => [QuotaEntry], { description: "The employee's 报备名额 per product line" })
  async quotas(@Root() account: AccountEntity, @Ctx() ctx: RequestContext): Promise<QuotaEntry[]> {
    if (account.kind !== "DEALER") return [];
    return ctx.services.catalog.quotaEntries(await ctx.services.dealer.accountQuotas(account.id), ctx.loaders);
  }
}
