import { campaignLiveness } from "@crm/domain";
import { Max, Min } from "class-validator";
import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import { viewerOf, type RequestContext } from "../../context";
import { CampaignChannelEntity } from "./campaign-channel.entity";
import { CampaignEntity } from "./campaign.entity";
import { CampaignLiveness, ReviewDecision } from "./campaign.enums";
import { CampaignStats } from "./campaign-stats.types";
import { CampaignFilter, CampaignInput } from "./dto/campaign.input";

@ObjectType("CampaignPage", { description: "One page of campaigns with the total (共 N 条)" })
export class CampaignPageType {
  @Field(() => [CampaignEntity])
  items!: CampaignEntity[];

  @Field(() => Int)
  totalCount!: number;
}

@ArgsType()
class CampaignPageArgs {
  @Field(() => Int, { defaultValue: 1 })
  @Min(1)
  page = 1;

  @Field(() => Int, { defaultValue: 10, description: "10, 20, 50 or 100" })
  @Min(10)
  @Max(100)
  pageSize = 10;
}

/** 推广平台 in the console: thin — every rule is in CampaignService / CampaignPublicService. */
@Resolver(() => CampaignEntity)
export class CampaignResolver {
  @Query(() => CampaignPageType, { description: "活动列表: dealers their visible campaigns, vendor staff all" })
  campaigns(
    @Arg("filter", () => CampaignFilter, { nullable: true }) filter: CampaignFilter | null,
    @Args(() => CampaignPageArgs) args: CampaignPageArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<CampaignPageType> {
    return ctx.services.campaign.list(ctx.scope, filter ?? {}, args.page, args.pageSize);
  }

  @Query(() => CampaignEntity, { description: "One visible campaign; NOT_FOUND otherwise" })
  campaign(@Arg("id", () => ID) id: string, @Ctx() ctx: RequestContext): Promise<CampaignEntity> {
    return ctx.services.campaign.get(ctx.scope, id);
  }

  @Query(() => CampaignStats, { description: "活动统计: PV, UV and 登记数量 per channel and day (exact)" })
  async campaignStats(@Arg("id", () => ID) id: string, @Ctx() ctx: RequestContext): Promise<CampaignStats> {
    return ctx.services.campaign.stats(ctx.scope, id);
  }

  @Mutation(() => CampaignEntity, { description: "New campaign (审核状态 处理中)" })
  createCampaign(@Arg("input", () => CampaignInput) input: CampaignInput, @Ctx() ctx: RequestContext) {
    return ctx.services.campaign.create(viewerOf(ctx), input);
  }

  @Mutation(() => CampaignEntity, { description: "Edits a campaign; changed page content goes back to review" })
  updateCampaign(
    @Arg("id", () => ID) id: string,
    @Arg("input", () => CampaignInput) input: CampaignInput,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.services.campaign.update(viewerOf(ctx), ctx.scope, id, input);
  }

  @Mutation(() => CampaignEntity, { description: "启用 / 停用" })
  setCampaignEnabled(
    @Arg("id", () => ID) id: string,
    @Arg("enabled", () => Boolean) enabled: boolean,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.services.campaign.setEnabled(viewerOf(ctx), ctx.scope, id, enabled);
  }

  @Mutation(() => CampaignEntity, { description: "活动审核 by vendor operations; a rejection needs a reason" })
  reviewCampaign(
    @Arg("id", () => ID) id: string,
    @Arg("decision", () => ReviewDecision) decision: ReviewDecision,
    @Arg("reason", () => String, { nullable: true }) reason: string | null,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.services.campaign.review(viewerOf(ctx), id, decision, reason);
  }

  @FieldResolver(() => [CampaignChannelEntity])
  channels(@Root() campaign: CampaignEntity, @Ctx() ctx: RequestContext): Promise<CampaignChannelEntity[]> {
    return ctx.services.campaign.channels(campaign.id);
  }

  @FieldResolver(() => String, { description: "合作商名称 (the dealer)" })
  async dealerName(@Root() campaign: CampaignEntity, @Ctx() ctx: RequestContext): Promise<string> {
    return (await ctx.loaders.dealer.load(campaign.dealerId))?.name ?? "";
  }

  @FieldResolver(() => String, { description: "创建人" })
  async creatorName(@Root() campaign: CampaignEntity, @Ctx() ctx: RequestContext): Promise<string> {
    return (await ctx.loaders.account.load(campaign.createdBy))?.realName ?? "";
  }

  @FieldResolver(() => CampaignLiveness)
  liveness(@Root() campaign: CampaignEntity, @Ctx() ctx: RequestContext): CampaignLiveness {
    return campaignLiveness(campaign, ctx.services.settings.clock());
  }

  @FieldResolver(() => String, { nullable: true, description: "The banner image's URL (same origin)" })
  bannerUrl(@Root() campaign: CampaignEntity): string | null {
    return campaign.bannerKey ? `/campaign-files/banner/${campaign.id}/${campaign.bannerVersion}` : null;
  }
}

@Resolver(() => CampaignChannelEntity)
export class CampaignChannelResolver {
  @FieldResolver(() => String, {
    description: "The share link's path: /c/<slug>?ch=<code> (prefix the console's origin)",
  })
  async sharePath(@Root() channel: CampaignChannelEntity, @Ctx() ctx: RequestContext): Promise<string> {
    const campaign = await ctx.services.campaign.get(ctx.scope, channel.campaignId);
    return `/c/${campaign.slug}?ch=${encodeURIComponent(channel.code)}`;
  }
}
