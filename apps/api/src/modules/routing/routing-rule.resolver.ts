import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { regionName } from "@crm/domain";
import DataLoader from "dataloader";
import { viewerOf, type RequestContext } from "../../context";
import { ProductLineEntity } from "../catalog/product-line.entity";
import { DealerEntity } from "../dealer/dealer.entity";
import { RoutingDryRunResult } from "../lead/routing-result.types";
import { RoutingDryRunInput } from "./dto/routing-dry-run.input";
import { RoutingRuleInput } from "./dto/routing-rule.input";
import { RoutingRuleTargetEntity } from "./routing-rule-target.entity";
import { RoutingRuleEntity } from "./routing-rule.entity";

const targetLoaders = new WeakMap<RequestContext, DataLoader<string, RoutingRuleTargetEntity[]>>();

/** Per-request batch loader of rules' targets (the rules list shows them all). */
function targetsLoader(ctx: RequestContext): DataLoader<string, RoutingRuleTargetEntity[]> {
  let loader = targetLoaders.get(ctx);
  if (!loader) {
    loader = new DataLoader(async (ids) => {
      const map = await ctx.services.routingRule.targetsOfMany(ids);
      return ids.map((id) => map.get(id) ?? []);
    });
    targetLoaders.set(ctx, loader);
  }
  return loader;
}

@Resolver(() => RoutingRuleEntity)
export class RoutingRuleResolver {
  @Query(() => [RoutingRuleEntity], { description: "甩单规则 in the order they are tried" })
  routingRules(@Ctx() ctx: RequestContext): Promise<RoutingRuleEntity[]> {
    return ctx.services.routingRule.list();
  }

  @Query(() => RoutingRuleEntity)
  routingRule(@Arg("id", () => ID) id: string, @Ctx() ctx: RequestContext): Promise<RoutingRuleEntity> {
    return ctx.services.routingRule.get(id);
  }

  @Mutation(() => RoutingRuleEntity, { description: "Adds a rule at the end of the order" })
  createRoutingRule(
    @Arg("input", () => RoutingRuleInput) input: RoutingRuleInput,
    @Ctx() ctx: RequestContext,
  ): Promise<RoutingRuleEntity> {
    return ctx.services.routingRule.create(viewerOf(ctx), input);
  }

  @Mutation(() => RoutingRuleEntity, {
    description: "Replaces every field; new dealers or weights restart the rule's round-robin cycle",
  })
  updateRoutingRule(
    @Arg("id", () => ID) id: string,
    @Arg("input", () => RoutingRuleInput) input: RoutingRuleInput,
    @Ctx() ctx: RequestContext,
  ): Promise<RoutingRuleEntity> {
    return ctx.services.routingRule.update(viewerOf(ctx), id, input);
  }

  @Mutation(() => RoutingRuleEntity, { description: "启用/停用 a rule" })
  setRoutingRuleEnabled(
    @Arg("id", () => ID) id: string,
    @Arg("enabled", () => Boolean) enabled: boolean,
    @Ctx() ctx: RequestContext,
  ): Promise<RoutingRuleEntity> {
    return ctx.services.routingRule.setEnabled(viewerOf(ctx), id, enabled);
  }

  @Mutation(() => Boolean)
  async deleteRoutingRule(@Arg("id", () => ID) id: string, @Ctx() ctx: RequestContext): Promise<boolean> {
    await ctx.services.routingRule.delete(viewerOf(ctx), id);
    return true;
  }

  @Mutation(() => [RoutingRuleEntity], { description: "Sets the order: every rule id once, first = priority 1" })
  reorderRoutingRules(@Arg("ids", () => [ID]) ids: string[], @Ctx() ctx: RequestContext): Promise<RoutingRuleEntity[]> {
    return ctx.services.routingRule.reorder(viewerOf(ctx), ids);
  }

  @Mutation(() => RoutingDryRunResult, {
    description: "试算: where a hypothetical lead would go now (rule, dealer, trace); changes nothing",
  })
  routingDryRun(
    @Arg("input", () => RoutingDryRunInput) input: RoutingDryRunInput,
    @Ctx() ctx: RequestContext,
  ): Promise<RoutingDryRunResult> {
    return ctx.services.lead.dryRun(input);
  }

  @FieldResolver(() => [RoutingRuleTargetEntity], { description: "Eligible dealers with weights" })
  targets(@Root() rule: RoutingRuleEntity, @Ctx() ctx: RequestContext): Promise<RoutingRuleTargetEntity[]> {
    return targetsLoader(ctx).load(rule.id);
  }

  @FieldResolver(() => [String], { description: "Names of regionCodes, same order" })
  regionNames(@Root() rule: RoutingRuleEntity): string[] {
    return rule.regionCodes.map((code) => regionName(code) ?? code);
  }

  @FieldResolver(() => [ProductLineEntity])
  async productLines(@Root() rule: RoutingRuleEntity, @Ctx() ctx: RequestContext): Promise<ProductLineEntity[]> {
    const lines = await ctx.loaders.productLine.loadMany(rule.productLineIds);
    return lines.filter((p): p is ProductLineEntity => p instanceof ProductLineEntity);
  }
}

@Resolver(() => RoutingRuleTargetEntity)
export class RoutingRuleTargetResolver {
  @FieldResolver(() => DealerEntity, { nullable: true })
  dealer(@Root() target: RoutingRuleTargetEntity, @Ctx() ctx: RequestContext): Promise<DealerEntity | null> {
    return ctx.loaders.dealer.load(target.dealerId);
  }
}
