import { ORDER_MAX_MONTHS, ORDER_MAX_SEATS, type OrderType } from "@crm/domain";
import { IsInt, IsOptional, Length, Max, MaxLength, Min } from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";
import { OrderTypeEnum } from "../order.enums";

@InputType("CreateOrderInput", {
  description:
    "提单. TRIAL and NEW name the enterprise, domain and edition; EXPANSION, RENEWAL, TRIAL_CONVERT and " +
    "TRIAL_EXTEND name the service they act on (its enterprise, domain and product line are taken from it)",
})
export class CreateOrderInput {
  @Field(() => OrderTypeEnum)
  type!: OrderType;

  @Field(() => ID, { nullable: true, description: "TRIAL, NEW: the enterprise" })
  @IsOptional()
  enterpriseId?: string | null;

  @Field(() => String, { nullable: true, description: "TRIAL, NEW: one of the enterprise's domains" })
  @IsOptional()
  @Length(1, 300)
  domain?: string | null;

  @Field(() => ID, { nullable: true, description: "EXPANSION, RENEWAL, TRIAL_CONVERT, TRIAL_EXTEND: the service" })
  @IsOptional()
  serviceId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "版本: required for TRIAL, NEW, TRIAL_CONVERT; the service's own for the others",
  })
  @IsOptional()
  editionId?: string | null;

  @Field(() => Int, { nullable: true, description: "数量; for EXPANSION the seats to add; default the service's" })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(ORDER_MAX_SEATS)
  seats?: number | null;

  @Field(() => Int, { nullable: true, description: "购买月数 (NEW, RENEWAL, TRIAL_CONVERT)" })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(ORDER_MAX_MONTHS)
  months?: number | null;

  @Field(() => Int, { nullable: true, description: "赠送月数 beyond the gift rule sends the order to 待确认" })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(ORDER_MAX_MONTHS)
  giftMonths?: number | null;

  @Field(() => Int, { nullable: true, description: "试用天数 (TRIAL ≤ 7; all trials of a domain ≤ 30)" })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(30)
  trialDays?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500)
  remark?: string | null;
}
