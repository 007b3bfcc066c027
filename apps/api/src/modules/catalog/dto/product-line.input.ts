import { IsOptional, MaxLength, ValidateNested } from "class-validator";
import { Field, InputType, Int } from "type-graphql";

@InputType("GiftRuleInput", { description: "At most maxGiftMonths free months per perPaidMonths paid (0 = no gift)" })
export class GiftRuleInput {
  @Field(() => Int, { description: "1–120" })
  perPaidMonths!: number;

  @Field(() => Int, { description: "0 up to perPaidMonths" })
  maxGiftMonths!: number;
}

@InputType("CreateProductLineInput")
export class CreateProductLineInput {
  @Field(() => String, { description: "A–Z, 0–9 and _, at most 40 (stored upper case); unique" })
  @MaxLength(100)
  code!: string;

  @Field(() => String, { description: "1–60 characters" })
  @MaxLength(200)
  name!: string;

  @Field(() => Int, { nullable: true, description: "Display order 0–9999; default: after the others" })
  @IsOptional()
  sortOrder?: number | null;

  @Field(() => GiftRuleInput, { nullable: true, description: "Default: no gift (0 per 12)" })
  @IsOptional()
  @ValidateNested()
  giftRule?: GiftRuleInput | null;
}

/** Only the fields given change; the code is fixed once created. */
@InputType("UpdateProductLineInput")
export class UpdateProductLineInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  name?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  sortOrder?: number | null;

  @Field(() => GiftRuleInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  giftRule?: GiftRuleInput | null;
}
