import { API_KEY_SCOPES, API_KEY_SCOPE_INFO, type ApiKeyScope as ApiKeyScopeCode } from "@crm/domain";
import { registerEnumType } from "type-graphql";

export const ApiKeyScope = Object.fromEntries(API_KEY_SCOPES.map((s) => [s, s])) as { [K in ApiKeyScopeCode]: K };
export type ApiKeyScope = ApiKeyScopeCode;
export const ApiKeyOwnerKind = { DEALER: "DEALER", VENDOR: "VENDOR" } as const;
export type ApiKeyOwnerKind = keyof typeof ApiKeyOwnerKind;
export const ApiKeyStatus = {
  ACTIVE: "ACTIVE",
  REVOKED: "REVOKED",
  EXPIRED: "EXPIRED",
  SUSPENDED: "SUSPENDED",
} as const;
export type ApiKeyStatus = keyof typeof ApiKeyStatus;

registerEnumType(ApiKeyScope, {
  name: "ApiKeyScope",
  description: "What an API key may do (labels in apiKeyScopeCatalog)",
  valuesConfig: Object.fromEntries(API_KEY_SCOPE_INFO.map((s) => [s.scope, { description: s.label }])),
});
registerEnumType(ApiKeyOwnerKind, {
  name: "ApiKeyOwnerKind",
  description: "DEALER: a dealer's integration; VENDOR: the vendor's own (e.g. the mail platform)",
});
registerEnumType(ApiKeyStatus, {
  name: "ApiKeyStatus",
  description:
    "ACTIVE: accepted; REVOKED; EXPIRED; SUSPENDED: refused while its creator is not an active admin (of its dealer, or a platform admin for a vendor key)",
});

export const ApiKeyCallOperation = { QUERY: "QUERY", MUTATION: "MUTATION", INVALID: "INVALID" } as const;
export type ApiKeyCallOperation = keyof typeof ApiKeyCallOperation;
registerEnumType(ApiKeyCallOperation, {
  name: "ApiKeyCallOperation",
  description: "QUERY or MUTATION; INVALID: the request held no operation that could be parsed",
});
