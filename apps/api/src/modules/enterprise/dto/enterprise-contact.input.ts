import { IsOptional, Length, MaxLength } from "class-validator";
import { Field, InputType } from "type-graphql";

/** 联系人. Mobile (a mainland mobile number) and e-mail are checked by the service too. */
@InputType("EnterpriseContactInput")
export class EnterpriseContactInput {
  @Field(() => String, { description: "姓名, 1–50 characters" })
  @Length(1, 50)
  name!: string;

  @Field(() => String, { nullable: true, description: "手机: 11 digits starting with 1" })
  @IsOptional()
  @MaxLength(20)
  mobile?: string | null;

  @Field(() => String, { nullable: true, description: "邮箱" })
  @IsOptional()
  @MaxLength(254)
  email?: string | null;

  @Field(() => String, { nullable: true, description: "职务, at most 50 characters" })
  @IsOptional()
  @MaxLength(50)
  title?: string | null;
}
