import type { RequestAction, RequestGroup, RequestStatus } from "@crm/domain";
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsInt,
  IsOptional,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";
import { VendorRole } from "../../../shared/enums";
import { FenScalar } from "../../../shared/money";
import { RequestFieldInput } from "../request-field.type";
import { RequestActionEnum, RequestGroupEnum, RequestStatusEnum } from "../request.enums";

@InputType("SubmitRequestInput", {
  description: "提交业务申请. An order reduction (减免订单总金额) also names the order and the amount",
})
export class SubmitRequestInput {
  @Field(() => ID)
  typeId!: string;

  @Field(() => Object, { nullable: true, description: "The form's values by field key" })
  @IsOptional()
  payload?: Record<string, unknown> | null;

  @Field(() => String, { nullable: true, description: "订单号 (or orderId) for a reduction" })
  @IsOptional()
  @MaxLength(40)
  orderNo?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  orderId?: string | null;

  @Field(() => FenScalar, { nullable: true, description: "减免金额 in 分 (> 0, ≤ the order's amount due)" })
  @IsOptional()
  amount?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(1000)
  remark?: string | null;
}

@InputType("RequestFilter", { description: "所有业务 / 待办业务 filters" })
export class RequestFilter {
  @Field(() => Boolean, {
    nullable: true,
    description: "待办业务: for dealers their pending requests; for vendor staff those waiting on them",
  })
  @IsOptional()
  todo?: boolean | null;

  @Field(() => RequestStatusEnum, { nullable: true })
  @IsOptional()
  status?: RequestStatus | null;

  @Field(() => RequestGroupEnum, { nullable: true })
  @IsOptional()
  groupCode?: RequestGroup | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  typeId?: string | null;

  @Field(() => ID, { nullable: true, description: "Vendor staff: one dealer" })
  @IsOptional()
  dealerId?: string | null;

  @Field(() => String, { nullable: true, description: "申请编号, in part" })
  @IsOptional()
  @MaxLength(40)
  text?: string | null;
}

@InputType("RequestTypeInput", { description: "A request type's form and approval chain (platform admins)" })
export class RequestTypeInput {
  @Field(() => String)
  @Matches(/^[A-Z0-9_]{1,40}$/)
  code!: string;

  @Field(() => RequestGroupEnum)
  groupCode!: RequestGroup;

  @Field(() => String)
  @Length(1, 60)
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500)
  description?: string | null;

  @Field(() => [RequestFieldInput])
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  fields!: RequestFieldInput[];

  @Field(() => [VendorRole], { description: "1–5 vendor roles, one per approval step" })
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  chain!: string[];

  @Field(() => RequestActionEnum, { nullable: true })
  @IsOptional()
  action?: RequestAction | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(20)
  maxAttachments?: number | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10000)
  sortOrder?: number | null;
}
