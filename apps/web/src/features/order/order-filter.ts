import type { OrderFilter, OrderStatus, OrderType } from "@/gql/graphql";
import { ORDER_STATUS_CODES, ORDER_TYPE_CODES } from "./order-labels";

/** The three dealer lists (SPEC §6) and the vendor's confirmation queue share one shape. */
export type OrderListKind = "all" | "pending-confirmation" | "pending-payment";

/** The status a list is fixed to (全部订单: none, the user filters). */
export const LIST_STATUS: Readonly<Record<OrderListKind, OrderStatus | null>> = {
  all: null,
  "pending-confirmation": "PENDING_CONFIRMATION",
  "pending-payment": "PENDING_PAYMENT",
};

/** A day range as two Asia/Shanghai calendar dates (YYYY-MM-DD), both inclusive. */
export type DayRange = readonly [string, string];

/** What the filter form holds; also what the URL carries (?productLine=&status=&type=&created=&text=). */
export interface OrderFilterValues {
  productLineId?: string;
  statuses?: OrderStatus[];
  types?: OrderType[];
  created?: DayRange;
  text?: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const TEXT_MAX = 100;
const DAY_MS = 24 * 60 * 60 * 1000;

function codes<T extends string>(raw: string | null, allowed: readonly T[]): T[] | undefined {
  if (!raw) return undefined;
  const known = new Set<string>(allowed);
  const picked = [...new Set(raw.split(",").map((v) => v.trim()))].filter((v): v is T => known.has(v));
  return picked.length > 0 ? picked : undefined;
}

function dayRange(raw: string | null): DayRange | undefined {
  const [from, to] = (raw ?? "").split("~");
  if (!from || !to || !DAY.test(from) || !DAY.test(to)) return undefined;
  return from <= to ? [from, to] : [to, from];
}

/** Reads a list's filters from its URL; anything unknown or malformed is dropped, never sent. */
export function parseOrderFilter(params: URLSearchParams): OrderFilterValues {
  const productLine = params.get("productLine");
  const text = params.get("text")?.trim().slice(0, TEXT_MAX);
  return {
    productLineId: productLine && UUID.test(productLine) ? productLine : undefined,
    statuses: codes(params.get("status"), ORDER_STATUS_CODES),
    types: codes(params.get("type"), ORDER_TYPE_CODES),
    created: dayRange(params.get("created")),
    text: text || undefined,
  };
}

export function orderFilterToQuery(values: OrderFilterValues): string {
  const params = new URLSearchParams();
  if (values.productLineId) params.set("productLine", values.productLineId);
  if (values.statuses?.length) params.set("status", values.statuses.join(","));
  if (values.types?.length) params.set("type", values.types.join(","));
  if (values.created) params.set("created", `${values.created[0]}~${values.created[1]}`);
  const text = values.text?.trim();
  if (text) params.set("text", text);
  return params.toString();
}

/** Midnight of an Asia/Shanghai calendar date (北京时间), as an ISO instant. */
function shanghaiMidnight(day: string): Date {
  return new Date(`${day}T00:00:00+08:00`);
}

/** The GraphQL (and export) filter: a list's own status wins over the form's. */
export function toOrderFilter(values: OrderFilterValues, kind: OrderListKind): OrderFilter {
  const filter: OrderFilter = {};
  if (values.productLineId) filter.productLineId = values.productLineId;
  const fixed = LIST_STATUS[kind];
  if (fixed) filter.statuses = [fixed];
  else if (values.statuses?.length) filter.statuses = values.statuses;
  if (values.types?.length) filter.types = values.types;
  if (values.created) {
    filter.createdFrom = shanghaiMidnight(values.created[0]).toISOString();
    filter.createdTo = new Date(shanghaiMidnight(values.created[1]).getTime() + DAY_MS).toISOString();
  }
  const text = values.text?.trim();
  if (text) filter.text = text;
  return filter;
}

export function isFiltered(values: OrderFilterValues): boolean {
  return Object.values(values).some((v) => (Array.isArray(v) ? v.length > 0 : v !== undefined));
}
