import type { LedgerEntryKind } from "@crm/domain";
import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import { FenScalar, fenColumn } from "../../shared/money";
import { LedgerEntryKindEnum } from "./ledger.enums";

/**
 * 虚拟账户流水: one append-only movement of a dealer's balance. Inserting it moves the balance in
 * the same statement (a database trigger, which also sets balance_after); entries are never
 * updated or deleted.
 */
@ObjectType("LedgerEntry", { description: "虚拟账户流水: one append-only movement of a dealer's prepaid balance" })
@Entity("ledger_entry")
export class LedgerEntryEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Column("uuid", { name: "dealer_id" })
  dealerId!: string;

  @Field(() => LedgerEntryKindEnum)
  @Column("text")
  kind!: LedgerEntryKind;

  @Field(() => FenScalar, { description: "分: positive adds to the balance (充值), negative takes from it (扣款)" })
  @Column("bigint", { transformer: fenColumn })
  amount!: number;

  @Field(() => FenScalar, { description: "The balance right after this entry, 分" })
  @Column("bigint", { name: "balance_after", transformer: fenColumn })
  balanceAfter!: number;

  @Field(() => ID, { nullable: true, description: "The order a payment paid" })
  @Column("uuid", { name: "order_id", nullable: true })
  orderId!: string | null;

  @Field(() => String, { nullable: true, description: "充值: the bank transfer's reference (银行流水号)" })
  @Column("text", { nullable: true })
  reference!: string | null;

  @Field(() => String, { nullable: true })
  @Column("text", { nullable: true })
  note!: string | null;

  @Column("uuid", { name: "created_by", nullable: true })
  createdBy!: string | null;

  @Field(() => Date)
  @Column("timestamptz", { name: "created_at" })
  createdAt!: Date;
}
