import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { viewerOf, type RequestContext } from "../../context";
import { PageArgs, connectionType, type Connection } from "../../shared/pagination";
import { ProductLineEntity } from "../catalog/product-line.entity";
import { PublicPoolFilter } from "./dto/pool-filter.input";
import { PoolClaimEntity } from "./pool-claim.entity";
import { PublicPoolEnterprise } from "./public-pool-enterprise.type";

export const PublicPoolEnterpriseConnection = connectionType("PublicPoolEnterprise", PublicPoolEnterprise);

@Resolver(() => PublicPoolEnterprise)
export class PoolResolver {
  @Query(() => PublicPoolEnterpriseConnection, {
    description: "公海库: dealer users see the entries in their dealer's regions, vendor staff all",
  })
  publicPoolEnterprises(
    @Arg("filter", () => PublicPoolFilter, { nullable: true }) filter: PublicPoolFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<Connection<PublicPoolEnterprise>> {
    return ctx.services.pool.list(ctx.scope, filter ?? {}, page.first, page.after);
  }

  @Mutation(() => PoolClaimEntity, {
    description:
      "申请转入: first come, first served (ALREADY_CLAIMED, NOT_IN_REGION, CLAIM_CAP_REACHED, DUPLICATE_DOMAIN)",
  })
  claimPoolEnterprise(@Arg("id", () => ID) id: string, @Ctx() ctx: RequestContext): Promise<PoolClaimEntity> {
    return ctx.services.pool.claim(viewerOf(ctx), id);
  }

  @Mutation(() => Int, { description: "Runs the daily pool job now; returns how many enterprises entered the pool" })
  runPublicPoolJob(@Ctx() ctx: RequestContext): Promise<number> {
    return ctx.services.pool.enterPublicPool(new Date(), viewerOf(ctx));
  }

  @FieldResolver(() => [ProductLineEntity], { description: "Product lines of the expired paid services" })
  async productLines(@Root() entry: PublicPoolEnterprise, @Ctx() ctx: RequestContext): Promise<ProductLineEntity[]> {
    const lines = await ctx.loaders.productLine.loadMany(entry.productLineIds);
    return lines.filter((p): p is ProductLineEntity => p instanceof ProductLineEntity);
  }
}
