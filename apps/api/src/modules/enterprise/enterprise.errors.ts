import { domainNameErrorMessage, ERROR_MESSAGES, type DomainNameError } from "@crm/domain";
import { canSeeRow, type AccessScope } from "../../access/access-scope";
import { DomainError } from "../../shared/domain-error";
import type { DomainHolder } from "./enterprise.repository";

/** INVALID_DOMAIN with the reason's own message (why the name was refused). */
export function invalidDomain(field: string, reason: DomainNameError): DomainError {
  const text = domainNameErrorMessage(reason);
  return new DomainError("INVALID_DOMAIN", { field, reason }, text);
}

/**
 * DUPLICATE_DOMAIN pointing at the enterprise that holds the domain — but only when the viewer
 * may see that enterprise; otherwise it just says a colleague holds it (no id, name or owner).
 */
export function duplicateDomain(scope: AccessScope, holder: DomainHolder | null, domain: string): DomainError {
  if (holder && canSeeRow(scope, { dealerId: holder.dealerId, accountId: holder.ownerAccountId })) {
    return new DomainError("DUPLICATE_DOMAIN", { domain, enterpriseId: holder.enterpriseId });
  }
  return new DomainError(
    "DUPLICATE_DOMAIN",
    { domain },
    {
      zh: `${ERROR_MESSAGES.DUPLICATE_DOMAIN.zh}（该企业由同事负责，如需跟进请联系管理员）`,
      en: `${ERROR_MESSAGES.DUPLICATE_DOMAIN.en} (a colleague's enterprise: ask your administrator)`,
    },
  );
}
