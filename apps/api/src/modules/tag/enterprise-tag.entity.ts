import { Column, Entity, PrimaryColumn } from "typeorm";

/** An enterprise carries a tag; both belong to the same dealer (dealer_id repeats it for scoping). */
@Entity("enterprise_tag")
export class EnterpriseTagEntity {
  @PrimaryColumn("uuid", { name: "enterprise_id" })
  enterpriseId!: string;

  @PrimaryColumn("uuid", { name: "tag_id" })
  tagId!: string;

  @Column("uuid", { name: "dealer_id" })
  dealerId!: string;
}
