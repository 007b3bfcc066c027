import { TEST_DATABASE_HANDLE, type GlobalWithTestDatabase } from "../src/testing/test-database";

/** jest globalTeardown: drops / stops the database that global-setup made. */
export default async function globalTeardown(): Promise<void> {
  const holder = globalThis as GlobalWithTestDatabase;
  const database = holder[TEST_DATABASE_HANDLE];
  if (!database) return;
  delete holder[TEST_DATABASE_HANDLE];
  await database.stop();
}
