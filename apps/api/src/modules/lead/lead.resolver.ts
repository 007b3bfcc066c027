import { regionName, toUnicodeDomain } from "@crm/domain";
import { GraphQLJSON } from "graphql-scalars";
import { ArrayMaxSize, ArrayMinSize, ValidateNested } from "class-validator";
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { canSeeDealer } from "../../access/access-scope";
import { viewerOf, type RequestContext } from "../../context";
import { PageArgs, connectionType, type Connection } from "../../shared/pagination";
import { ProductLineEntity } from "../catalog/product-line.entity";
import { DealerEntity } from "../dealer/dealer.entity";
import { RoutingRuleEntity } from "../routing/routing-rule.entity";
import { LeadFilter } from "./dto/lead-filter.input";
import { LeadIntakeInput } from "./dto/lead-intake.input";
import { LeadEntity } from "./lead.entity";
import { MAX_LEAD_BATCH } from "./lead.service";
import { RoutingTraceLines } from "./routing-result.types";

export const LeadConnection = connectionType("Lead", LeadEntity);

@ArgsType()
class LeadBatchArgs {
  @Field(() => [LeadIntakeInput], { description: `1–${MAX_LEAD_BATCH} leads, routed in order, all or nothing` })
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_LEAD_BATCH)
  @ValidateNested({ each: true })
  inputs!: LeadIntakeInput[];
}

/** The part of a stored trace this viewer may read: all of it for vendor staff, the dealer's view otherwise. */
function visibleTrace(lead: LeadEntity, ctx: RequestContext): Record<string, unknown> | null {
  if (ctx.scope.kind === "vendor") return lead.trace;
  const view: unknown = lead.trace.dealerView;
  return typeof view === "object" && view !== null ? (view as Record<string, unknown>) : null;
}

function linesOf(trace: Record<string, unknown> | null): RoutingTraceLines | null {
  const lines: unknown = trace?.lines;
  if (typeof lines !== "object" || lines === null) return null;
  const { zh, en } = lines as { zh?: unknown; en?: unknown };
  const strings = (v: unknown) => (Array.isArray(v) ? v.filter((s): s is string => typeof s === "string") : []);
  return { zh: strings(zh), en: strings(en) };
}

@Resolver(() => LeadEntity)
export class LeadResolver {
  @Query(() => LeadConnection, {
    description: "线索: vendor staff see all; dealer users the leads routed to their dealer (see LeadService.list)",
  })
  leads(
    @Arg("filter", () => LeadFilter, { nullable: true }) filter: LeadFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<Connection<LeadEntity>> {
    return ctx.services.lead.list(ctx.scope, filter ?? {}, page.first, page.after);
  }

  @Query(() => LeadEntity, { description: "One visible lead; NOT_FOUND otherwise" })
  lead(@Arg("id", () => ID) id: string, @Ctx() ctx: RequestContext): Promise<LeadEntity> {
    return ctx.services.lead.get(ctx.scope, id);
  }

  @Mutation(() => LeadEntity, { description: "线索录入 (hotline / official site): routes the lead at once" })
  intakeLead(
    @Arg("input", () => LeadIntakeInput) input: LeadIntakeInput,
    @Ctx() ctx: RequestContext,
  ): Promise<LeadEntity> {
    return ctx.services.lead.intake(viewerOf(ctx), input);
  }

  @Mutation(() => [LeadEntity], {
    description:
      "Batch intake: every row is checked first (errors name the row's index), then all are routed in one transaction",
  })
  intakeLeads(@Args(() => LeadBatchArgs) args: LeadBatchArgs, @Ctx() ctx: RequestContext): Promise<LeadEntity[]> {
    return ctx.services.lead.intakeBatch(viewerOf(ctx), args.inputs);
  }

  @Mutation(() => LeadEntity, { description: "Routes an UNROUTED lead again, e.g. after a rule was added" })
  rerouteLead(@Arg("id", () => ID) id: string, @Ctx() ctx: RequestContext): Promise<LeadEntity> {
    return ctx.services.lead.reroute(viewerOf(ctx), id);
  }

  @FieldResolver(() => String, { description: "The domain for display, IDN labels in Unicode" })
  domainUnicode(@Root() lead: LeadEntity): string {
    return toUnicodeDomain(lead.domain);
  }

  @FieldResolver(() => String, { nullable: true, description: "广东省 深圳市" })
  regionName(@Root() lead: LeadEntity): string | null {
    return lead.regionCode ? (regionName(lead.regionCode) ?? null) : null;
  }

  @FieldResolver(() => ProductLineEntity, { nullable: true })
  productLine(@Root() lead: LeadEntity, @Ctx() ctx: RequestContext): Promise<ProductLineEntity | null> | null {
    return lead.productLineId ? ctx.loaders.productLine.load(lead.productLineId) : null;
  }

  @FieldResolver(() => DealerEntity, { nullable: true, description: "The dealer the lead went to" })
  dealer(@Root() lead: LeadEntity, @Ctx() ctx: RequestContext): Promise<DealerEntity | null> | null {
    if (!lead.dealerId || !canSeeDealer(ctx.scope, lead.dealerId)) return null;
    return ctx.loaders.dealer.load(lead.dealerId);
  }

  @FieldResolver(() => RoutingRuleEntity, { nullable: true, description: "The matched rule (vendor staff only)" })
  async rule(@Root() lead: LeadEntity, @Ctx() ctx: RequestContext): Promise<RoutingRuleEntity | null> {
    if (!lead.ruleId || ctx.scope.kind !== "vendor") return null;
    return ctx.services.routingRule.find(lead.ruleId);
  }

  @FieldResolver(() => GraphQLJSON, {
    nullable: true,
    description: "路由轨迹: the full trace for vendor staff; the dealer's own view (no other dealer) for dealer users",
  })
  trace(@Root() lead: LeadEntity, @Ctx() ctx: RequestContext): Record<string, unknown> | null {
    return visibleTrace(lead, ctx);
  }

  @FieldResolver(() => RoutingTraceLines, { nullable: true, description: "The visible trace as lines" })
  traceLines(@Root() lead: LeadEntity, @Ctx() ctx: RequestContext): RoutingTraceLines | null {
    return linesOf(visibleTrace(lead, ctx));
  }
}
