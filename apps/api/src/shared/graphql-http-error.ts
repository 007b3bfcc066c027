import { ERROR_MESSAGES, type ErrorCode } from "@crm/domain";
import type { Response } from "express";

/**
 * Answers /graphql with a GraphQL-shaped coded error before any operation runs (rate limits,
 * bad API keys, oversized or batched bodies): the same `extensions` as the error formatter gives.
 */
export function sendGraphQLError(
  res: Response,
  status: number,
  code: ErrorCode,
  extra: Record<string, unknown> = {},
): void {
  const messages = ERROR_MESSAGES[code];
  res
    .status(status)
    .type("application/json")
    .send(
      JSON.stringify({
        errors: [
          { message: messages.en, extensions: { code, messageZh: messages.zh, messageEn: messages.en, ...extra } },
        ],
      }),
    );
}
