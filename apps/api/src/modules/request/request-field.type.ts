import { REQUEST_FIELD_KINDS, type RequestFieldKind } from "@crm/domain";
import { IsOptional, Length, Matches } from "class-validator";
import { Field, InputType, ObjectType, registerEnumType } from "type-graphql";

export const RequestFieldKindEnum = Object.fromEntries(REQUEST_FIELD_KINDS.map((k) => [k, k])) as {
  [K in RequestFieldKind]: K;
};
registerEnumType(RequestFieldKindEnum, {
  name: "RequestFieldKind",
  description: "TEXT, TEXTAREA, NUMBER, MONEY (分), DOMAIN, DATE (YYYY-MM-DD), SELECT (one of options)",
});

@ObjectType("RequestField", { description: "One field of a request type's form" })
export class RequestFieldType {
  @Field(() => String)
  key!: string;

  @Field(() => String)
  label!: string;

  @Field(() => RequestFieldKindEnum)
  kind!: RequestFieldKind;

  @Field(() => Boolean)
  required!: boolean;

  @Field(() => [String], { nullable: true })
  options?: string[];
}

@InputType("RequestFieldInput")
export class RequestFieldInput {
  @Field(() => String)
  @Matches(/^[a-z][a-zA-Z0-9_]{0,39}$/)
  key!: string;

  @Field(() => String)
  @Length(1, 40)
  label!: string;

  @Field(() => RequestFieldKindEnum)
  kind!: RequestFieldKind;

  @Field(() => Boolean)
  required!: boolean;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  options?: string[] | null;
}
