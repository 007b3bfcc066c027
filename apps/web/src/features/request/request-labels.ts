import { type REQUEST_FIELD_KINDS, REQUEST_GROUPS, REQUEST_STATUSES, formatFen } from "@crm/domain";
import type { RequestGroup, RequestStatus } from "@/gql/graphql";
import { pickLabel, type Lang } from "@/shared/i18n/lang";

export const REQUEST_GROUP_CODES = REQUEST_GROUPS.map((g) => g.code) as RequestGroup[];
export const REQUEST_STATUS_CODES = REQUEST_STATUSES.map((s) => s.code) as RequestStatus[];

export function requestGroupLabel(lang: Lang, code: string | null | undefined): string {
  const entry = REQUEST_GROUPS.find((g) => g.code === code);
  return entry ? pickLabel(lang, entry) : (code ?? "—");
}

export function requestStatusLabel(lang: Lang, code: string): string {
  const entry = REQUEST_STATUSES.find((s) => s.code === code);
  return entry ? pickLabel(lang, entry) : code;
}

export function requestStatusColor(code: string): string {
  return { PENDING: "processing", APPROVED: "success", REJECTED: "error", WITHDRAWN: "default" }[code] ?? "default";
}

const KIND_LABELS: Record<(typeof REQUEST_FIELD_KINDS)[number], { zh: string; en: string }> = {
  TEXT: { zh: "单行文本", en: "Text" },
  TEXTAREA: { zh: "多行文本", en: "Long text" },
  NUMBER: { zh: "整数", en: "Number" },
  MONEY: { zh: "金额（元）", en: "Amount (yuan)" },
  DOMAIN: { zh: "域名", en: "Domain" },
  DATE: { zh: "日期", en: "Date" },
  SELECT: { zh: "单选", en: "Choice" },
};

export function fieldKindLabel(lang: Lang, kind: string): string {
  const entry = KIND_LABELS[kind as keyof typeof KIND_LABELS] as { zh: string; en: string } | undefined;
  return entry ? pickLabel(lang, entry) : kind;
}

/** A payload value as shown on the detail page (money in yuan). */
export function payloadText(kind: string, value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (kind === "MONEY" && typeof value === "number") return `¥${formatFen(value)}`;
  return typeof value === "string" || typeof value === "number" ? String(value) : JSON.stringify(value);
}
