import { ArrayMaxSize, IsInt, IsOptional, ValidateNested } from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";

@InputType("DealerDiscountInput", { description: "One product line's discount; null rateBp removes it (no discount)" })
export class DealerDiscountInput {
  @Field(() => ID)
  productLineId!: string;

  @Field(() => Int, {
    nullable: true,
    description: "Basis points of the list price, 1–10000: 8500 = 85% (8.5 折), 10000 = no discount",
  })
  @IsOptional()
  @IsInt()
  rateBp?: number | null;
}

@InputType("SetDealerDiscountsInput")
export class SetDealerDiscountsInput {
  @Field(() => [DealerDiscountInput], { description: "Only the product lines listed change" })
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  discounts!: DealerDiscountInput[];
}
