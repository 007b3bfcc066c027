import { Arg, Ctx, Mutation, Query, Resolver } from "type-graphql";
import { viewerOf, type RequestContext } from "../../context";
import { PoolSettingsInput } from "./dto/pool-settings.input";
import { PoolSettings } from "./pool-settings.type";

@Resolver(() => PoolSettings)
export class SettingsResolver {
  @Query(() => PoolSettings, { description: "公海库 grace period and daily claim cap" })
  poolSettings(@Ctx() ctx: RequestContext): Promise<PoolSettings> {
    return ctx.services.appSettings.poolSettings();
  }

  @Mutation(() => PoolSettings, { description: "Vendor operations change the pool settings" })
  updatePoolSettings(
    @Arg("input", () => PoolSettingsInput) input: PoolSettingsInput,
    @Ctx() ctx: RequestContext,
  ): Promise<PoolSettings> {
    return ctx.services.appSettings.updatePoolSettings(viewerOf(ctx), input);
  }
}
