import type { RegistrationEndReason } from "@crm/domain";
import { Field, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from "typeorm";
import { RegistrationEndReasonEnum } from "./registration.enums";

/**
 * 报备: one dealer account's 90-day lock of (product line, registrable domain).
 * Active while now < min(expires_at, ended_at); the database's exclusion constraint keeps
 * at most one active lock per (product line, domain).
 */
@ObjectType("Registration", { description: "报备: a 90-day lock of a customer domain for one product line" })
@Entity("registration")
export class RegistrationEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Column("uuid", { name: "dealer_id" })
  dealerId!: string;

  @Column("uuid", { name: "account_id" })
  accountId!: string;

  @Column("uuid", { name: "product_line_id" })
  productLineId!: string;

  @Field(() => String, { description: "The registrable domain in ASCII (punycode for IDNs)" })
  @Column("text")
  domain!: string;

  @Column("uuid", { name: "enterprise_id", nullable: true })
  enterpriseId!: string | null;

  @Field(() => Date, { description: "报备时间" })
  @Column("timestamptz", { name: "starts_at" })
  startsAt!: Date;

  @Field(() => Date, { description: "When the lock ends by itself (90 days after it started)" })
  @Column("timestamptz", { name: "expires_at" })
  expiresAt!: Date;

  @Field(() => Date, { nullable: true, description: "When it was unlocked or converted" })
  @Column("timestamptz", { name: "ended_at", nullable: true })
  endedAt!: Date | null;

  @Field(() => RegistrationEndReasonEnum, { nullable: true })
  @Column("text", { name: "end_reason", nullable: true })
  endReason!: RegistrationEndReason | null;

  @Column("uuid", { name: "ended_by", nullable: true })
  endedBy!: string | null;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt!: Date;
}
