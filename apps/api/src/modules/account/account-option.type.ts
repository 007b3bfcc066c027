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

/** An account that named the signed-in person its 代办人, with the period. */
@ObjectType("DelegatingPrincipal")
export class DelegatingPrincipal extends AccountOption {
  @Field(() => Date)
  delegateFrom!: Date;

  @Field(() => Date)
  delegateUntil!: Date;
}

export function toAccountOption(account: { id: string; loginName: string; realName: string }): AccountOption {
  return { id: account.id, loginName: account.loginName, realName: account.realName };
}
