import { Field, Int, ObjectType } from "type-graphql";
import { AccountType, DealerPermission, VendorRole } from "../../shared/enums";
import { ProductLineEntity } from "./product-line.entity";

@ObjectType("PermissionInfo")
export class PermissionInfo {
  @Field(() => DealerPermission)
  code!: DealerPermission;

  @Field(() => String, { description: "The label dealers know, e.g. (新)经销商-业务申请" })
  labelZh!: string;

  @Field(() => String)
  labelEn!: string;
}

@ObjectType("RolePreset", { description: "A starting set of permissions offered when creating an account" })
export class RolePreset {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  labelZh!: string;

  @Field(() => String)
  labelEn!: string;

  @Field(() => AccountType)
  accountType!: AccountType;

  @Field(() => [DealerPermission])
  permissions!: DealerPermission[];
}

@ObjectType("VendorRoleInfo")
export class VendorRoleInfo {
  @Field(() => VendorRole)
  code!: VendorRole;

  @Field(() => String)
  labelZh!: string;

  @Field(() => String)
  labelEn!: string;
}

@ObjectType("QuotaEntry", { description: "报备名额: maximum active registrations for one product line" })
export class QuotaEntry {
  @Field(() => ProductLineEntity)
  productLine!: ProductLineEntity;

  @Field(() => Int)
  max!: number;

  /** Whose maximum this is: the dealer's (accountId null) or one employee's. */
  dealerId!: string;
  accountId!: string | null;
}

@ObjectType("GiftRule", { description: "赠送规则: at most maxGiftMonths free months per perPaidMonths paid months" })
export class GiftRule {
  @Field(() => Int)
  perPaidMonths!: number;

  @Field(() => Int)
  maxGiftMonths!: number;

  @Field(() => String, { description: "The rule in words, e.g. 每付费 12 个月最多赠送 2 个月" })
  labelZh!: string;

  @Field(() => String)
  labelEn!: string;
}
