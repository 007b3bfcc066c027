import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";

/** 联系人 of an enterprise. Visible exactly when its enterprise is. */
@ObjectType("EnterpriseContact", { description: "联系人" })
@Entity("enterprise_contact")
export class EnterpriseContactEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Column("uuid", { name: "enterprise_id" })
  enterpriseId!: string;

  @Column("uuid", { name: "dealer_id" })
  dealerId!: string;

  @Field(() => String, { description: "姓名" })
  @Column("text")
  name!: string;

  @Field(() => String, { nullable: true, description: "手机" })
  @Column("text", { nullable: true })
  mobile!: string | null;

  @Field(() => String, { nullable: true, description: "邮箱" })
  @Column("text", { nullable: true })
  email!: string | null;

  @Field(() => String, { nullable: true, description: "职务" })
  @Column("text", { nullable: true })
  title!: string | null;

  @Column("int", { name: "sort_order" })
  sortOrder!: number;
}
