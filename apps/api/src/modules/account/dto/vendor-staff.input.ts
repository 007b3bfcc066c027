import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, MaxLength } from "class-validator";
import { Field, InputType } from "type-graphql";
import { VendorRole } from "../../../shared/enums";

@InputType("CreateVendorStaffInput")
export class CreateVendorStaffInput {
  @Field(() => String)
  @Length(3, 64)
  loginName!: string;

  @Field(() => String)
  @Length(8, 128)
  password!: string;

  @Field(() => String)
  @Length(1, 50)
  realName!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(20)
  mobile?: string | null;

  @Field(() => [VendorRole])
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  vendorRoles!: VendorRole[];
}

@InputType("UpdateVendorStaffInput")
export class UpdateVendorStaffInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 50)
  realName?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(20)
  mobile?: string | null;

  @Field(() => [VendorRole], { nullable: true })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  vendorRoles?: VendorRole[];
}
