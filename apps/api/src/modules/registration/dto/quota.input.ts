import { ArrayMaxSize, IsInt, IsOptional, Max, Min, ValidateNested } from "class-validator";
import { QUOTA_MAX_LIMIT } from "@crm/domain";
import { Field, ID, InputType, Int } from "type-graphql";

@InputType("QuotaInput", { description: "One product line's maximum; null max removes it (not enabled)" })
export class QuotaInput {
  @Field(() => ID)
  productLineId!: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(QUOTA_MAX_LIMIT)
  max?: number | null;
}

@InputType("SetQuotasInput")
export class SetQuotasInput {
  @Field(() => [QuotaInput], { description: "Only the product lines listed change" })
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  quotas!: QuotaInput[];
}
