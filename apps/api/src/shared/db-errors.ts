import { QueryFailedError } from "typeorm";

interface PgDriverError {
  code?: string;
  constraint?: string;
}

/** The PostgreSQL SQLSTATE of a failed query, if it is one. */
export function pgErrorCode(error: unknown): string | undefined {
  if (!(error instanceof QueryFailedError)) return undefined;
  return (error.driverError as PgDriverError).code;
}

/** True when the error is a unique violation (of `constraint`, when given). */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  if (pgErrorCode(error) !== "23505") return false;
  const driverError = (error as QueryFailedError).driverError as PgDriverError;
  return constraint === undefined || driverError.constraint === constraint;
}

/**
 * SQLSTATEs caused by the client's input reaching the database malformed (invalid UUID text,
 * NUL bytes, out-of-range dates or numbers, check constraints): VALIDATION_FAILED, not INTERNAL.
 */
export const INPUT_ERROR_CODES: ReadonlySet<string> = new Set([
  "22P02", // invalid_text_representation (e.g. a non-UUID id)
  "22021", // character_not_in_repertoire (NUL byte)
  "22007", // invalid_datetime_format
  "22008", // datetime_field_overflow
  "22003", // numeric_value_out_of_range
  "22001", // string_data_right_truncation
  "23514", // check_violation
]);

/**
 * SQLSTATEs of a clash with other rows or a concurrent change that a service did not turn into
 * its own code (a unique or foreign-key violation, a serialization failure or deadlock): the
 * client should refresh and retry, so CONFLICT rather than INTERNAL.
 */
export const CONFLICT_ERROR_CODES: ReadonlySet<string> = new Set([
  "23505", // unique_violation
  "23503", // foreign_key_violation
  "40001", // serialization_failure
  "40P01", // deadlock_detected
]);
