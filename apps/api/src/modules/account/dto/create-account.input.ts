import { ArrayMaxSize, IsOptional, IsUUID, Length, MaxLength } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { AccountType, DealerPermission } from "../../../shared/enums";

@InputType("CreateAccountInput")
export class CreateAccountInput {
  @Field(() => String, { description: "帐号: 3–64 letters, digits, _ . @ -" })
  @Length(3, 64)
  loginName!: string;

  @Field(() => String, { description: "Initial password: ≥ 8 characters with letters and digits" })
  @Length(8, 128)
  password!: string;

  @Field(() => String)
  @Length(1, 50)
  realName!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(20)
  mobile?: string | null;

  @Field(() => AccountType)
  accountType!: AccountType;

  @Field(() => ID, { nullable: true, description: "隶属: another account of the same dealer" })
  @IsOptional()
  @IsUUID()
  superiorId?: string | null;

  @Field(() => [DealerPermission])
  @ArrayMaxSize(11)
  permissions!: DealerPermission[];

  @Field(() => ID, { nullable: true, description: "Vendor platform admins only: the dealer to add the account to" })
  @IsOptional()
  @IsUUID()
  dealerId?: string | null;
}
