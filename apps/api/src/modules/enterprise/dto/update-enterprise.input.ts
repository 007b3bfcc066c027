import { ArrayMaxSize, IsOptional, IsUUID, Length, MaxLength } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { EnterpriseScale, Industry } from "../enterprise.enums";

/**
 * 编辑企业: only the fields given change; null clears a nullable one. `secondaryDomains`
 * replaces the whole set. The owner changes through reassignEnterprise, tags through
 * setEnterpriseTags, contacts and follow-ups through their own mutations.
 */
@InputType("UpdateEnterpriseInput")
export class UpdateEnterpriseInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200)
  name?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(300)
  mainDomain?: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @MaxLength(300, { each: true })
  secondaryDomains?: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(6)
  regionCode?: string | null;

  @Field(() => Industry, { nullable: true })
  @IsOptional()
  industry?: Industry | null;

  @Field(() => EnterpriseScale, { nullable: true })
  @IsOptional()
  scale?: EnterpriseScale | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  productLineId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  notes?: string | null;
}
