import { ANNOUNCEMENT_BODY_MAX, ANNOUNCEMENT_TITLE_MAX, NOTICE_LINK_MAX } from "@crm/domain";
import { ArrayMaxSize, IsOptional, IsUUID, Length, MaxLength } from "class-validator";
import { Field, ID, InputType } from "type-graphql";

/** 发布公告. The service checks the lengths again after trimming, and the link and dealers. */
@InputType("PublishAnnouncementInput")
export class PublishAnnouncementInput {
  @Field(() => String, { description: `1–${ANNOUNCEMENT_TITLE_MAX} characters` })
  @Length(1, ANNOUNCEMENT_TITLE_MAX)
  title!: string;

  @Field(() => String, { description: `1–${ANNOUNCEMENT_BODY_MAX} characters` })
  @Length(1, ANNOUNCEMENT_BODY_MAX)
  body!: string;

  @Field(() => String, { nullable: true, description: "A console path (/registrations) or an http(s) URL" })
  @IsOptional()
  @MaxLength(NOTICE_LINK_MAX)
  link?: string | null;

  @Field(() => [ID], { nullable: true, description: "The dealers it is for; null or empty = every dealer" })
  @IsOptional()
  @ArrayMaxSize(1000)
  @IsUUID("all", { each: true })
  dealerIds?: string[] | null;
}
