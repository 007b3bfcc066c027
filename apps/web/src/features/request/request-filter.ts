import type { RequestFilter, RequestGroup, RequestStatus } from "@/gql/graphql";
import { REQUEST_GROUP_CODES, REQUEST_STATUS_CODES } from "./request-labels";

/** 所有业务 (dealer), 待办业务 (dealer), 待审批 and 所有业务 (vendor staff). */
export type RequestListKind = "all" | "todo" | "approvals" | "vendor-all";

/** What the filter form holds and the URL carries (?status=&group=&type=&dealer=&text=). */
export interface RequestFilterValues {
  status?: RequestStatus;
  groupCode?: RequestGroup;
  typeId?: string;
  dealerId?: string;
  text?: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function oneOf<T extends string>(raw: string | null, allowed: readonly T[]): T | undefined {
  return raw && (allowed as readonly string[]).includes(raw) ? (raw as T) : undefined;
}

/** Reads a list's filters from its URL; anything unknown or malformed is dropped. */
export function parseRequestFilter(params: URLSearchParams): RequestFilterValues {
  const type = params.get("type");
  const dealer = params.get("dealer");
  const text = params.get("text")?.trim().slice(0, 40);
  return {
    status: oneOf(params.get("status"), REQUEST_STATUS_CODES),
    groupCode: oneOf(params.get("group"), REQUEST_GROUP_CODES),
    typeId: type && UUID.test(type) ? type : undefined,
    dealerId: dealer && UUID.test(dealer) ? dealer : undefined,
    text: text || undefined,
  };
}

export function requestFilterToQuery(values: RequestFilterValues): string {
  const params = new URLSearchParams();
  if (values.status) params.set("status", values.status);
  if (values.groupCode) params.set("group", values.groupCode);
  if (values.typeId) params.set("type", values.typeId);
  if (values.dealerId) params.set("dealer", values.dealerId);
  if (values.text?.trim()) params.set("text", values.text.trim());
  return params.toString();
}

/** The GraphQL (and export) filter: 待办业务 and 待审批 are the to-do list of the viewer. */
export function toRequestFilter(values: RequestFilterValues, kind: RequestListKind): RequestFilter {
  const filter: RequestFilter = {};
  if (kind === "todo" || kind === "approvals") filter.todo = true;
  else if (values.status) filter.status = values.status;
  if (values.groupCode) filter.groupCode = values.groupCode;
  if (values.typeId) filter.typeId = values.typeId;
  if (values.dealerId && (kind === "approvals" || kind === "vendor-all")) filter.dealerId = values.dealerId;
  if (values.text) filter.text = values.text;
  return filter;
}

export function isFiltered(values: RequestFilterValues): boolean {
  return Object.values(values).some((v) => v !== undefined);
}

/** The server-side export of the list (CSV, the same filter). */
export function requestExportUrl(filter: RequestFilter): string {
  const params = new URLSearchParams({ format: "csv" });
  if (Object.keys(filter).length > 0) params.set("filter", JSON.stringify(filter));
  return `/export/requests?${params.toString()}`;
}
