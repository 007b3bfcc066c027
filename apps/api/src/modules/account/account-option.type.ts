import { Field, ID, ObjectType } from "type-graphql";

/** A colleague as a picker shows it: enough to choose, nothing of their rows. */
@ObjectType("AccountOption")
export class AccountOption {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  loginName!: string;

  @Field(() => String)
  realName!: string;
}
