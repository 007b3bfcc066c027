import type { InvoiceStatus } from "@crm/domain";
import { IsOptional, Length, MaxLength } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { InvoiceStatusEnum } from "../invoice.enums";

@InputType("RequestInvoiceInput", { description: "开具发票 for one paid order of the viewer's dealer" })
export class RequestInvoiceInput {
  @Field(() => ID)
  orderId!: string;

  @Field(() => String, { description: "发票抬头, 1–100 characters" })
  @Length(1, 100)
  title!: string;

  @Field(() => String, { description: "纳税人识别号 / 统一社会信用代码: 15–20 letters and digits" })
  @Length(1, 40)
  taxNumber!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  note?: string | null;
}

@InputType("IssueInvoiceInput")
export class IssueInvoiceInput {
  @Field(() => String, { description: "发票号码" })
  @Length(1, 40)
  invoiceNo!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  note?: string | null;
}

@InputType("InvoiceRequestFilter", { description: "发票申请 filters; all optional" })
export class InvoiceRequestFilter {
  @Field(() => InvoiceStatusEnum, { nullable: true })
  @IsOptional()
  status?: InvoiceStatus | null;

  @Field(() => ID, { nullable: true, description: "Vendor staff: one dealer" })
  @IsOptional()
  dealerId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  orderId?: string | null;
}
