import { IsOptional, MaxLength } from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";
import { FenScalar } from "../../../shared/money";

@InputType("CreateEditionInput")
export class CreateEditionInput {
  @Field(() => ID)
  productLineId!: string;

  @Field(() => String, { description: "A–Z, 0–9 and _, at most 40 (stored upper case); unique in the product line" })
  @MaxLength(100)
  code!: string;

  @Field(() => String, { description: "1–60 characters, e.g. 专业版" })
  @MaxLength(200)
  name!: string;

  @Field(() => Boolean, { nullable: true, description: "特殊版本: orders need vendor confirmation. Default false" })
  @IsOptional()
  isSpecial?: boolean | null;

  @Field(() => FenScalar, { description: "公开价格 in 分 per seat per month, 0 – 100000000" })
  listPrice!: number;

  @Field(() => Boolean, { nullable: true, description: "Default true" })
  @IsOptional()
  active?: boolean | null;

  @Field(() => Int, { nullable: true, description: "Display order 0–9999; default: after the others" })
  @IsOptional()
  sortOrder?: number | null;
}

/** Only the fields given change; the code and product line are fixed once created. */
@InputType("UpdateEditionInput")
export class UpdateEditionInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  name?: string | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  isSpecial?: boolean | null;

  @Field(() => FenScalar, { nullable: true, description: "公开价格 in 分 per seat per month" })
  @IsOptional()
  listPrice?: number | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  active?: boolean | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  sortOrder?: number | null;
}
