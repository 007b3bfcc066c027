import type { OrderRowFragment } from "@/gql/graphql";
import { formatDateTime } from "@/shared/format";
import type { Lang } from "@/shared/i18n/lang";
import type { AmountVisibility } from "./order-access";
import { isTrialType, orderStatusLabel, orderTypeLabel } from "./order-labels";
import type { orderMessages } from "./order.messages";

type Texts = (typeof orderMessages)["zh"];

/** 分 as a plain decimal a spreadsheet reads as a number: 123456 → "1234.56"; hidden → "". */
function yuan(fen: number | null | undefined): string {
  if (fen === null || fen === undefined) return "";
  const abs = Math.abs(fen);
  return `${fen < 0 ? "-" : ""}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

function cell(value: string | number): string {
  const text = String(value);
  // Quote when needed; a leading = + - @ would run as a formula in a spreadsheet.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The CSV of the orders as listed: the viewer's language, 北京时间, and only the amount columns
 * the viewer may see (a hidden amount is never written, not even as a blank column).
 */
export function ordersCsv(rows: readonly OrderRowFragment[], lang: Lang, t: Texts, amounts: AmountVisibility): string {
  const header: string[] = [
    t.colOrderNo,
    t.colEnterprise,
    t.colDomain,
    t.colProductLine,
    t.colType,
    t.colEdition,
    t.colSeats,
    t.fieldMonths,
    t.fieldGift,
    t.fieldTrialDays,
  ];
  if (amounts.list) header.push(t.fieldList);
  if (amounts.settlement) header.push(t.fieldSettlement);
  if (amounts.due) header.push(t.fieldDue);
  header.push(t.colStatus, t.colCreator, t.colCreatedAt);

  const lines = rows.map((r) => {
    const values: (string | number)[] = [
      r.orderNo,
      r.enterprise?.name ?? "",
      r.domainUnicode,
      r.productLine.name,
      orderTypeLabel(lang, r.type),
      r.editionName,
      r.seats,
      isTrialType(r.type) || r.type === "EXPANSION" ? "" : r.months,
      isTrialType(r.type) ? "" : r.giftMonths,
      isTrialType(r.type) ? r.trialDays : "",
    ];
    if (amounts.list) values.push(yuan(r.listAmount));
    if (amounts.settlement) values.push(yuan(r.settlementAmount));
    if (amounts.due) values.push(yuan(r.amountDue));
    values.push(orderStatusLabel(lang, r.status), r.creator?.realName ?? "", formatDateTime(r.createdAt, lang));
    return values.map(cell).join(",");
  });
  // The BOM makes Excel read UTF-8 (Chinese) correctly.
  return `\uFEFF${[header.map(cell).join(","), ...lines].join("\r\n")}\r\n`;
}

/** Hands a text file to the browser. */
export function downloadText(name: string, text: string, type = "text/csv;charset=utf-8"): void {
  const href = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = href;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}
