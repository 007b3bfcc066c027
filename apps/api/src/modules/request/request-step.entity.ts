import { Field, Int, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";
import { VendorRole } from "../../shared/enums";
import { StepDecisionEnum, type StepDecision } from "./request.enums";

/** One decided step of a request: who, when, the decision and the comment. */
@ObjectType("RequestStep", { description: "审批记录" })
@Entity("request_step")
export class RequestStepEntity {
  @PrimaryColumn("uuid", { name: "request_id" })
  requestId!: string;

  @Field(() => Int)
  @PrimaryColumn("int", { name: "step_no" })
  stepNo!: number;

  @Field(() => VendorRole)
  @Column("text")
  role!: string;

  @Field(() => StepDecisionEnum)
  @Column("text")
  decision!: StepDecision;

  @Field(() => String, { nullable: true })
  @Column("text", { nullable: true })
  comment!: string | null;

  @Column("uuid", { name: "decided_by" })
  decidedBy!: string;

  @Field(() => Date)
  @Column("timestamptz", { name: "decided_at" })
  decidedAt!: Date;
}
