import { ArrayMaxSize, IsOptional, IsUUID, Length, MaxLength } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { AccountType, DealerPermission } from "../../../shared/enums";

/** Only the fields given change; `superiorId: null` removes the superior. */
@InputType("UpdateAccountInput")
export class UpdateAccountInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 50)
  realName?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(20)
  mobile?: string | null;

  @Field(() => AccountType, { nullable: true })
  @IsOptional()
  accountType?: AccountType;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  superiorId?: string | null;

  @Field(() => [DealerPermission], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(11)
  permissions?: DealerPermission[];
}
