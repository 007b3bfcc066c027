import { IsOptional, MaxLength } from "class-validator";
import { Field, InputType } from "type-graphql";
import { EnterpriseScale, Industry } from "../../enterprise/enterprise.enums";

@InputType("PublicPoolFilter")
export class PublicPoolFilter {
  @Field(() => String, { nullable: true, description: "Substring of the name (or a domain)" })
  @IsOptional()
  @MaxLength(100)
  text?: string | null;

  @Field(() => String, { nullable: true, description: "A province (with its cities) or a city code" })
  @IsOptional()
  @MaxLength(6)
  regionCode?: string | null;

  @Field(() => EnterpriseScale, { nullable: true })
  @IsOptional()
  scale?: EnterpriseScale | null;

  @Field(() => Industry, { nullable: true })
  @IsOptional()
  industry?: Industry | null;

  @Field(() => Date, { nullable: true, description: "Entered the pool at or after" })
  @IsOptional()
  enteredFrom?: Date | null;

  @Field(() => Date, { nullable: true, description: "Entered the pool before" })
  @IsOptional()
  enteredTo?: Date | null;
}
