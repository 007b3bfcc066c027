import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";

/** bigint comes back from pg as a string; the round-robin values stay far inside a safe integer. */
const bigintAsNumber = {
  to: (value: number) => value,
  from: (value: string | number) => Number(value),
};

/**
 * A dealer named by a routing rule, with its weight (1–1000) and its smooth weighted
 * round-robin running value, which only changes under the rule's row lock.
 */
@ObjectType("RoutingRuleTarget")
@Entity("routing_rule_target")
export class RoutingRuleTargetEntity {
  @PrimaryColumn("uuid", { name: "rule_id" })
  ruleId!: string;

  @Field(() => ID)
  @PrimaryColumn("uuid", { name: "dealer_id" })
  dealerId!: string;

  @Field(() => Int, { description: "1–1000" })
  @Column("int")
  weight!: number;

  @Field(() => Int, { description: "Smooth weighted round-robin state (current_weight)" })
  @Column("bigint", { name: "current_weight", transformer: bigintAsNumber })
  currentWeight!: number;
}
