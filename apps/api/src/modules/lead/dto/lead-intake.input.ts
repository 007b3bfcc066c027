import { IsIn, IsOptional, IsUUID, Length, MaxLength } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { EnterpriseScale, Industry } from "../../enterprise/enterprise.enums";
import { LeadSource } from "../lead.enums";

/** What vendor operations enter for a hotline or website lead. */
@InputType("LeadIntakeInput")
export class LeadIntakeInput {
  @Field(() => String, { description: "企业名称" })
  @Length(1, 200)
  companyName!: string;

  @Field(() => String, { description: "Domain, URL or e-mail address; normalized to the registrable domain" })
  @Length(1, 300)
  domain!: string;

  @Field(() => String, { description: "联系人" })
  @Length(1, 50)
  contactName!: string;

  @Field(() => String, { nullable: true, description: "Mobile or e-mail (at least one)" })
  @IsOptional()
  @MaxLength(20)
  contactMobile?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(254)
  contactEmail?: string | null;

  @Field(() => String, { nullable: true, description: "GB/T 2260 province or city code" })
  @IsOptional()
  @MaxLength(6)
  regionCode?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  productLineId?: string | null;

  @Field(() => LeadSource, { description: "HOTLINE or OFFICIAL_SITE (campaign leads come from sign-ups)" })
  @IsIn(["HOTLINE", "OFFICIAL_SITE"])
  source!: LeadSource;

  @Field(() => EnterpriseScale, { nullable: true })
  @IsOptional()
  scale?: EnterpriseScale | null;

  @Field(() => Industry, { nullable: true })
  @IsOptional()
  industry?: Industry | null;

  @Field(() => String, { nullable: true, description: "备注 (shown to the dealer with the lead)" })
  @IsOptional()
  @MaxLength(1000)
  remark?: string | null;
}
