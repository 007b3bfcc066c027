import { regionName } from "@crm/domain";
import DataLoader from "dataloader";
import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from "type-graphql";
import { viewerOf, type RequestContext } from "../../context";
import { DealerRegion } from "./dealer-region.type";
import { DealerEntity } from "./dealer.entity";

const regionLoaders = new WeakMap<RequestContext, DataLoader<string, string[]>>();

/** Per-request batch loader of dealers' region codes (a dealer list asks for many at once). */
function regionsLoader(ctx: RequestContext): DataLoader<string, string[]> {
  let loader = regionLoaders.get(ctx);
  if (!loader) {
    loader = new DataLoader(async (ids) => {
      const map = await ctx.services.dealerRegion.regionsOfMany(ids);
      return ids.map((id) => map.get(id) ?? []);
    });
    regionLoaders.set(ctx, loader);
  }
  return loader;
}

/** The territory part of Dealer: its regions, and who sets them. */
@Resolver(() => DealerEntity)
export class DealerRegionResolver {
  @FieldResolver(() => [DealerRegion], {
    description: "经销区域: where the dealer sees and claims public-pool entries",
  })
  async regions(@Root() dealer: DealerEntity, @Ctx() ctx: RequestContext): Promise<DealerRegion[]> {
    const codes = await regionsLoader(ctx).load(dealer.id);
    return codes.map((code) => ({ code, name: regionName(code) ?? code }));
  }

  @Mutation(() => DealerEntity, {
    description: "Replaces a dealer's territory (platform admins: any dealer; channel managers: their dealers)",
  })
  setDealerRegions(
    @Arg("dealerId", () => ID) dealerId: string,
    @Arg("regionCodes", () => [String]) regionCodes: string[],
    @Ctx() ctx: RequestContext,
  ): Promise<DealerEntity> {
    return ctx.services.dealerRegion.setRegions(viewerOf(ctx), ctx.scope, dealerId, regionCodes);
  }
}
