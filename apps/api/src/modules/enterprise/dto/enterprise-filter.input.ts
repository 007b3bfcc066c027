import { ArrayMaxSize, IsBoolean, IsOptional, IsUUID, MaxLength } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { EnterpriseScale, EnterpriseSource, EnterpriseStatus, TagMatch } from "../enterprise.enums";

/**
 * Cross-filters of the enterprise lists (and their exports); every given field narrows the list
 * (AND). Lists within one field match any of their values. Dates: from inclusive, to exclusive.
 */
@InputType("EnterpriseFilter")
export class EnterpriseFilter {
  @Field(() => String, {
    nullable: true,
    description: "Substring of the name or of any domain (ASCII or Unicode), case-insensitive",
  })
  @IsOptional()
  @MaxLength(100)
  text?: string | null;

  @Field(() => [String], { nullable: true, description: "GB/T 2260 codes; a province code matches its cities too" })
  @IsOptional()
  @ArrayMaxSize(50)
  @MaxLength(6, { each: true })
  regionCodes?: string[] | null;

  @Field(() => [EnterpriseSource], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(10)
  sources?: EnterpriseSource[] | null;

  @Field(() => [EnterpriseScale], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(10)
  scales?: EnterpriseScale[] | null;

  @Field(() => [EnterpriseStatus], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(10)
  statuses?: EnterpriseStatus[] | null;

  @Field(() => [ID], { nullable: true, description: "Tags; see tagMatch" })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsUUID("all", { each: true })
  tagIds?: string[] | null;

  @Field(() => TagMatch, { nullable: true, description: "How tagIds match: ANY (default) or ALL" })
  @IsOptional()
  tagMatch?: TagMatch | null;

  @Field(() => [ID], { nullable: true, description: "所属帐号" })
  @IsOptional()
  @ArrayMaxSize(100)
  @IsUUID("all", { each: true })
  ownerAccountIds?: string[] | null;

  @Field(() => [ID], {
    nullable: true,
    description: "意向产品线 or a service of the product line; on 企业待续费 / 试用过期企业 the qualifying service's",
  })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsUUID("all", { each: true })
  productLineIds?: string[] | null;

  @Field(() => Date, { nullable: true, description: "创建时间 ≥" })
  @IsOptional()
  createdFrom?: Date | null;

  @Field(() => Date, { nullable: true, description: "创建时间 <" })
  @IsOptional()
  createdTo?: Date | null;

  @Field(() => Date, { nullable: true, description: "最近跟进 ≥" })
  @IsOptional()
  lastFollowUpFrom?: Date | null;

  @Field(() => Date, { nullable: true, description: "最近跟进 <" })
  @IsOptional()
  lastFollowUpTo?: Date | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      "true: only routed leads (甩单) nobody followed up since they were routed, as 首页's 甩单待跟进 counts them; false or null: no filter",
  })
  @IsOptional()
  @IsBoolean()
  awaitingFollowUp?: boolean | null;

  @Field(() => ID, { nullable: true, description: "Vendor staff: one dealer's enterprises" })
  @IsOptional()
  @IsUUID()
  dealerId?: string | null;
}
