import { Column, Entity, PrimaryColumn } from "typeorm";

/** 报备名额: a dealer's maximum of active registrations per product line (set by its channel manager). */
@Entity("dealer_quota")
export class DealerQuotaEntity {
  @PrimaryColumn("uuid", { name: "dealer_id" })
  dealerId!: string;

  @PrimaryColumn("uuid", { name: "product_line_id" })
  productLineId!: string;

  @Column("int", { name: "max_count" })
  maxCount!: number;
}
