import { Column, Entity, PrimaryColumn } from "typeorm";

/** An employee's maximum of active registrations per product line (set by the dealer admin). */
@Entity("account_quota")
export class AccountQuotaEntity {
  @PrimaryColumn("uuid", { name: "account_id" })
  accountId!: string;

  @PrimaryColumn("uuid", { name: "product_line_id" })
  productLineId!: string;

  @Column("uuid", { name: "dealer_id" })
  dealerId!: string;

  @Column("int", { name: "max_count" })
  maxCount!: number;
}
