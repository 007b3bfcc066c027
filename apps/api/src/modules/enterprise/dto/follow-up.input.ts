import { IsOptional, Length, MaxLength } from "class-validator";
import { Field, InputType } from "type-graphql";
import { FollowUpChannel } from "../enterprise.enums";

/** 添加跟进记录. */
@InputType("FollowUpInput")
export class FollowUpInput {
  @Field(() => Date, { nullable: true, description: "跟进时间: defaults to now; not in the future" })
  @IsOptional()
  happenedAt?: Date | null;

  @Field(() => FollowUpChannel)
  channel!: FollowUpChannel;

  @Field(() => String, { description: "跟进内容, 1–2000 characters" })
  @Length(1, 2000)
  content!: string;

  @Field(() => String, { nullable: true, description: "下一步, at most 500 characters" })
  @IsOptional()
  @MaxLength(500)
  nextStep?: string | null;

  @Field(() => Date, { nullable: true, description: "下次跟进时间: after 跟进时间" })
  @IsOptional()
  nextAt?: Date | null;
}
