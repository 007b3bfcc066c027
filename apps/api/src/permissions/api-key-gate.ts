import type { ApiKeyScope } from "@crm/domain";
import { getNamedType, isObjectType, type GraphQLSchema } from "graphql";
import type { IMiddlewareFunction, IMiddlewareTypeMap } from "graphql-middleware";
import type { RequestContext } from "../context";
import { DomainError } from "../shared/domain-error";

/**
 * What an API key may call: exactly the root fields its scopes name. Any Query or Mutation field
 * not listed here is refused to every key (deny by default) — accounts, passwords, delegation,
 * the keys themselves and everything else only the console does. A key request must also pass the
 * field's shield rule as its creator, so a key never does more than the admin who made it.
 */
export const API_KEY_ROOT_SCOPES: {
  Query: Readonly<Record<string, ApiKeyScope>>;
  Mutation: Readonly<Record<string, ApiKeyScope>>;
} = {
  Query: {
    enterprise: "READ_ENTERPRISES",
    enterprises: "READ_ENTERPRISES",
    renewalDueEnterprises: "READ_ENTERPRISES",
    trialExpiredEnterprises: "READ_ENTERPRISES",
    routedEnterprises: "READ_ENTERPRISES",
    tags: "READ_ENTERPRISES",
    leads: "READ_ENTERPRISES",
    lead: "READ_ENTERPRISES",
    registrations: "READ_REGISTRATIONS",
    registration: "READ_REGISTRATIONS",
    orders: "READ_ORDERS",
    order: "READ_ORDERS",
    services: "READ_SERVICES",
    productLines: "READ_CATALOG",
  },
  Mutation: {
    createEnterprise: "WRITE_LEADS",
    updateEnterprise: "WRITE_LEADS",
    addEnterpriseContact: "WRITE_LEADS",
    updateEnterpriseContact: "WRITE_LEADS",
    addFollowUp: "WRITE_LEADS",
    reportDomainEvent: "REPORT_DOMAIN_EVENTS",
  },
};

/**
 * Object types a key reaches only with a scope, whatever the path (e.g. Enterprise.services needs
 * READ_SERVICES, so a READ_ENTERPRISES key can't read orders or services through an enterprise).
 * `null`: never for a key.
 */
export const API_KEY_TYPE_SCOPES: Readonly<Record<string, ApiKeyScope | null>> = {
  Order: "READ_ORDERS",
  OrderQuote: "READ_ORDERS",
  ContractFile: "READ_ORDERS",
  Registration: "READ_REGISTRATIONS",
  Service: "READ_SERVICES",
  ServiceAddon: "READ_SERVICES",
  LedgerEntry: null,
  BalancePoint: null,
  InvoiceRequest: null,
  InvoiceableOrder: null,
  AuditLogEntry: null,
  Notice: null,
  BusinessRequest: null,
  DealerDiscount: null,
  QuotaEntry: null,
  ApiKey: null,
  ApiKeyCall: null,
};

/** Single fields a key never reads (finance and terms of its dealer). */
export const API_KEY_DENIED_FIELDS: Readonly<Record<string, readonly string[]>> = {
  Dealer: ["balance", "discounts", "quotas"],
  Account: ["permissions", "quotas", "lastLoginAt", "delegate", "delegateFrom", "delegateUntil"],
};

function gate(required: ApiKeyScope | null): IMiddlewareFunction {
  return async (resolve, parent, args, context, info) => {
    const key = (context as RequestContext).viewer?.apiKey;
    if (key && (required === null || !key.scopes.has(required))) {
      throw new DomainError("API_KEY_SCOPE_REQUIRED", { field: `${info.parentType.name}.${info.fieldName}` });
    }
    return (await resolve(parent, args, context, info)) as unknown;
  };
}

/**
 * graphql-middleware map: every root field; every field of a scoped type and every field that
 * returns one (so an empty list is refused too, not only its rows); the denied fields.
 */
export function apiKeyGate(schema: GraphQLSchema): IMiddlewareTypeMap {
  const map: Record<string, Record<string, IMiddlewareFunction>> = {};
  const add = (type: string, field: string, scope: ApiKeyScope | null) => {
    (map[type] ??= {})[field] = gate(scope);
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    const root = type.name === "Query" || type.name === "Mutation" ? API_KEY_ROOT_SCOPES[type.name] : null;
    for (const field of Object.values(type.getFields())) {
      const returned = getNamedType(field.type).name;
      if (root) add(type.name, field.name, root[field.name] ?? null);
      else if (type.name in API_KEY_TYPE_SCOPES) add(type.name, field.name, API_KEY_TYPE_SCOPES[type.name] ?? null);
      else if (returned in API_KEY_TYPE_SCOPES) add(type.name, field.name, API_KEY_TYPE_SCOPES[returned] ?? null);
    }
  }
  for (const [type, fields] of Object.entries(API_KEY_DENIED_FIELDS)) {
    for (const field of fields) add(type, field, null);
  }
  return map;
}
