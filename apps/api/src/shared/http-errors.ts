import { ERROR_MESSAGES, type ErrorCode } from "@crm/domain";
import type { ErrorRequestHandler } from "express";

/**
 * The last Express handler: a request the GraphQL layer never saw (malformed JSON, a body over
 * the limit, an unsupported encoding) still gets a coded JSON answer, never a stack trace page.
 */
export function httpErrorHandler(logger: { error(message: string, error: unknown): void }): ErrorRequestHandler {
  return (error: unknown, _req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const status = typeof error === "object" && error !== null && "status" in error ? Number(error.status) : 500;
    const code: ErrorCode = status >= 400 && status < 500 ? "VALIDATION_FAILED" : "INTERNAL";
    if (code === "INTERNAL") logger.error("unexpected HTTP error", error instanceof Error ? error.message : error);
    const text = ERROR_MESSAGES[code];
    res.status(code === "INTERNAL" ? 500 : status).json({
      errors: [{ message: text.en, extensions: { code, messageZh: text.zh, messageEn: text.en } }],
    });
  };
}
