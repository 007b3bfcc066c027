import { Field, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from "typeorm";

/** 标签: defined by a dealer, usable on that dealer's enterprises only. */
@ObjectType("Tag", { description: "标签 (dealer-defined)" })
@Entity("tag")
export class TagEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Column("uuid", { name: "dealer_id" })
  dealerId!: string;

  @Field(() => String)
  @Column("text")
  name!: string;

  @Field(() => String, { description: "An Ant Design preset colour (blue, geekblue …) or #rrggbb" })
  @Column("text")
  color!: string;

  @Field(() => Date)
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt!: Date;
}
