import { Field, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from "typeorm";
import { FollowUpChannel } from "./enterprise.enums";

/** 跟进记录: one contact with the customer. Append-only; visible exactly when its enterprise is. */
@ObjectType("FollowUp", { description: "跟进记录" })
@Entity("follow_up")
export class FollowUpEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Column("uuid", { name: "enterprise_id" })
  enterpriseId!: string;

  @Column("uuid", { name: "dealer_id" })
  dealerId!: string;

  /** The account on whose behalf it was recorded (the principal when a delegate acts). */
  @Column("uuid", { name: "account_id" })
  accountId!: string;

  @Field(() => Date, { description: "跟进时间" })
  @Column("timestamptz", { name: "happened_at" })
  happenedAt!: Date;

  @Field(() => FollowUpChannel, { description: "跟进方式" })
  @Column("text")
  channel!: FollowUpChannel;

  @Field(() => String, { description: "跟进内容" })
  @Column("text")
  content!: string;

  @Field(() => String, { nullable: true, description: "下一步" })
  @Column("text", { name: "next_step", nullable: true })
  nextStep!: string | null;

  @Field(() => Date, { nullable: true, description: "下次跟进时间" })
  @Column("timestamptz", { name: "next_at", nullable: true })
  nextAt!: Date | null;

  @Field(() => Date)
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt!: Date;
}
