import { ArrayMaxSize, ArrayMinSize, IsOptional, Length } from "class-validator";
import { Field, InputType } from "type-graphql";
import { ApiKeyScope } from "../api-key.enums";

@InputType("CreateApiKeyInput")
export class CreateApiKeyInput {
  @Field(() => String, { description: "What the key is for, 1–60 characters" })
  @Length(1, 60)
  name!: string;

  @Field(() => [ApiKeyScope])
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  scopes!: ApiKeyScope[];

  @Field(() => Date, { nullable: true, description: "When the key stops working; none: until revoked" })
  @IsOptional()
  expiresAt?: Date | null;
}
