import { ERROR_MESSAGES } from "@crm/domain";
import { DomainError } from "../../shared/domain-error";

/** VALIDATION_FAILED naming the field and the offending values (e.g. unknown dealer ids). */
export function invalidValues(field: string, details: Record<string, unknown>, zh: string, en: string): DomainError {
  return new DomainError(
    "VALIDATION_FAILED",
    { field, ...details },
    { zh: `${ERROR_MESSAGES.VALIDATION_FAILED.zh}：${zh}`, en: `${ERROR_MESSAGES.VALIDATION_FAILED.en}: ${en}` },
  );
}
