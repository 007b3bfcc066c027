import { GraphQLJSON } from "graphql-scalars";
import { Field, ID, ObjectType } from "type-graphql";
import { DealerEntity } from "../dealer/dealer.entity";
import { RoutingRuleEntity } from "../routing/routing-rule.entity";
import { LeadStatus } from "./lead.enums";

@ObjectType("RoutingTraceLines", { description: "A routing trace as human-readable lines" })
export class RoutingTraceLines {
  @Field(() => [String])
  zh!: string[];

  @Field(() => [String])
  en!: string[];
}

@ObjectType("RoutingDryRunResult", { description: "Where a hypothetical lead would go now; nothing was changed" })
export class RoutingDryRunResult {
  @Field(() => LeadStatus)
  outcome!: LeadStatus;

  @Field(() => RoutingRuleEntity, { nullable: true })
  rule!: RoutingRuleEntity | null;

  @Field(() => DealerEntity, { nullable: true })
  dealer!: DealerEntity | null;

  @Field(() => ID, {
    nullable: true,
    description: "Set when the dealer already holds the domain: the lead would join it",
  })
  existingEnterpriseId!: string | null;

  @Field(() => GraphQLJSON, { description: "The full trace (structured)" })
  trace!: Record<string, unknown>;

  @Field(() => RoutingTraceLines)
  traceLines!: RoutingTraceLines;
}
