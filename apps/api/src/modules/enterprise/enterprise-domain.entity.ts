import { Column, Entity, PrimaryColumn } from "typeorm";

/** One domain of an enterprise (registrable, ASCII). Unique per dealer across all its enterprises. */
@Entity("enterprise_domain")
export class EnterpriseDomainEntity {
  @PrimaryColumn("uuid", { name: "enterprise_id" })
  enterpriseId!: string;

  @PrimaryColumn("text")
  domain!: string;

  @Column("uuid", { name: "dealer_id" })
  dealerId!: string;

  @Column("boolean", { name: "is_main" })
  isMain!: boolean;
}
