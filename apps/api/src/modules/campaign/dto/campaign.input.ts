import { ArrayMaxSize, IsOptional, Length, MaxLength } from "class-validator";
import { Field, InputType } from "type-graphql";
import { CampaignFormField, CampaignReviewStatus } from "../campaign.enums";

@InputType("CampaignChannelInput")
export class CampaignChannelInput {
  @Field(() => String, { description: "Lower-case letters, digits and '-', 1–32; unique in the campaign" })
  @Length(1, 32)
  code!: string;

  @Field(() => String, { description: "e.g. 微信群, 海报, 销售A" })
  @Length(1, 40)
  name!: string;
}

@InputType("CampaignInput")
export class CampaignInput {
  @Field(() => String)
  @Length(1, 60)
  name!: string;

  @Field(() => String)
  @Length(1, 60)
  title!: string;

  @Field(() => String, { description: "Rich text (HTML); sanitized when saved" })
  @MaxLength(20000)
  bodyHtml!: string;

  @Field(() => [CampaignFormField], { description: "Optional fields to ask; the required ones are always asked" })
  @ArrayMaxSize(10)
  formFields!: CampaignFormField[];

  @Field(() => Date)
  validFrom!: Date;

  @Field(() => Date)
  validTo!: Date;

  @Field(() => [CampaignChannelInput])
  @ArrayMaxSize(20)
  channels!: CampaignChannelInput[];
}

@InputType("CampaignFilter")
export class CampaignFilter {
  @Field(() => String, { nullable: true, description: "Name contains" })
  @IsOptional()
  @MaxLength(60)
  text?: string | null;

  @Field(() => CampaignReviewStatus, { nullable: true })
  @IsOptional()
  reviewStatus?: CampaignReviewStatus | null;
}
