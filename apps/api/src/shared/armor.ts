import { ApolloArmor } from "@escape.tech/graphql-armor";
import type { ApiLimits } from "./api-limits";

/** The marker the error formatter turns into QUERY_TOO_COMPLEX with `details.limit`. */
export const TOO_COMPLEX_MARKER = "QUERY_TOO_COMPLEX:";

/**
 * graphql-armor's limits, checked while the operation is parsed and validated — before any
 * resolver runs. Each rejection carries a marker naming the limit (no numbers are exposed);
 * field suggestions ("Did you mean …") are masked.
 */
export function armorFor(limits: ApiLimits) {
  const marker = (limit: string) => ({ exposeLimits: false, errorMessage: `${TOO_COMPLEX_MARKER}${limit}` });
  return new ApolloArmor({
    maxDepth: { n: limits.maxDepth, flattenFragments: true, ignoreIntrospection: true, ...marker("maxDepth") },
    maxAliases: { n: limits.maxAliases, ...marker("maxAliases") },
    maxTokens: { n: limits.maxTokens, ...marker("maxTokens") },
    maxDirectives: { n: limits.maxDirectives, ...marker("maxDirectives") },
    costLimit: { maxCost: limits.maxCost, ignoreIntrospection: true, flattenFragments: true, ...marker("cost") },
    blockFieldSuggestion: { enabled: true },
  }).protect();
}
