/**
 * 业务申请 (SPEC §8): request groups, typed form fields and approval chains. Pure: the API
 * validates payloads and decides who may take a step with these.
 */

export const REQUEST_GROUPS = [
  { code: "SALES_SUPPORT", zh: "销售辅助流程", en: "Sales support" },
  { code: "MAILBOX_CONFIG", zh: "邮箱配置", en: "Mailbox configuration" },
  { code: "AFTER_SALES", zh: "售后服务", en: "After-sales" },
] as const;
export type RequestGroup = (typeof REQUEST_GROUPS)[number]["code"];

export const REQUEST_STATUSES = [
  { code: "PENDING", zh: "审批中", en: "Pending" },
  { code: "APPROVED", zh: "已通过", en: "Approved" },
  { code: "REJECTED", zh: "已驳回", en: "Rejected" },
  { code: "WITHDRAWN", zh: "已撤回", en: "Withdrawn" },
] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number]["code"];

export type RequestAction = "NONE" | "ORDER_REDUCTION";

export const REQUEST_FIELD_KINDS = ["TEXT", "TEXTAREA", "NUMBER", "MONEY", "DOMAIN", "DATE", "SELECT"] as const;
export type RequestFieldKind = (typeof REQUEST_FIELD_KINDS)[number];

/** One field of a request type's form. */
export interface RequestField {
  key: string;
  label: string;
  kind: RequestFieldKind;
  required: boolean;
  /** SELECT: the allowed values. */
  options?: string[];
}

/** The roles an approval chain may name (vendor roles that approve). */
export const APPROVER_ROLES = ["CHANNEL_MANAGER", "SALES_DIRECTOR", "FINANCE", "OPERATIONS", "PLATFORM_ADMIN"] as const;
export type ApproverRole = (typeof APPROVER_ROLES)[number];

export function isApproverRole(value: string): value is ApproverRole {
  return (APPROVER_ROLES as readonly string[]).includes(value);
}

const FIELD_KEY = /^[a-z][a-zA-Z0-9_]{0,39}$/;

/** Problems with a type's form definition (for platform admins editing types); empty when fine. */
export function requestFieldsProblems(fields: readonly RequestField[]): string[] {
  const problems: string[] = [];
  const keys = new Set<string>();
  if (fields.length > 30) problems.push("at most 30 fields");
  for (const field of fields) {
    if (!FIELD_KEY.test(field.key))
      problems.push(`field key "${field.key}" must be letters/digits, starting lower-case`);
    if (keys.has(field.key)) problems.push(`field key "${field.key}" appears twice`);
    keys.add(field.key);
    if (!field.label.trim() || field.label.length > 40)
      problems.push(`field "${field.key}" needs a label of 1–40 characters`);
    if (!(REQUEST_FIELD_KINDS as readonly string[]).includes(field.kind))
      problems.push(`field "${field.key}" has an unknown kind`);
    if (field.kind === "SELECT" && !(field.options?.length ?? 0)) problems.push(`field "${field.key}" needs options`);
  }
  return problems;
}

export type PayloadValue = string | number | null;

/**
 * Checks a submitted payload against the type's fields: required ones present, values of the
 * right kind, unknown keys dropped. Returns the cleaned payload or the first problem per field.
 */
export function checkRequestPayload(
  fields: readonly RequestField[],
  payload: Record<string, unknown>,
): { ok: true; payload: Record<string, PayloadValue> } | { ok: false; problems: { key: string; label: string }[] } {
  const clean: Record<string, PayloadValue> = {};
  const problems: { key: string; label: string }[] = [];
  for (const field of fields) {
    const raw = payload[field.key];
    const empty = raw === undefined || raw === null || (typeof raw === "string" && raw.trim() === "");
    if (empty) {
      if (field.required) problems.push({ key: field.key, label: field.label });
      continue;
    }
    const value = fieldValue(field, raw);
    if (value === undefined) problems.push({ key: field.key, label: field.label });
    else clean[field.key] = value;
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, payload: clean };
}

function fieldValue(field: RequestField, raw: unknown): PayloadValue | undefined {
  switch (field.kind) {
    case "NUMBER":
    case "MONEY": {
      const n = typeof raw === "number" ? raw : Number(raw);
      return Number.isSafeInteger(n) && n >= 0 ? n : undefined;
    }
    case "DATE":
      return typeof raw === "string" && /^\d{4}-\d{2}-\d{2}$/.test(raw) ? raw : undefined;
    case "SELECT":
      return typeof raw === "string" && (field.options ?? []).includes(raw) ? raw : undefined;
    case "TEXTAREA":
      return typeof raw === "string" && raw.length <= 2000 ? raw.trim() : undefined;
    default:
      return typeof raw === "string" && raw.length <= 200 ? raw.trim() : undefined;
  }
}

/** Who may take step `role` of a dealer's request: the role's holders; a channel manager only for its own dealers. */
export function mayDecideStep(
  role: string,
  approver: { roles: readonly string[]; accountId: string },
  dealerChannelManagerId: string | null,
): boolean {
  if (!approver.roles.includes(role)) return false;
  if (role === "CHANNEL_MANAGER") return dealerChannelManagerId === approver.accountId;
  return true;
}

/** After step `step` (1-based) of a chain is approved: the next step, or done. */
export function afterApproval(step: number, chainLength: number): { done: boolean; nextStep: number } {
  return step >= chainLength ? { done: true, nextStep: chainLength + 1 } : { done: false, nextStep: step + 1 };
}
