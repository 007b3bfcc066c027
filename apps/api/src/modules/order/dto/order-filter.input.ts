import type { OrderStatus, OrderType } from "@crm/domain";
import { IsOptional, MaxLength } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { OrderStatusEnum, OrderTypeEnum } from "../order.enums";

@InputType("OrderFilter", { description: "全部订单 cross-filters; all optional, combined with AND" })
export class OrderFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  productLineId?: string | null;

  @Field(() => [OrderStatusEnum], { nullable: true })
  @IsOptional()
  statuses?: OrderStatus[] | null;

  @Field(() => [OrderTypeEnum], { nullable: true })
  @IsOptional()
  types?: OrderType[] | null;

  @Field(() => Date, { nullable: true, description: "Created at or after" })
  @IsOptional()
  createdFrom?: Date | null;

  @Field(() => Date, { nullable: true, description: "Created before" })
  @IsOptional()
  createdTo?: Date | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  enterpriseId?: string | null;

  @Field(() => ID, { nullable: true, description: "Vendor staff: one dealer" })
  @IsOptional()
  dealerId?: string | null;

  @Field(() => String, { nullable: true, description: "Order number or domain, in part" })
  @IsOptional()
  @MaxLength(100)
  text?: string | null;
}
