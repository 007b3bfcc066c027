import { IsOptional, MaxLength } from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";
import { RegistrationStatusEnum } from "../registration.enums";
import type { RegistrationStatus } from "@crm/domain";

@InputType("RegistrationFilter", { description: "报备列表 filters; all optional, combined with AND" })
export class RegistrationFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  productLineId?: string | null;

  @Field(() => String, { nullable: true, description: "Part of the domain (Unicode or ASCII)" })
  @IsOptional()
  @MaxLength(300)
  domain?: string | null;

  @Field(() => ID, { nullable: true, description: "The holding account" })
  @IsOptional()
  accountId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  enterpriseId?: string | null;

  @Field(() => ID, { nullable: true, description: "Vendor staff: one dealer" })
  @IsOptional()
  dealerId?: string | null;

  @Field(() => RegistrationStatusEnum, { nullable: true })
  @IsOptional()
  status?: RegistrationStatus | null;

  @Field(() => Int, {
    nullable: true,
    description:
      "即将到期: active locks ending within this many days from now (1–90), as 首页's 报备即将到期 counts them",
  })
  @IsOptional()
  endingWithinDays?: number | null;
}
