import { BALANCE_HISTORY_DEFAULT_DAYS } from "@crm/domain";
import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { viewerOf, type RequestContext } from "../../context";
import { PageArgs, connectionType, type Connection } from "../../shared/pagination";
import { AccountOption, toAccountOption } from "../account/account-option.type";
import { DealerEntity } from "../dealer/dealer.entity";
import { BalancePoint } from "./balance-point.type";
import { LedgerEntryFilter } from "./dto/ledger-entry-filter.input";
import { TopUpInput } from "./dto/top-up.input";
import { financeScopeOf } from "./finance-access";
import { LedgerEntryEntity } from "./ledger-entry.entity";
import { financeLoaders } from "./ledger.loaders";

export const LedgerEntryConnection = connectionType("LedgerEntry", LedgerEntryEntity);

@Resolver(() => LedgerEntryEntity)
export class LedgerResolver {
  @Query(() => LedgerEntryConnection, {
    description:
      "虚拟账户流水, newest first: a dealer account with 查看经销商财务信息 its own dealer's; vendor finance and " +
      "platform admins any dealer's; channel managers their dealers'",
  })
  ledgerEntries(
    @Arg("filter", () => LedgerEntryFilter, { nullable: true }) filter: LedgerEntryFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<Connection<LedgerEntryEntity>> {
    return ctx.services.ledger.entries(financeScopeOf(ctx.viewer), filter, page.first, page.after);
  }

  @Query(() => [BalancePoint], {
    description: "Closing balance per Asia/Shanghai day for the last `days` days (1–366), oldest first, for a chart",
  })
  balanceHistory(
    @Arg("dealerId", () => ID) dealerId: string,
    @Arg("days", () => Int, { defaultValue: BALANCE_HISTORY_DEFAULT_DAYS }) days: number,
    @Ctx() ctx: RequestContext,
  ): Promise<BalancePoint[]> {
    return ctx.services.ledger.balanceHistory(financeScopeOf(ctx.viewer), dealerId, days);
  }

  @Mutation(() => LedgerEntryEntity, {
    description:
      "充值 (vendor finance): records a dealer's bank transfer. Errors: DUPLICATE_REFERENCE (the reference was " +
      "recorded before), INVALID_AMOUNT, NOT_FOUND",
  })
  topUp(@Arg("input", () => TopUpInput) input: TopUpInput, @Ctx() ctx: RequestContext): Promise<LedgerEntryEntity> {
    return ctx.services.ledger.topUp(viewerOf(ctx), input);
  }

  @FieldResolver(() => String, { nullable: true, description: "The paid order's number (订单号)" })
  orderNo(@Root() entry: LedgerEntryEntity, @Ctx() ctx: RequestContext): Promise<string | null> | null {
    return entry.orderId ? financeLoaders(ctx).orderNo.load(entry.orderId) : null;
  }

  @FieldResolver(() => DealerEntity, { description: "Whose account moved" })
  async dealer(@Root() entry: LedgerEntryEntity, @Ctx() ctx: RequestContext): Promise<DealerEntity> {
    const dealer = await ctx.loaders.dealer.load(entry.dealerId);
    if (!dealer) throw new Error(`ledger entry ${entry.id} has no dealer`);
    return dealer;
  }

  @FieldResolver(() => AccountOption, { nullable: true, description: "Who recorded it (finance) or paid (dealer)" })
  async createdBy(@Root() entry: LedgerEntryEntity, @Ctx() ctx: RequestContext): Promise<AccountOption | null> {
    if (!entry.createdBy) return null;
    const account = await ctx.loaders.account.load(entry.createdBy);
    return account ? toAccountOption(account) : null;
  }
}
