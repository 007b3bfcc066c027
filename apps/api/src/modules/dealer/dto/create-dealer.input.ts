import { IsOptional, IsUUID, Length, MaxLength } from "class-validator";
import { Field, ID, InputType } from "type-graphql";

/** A new dealer together with its first administrator account. */
@InputType("CreateDealerInput")
export class CreateDealerInput {
  @Field(() => String)
  @Length(1, 100)
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  regionName?: string | null;

  @Field(() => ID, { nullable: true, description: "A vendor staff account with the 渠道经理 role" })
  @IsOptional()
  @IsUUID()
  channelManagerId?: string | null;

  @Field(() => String)
  @Length(3, 64)
  adminLoginName!: string;

  @Field(() => String)
  @Length(8, 128)
  adminPassword!: string;

  @Field(() => String)
  @Length(1, 50)
  adminRealName!: string;
}
