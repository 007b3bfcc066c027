import "reflect-metadata";
import { createDataSource } from "../database/data-source";
import { migrate } from "../database/migrate";
import { openDatabase } from "../database/open-database";
import { readEnv } from "../env";
import { LedgerService } from "../modules/ledger/ledger.service";
import { createServices } from "../services";

/**
 * `npm run ledger:check`: verifies the virtual accounts — for every dealer, the balance equals
 * the sum of its ledger entries and the entries' balance_after values form one unbroken chain.
 * Prints the result; exits 1 when any dealer is inconsistent (so a scheduler or CI can alert).
 *
 * Runs against DATABASE_URL; without it, against the embedded database in CRM_DATA_DIR — only
 * while the product is NOT running (the embedded database has one owner at a time).
 */
async function main(): Promise<number> {
  const database = await openDatabase(readEnv());
  try {
    await migrate(database.url);
    const dataSource = await createDataSource(database.url, 2).initialize();
    try {
      const result = await createServices(dataSource).ledger.check();
      for (const line of LedgerService.describeCheck(result)) console.log(line);
      console.log(`[ledger] database: ${database.description}`);
      return result.mismatches.length === 0 ? 0 : 1;
    } finally {
      await dataSource.destroy();
    }
  } finally {
    await database.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);
