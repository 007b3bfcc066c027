import { isRegistrationEndingWithinDays } from "@crm/domain";
import type { RegistrationFilter, RegistrationStatus } from "@/gql/graphql";
import { REGISTRATION_STATUSES } from "./registration-status";

/** 即将到期's choices in the form (the URL may carry any whole number of days the API takes). */
export const ENDING_WITHIN_PRESETS = [7, 30] as const;

/** 报备列表's filters as they live in the URL (?productLineId=&domain=&accountId=&status=&endingWithinDays=). */
export interface RegistrationFilterValues {
  productLineId?: string;
  domain?: string;
  accountId?: string;
  status?: RegistrationStatus;
  /** 即将到期: active locks ending within this many days (首页's 报备即将到期 links here with 7). */
  endingWithinDays?: number;
}

function isStatus(value: string | null): value is RegistrationStatus {
  return value !== null && (REGISTRATION_STATUSES as readonly string[]).includes(value);
}

export function parseRegistrationFilter(params: URLSearchParams): RegistrationFilterValues {
  const text = (key: string) => params.get(key)?.trim() || undefined;
  const status = params.get("status");
  const raw = params.get("endingWithinDays");
  const days = raw !== null && /^\d+$/.test(raw) ? Number(raw) : NaN;
  return {
    productLineId: text("productLineId"),
    domain: text("domain"),
    accountId: text("accountId"),
    status: isStatus(status) ? status : undefined,
    endingWithinDays: isRegistrationEndingWithinDays(days) ? days : undefined,
  };
}

export function registrationFilterToQuery(values: RegistrationFilterValues): string {
  const params = new URLSearchParams();
  for (const key of ["productLineId", "domain", "accountId", "status"] as const) {
    const value = values[key];
    if (value) params.set(key, value);
  }
  if (values.endingWithinDays) params.set("endingWithinDays", String(values.endingWithinDays));
  return params.toString();
}

export function toRegistrationFilter(values: RegistrationFilterValues): RegistrationFilter {
  return {
    productLineId: values.productLineId ?? null,
    domain: values.domain ?? null,
    accountId: values.accountId ?? null,
    status: values.status ?? null,
    endingWithinDays: values.endingWithinDays ?? null,
  };
}

export function isFiltered(values: RegistrationFilterValues): boolean {
  return Object.values(values).some((v) => v !== undefined);
}
