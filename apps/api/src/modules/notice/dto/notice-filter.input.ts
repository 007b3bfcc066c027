import { IsBoolean, IsOptional } from "class-validator";
import { Field, InputType } from "type-graphql";
import { NoticeType } from "../notice.enums";

@InputType("NoticeFilter")
export class NoticeFilter {
  @Field(() => NoticeType, { nullable: true })
  @IsOptional()
  type?: NoticeType | null;

  @Field(() => Boolean, { nullable: true, description: "Only notices the viewer has not read since their last event" })
  @IsOptional()
  @IsBoolean()
  unreadOnly?: boolean | null;
}
