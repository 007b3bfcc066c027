/** Hourly is plenty for the background jobs: each is idempotent, and at most an hour late. */
export const JOB_INTERVAL_MS = 60 * 60 * 1000;

/**
 * Runs an idempotent job in this process: once now, then every hour. `run` returns a line to
 * log when it did something. A failed run is logged and retried at the next tick; a run never
 * overlaps the previous one. Returns a function that stops the schedule.
 */
export function scheduleHourly(
  name: string,
  run: () => Promise<string | null>,
  log: (line: string) => void,
  intervalMs: number = JOB_INTERVAL_MS,
): () => void {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const done = await run();
      if (done) log(`${name}: ${done}`);
    } catch (error) {
      log(`${name} job failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      running = false;
    }
  };
  void tick();
  const timer = setInterval(() => void tick(), intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
