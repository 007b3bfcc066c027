import { createDataSource } from "./data-source";

/** Applies every pending migration in order, each in its own transaction. */
export async function migrate(url: string): Promise<void> {
  const dataSource = createDataSource(url, 1);
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: "each" });
  } finally {
    await dataSource.destroy();
  }
}
