import "reflect-metadata";
import { createDataSource } from "./database/data-source";
import { migrate } from "./database/migrate";
import { openDatabase } from "./database/open-database";
import { seedDemoData } from "./database/seeds/seed";
import { readEnv } from "./env";

/** `npm run seed`: migrates and seeds the demo data into an empty database. */
async function main(): Promise<void> {
  const database = await openDatabase(readEnv());
  try {
    await migrate(database.url);
    const dataSource = await createDataSource(database.url, 2).initialize();
    const seeded = await seedDemoData(dataSource, console.log);
    if (!seeded) console.log("the database already has accounts: demo data not seeded again");
    await dataSource.destroy();
  } finally {
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
