import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from "typeorm";
import { fenColumn } from "../../shared/money";

/**
 * 版本 of a product line, with its 公开价格 in 分 per seat per month. The price is not a plain
 * field: `Edition.listPrice` and `Edition.settlementPrice` are resolved through the pricing
 * module's visibility rules, so a viewer without the permission gets null.
 */
@ObjectType("Edition", { description: "版本 of a product line (e.g. 企业邮箱 专业版)" })
@Entity("edition")
export class EditionEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Column("uuid", { name: "product_line_id" })
  productLineId!: string;

  @Field(() => String, { description: "Stable code within the product line, e.g. PRO" })
  @Column("text")
  code!: string;

  @Field(() => String)
  @Column("text")
  name!: string;

  @Field(() => Boolean, { description: "特殊版本 (e.g. O365): its orders need the vendor's confirmation" })
  @Column("boolean", { name: "is_special" })
  isSpecial!: boolean;

  /** 公开价格, 分 per seat per month: exposed only through the price-visibility rule. */
  @Column("bigint", { name: "list_price", transformer: fenColumn })
  listPrice!: number;

  @Field(() => Boolean, { description: "Inactive editions can't be ordered; existing services keep them" })
  @Column("boolean")
  active!: boolean;

  @Field(() => Int)
  @Column("int", { name: "sort_order" })
  sortOrder!: number;

  @Field(() => Date)
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt!: Date;

  @Field(() => Date)
  @UpdateDateColumn({ name: "updated_at", type: "timestamptz" })
  updatedAt!: Date;
}
