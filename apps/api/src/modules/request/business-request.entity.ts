import type { RequestStatus } from "@crm/domain";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from "typeorm";
import { VendorRole } from "../../shared/enums";
import { FenScalar, fenColumn } from "../../shared/money";
import { RequestStatusEnum } from "./request.enums";

/** 业务申请: a dealer's request moving through its type's approval chain (snapshotted at submit). */
@ObjectType("BusinessRequest", { description: "业务申请" })
@Entity("business_request")
export class BusinessRequestEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Field(() => String, { description: "申请编号, e.g. BR20261203000007" })
  @Column("text", { name: "request_no" })
  requestNo!: string;

  @Column("uuid", { name: "type_id" })
  typeId!: string;

  @Column("uuid", { name: "dealer_id" })
  dealerId!: string;

  @Column("uuid", { name: "submitted_by" })
  submittedBy!: string;

  @Field(() => RequestStatusEnum)
  @Column("text")
  status!: RequestStatus;

  @Field(() => [VendorRole], { description: "The approval chain as it was when submitted" })
  @Column("text", { array: true })
  chain!: string[];

  @Field(() => Int, { description: "The step waiting for a decision (1-based); chain length + 1 once approved" })
  @Column("int", { name: "current_step" })
  currentStep!: number;

  @Field(() => Object, { description: "The form's values by field key" })
  @Column("jsonb")
  payload!: Record<string, unknown>;

  @Column("uuid", { name: "order_id", nullable: true })
  orderId!: string | null;

  @Field(() => FenScalar, { nullable: true, description: "减免金额 (分) of an order reduction" })
  @Column("bigint", { nullable: true, transformer: fenColumn })
  amount!: number | null;

  @Field(() => String, { nullable: true })
  @Column("text", { nullable: true })
  remark!: string | null;

  @Field(() => Date)
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt!: Date;

  @Field(() => Date)
  @UpdateDateColumn({ name: "updated_at", type: "timestamptz" })
  updatedAt!: Date;

  @Field(() => Date, { nullable: true })
  @Column("timestamptz", { name: "ended_at", nullable: true })
  endedAt!: Date | null;
}
