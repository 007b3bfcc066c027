import { CombinedGraphQLErrors } from "@apollo/client/errors";

/** `extensions.details` of a failed operation's first error (e.g. DUPLICATE_DOMAIN's enterpriseId). */
export function errorDetails(error: unknown): Readonly<Record<string, unknown>> | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const details = error.errors[0]?.extensions?.details;
  return typeof details === "object" && details !== null ? (details as Record<string, unknown>) : null;
}

/** The enterprise that already holds a domain, when the API says the viewer may see it. */
export function existingEnterpriseId(error: unknown): string | null {
  const id = errorDetails(error)?.enterpriseId;
  return typeof id === "string" && id.length > 0 ? id : null;
}
