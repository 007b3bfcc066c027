import type { PoolService } from "../modules/pool/pool.service";

/** Hourly is plenty: the job is idempotent, and an enterprise is late by an hour at most. */
export const PUBLIC_POOL_JOB_INTERVAL_MS = 60 * 60 * 1000;

/**
 * Runs the public-pool job in this process: once now, then every hour. Returns a function that
 * stops the schedule. A failed run is logged and retried at the next tick.
 */
export function schedulePublicPoolJob(
  pool: PoolService,
  log: (line: string) => void,
  intervalMs: number = PUBLIC_POOL_JOB_INTERVAL_MS,
): () => void {
  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    try {
      const entered = await pool.enterPublicPool(new Date());
      if (entered > 0) log(`public pool: ${entered} enterprise(s) entered`);
    } catch (error) {
      log(`public pool job failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      running = false;
    }
  };
  void run();
  const timer = setInterval(() => void run(), intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
