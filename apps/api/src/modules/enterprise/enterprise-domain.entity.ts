import { toUnicodeDomain } from "@crm/domain";
import { Field, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";

/** One domain of an enterprise (registrable, ASCII). Unique per dealer across all its enterprises. */
@ObjectType("EnterpriseDomain", { description: "A main (主域名) or secondary (辅域名) domain of an enterprise" })
@Entity("enterprise_domain")
export class EnterpriseDomainEntity {
  @PrimaryColumn("uuid", { name: "enterprise_id" })
  enterpriseId!: string;

  @Field(() => String, { description: "The registrable domain in ASCII (punycode for IDNs)" })
  @PrimaryColumn("text")
  domain!: string;

  @Column("uuid", { name: "dealer_id" })
  dealerId!: string;

  @Field(() => Boolean)
  @Column("boolean", { name: "is_main" })
  isMain!: boolean;

  @Field(() => String, { description: "For display, IDN labels in Unicode" })
  get unicode(): string {
    return toUnicodeDomain(this.domain);
  }
}
