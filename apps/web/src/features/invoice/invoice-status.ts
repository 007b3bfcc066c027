import { INVOICE_STATUSES } from "@crm/domain";
import { pickLabel, type Lang } from "@/shared/i18n/lang";

/** 待开票 / 已开票 / 已驳回 in the console's language. */
export function invoiceStatusLabel(lang: Lang, status: string): string {
  const entry = INVOICE_STATUSES.find((s) => s.code === status);
  return entry ? pickLabel(lang, entry) : status;
}

export function invoiceStatusColor(status: string): string {
  switch (status) {
    case "REQUESTED":
      return "gold";
    case "ISSUED":
      return "green";
    case "REJECTED":
      return "red";
    default:
      return "default";
  }
}
