import type { ServiceFilter, ServiceKind, ServiceStatus } from "@/gql/graphql";

/** 已开通服务's filters as they live in the URL (?productLineId=&kind=&status=&expiring=&text=). */
export interface ServiceFilterValues {
  productLineId?: string;
  kind?: ServiceKind;
  status?: ServiceStatus;
  expiringWithinDays?: number;
  text?: string;
}

export const SERVICE_KIND_VALUES: readonly ServiceKind[] = ["PAID", "TRIAL"];
export const SERVICE_STATUS_VALUES: readonly ServiceStatus[] = ["ACTIVE", "EXPIRED"];
export const EXPIRING_WINDOWS = [7, 15, 30, 60, 90] as const;

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return value !== null && (values as readonly string[]).includes(value) ? (value as T) : undefined;
}

export function parseServiceFilter(params: URLSearchParams): ServiceFilterValues {
  const text = (key: string) => params.get(key)?.trim() || undefined;
  const days = Number(params.get("expiring"));
  return {
    productLineId: text("productLineId"),
    kind: oneOf(SERVICE_KIND_VALUES, params.get("kind")),
    status: oneOf(SERVICE_STATUS_VALUES, params.get("status")),
    expiringWithinDays: Number.isInteger(days) && days >= 1 && days <= 365 ? days : undefined,
    text: text("text"),
  };
}

export function serviceFilterToQuery(values: ServiceFilterValues): string {
  const params = new URLSearchParams();
  if (values.productLineId) params.set("productLineId", values.productLineId);
  if (values.kind) params.set("kind", values.kind);
  if (values.status) params.set("status", values.status);
  if (values.expiringWithinDays) params.set("expiring", String(values.expiringWithinDays));
  if (values.text) params.set("text", values.text);
  return params.toString();
}

export function toServiceFilter(values: ServiceFilterValues): ServiceFilter {
  return {
    productLineId: values.productLineId ?? null,
    kind: values.kind ?? null,
    status: values.status ?? null,
    expiringWithinDays: values.expiringWithinDays ?? null,
    text: values.text ?? null,
  };
}

export function isFiltered(values: ServiceFilterValues): boolean {
  return Object.values(values).some((v) => v !== undefined);
}
