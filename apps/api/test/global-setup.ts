import "reflect-metadata";
import { migrate } from "../src/database/migrate";
import { TEST_DATABASE_HANDLE, provideTestDatabase, type GlobalWithTestDatabase } from "../src/testing/test-database";

/**
 * jest globalSetup of the integration project: one fresh, migrated database
 * for the whole run. It runs in jest's main process, outside the test vm, so
 * PGlite's dynamic imports work here. Workers start after it and inherit
 * process.env: TEST_DATABASE_URL and TEST_DATABASE_KIND (race tests can skip
 * themselves on "embedded", where everything is serialized).
 */
export default async function globalSetup(): Promise<void> {
  const database = await provideTestDatabase();
  try {
    await migrate(database.url);
  } catch (error) {
    await database.stop().catch(() => undefined);
    throw error;
  }
  process.env.TEST_DATABASE_URL = database.url;
  process.env.TEST_DATABASE_KIND = database.kind;
  (globalThis as GlobalWithTestDatabase)[TEST_DATABASE_HANDLE] = database;
  console.log(`\n[test] database: ${database.description}`);
}
