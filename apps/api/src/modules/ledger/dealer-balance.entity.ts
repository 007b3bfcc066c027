import { Column, Entity, PrimaryColumn } from "typeorm";
import { fenColumn } from "../../shared/money";

/**
 * 虚拟账户余额 of one dealer. Read-only for the application: only the ledger's insert trigger
 * writes it (a direct INSERT/UPDATE/DELETE is refused by the database).
 */
@Entity("dealer_balance")
export class DealerBalanceEntity {
  @PrimaryColumn("uuid", { name: "dealer_id" })
  dealerId!: string;

  @Column("bigint", { transformer: fenColumn })
  balance!: number;

  @Column("timestamptz", { name: "updated_at" })
  updatedAt!: Date;
}
