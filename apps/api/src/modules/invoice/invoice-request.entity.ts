import type { InvoiceStatus } from "@crm/domain";
import { Field, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from "typeorm";
import { FenScalar, fenColumn } from "../../shared/money";
import { InvoiceStatusEnum } from "./invoice.enums";

/**
 * 开具发票: a dealer asks vendor finance for an invoice of one paid order. At most one open or
 * issued request per order (a partial unique index); a rejected one may be asked again.
 */
@ObjectType("InvoiceRequest", { description: "开具发票: an invoice request for a paid order" })
@Entity("invoice_request")
export class InvoiceRequestEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Column("uuid", { name: "dealer_id" })
  dealerId!: string;

  @Field(() => ID)
  @Column("uuid", { name: "order_id" })
  orderId!: string;

  @Field(() => String, { description: "发票抬头 (the buyer's name on the invoice)" })
  @Column("text")
  title!: string;

  @Field(() => String, { description: "纳税人识别号" })
  @Column("text", { name: "tax_number" })
  taxNumber!: string;

  @Field(() => FenScalar, { description: "The order's amount due, 分" })
  @Column("bigint", { transformer: fenColumn })
  amount!: number;

  @Field(() => String, { nullable: true, description: "The dealer's note to finance" })
  @Column("text", { nullable: true })
  note!: string | null;

  @Field(() => InvoiceStatusEnum)
  @Column("text")
  status!: InvoiceStatus;

  @Field(() => String, { nullable: true, description: "发票号码, once issued" })
  @Column("text", { name: "invoice_no", nullable: true })
  invoiceNo!: string | null;

  @Field(() => String, { nullable: true, description: "Finance's note (the reason, when rejected)" })
  @Column("text", { name: "handled_note", nullable: true })
  handledNote!: string | null;

  @Column("uuid", { name: "requested_by" })
  requestedBy!: string;

  @Column("uuid", { name: "handled_by", nullable: true })
  handledBy!: string | null;

  @Field(() => Date, { nullable: true })
  @Column("timestamptz", { name: "handled_at", nullable: true })
  handledAt!: Date | null;

  @Field(() => Date)
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt!: Date;
}
