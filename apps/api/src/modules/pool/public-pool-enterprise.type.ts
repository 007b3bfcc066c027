import { Field, ID, ObjectType } from "type-graphql";
import { EnterpriseScale, Industry } from "../enterprise/enterprise.enums";

/**
 * A public-pool (公海库) entry as other dealers see it: only what helps decide whether to
 * claim it. Never contacts, follow-ups, notes, domains or the previous owner.
 */
@ObjectType("PublicPoolEnterprise", { description: "公海库 entry (non-sensitive fields only)" })
export class PublicPoolEnterprise {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  regionCode!: string | null;

  @Field(() => String, { nullable: true, description: "广东省 深圳市" })
  regionName!: string | null;

  @Field(() => Industry, { nullable: true })
  industry!: Industry | null;

  @Field(() => EnterpriseScale, { nullable: true })
  scale!: EnterpriseScale | null;

  @Field(() => Date, { description: "When it entered the pool" })
  enteredAt!: Date;

  @Field(() => Date, { nullable: true, description: "When its last paid (正式) service expired" })
  expiredAt!: Date | null;

  /** Product lines of the expired paid services (resolved to ProductLine by the resolver). */
  productLineIds!: string[];
}
