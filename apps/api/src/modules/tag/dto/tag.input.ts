import { IsOptional, Length, MaxLength } from "class-validator";
import { Field, InputType } from "type-graphql";

@InputType("CreateTagInput")
export class CreateTagInput {
  @Field(() => String, { description: "1–20 characters, unique within the dealer (case-insensitive)" })
  @Length(1, 20)
  name!: string;

  @Field(() => String, { nullable: true, description: "An Ant Design preset colour or #rrggbb; default blue" })
  @IsOptional()
  @MaxLength(20)
  color?: string | null;
}

/** Rename and/or recolour: only the fields given change. */
@InputType("UpdateTagInput")
export class UpdateTagInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 20)
  name?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(20)
  color?: string | null;
}
