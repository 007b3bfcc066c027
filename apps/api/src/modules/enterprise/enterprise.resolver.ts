import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { canSeeAccount, canSeeDealer } from "../../access/access-scope";
import { viewerOf, type RequestContext } from "../../context";
import { decodeCursor, PageArgs, connectionType, toConnection, type Connection } from "../../shared/pagination";
import { AccountEntity } from "../account/account.entity";
import { ProductLineEntity } from "../catalog/product-line.entity";
import { DealerEntity } from "../dealer/dealer.entity";
import { ServiceEntity } from "../service/service.entity";
import { TagEntity } from "../tag/tag.entity";
import { CreateEnterpriseInput } from "./dto/create-enterprise.input";
import { EnterpriseContactInput } from "./dto/enterprise-contact.input";
import { EnterpriseListPageArgs } from "./dto/enterprise-list.args";
import { FollowUpInput } from "./dto/follow-up.input";
import { UpdateEnterpriseInput } from "./dto/update-enterprise.input";
import { EnterpriseContactEntity } from "./enterprise-contact.entity";
import { EnterpriseDomainEntity } from "./enterprise-domain.entity";
import { EnterpriseEntity } from "./enterprise.entity";
import { enterpriseLoaders } from "./enterprise.loaders";
import type { EnterpriseList } from "./enterprise.repository";
import { FollowUpEntity } from "./follow-up.entity";

export const EnterpriseConnection = connectionType("Enterprise", EnterpriseEntity);
export const FollowUpConnection = connectionType("FollowUp", FollowUpEntity);

function listOf(ctx: RequestContext, list: EnterpriseList, args: EnterpriseListPageArgs, withinDays?: number) {
  return ctx.services.enterprise.list(
    ctx.scope,
    { list, withinDays, filter: args.filter, sort: args.sort, direction: args.direction },
    args.first,
    args.after,
  );
}

@Resolver(() => EnterpriseEntity)
export class EnterpriseResolver {
  @Query(() => EnterpriseEntity, { description: "One visible enterprise; NOT_FOUND otherwise" })
  enterprise(@Arg("id", () => ID) id: string, @Ctx() ctx: RequestContext): Promise<EnterpriseEntity> {
    return ctx.services.enterprise.get(ctx.scope, id);
  }

  @Query(() => EnterpriseConnection, { description: "全部录入企业: every enterprise the viewer may see" })
  enterprises(
    @Args(() => EnterpriseListPageArgs) args: EnterpriseListPageArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<Connection<EnterpriseEntity>> {
    return listOf(ctx, "ALL", args);
  }

  @Query(() => EnterpriseConnection, {
    description: "企业待续费: enterprises with a PAID service expiring within withinDays (1–365) days from now",
  })
  renewalDueEnterprises(
    @Arg("withinDays", () => Int) withinDays: number,
    @Args(() => EnterpriseListPageArgs) args: EnterpriseListPageArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<Connection<EnterpriseEntity>> {
    return listOf(ctx, "RENEWAL_DUE", args, withinDays);
  }

  @Query(() => EnterpriseConnection, {
    description:
      "试用过期企业: a TRIAL service expired and nothing of that product line runs (no active PAID or trial)",
  })
  trialExpiredEnterprises(
    @Args(() => EnterpriseListPageArgs) args: EnterpriseListPageArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<Connection<EnterpriseEntity>> {
    return listOf(ctx, "TRIAL_EXPIRED", args);
  }

  @Query(() => EnterpriseConnection, { description: "甩单企业: enterprises that lead routing assigned to the dealer" })
  routedEnterprises(
    @Args(() => EnterpriseListPageArgs) args: EnterpriseListPageArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<Connection<EnterpriseEntity>> {
    return listOf(ctx, "ROUTED", args);
  }

  @Mutation(() => EnterpriseEntity, { description: "新增企业 (登记来源 经销商录入)" })
  createEnterprise(
    @Arg("input", () => CreateEnterpriseInput) input: CreateEnterpriseInput,
    @Ctx() ctx: RequestContext,
  ): Promise<EnterpriseEntity> {
    return ctx.services.enterprise.create(viewerOf(ctx), ctx.scope, input);
  }

  @Mutation(() => EnterpriseEntity, { description: "编辑企业" })
  updateEnterprise(
    @Arg("id", () => ID) id: string,
    @Arg("input", () => UpdateEnterpriseInput) input: UpdateEnterpriseInput,
    @Ctx() ctx: RequestContext,
  ): Promise<EnterpriseEntity> {
    return ctx.services.enterprise.update(viewerOf(ctx), ctx.scope, id, input);
  }

  @Mutation(() => EnterpriseEntity, {
    description: "转移所属帐号: admins, or a superior of both the current and the new owner",
  })
  reassignEnterprise(
    @Arg("id", () => ID) id: string,
    @Arg("ownerAccountId", () => ID) ownerAccountId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<EnterpriseEntity> {
    return ctx.services.enterprise.reassign(viewerOf(ctx), ctx.scope, id, ownerAccountId);
  }

  @Mutation(() => EnterpriseEntity, { description: "Replaces the enterprise's tags (tags of its own dealer only)" })
  setEnterpriseTags(
    @Arg("id", () => ID) id: string,
    @Arg("tagIds", () => [ID]) tagIds: string[],
    @Ctx() ctx: RequestContext,
  ): Promise<EnterpriseEntity> {
    return ctx.services.enterprise.setTags(viewerOf(ctx), ctx.scope, id, tagIds);
  }

  @Mutation(() => EnterpriseContactEntity, { description: "添加联系人" })
  addEnterpriseContact(
    @Arg("enterpriseId", () => ID) enterpriseId: string,
    @Arg("input", () => EnterpriseContactInput) input: EnterpriseContactInput,
    @Ctx() ctx: RequestContext,
  ): Promise<EnterpriseContactEntity> {
    return ctx.services.enterprise.addContact(viewerOf(ctx), ctx.scope, enterpriseId, input);
  }

  @Mutation(() => EnterpriseContactEntity, { description: "编辑联系人 (all fields replaced)" })
  updateEnterpriseContact(
    @Arg("id", () => ID) id: string,
    @Arg("input", () => EnterpriseContactInput) input: EnterpriseContactInput,
    @Ctx() ctx: RequestContext,
  ): Promise<EnterpriseContactEntity> {
    return ctx.services.enterprise.updateContact(viewerOf(ctx), ctx.scope, id, input);
  }

  @Mutation(() => Boolean, { description: "删除联系人" })
  async removeEnterpriseContact(@Arg("id", () => ID) id: string, @Ctx() ctx: RequestContext): Promise<boolean> {
    await ctx.services.enterprise.removeContact(viewerOf(ctx), ctx.scope, id);
    return true;
  }

  @Mutation(() => FollowUpEntity, { description: "添加跟进记录; moves the enterprise's 最近跟进 forward" })
  addFollowUp(
    @Arg("enterpriseId", () => ID) enterpriseId: string,
    @Arg("input", () => FollowUpInput) input: FollowUpInput,
    @Ctx() ctx: RequestContext,
  ): Promise<FollowUpEntity> {
    return ctx.services.enterprise.addFollowUp(viewerOf(ctx), ctx.scope, enterpriseId, input);
  }

  @FieldResolver(() => [EnterpriseDomainEntity], { description: "Every domain: the main one first, then 辅域名" })
  domains(@Root() e: EnterpriseEntity, @Ctx() ctx: RequestContext): Promise<EnterpriseDomainEntity[]> {
    return enterpriseLoaders(ctx).domains.load(e.id);
  }

  @FieldResolver(() => [EnterpriseDomainEntity], { description: "辅域名" })
  async secondaryDomains(@Root() e: EnterpriseEntity, @Ctx() ctx: RequestContext): Promise<EnterpriseDomainEntity[]> {
    return (await enterpriseLoaders(ctx).domains.load(e.id)).filter((d) => !d.isMain);
  }

  @FieldResolver(() => [EnterpriseContactEntity], { description: "联系人" })
  contacts(@Root() e: EnterpriseEntity, @Ctx() ctx: RequestContext): Promise<EnterpriseContactEntity[]> {
    return enterpriseLoaders(ctx).contacts.load(e.id);
  }

  @FieldResolver(() => [TagEntity], { description: "标签" })
  tags(@Root() e: EnterpriseEntity, @Ctx() ctx: RequestContext): Promise<TagEntity[]> {
    return enterpriseLoaders(ctx).tags.load(e.id);
  }

  @FieldResolver(() => [ServiceEntity], { description: "已开通服务 of the enterprise's dealer, latest expiry first" })
  services(@Root() e: EnterpriseEntity, @Ctx() ctx: RequestContext): Promise<ServiceEntity[]> {
    return enterpriseLoaders(ctx).services.load(e.id);
  }

  @FieldResolver(() => Date, {
    nullable: true,
    description: "Soonest expiry of a PAID service not expired yet (the date 企业待续费 is about)",
  })
  async nextPaidExpiresAt(@Root() e: EnterpriseEntity, @Ctx() ctx: RequestContext): Promise<Date | null> {
    return (await enterpriseLoaders(ctx).serviceSummary.load(e.id)).nextPaidExpiresAt;
  }

  @FieldResolver(() => Date, {
    nullable: true,
    description: "Latest expiry of a TRIAL service whose product line runs no service any more (试用过期)",
  })
  async trialExpiredAt(@Root() e: EnterpriseEntity, @Ctx() ctx: RequestContext): Promise<Date | null> {
    return (await enterpriseLoaders(ctx).serviceSummary.load(e.id)).trialExpiredAt;
  }

  @FieldResolver(() => FollowUpConnection, { description: "跟进记录, newest first" })
  async followUps(
    @Root() e: EnterpriseEntity,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<Connection<FollowUpEntity>> {
    const repository = ctx.services.enterprise.repository;
    const [totalCount, rows] = await Promise.all([
      repository.followUpCount(ctx.scope, e.id),
      repository.followUpsPage(ctx.scope, e.id, decodeCursor(page.after), page.first + 1),
    ]);
    return toConnection(rows, page.first, totalCount, (row) => ({ at: row.happenedAt, id: row.id }));
  }

  @FieldResolver(() => AccountEntity, { nullable: true, description: "所属帐号; null when none or not visible" })
  async owner(@Root() e: EnterpriseEntity, @Ctx() ctx: RequestContext): Promise<AccountEntity | null> {
    if (!e.ownerAccountId) return null;
    const account = await ctx.loaders.account.load(e.ownerAccountId);
    return account && canSeeAccount(ctx.scope, account) ? account : null;
  }

  @FieldResolver(() => AccountEntity, { nullable: true, description: "Who entered it; null when not visible" })
  async createdBy(@Root() e: EnterpriseEntity, @Ctx() ctx: RequestContext): Promise<AccountEntity | null> {
    if (!e.createdById) return null;
    const account = await ctx.loaders.account.load(e.createdById);
    return account && canSeeAccount(ctx.scope, account) ? account : null;
  }

  @FieldResolver(() => DealerEntity, { nullable: true, description: "所属经销商" })
  async dealer(@Root() e: EnterpriseEntity, @Ctx() ctx: RequestContext): Promise<DealerEntity | null> {
    return canSeeDealer(ctx.scope, e.dealerId) ? ctx.loaders.dealer.load(e.dealerId) : null;
  }

  @FieldResolver(() => ProductLineEntity, { nullable: true, description: "意向产品线" })
  productLine(@Root() e: EnterpriseEntity, @Ctx() ctx: RequestContext): Promise<ProductLineEntity | null> | null {
    return e.productLineId ? ctx.loaders.productLine.load(e.productLineId) : null;
  }
}
