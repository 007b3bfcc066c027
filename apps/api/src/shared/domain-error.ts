import { ERROR_MESSAGES, type ErrorCode } from "@crm/domain";

/**
 * A refusal the client may see: a stable code plus zh-CN and English messages.
 * Anything thrown that is not a DomainError is masked as INTERNAL at the edge.
 */
export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly details: Record<string, unknown> | undefined;
  readonly messageZh: string;
  readonly messageEn: string;

  constructor(code: ErrorCode, details?: Record<string, unknown>, messages?: { zh: string; en: string }) {
    const text = messages ?? ERROR_MESSAGES[code];
    super(text.en);
    this.name = "DomainError";
    this.code = code;
    this.details = details;
    this.messageZh = text.zh;
    this.messageEn = text.en;
  }
}

export function notFound(entity: string): DomainError {
  return new DomainError("NOT_FOUND", { entity });
}

export function invalid(field: string, reasonZh: string, reasonEn: string): DomainError {
  return new DomainError(
    "VALIDATION_FAILED",
    { field },
    {
      zh: `${ERROR_MESSAGES.VALIDATION_FAILED.zh}：${reasonZh}`,
      en: `${ERROR_MESSAGES.VALIDATION_FAILED.en}: ${reasonEn}`,
    },
  );
}
