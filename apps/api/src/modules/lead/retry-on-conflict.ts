import { isUniqueViolation, pgErrorCode } from "../../shared/db-errors";

/** deadlock_detected, serialization_failure */
const RETRYABLE_CODES = new Set(["40P01", "40001"]);

function isRetryable(error: unknown): boolean {
  const code = pgErrorCode(error);
  // Another writer created the same (dealer, domain) between our check and insert: the retry attaches.
  return (code !== undefined && RETRYABLE_CODES.has(code)) || isUniqueViolation(error, "enterprise_domain_dealer_uq");
}

/** Runs a whole transaction again when PostgreSQL aborted it for a deadlock or a lost domain race. */
export async function retryOnConflict<T>(work: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= attempts || !isRetryable(error)) throw error;
    }
  }
}
