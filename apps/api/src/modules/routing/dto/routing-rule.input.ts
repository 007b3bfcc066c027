import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsInt,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";
import { LeadSource } from "../../lead/lead.enums";

@InputType("RoutingRuleTargetInput")
export class RoutingRuleTargetInput {
  @Field(() => ID)
  @IsUUID()
  dealerId!: string;

  @Field(() => Int, { description: "1–1000" })
  @IsInt()
  @Min(1)
  @Max(1000)
  weight!: number;
}

/** A whole rule: create, or replace every field of an existing one. */
@InputType("RoutingRuleInput")
export class RoutingRuleInput {
  @Field(() => String)
  @Length(1, 100)
  name!: string;

  @Field(() => Boolean, { defaultValue: true })
  @IsBoolean()
  enabled!: boolean;

  @Field(() => [String], { defaultValue: [], description: "GB/T 2260 province or city codes; empty = any" })
  @ArrayMaxSize(400)
  @MaxLength(6, { each: true })
  regionCodes!: string[];

  @Field(() => [ID], { defaultValue: [], description: "Product line ids; empty = any" })
  @ArrayMaxSize(50)
  @IsUUID("all", { each: true })
  productLineIds!: string[];

  @Field(() => [LeadSource], { defaultValue: [], description: "Empty = any" })
  @ArrayMaxSize(10)
  sources!: LeadSource[];

  @Field(() => [RoutingRuleTargetInput], { description: "Eligible dealers with weights (1–1000)" })
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  targets!: RoutingRuleTargetInput[];
}
