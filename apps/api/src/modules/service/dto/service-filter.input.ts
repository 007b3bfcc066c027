import type { ServiceStatus } from "@crm/domain";
import { IsOptional, MaxLength } from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";
import { ServiceKind } from "../service.entity";
import { ServiceStatusEnum } from "../service.enums";

@InputType("ServiceFilter", { description: "已开通服务 filters; all optional, combined with AND" })
export class ServiceFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  productLineId?: string | null;

  @Field(() => ServiceKind, { nullable: true, description: "试用 or 正式" })
  @IsOptional()
  kind?: ServiceKind | null;

  @Field(() => ServiceStatusEnum, { nullable: true })
  @IsOptional()
  status?: ServiceStatus | null;

  @Field(() => Int, { nullable: true, description: "Still running and expiring within this many days (1–365)" })
  @IsOptional()
  expiringWithinDays?: number | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  enterpriseId?: string | null;

  @Field(() => ID, { nullable: true, description: "Vendor staff: one dealer" })
  @IsOptional()
  dealerId?: string | null;

  @Field(() => String, { nullable: true, description: "Part of the enterprise's name or of the domain" })
  @IsOptional()
  @MaxLength(100)
  text?: string | null;
}
