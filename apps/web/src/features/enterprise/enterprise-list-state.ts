import { ENTERPRISE_SCALES, ENTERPRISE_SOURCES, ENTERPRISE_STATUSES, isValidRegionCode } from "@crm/domain";
import type {
  EnterpriseFilter,
  EnterpriseScale,
  EnterpriseSort,
  EnterpriseSource,
  EnterpriseStatus,
  SortDirection,
  TagMatch,
} from "@/gql/graphql";

/** The four dealer lists of SPEC §3 built here (公海库 has its own page). */
export type EnterpriseListKind = "all" | "renewal" | "trial-expired" | "routed";

export interface EnterpriseListConfig {
  path: string;
  /** `list=` of GET /export/enterprises */
  exportList: "all" | "renewal-due" | "trial-expired" | "routed";
  defaultSort: EnterpriseSort;
  defaultDirection: SortDirection;
}

export const LIST_CONFIG: Readonly<Record<EnterpriseListKind, EnterpriseListConfig>> = {
  all: { path: "/enterprises", exportList: "all", defaultSort: "CREATED_AT", defaultDirection: "DESC" },
  renewal: {
    path: "/enterprises/renewal",
    exportList: "renewal-due",
    defaultSort: "NEXT_PAID_EXPIRES_AT",
    defaultDirection: "ASC",
  },
  "trial-expired": {
    path: "/enterprises/trial-expired",
    exportList: "trial-expired",
    defaultSort: "TRIAL_EXPIRED_AT",
    defaultDirection: "DESC",
  },
  routed: { path: "/enterprises/routed", exportList: "routed", defaultSort: "ROUTED_AT", defaultDirection: "DESC" },
};

/** 企业待续费: the preset windows and the default (days). */
export const RENEWAL_PRESETS = [7, 15, 30, 60, 90] as const;
export const DEFAULT_WITHIN_DAYS = 30;
export const MAX_WITHIN_DAYS = 365;

/** A day range as two Asia/Shanghai calendar dates (YYYY-MM-DD), both inclusive. */
export type DayRange = readonly [string, string];

/** What the filter form holds; also what the URL's query string carries. */
export interface EnterpriseFilterValues {
  text?: string;
  regionCodes?: string[];
  sources?: EnterpriseSource[];
  scales?: EnterpriseScale[];
  statuses?: EnterpriseStatus[];
  tagIds?: string[];
  tagMatch?: TagMatch;
  ownerAccountId?: string;
  productLineIds?: string[];
  created?: DayRange;
  lastFollowUp?: DayRange;
  /** 甩单企业 only: routed leads not followed up since routing (?awaitingFollowUp=1). */
  awaitingFollowUp?: boolean;
}

export interface EnterpriseListState {
  filter: EnterpriseFilterValues;
  sort: EnterpriseSort;
  direction: SortDirection;
  /** 企业待续费 only */
  withinDays: number;
}

const SORTS: readonly EnterpriseSort[] = [
  "CREATED_AT",
  "UPDATED_AT",
  "NAME",
  "LAST_FOLLOW_UP_AT",
  "ROUTED_AT",
  "NEXT_PAID_EXPIRES_AT",
  "TRIAL_EXPIRED_AT",
];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const TEXT_MAX = 100;

function list(params: URLSearchParams, key: string): string[] {
  const raw = params.get(key);
  if (!raw) return [];
  return [...new Set(raw.split(",").map((v) => v.trim()))].filter((v) => v.length > 0);
}

function codes<T extends string>(params: URLSearchParams, key: string, allowed: readonly { code: T }[]): T[] {
  const known = new Set<string>(allowed.map((a) => a.code));
  return list(params, key).filter((v): v is T => known.has(v));
}

function dayRange(params: URLSearchParams, key: string): DayRange | undefined {
  const [from, to] = (params.get(key) ?? "").split("~");
  if (!from || !to || !DAY.test(from) || !DAY.test(to)) return undefined;
  return from <= to ? [from, to] : [to, from];
}

function nonEmpty<T>(values: readonly T[]): T[] | undefined {
  return values.length > 0 ? [...values] : undefined;
}

/** Reads a list's state from its URL; anything unknown or malformed is dropped, never sent. */
export function parseListState(params: URLSearchParams, kind: EnterpriseListKind): EnterpriseListState {
  const config = LIST_CONFIG[kind];
  const text = params.get("text")?.trim().slice(0, TEXT_MAX);
  const sortParam = params.get("sort");
  const sort = SORTS.find((s) => s === sortParam) ?? config.defaultSort;
  const dirParam = params.get("dir");
  const direction: SortDirection =
    dirParam === "ASC" || dirParam === "DESC"
      ? dirParam
      : sort === config.defaultSort
        ? config.defaultDirection
        : defaultDirectionOf(sort);
  const days = Number(params.get("days"));
  const owner = params.get("owner");
  const tagMatch = params.get("tagMatch");
  return {
    filter: {
      text: text || undefined,
      regionCodes: nonEmpty(list(params, "region").filter(isValidRegionCode)),
      sources: nonEmpty(codes(params, "source", ENTERPRISE_SOURCES)),
      scales: nonEmpty(codes(params, "scale", ENTERPRISE_SCALES)),
      statuses: nonEmpty(codes(params, "status", ENTERPRISE_STATUSES)),
      tagIds: nonEmpty(list(params, "tags").filter((id) => UUID.test(id))),
      tagMatch: tagMatch === "ALL" ? "ALL" : undefined,
      ownerAccountId: owner && UUID.test(owner) ? owner : undefined,
      productLineIds: nonEmpty(list(params, "productLine").filter((id) => UUID.test(id))),
      created: dayRange(params, "created"),
      lastFollowUp: dayRange(params, "followUp"),
      awaitingFollowUp: kind === "routed" && params.get("awaitingFollowUp") === "1" ? true : undefined,
    },
    sort,
    direction,
    withinDays: Number.isInteger(days) && days >= 1 && days <= MAX_WITHIN_DAYS ? days : DEFAULT_WITHIN_DAYS,
  };
}

/** The query string of a list's state (defaults left out, so a plain list has a plain URL). */
export function listStateToQuery(state: EnterpriseListState, kind: EnterpriseListKind): string {
  const config = LIST_CONFIG[kind];
  const params = new URLSearchParams();
  const f = state.filter;
  const put = (key: string, value: string | undefined) => {
    if (value) params.set(key, value);
  };
  put("text", f.text?.trim());
  put("region", f.regionCodes?.join(","));
  put("status", f.statuses?.join(","));
  put("source", f.sources?.join(","));
  put("scale", f.scales?.join(","));
  put("tags", f.tagIds?.join(","));
  if (f.tagIds?.length && f.tagMatch === "ALL") params.set("tagMatch", "ALL");
  put("owner", f.ownerAccountId);
  put("productLine", f.productLineIds?.join(","));
  put("created", f.created ? `${f.created[0]}~${f.created[1]}` : undefined);
  put("followUp", f.lastFollowUp ? `${f.lastFollowUp[0]}~${f.lastFollowUp[1]}` : undefined);
  if (kind === "routed" && f.awaitingFollowUp) params.set("awaitingFollowUp", "1");
  if (kind === "renewal" && state.withinDays !== DEFAULT_WITHIN_DAYS) params.set("days", String(state.withinDays));
  if (state.sort !== config.defaultSort || state.direction !== config.defaultDirection) {
    params.set("sort", state.sort);
    params.set("dir", state.direction);
  }
  return params.toString();
}

/** Date columns read best newest first; names A→Z. */
export function defaultDirectionOf(sort: EnterpriseSort): SortDirection {
  return sort === "NAME" ? "ASC" : "DESC";
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Midnight of an Asia/Shanghai calendar date (the business calendar), as an ISO instant. */
function shanghaiMidnight(day: string): Date {
  return new Date(`${day}T00:00:00+08:00`);
}

/** [from, to] inclusive days → the API's `from` (inclusive) and `to` (exclusive) instants. */
function instants(range: DayRange | undefined): [string | null, string | null] {
  if (!range) return [null, null];
  const from = shanghaiMidnight(range[0]);
  const to = new Date(shanghaiMidnight(range[1]).getTime() + DAY_MS);
  return [from.toISOString(), to.toISOString()];
}

/** The GraphQL (and export) filter of the form's values. */
export function toEnterpriseFilter(values: EnterpriseFilterValues): EnterpriseFilter {
  const [createdFrom, createdTo] = instants(values.created);
  const [lastFollowUpFrom, lastFollowUpTo] = instants(values.lastFollowUp);
  const filter: EnterpriseFilter = {};
  const text = values.text?.trim();
  if (text) filter.text = text;
  if (values.regionCodes?.length) filter.regionCodes = values.regionCodes;
  if (values.sources?.length) filter.sources = values.sources;
  if (values.scales?.length) filter.scales = values.scales;
  if (values.statuses?.length) filter.statuses = values.statuses;
  if (values.tagIds?.length) {
    filter.tagIds = values.tagIds;
    filter.tagMatch = values.tagMatch ?? "ANY";
  }
  if (values.ownerAccountId) filter.ownerAccountIds = [values.ownerAccountId];
  if (values.productLineIds?.length) filter.productLineIds = values.productLineIds;
  if (createdFrom && createdTo) {
    filter.createdFrom = createdFrom;
    filter.createdTo = createdTo;
  }
  if (lastFollowUpFrom && lastFollowUpTo) {
    filter.lastFollowUpFrom = lastFollowUpFrom;
    filter.lastFollowUpTo = lastFollowUpTo;
  }
  if (values.awaitingFollowUp) filter.awaitingFollowUp = true;
  return filter;
}

/** How many filters are set (shown on the collapsed form's "more" toggle). */
export function activeFilterCount(values: EnterpriseFilterValues): number {
  return Object.entries(values).filter(([key, v]) => key !== "tagMatch" && (Array.isArray(v) ? v.length > 0 : !!v))
    .length;
}
