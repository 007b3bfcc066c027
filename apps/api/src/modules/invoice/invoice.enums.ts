import { INVOICE_STATUSES, type InvoiceStatus } from "@crm/domain";
import { registerEnumType } from "type-graphql";

export const InvoiceStatusEnum = Object.fromEntries(INVOICE_STATUSES.map((s) => [s.code, s.code])) as {
  [K in InvoiceStatus]: K;
};

registerEnumType(InvoiceStatusEnum, {
  name: "InvoiceStatus",
  description: "开具发票 request status",
  valuesConfig: Object.fromEntries(INVOICE_STATUSES.map((s) => [s.code, { description: s.zh }])),
});
