import { Field, ObjectType } from "type-graphql";
import { DealerPermission, VendorRole } from "../../shared/enums";
import { AccountEntity } from "../account/account.entity";

@ObjectType("Viewer", { description: "The signed-in person and the account they currently act as" })
export class ViewerType {
  @Field(() => AccountEntity, { description: "The effective account: the principal while acting as delegate" })
  account!: AccountEntity;

  @Field(() => AccountEntity, { description: "Who is really signed in" })
  actor!: AccountEntity;

  @Field(() => AccountEntity, { nullable: true, description: "Set while acting as 代办人 for someone" })
  actingAs!: AccountEntity | null;

  @Field(() => [DealerPermission])
  permissions!: DealerPermission[];

  @Field(() => [VendorRole])
  vendorRoles!: VendorRole[];
}
