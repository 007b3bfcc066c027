import { Field, Int, ObjectType } from "type-graphql";

@ObjectType("PoolSettings", { description: "公海库 settings" })
export class PoolSettings {
  @Field(() => Int, { description: "Days after the last paid service expired before the enterprise enters the pool" })
  graceDays!: number;

  @Field(() => Int, { description: "Claims (申请转入) per account per Asia/Shanghai calendar day" })
  dailyClaimCap!: number;
}
