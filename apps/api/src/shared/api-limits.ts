/**
 * Abuse limits on /graphql (SPEC §10). Every one is configurable through the environment
 * (env.ts); the defaults leave room above the console's own largest operations (a unit test
 * checks every console document against them).
 */
export interface ApiLimits {
  /** Deepest selection, counted through fragments. */
  maxDepth: number;
  maxAliases: number;
  /** Lexical tokens in the document (bounds parsing work). */
  maxTokens: number;
  maxDirectives: number;
  /** graphql-armor's cost: objects 2, scalars 1, times 1.5 per level of depth. */
  maxCost: number;
  /** Largest JSON body accepted at /graphql. */
  maxBodyBytes: number;
  /** null: introspection on outside production, off in production; true/false: forced. */
  introspection: boolean | null;
  /** Requests per window, counted in PostgreSQL so they hold across API replicas. */
  rateWindowSeconds: number;
  ratePerApiKey: number;
  ratePerSession: number;
  /** Requests without a credential, per client IP. */
  ratePerIp: number;
}

export const DEFAULT_API_LIMITS: ApiLimits = {
  maxDepth: 10,
  maxAliases: 15,
  maxTokens: 3000,
  maxDirectives: 20,
  maxCost: 5000,
  maxBodyBytes: 1_048_576,
  introspection: null,
  rateWindowSeconds: 60,
  ratePerApiKey: 600,
  ratePerSession: 1200,
  ratePerIp: 600,
};
