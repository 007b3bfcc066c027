import { ArrayMaxSize, IsOptional, IsUUID, Length, MaxLength, ValidateNested } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { EnterpriseScale, Industry } from "../enterprise.enums";
import { EnterpriseContactInput } from "./enterprise-contact.input";

/** 新增企业 (source 经销商录入). Domains may be typed as URLs or e-mail addresses: they are normalized. */
@InputType("CreateEnterpriseInput")
export class CreateEnterpriseInput {
  @Field(() => String, { description: "企业名称, 1–200 characters" })
  @Length(1, 200)
  name!: string;

  @Field(() => String, { description: "主域名: stored as the registrable domain (www.a.example.com → example.com)" })
  @MaxLength(300)
  mainDomain!: string;

  @Field(() => [String], { nullable: true, description: "辅域名, at most 20" })
  @IsOptional()
  @ArrayMaxSize(20)
  @MaxLength(300, { each: true })
  secondaryDomains?: string[] | null;

  @Field(() => String, { nullable: true, description: "地区: a GB/T 2260 province or city code" })
  @IsOptional()
  @MaxLength(6)
  regionCode?: string | null;

  @Field(() => Industry, { nullable: true })
  @IsOptional()
  industry?: Industry | null;

  @Field(() => EnterpriseScale, { nullable: true })
  @IsOptional()
  scale?: EnterpriseScale | null;

  @Field(() => ID, { nullable: true, description: "意向产品线" })
  @IsOptional()
  @IsUUID()
  productLineId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "所属帐号: defaults to the creator; admins and superiors may pick an account they see",
  })
  @IsOptional()
  @IsUUID()
  ownerAccountId?: string | null;

  @Field(() => String, { nullable: true, description: "备注, at most 2000 characters" })
  @IsOptional()
  @MaxLength(2000)
  notes?: string | null;

  @Field(() => [EnterpriseContactInput], { nullable: true, description: "联系人, at most 50" })
  @IsOptional()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  contacts?: EnterpriseContactInput[] | null;

  @Field(() => [ID], { nullable: true, description: "Tags of the own dealer" })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsUUID("all", { each: true })
  tagIds?: string[] | null;
}
