import { invalid } from "../../shared/domain-error";
import type { SortDirection } from "../../shared/sort-direction";
import type { EnterpriseSort } from "./enterprise.enums";

/**
 * Keyset cursor of the enterprise lists: the sort it belongs to, the row's sort value (as the
 * database printed it, so timestamps keep their microseconds) and the row id. Opaque to clients.
 */
export interface EnterpriseCursor {
  sort: EnterpriseSort;
  direction: SortDirection;
  value: string | null;
  id: string;
}

export function encodeEnterpriseCursor(cursor: EnterpriseCursor): string {
  return Buffer.from(JSON.stringify([cursor.sort, cursor.direction, cursor.value, cursor.id])).toString("base64url");
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Decodes a cursor and checks it was made for the same sort; anything else is VALIDATION_FAILED. */
export function decodeEnterpriseCursor(
  raw: string | null | undefined,
  sort: EnterpriseSort,
  direction: SortDirection,
): EnterpriseCursor | null {
  if (!raw) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(raw, "base64url").toString("utf8"));
  } catch {
    parsed = null;
  }
  if (Array.isArray(parsed) && parsed.length === 4) {
    const [s, d, value, id] = parsed as unknown[];
    if (
      s === sort &&
      d === direction &&
      (value === null || (typeof value === "string" && value.length <= 500)) &&
      typeof id === "string" &&
      UUID.test(id)
    ) {
      return { sort, direction, value, id };
    }
  }
  throw invalid("after", "分页游标无效（排序已改变时请从第一页开始）", "the page cursor is not valid for this sort");
}
