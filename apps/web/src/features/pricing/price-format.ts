import { discountLabel, formatFen } from "@crm/domain";
import type { Lang } from "@/shared/i18n/lang";

/** 分 as yuan for display: 150000 → "¥1,500.00" (exact: formatFen never divides floats). */
export function formatYuan(fen: number): string {
  return `¥${formatFen(fen)}`;
}

/** A discount as dealers say it: "8.5 折 (85%)" / "85% of list"; no row → 无折扣. */
export function formatDiscount(rateBp: number | null | undefined, lang: Lang): string {
  return discountLabel(rateBp ?? 10_000, lang);
}
