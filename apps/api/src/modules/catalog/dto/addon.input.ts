import { IsOptional, MaxLength } from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";

@InputType("CreateAddonInput")
export class CreateAddonInput {
  @Field(() => ID)
  productLineId!: string;

  @Field(() => String, { description: "A–Z, 0–9 and _, at most 40 (stored upper case); unique in the product line" })
  @MaxLength(100)
  code!: string;

  @Field(() => String, { description: "1–60 characters, e.g. 邮件归档" })
  @MaxLength(200)
  name!: string;

  @Field(() => String, { nullable: true, description: "At most 500 characters" })
  @IsOptional()
  @MaxLength(2000)
  description?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Default true" })
  @IsOptional()
  active?: boolean | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  sortOrder?: number | null;
}

/** Only the fields given change; an empty description clears it. */
@InputType("UpdateAddonInput")
export class UpdateAddonInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  name?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  description?: string | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  active?: boolean | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  sortOrder?: number | null;
}
