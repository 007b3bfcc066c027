import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";

@ObjectType("ProductLine", { description: "产品线, e.g. 企业邮箱" })
@Entity("product_line")
export class ProductLineEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Field(() => String)
  @Column("text")
  code!: string;

  @Field(() => String)
  @Column("text")
  name!: string;

  @Field(() => Int, { description: "Display order (ascending)" })
  @Column("int", { name: "sort_order" })
  sortOrder!: number;

  /** The gift rule (赠送规则): at most giftMaxMonths free months per giftPerPaidMonths paid. */
  @Column("int", { name: "gift_per_paid_months" })
  giftPerPaidMonths!: number;

  @Column("int", { name: "gift_max_months" })
  giftMaxMonths!: number;
}
