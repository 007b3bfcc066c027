import { POOL_SETTINGS } from "@crm/domain";
import { IsInt, IsOptional, Max, Min } from "class-validator";
import { Field, InputType, Int } from "type-graphql";

/** Only the fields given change. */
@InputType("PoolSettingsInput")
export class PoolSettingsInput {
  @Field(() => Int, { nullable: true, description: "0–3650" })
  @IsOptional()
  @IsInt()
  @Min(POOL_SETTINGS.graceDays.min)
  @Max(POOL_SETTINGS.graceDays.max)
  graceDays?: number;

  @Field(() => Int, { nullable: true, description: "0–1000 (0 stops claims)" })
  @IsOptional()
  @IsInt()
  @Min(POOL_SETTINGS.dailyClaimCap.min)
  @Max(POOL_SETTINGS.dailyClaimCap.max)
  dailyClaimCap?: number;
}
