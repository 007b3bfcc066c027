import type { RegistrationFilter, RegistrationStatus } from "@/gql/graphql";
import { REGISTRATION_STATUSES } from "./registration-status";

/** 报备列表's filters as they live in the URL (?productLineId=&domain=&accountId=&status=). */
export interface RegistrationFilterValues {
  productLineId?: string;
  domain?: string;
  accountId?: string;
  status?: RegistrationStatus;
}

function isStatus(value: string | null): value is RegistrationStatus {
  return value !== null && (REGISTRATION_STATUSES as readonly string[]).includes(value);
}

export function parseRegistrationFilter(params: URLSearchParams): RegistrationFilterValues {
  const text = (key: string) => params.get(key)?.trim() || undefined;
  const status = params.get("status");
  return {
    productLineId: text("productLineId"),
    domain: text("domain"),
    accountId: text("accountId"),
    status: isStatus(status) ? status : undefined,
  };
}

export function registrationFilterToQuery(values: RegistrationFilterValues): string {
  const params = new URLSearchParams();
  for (const key of ["productLineId", "domain", "accountId", "status"] as const) {
    const value = values[key];
    if (value) params.set(key, value);
  }
  return params.toString();
}

export function toRegistrationFilter(values: RegistrationFilterValues): RegistrationFilter {
  return {
    productLineId: values.productLineId ?? null,
    domain: values.domain ?? null,
    accountId: values.accountId ?? null,
    status: values.status ?? null,
  };
}

export function isFiltered(values: RegistrationFilterValues): boolean {
  return Object.values(values).some((v) => v !== undefined);
}
