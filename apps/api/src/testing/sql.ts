import { Client } from "pg";

/**
 * Runs one statement on a test database and returns its rows. For browser tests that need rows
 * the console cannot make by itself (a routed lead, a lock a few days before its end).
 */
export async function runSql<T>(url: string, sql: string, params: readonly unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query(sql, [...params]);
    return result.rows as T[];
  } finally {
    await client.end();
  }
}
