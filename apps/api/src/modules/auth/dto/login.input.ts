import { Length } from "class-validator";
import { Field, InputType } from "type-graphql";

@InputType("LoginInput")
export class LoginInput {
  @Field(() => String)
  @Length(1, 64)
  loginName!: string;

  @Field(() => String)
  @Length(1, 128)
  password!: string;
}

@InputType("ChangePasswordInput")
export class ChangePasswordInput {
  @Field(() => String)
  @Length(1, 128)
  currentPassword!: string;

  @Field(() => String)
  @Length(1, 128)
  newPassword!: string;
}
