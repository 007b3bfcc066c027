import { IsOptional, IsUUID, MaxLength } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { LeadSource } from "../../lead/lead.enums";

/** A hypothetical lead: where would it go now? */
@InputType("RoutingDryRunInput")
export class RoutingDryRunInput {
  @Field(() => LeadSource)
  source!: LeadSource;

  @Field(() => String, { nullable: true, description: "GB/T 2260 province or city code" })
  @IsOptional()
  @MaxLength(6)
  regionCode?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  productLineId?: string | null;

  @Field(() => String, { nullable: true, description: "Shows whether the chosen dealer already holds it" })
  @IsOptional()
  @MaxLength(300)
  domain?: string | null;
}
