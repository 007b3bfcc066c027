import { unwrapResolverError } from "@apollo/server/errors";
import { ERROR_MESSAGES } from "@crm/domain";
import type { GraphQLFormattedError } from "graphql";
import { ArgumentValidationError } from "type-graphql";
import { TOO_COMPLEX_MARKER } from "./armor";
import { CONFLICT_ERROR_CODES, INPUT_ERROR_CODES, pgErrorCode } from "./db-errors";
import { DomainError } from "./domain-error";

interface Logger {
  error(message: string, error: unknown): void;
}

function coded(
  formatted: GraphQLFormattedError,
  code: keyof typeof ERROR_MESSAGES,
  details?: Record<string, unknown>,
  messages: { zh: string; en: string } = ERROR_MESSAGES[code],
): GraphQLFormattedError {
  return {
    message: messages.en,
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code, messageZh: messages.zh, messageEn: messages.en, ...(details ? { details } : {}) },
  };
}

/** graphql-js's "Did you mean …?" hints, in validation and in variable coercion alike. */
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

export interface ErrorFormatterOptions {
  /** Drop field and value suggestions: they reveal the schema where introspection is off. */
  hideSuggestions?: boolean;
}

/** The one edge where errors become client answers: coded domain errors pass, the rest is masked. */
export function createErrorFormatter(logger: Logger, options: ErrorFormatterOptions = {}) {
  return (raw: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const formatted = options.hideSuggestions ? { ...raw, message: raw.message.replace(SUGGESTION, "") } : raw;
    const original = unwrapResolverError(error);
    if (original instanceof DomainError) {
      return coded(formatted, original.code, original.details, { zh: original.messageZh, en: original.messageEn });
    }
    if (original instanceof ArgumentValidationError) {
      const fields = original.extensions.validationErrors
        .map((e) => e.property)
        .filter((p): p is string => typeof p === "string");
      return coded(formatted, "VALIDATION_FAILED", { fields });
    }
    // graphql-armor's limits (shared/armor.ts), refused during validation before any resolver ran
    const tooComplex = new RegExp(`${TOO_COMPLEX_MARKER}(\\w+)`).exec(formatted.message);
    if (tooComplex) return coded(formatted, "QUERY_TOO_COMPLEX", { limit: tooComplex[1] });
    const apolloCode = formatted.extensions?.code;
    // Malformed operations: the message describes the client's own query, never server internals.
    if (
      apolloCode === "GRAPHQL_VALIDATION_FAILED" ||
      apolloCode === "GRAPHQL_PARSE_FAILED" ||
      apolloCode === "BAD_USER_INPUT" ||
      apolloCode === "BAD_REQUEST" ||
      apolloCode === "PERSISTED_QUERY_NOT_FOUND" ||
      apolloCode === "OPERATION_RESOLUTION_FAILURE"
    ) {
      return coded(formatted, "VALIDATION_FAILED", { reason: formatted.message });
    }
    const sqlState = pgErrorCode(original);
    if (sqlState && INPUT_ERROR_CODES.has(sqlState)) {
      // malformed input that reached the database (e.g. a non-UUID id, a NUL byte): the client's doing
      return coded(formatted, "VALIDATION_FAILED");
    }
    if (sqlState && CONFLICT_ERROR_CODES.has(sqlState)) {
      // logged all the same: a service that meets this often should name the clash itself
      logger.error("database conflict", describeForLog(original));
      return coded(formatted, "CONFLICT");
    }
    // log what went wrong, never the query parameters (they may hold password hashes or personal data)
    logger.error("unexpected resolver error", describeForLog(original));
    return coded(formatted, "INTERNAL");
  };
}

function describeForLog(error: unknown): unknown {
  if (error instanceof Error) {
    const sqlState = pgErrorCode(error);
    return { name: error.name, message: error.message, ...(sqlState ? { sqlState } : {}), stack: error.stack };
  }
  return error;
}
