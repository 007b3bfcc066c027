import { Field, ID, ObjectType } from "type-graphql";
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

  @Column("int", { name: "sort_order" })
  sortOrder!: number;
}
