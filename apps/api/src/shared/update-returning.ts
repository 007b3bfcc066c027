import type { EntityManager } from "typeorm";

/**
 * Runs an `UPDATE … RETURNING` (or `DELETE … RETURNING`) and gives back the returned rows.
 * TypeORM's PostgreSQL driver answers those two commands with `[rows, rowCount]` instead of the
 * rows, so `(await m.query(…)).length` would be 2 whatever was changed.
 */
export async function updateReturning<T>(m: EntityManager, sql: string, params: unknown[]): Promise<T[]> {
  const raw: unknown = await m.query(sql, params);
  if (Array.isArray(raw) && raw.length === 2 && Array.isArray(raw[0]) && typeof raw[1] === "number") {
    return raw[0] as T[];
  }
  return raw as T[];
}
