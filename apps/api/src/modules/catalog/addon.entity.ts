import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from "typeorm";

/** 增值服务 of a product line (e.g. 邮件归档), switched on and off per service. */
@ObjectType("Addon", { description: "增值服务: a value-added service of a product line" })
@Entity("addon")
export class AddonEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Column("uuid", { name: "product_line_id" })
  productLineId!: string;

  @Field(() => String, { description: "Stable code within the product line, e.g. ARCHIVE" })
  @Column("text")
  code!: string;

  @Field(() => String)
  @Column("text")
  name!: string;

  @Field(() => String, { nullable: true })
  @Column("text", { nullable: true })
  description!: string | null;

  @Field(() => Boolean, { description: "Inactive addons can't be switched on any more" })
  @Column("boolean")
  active!: boolean;

  @Field(() => Int)
  @Column("int", { name: "sort_order" })
  sortOrder!: number;

  @Field(() => Date)
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt!: Date;
}
