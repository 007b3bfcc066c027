import "reflect-metadata";
import { createDataSource } from "../database/data-source";
import { migrate } from "../database/migrate";
import { openDatabase } from "../database/open-database";
import { readEnv } from "../env";
import { createServices } from "../services";

/**
 * `npm run jobs:pool`: puts every enterprise whose paid services lapsed past the grace period
 * into the public pool (公海库), once, and prints how many entered. Idempotent: safe to run
 * again or alongside the running product's hourly schedule.
 *
 * Runs against DATABASE_URL; without it, against the embedded database in CRM_DATA_DIR — only
 * while the product is NOT running (the embedded database has one owner at a time; the running
 * product schedules this job itself).
 */
async function main(): Promise<void> {
  const database = await openDatabase(readEnv());
  try {
    await migrate(database.url);
    const dataSource = await createDataSource(database.url, 2).initialize();
    try {
      const entered = await createServices(dataSource).pool.enterPublicPool(new Date());
      console.log(`[pool] ${entered} enterprise(s) entered the public pool (${database.description})`);
    } finally {
      await dataSource.destroy();
    }
  } finally {
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
