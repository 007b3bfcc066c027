import { createDataSource } from "./data-source";

/** The advisory lock key migrations are run under (any constant; advisory locks are per database). */
export const MIGRATION_LOCK_KEY = 7_764_860_001;

/**
 * Applies every pending migration in order, each in its own transaction. Several processes
 * starting at once (replicas, `npm start` twice) take turns under a session advisory lock held
 * on a connection of its own: the first applies what is pending, the next finds nothing to do.
 */
export async function migrate(url: string): Promise<void> {
  const dataSource = createDataSource(url, 2);
  await dataSource.initialize();
  const lock = dataSource.createQueryRunner();
  try {
    await lock.connect();
    await lock.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    try {
      await dataSource.runMigrations({ transaction: "each" });
    } finally {
      await lock.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await lock.release();
    await dataSource.destroy();
  }
}
