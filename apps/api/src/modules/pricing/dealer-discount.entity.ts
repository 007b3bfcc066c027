import { Field, Int, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";

/**
 * A dealer's discount (折扣) for one product line, set by its channel manager: the settlement
 * price (结算价) is the list price × rateBp / 10000. No row: no discount. Reached only through
 * `Dealer.discounts`, which applies the settlement visibility rule.
 */
@ObjectType("DealerDiscount", { description: "折扣 of one dealer for one product line" })
@Entity("dealer_discount")
export class DealerDiscountEntity {
  @PrimaryColumn("uuid", { name: "dealer_id" })
  dealerId!: string;

  @PrimaryColumn("uuid", { name: "product_line_id" })
  productLineId!: string;

  @Field(() => Int, { description: "Basis points of the list price: 10000 = no discount, 8500 = 85% (8.5 折)" })
  @Column("int", { name: "rate_bp" })
  rateBp!: number;

  @Field(() => Date)
  @Column("timestamptz", { name: "updated_at" })
  updatedAt!: Date;

  @Column("uuid", { name: "updated_by", nullable: true })
  updatedBy!: string | null;
}
