import { LEDGER_ENTRY_KINDS, formatFen } from "@crm/domain";
import { pickLabel, type Lang } from "@/shared/i18n/lang";

/** 充值 / 订单扣款 / 退款 / 调整 in the console's language. */
export function ledgerKindLabel(lang: Lang, kind: string): string {
  const entry = LEDGER_ENTRY_KINDS.find((k) => k.code === kind);
  return entry ? pickLabel(lang, entry) : kind;
}

export function ledgerKindColor(kind: string): string {
  switch (kind) {
    case "TOP_UP":
      return "green";
    case "PAYMENT":
      return "blue";
    case "REFUND":
      return "cyan";
    default:
      return "default";
  }
}

/** 分 with an explicit sign for a ledger amount: 123456 → "+1,234.56", -500 → "-5.00". */
export function signedYuan(fen: number): string {
  return fen > 0 ? `+${formatFen(fen)}` : formatFen(fen);
}
