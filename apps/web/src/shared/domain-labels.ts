import {
  ACCOUNT_TYPES,
  DEALER_PERMISSIONS,
  ENTERPRISE_SCALES,
  ENTERPRISE_SOURCES,
  ENTERPRISE_STATUSES,
  FOLLOW_UP_CHANNELS,
  INDUSTRIES,
  VENDOR_ROLES,
} from "@crm/domain";
import { pickLabel, type Lang } from "./i18n/lang";

/** Labels of the domain's enumerations in the console's language (the domain holds the wording). */
export function accountTypeLabel(lang: Lang, code: string | null | undefined): string {
  const entry = ACCOUNT_TYPES.find((t) => t.code === code);
  return entry ? pickLabel(lang, entry) : "—";
}

export function vendorRoleLabel(lang: Lang, code: string): string {
  const entry = VENDOR_ROLES.find((r) => r.code === code);
  return entry ? pickLabel(lang, entry) : code;
}

export function permissionLabel(lang: Lang, code: string): string {
  const entry = DEALER_PERMISSIONS.find((p) => p.code === code);
  return entry ? pickLabel(lang, entry) : code;
}

export function accountStatusLabel(lang: Lang, status: string): string {
  if (status === "ACTIVE") return lang === "zh" ? "正常" : "Active";
  if (status === "DISABLED") return lang === "zh" ? "停用" : "Disabled";
  return status;
}

export const ACCOUNT_TYPE_OPTIONS = ACCOUNT_TYPES;

interface VocabularyEntry {
  readonly code: string;
  readonly zh: string;
  readonly en: string;
}

function vocabularyLabel(list: readonly VocabularyEntry[], lang: Lang, code: string | null | undefined): string {
  if (!code) return "—";
  const entry = list.find((e) => e.code === code);
  return entry ? pickLabel(lang, entry) : code;
}

/** 登记来源 */
export function enterpriseSourceLabel(lang: Lang, code: string | null | undefined): string {
  return vocabularyLabel(ENTERPRISE_SOURCES, lang, code);
}

/** 规模 */
export function enterpriseScaleLabel(lang: Lang, code: string | null | undefined): string {
  return vocabularyLabel(ENTERPRISE_SCALES, lang, code);
}

/** 客户状态 */
export function enterpriseStatusLabel(lang: Lang, code: string | null | undefined): string {
  return vocabularyLabel(ENTERPRISE_STATUSES, lang, code);
}

/** The colour of a 客户状态 tag. */
export function enterpriseStatusColor(code: string): string {
  switch (code) {
    case "PAID":
      return "green";
    case "TRIAL":
      return "blue";
    case "EXPIRED":
      return "orange";
    default:
      return "default";
  }
}

/** 行业 */
export function industryLabel(lang: Lang, code: string | null | undefined): string {
  return vocabularyLabel(INDUSTRIES, lang, code);
}

/** 跟进方式 */
export function followUpChannelLabel(lang: Lang, code: string | null | undefined): string {
  return vocabularyLabel(FOLLOW_UP_CHANNELS, lang, code);
}
