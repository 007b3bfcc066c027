import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { viewerOf, type RequestContext } from "../../context";
import { PageArgs, connectionType, type Connection } from "../../shared/pagination";
import { AccountOption, toAccountOption } from "../account/account-option.type";
import { QuotaEntry } from "../catalog/catalog.types";
import { DealerEntity } from "./dealer.entity";
import { CreateDealerInput } from "./dto/create-dealer.input";

export const DealerConnection = connectionType("Dealer", DealerEntity);

@Resolver(() => DealerEntity)
export class DealerResolver {
  @Query(() => DealerConnection, { description: "经销商列表 (vendor staff)" })
  dealers(
    @Arg("text", () => String, { nullable: true }) text: string | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<Connection<DealerEntity>> {
    return ctx.services.dealer.list(ctx.scope, text, page.first, page.after);
  }

  @Query(() => DealerEntity)
  dealer(@Arg("id", () => ID) id: string, @Ctx() ctx: RequestContext): Promise<DealerEntity> {
    return ctx.services.dealer.get(ctx.scope, id);
  }

  @Query(() => DealerEntity, { description: "The signed-in dealer user's own dealer" })
  myDealer(@Ctx() ctx: RequestContext): Promise<DealerEntity> {
    return ctx.services.dealer.get(ctx.scope, viewerOf(ctx).account.dealerId ?? "");
  }

  @Mutation(() => DealerEntity, { description: "Platform admins add a dealer with its first administrator" })
  createDealer(
    @Arg("input", () => CreateDealerInput) input: CreateDealerInput,
    @Ctx() ctx: RequestContext,
  ): Promise<DealerEntity> {
    return ctx.services.dealer.create(viewerOf(ctx), input);
  }

  @FieldResolver(() => AccountOption, {
    nullable: true,
    description: "The dealer's 渠道经理 (vendor staff; name only)",
  })
  async channelManager(@Root() dealer: DealerEntity, @Ctx() ctx: RequestContext): Promise<AccountOption | null> {
    if (!dealer.channelManagerId) return null;
    const manager = await ctx.loaders.account.load(dealer.channelManagerId);
    return manager ? toAccountOption(manager) : null;
  }

  @FieldResolver(() => [QuotaEntry], { description: "The dealer's 报备名额 per product line" })
  async quotas(@Root() dealer: DealerEntity, @Ctx() ctx: RequestContext): Promise<QuotaEntry[]> {
    return ctx.services.catalog.quotaEntries(await ctx.services.dealer.dealerQuotas(dealer.id), ctx.loaders);
  }
}
