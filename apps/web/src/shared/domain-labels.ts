import { ACCOUNT_TYPES, DEALER_PERMISSIONS, VENDOR_ROLES } from "@crm/domain";
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
