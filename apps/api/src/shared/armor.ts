import type { ApolloServerPlugin } from "@apollo/server";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import { GraphQLError } from "graphql";
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
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, flattenFragments: true, ignoreIntrospection: true, ...marker("maxDepth") },
    maxAliases: { n: limits.maxAliases, ...marker("maxAliases") },
    maxTokens: { n: limits.maxTokens, ...marker("maxTokens") },
    maxDirectives: { n: limits.maxDirectives, ...marker("maxDirectives") },
    costLimit: { maxCost: limits.maxCost, ignoreIntrospection: true, flattenFragments: true, ...marker("cost") },
    blockFieldSuggestion: { enabled: true },
  }).protect();
  return { ...armor, plugins: armor.plugins.map(parseErrorsAsClientErrors) };
}

/**
 * The token limit parses the document in a `parsingDidStart` hook, ahead of Apollo's own parse.
 * What it throws there — the limit, or a syntax error it meets first — is an unexpected error to
 * Apollo, and armor's `unexpectedErrorProcessingRequest` rethrows it (and any other unexpected
 * error) as a GraphQLError without an HTTP status: a 500, as if the server had failed. Here the
 * GraphQL errors (the client's document) get HTTP 400, the status Apollo gives its own parse and
 * validation errors; anything else stays the server's own failure (Apollo's generic 500).
 */
function parseErrorsAsClientErrors<T extends object>(plugin: ApolloServerPlugin<T>): ApolloServerPlugin<T> {
  if (!plugin.unexpectedErrorProcessingRequest) return plugin;
  return {
    ...plugin,
    unexpectedErrorProcessingRequest({ error }) {
      if (!(error instanceof GraphQLError)) return Promise.resolve();
      throw new GraphQLError(error.message, {
        source: error.source,
        positions: error.positions,
        originalError: error.originalError ?? undefined,
        // a syntax error found by the token limit's parser carries no code of its own
        extensions: { code: "GRAPHQL_PARSE_FAILED", ...error.extensions, http: { status: 400 } },
      });
    },
  };
}
