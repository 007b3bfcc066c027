import { IsIn, IsOptional, IsUUID, MaxLength } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { AccountKind, AccountType, ActiveStatus, VendorRole } from "../../../shared/enums";

@InputType("AccountFilter")
export class AccountFilter {
  @Field(() => String, { nullable: true, description: "Substring of login name, real name or mobile" })
  @IsOptional()
  @MaxLength(50)
  text?: string;

  @Field(() => AccountType, { nullable: true })
  @IsOptional()
  accountType?: AccountType;

  @Field(() => ActiveStatus, { nullable: true })
  @IsOptional()
  status?: ActiveStatus;

  @Field(() => ID, { nullable: true, description: "Direct subordinates of this account" })
  @IsOptional()
  @IsUUID()
  superiorId?: string;

  @Field(() => ID, { nullable: true, description: "Vendor staff only: one dealer's accounts" })
  @IsOptional()
  @IsUUID()
  dealerId?: string;

  @Field(() => VendorRole, { nullable: true, description: "Vendor staff only: staff holding this role" })
  @IsOptional()
  vendorRole?: VendorRole;

  @Field(() => AccountKind, { nullable: true, description: "Vendor staff only: VENDOR lists staff accounts" })
  @IsOptional()
  @IsIn(Object.values(AccountKind))
  kind?: AccountKind;
}
