import { join } from "node:path";
import proxyaddr from "proxy-addr";
import { DEFAULT_API_LIMITS, type ApiLimits } from "./shared/api-limits";

/** The only place that reads process.env: validated once, typed everywhere else. */
function intFrom(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0 || value > 2_000_000_000) {
    throw new Error(`${name} must be a positive integer, got "${raw}"`);
  }
  return value;
}

export interface Env {
  /** PostgreSQL URL; when absent the launcher starts the embedded database. */
  databaseUrl: string | undefined;
  /** The one port a browser needs: the console, which proxies /graphql to the API. */
  port: number;
  /** The API's own port. */
  apiPort: number;
  production: boolean;
  /** Where the embedded database keeps its files. */
  dataDir: string;
  /** Where the local-disk file store keeps uploaded files (contracts): CRM_FILES_DIR, else <dataDir>/files. */
  filesDir: string;
  /** Set the Secure flag on the session cookie (behind HTTPS). */
  cookieSecure: boolean;
  sessionTtlHours: number;
  /** Connections in the API's PostgreSQL pool (DATABASE_POOL_SIZE, default 10). */
  poolSize: number;
  /** Abuse limits on /graphql (SPEC §10); see shared/api-limits.ts for what each means. */
  limits: ApiLimits;
  /**
   * Load balancers or reverse proxies in front of PORT whose X-Forwarded-For/-Proto/-Host the
   * front door believes (TRUSTED_PROXIES: comma-separated addresses, CIDR ranges or proxy-addr's
   * names loopback, linklocal, uniquelocal). Empty: the peer is the client.
   */
  trustedProxies: string[];
}

function listFrom(name: string): string[] {
  const items = (process.env[name] ?? "")
    .split(",")
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
  try {
    proxyaddr.compile(items);
  } catch (error) {
    throw new Error(`${name} must list addresses or CIDR ranges: ${(error as Error).message}`);
  }
  return items;
}

function boolFrom(name: string, fallback: boolean): boolean {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  if (raw !== "true" && raw !== "false") throw new Error(`${name} must be true or false, got "${raw}"`);
  return raw === "true";
}

/** The limits from GRAPHQL_* and RATE_LIMIT_* variables, each defaulting to DEFAULT_API_LIMITS. */
export function readLimits(): ApiLimits {
  const d = DEFAULT_API_LIMITS;
  return {
    maxDepth: intFrom("GRAPHQL_MAX_DEPTH", d.maxDepth),
    maxAliases: intFrom("GRAPHQL_MAX_ALIASES", d.maxAliases),
    maxTokens: intFrom("GRAPHQL_MAX_TOKENS", d.maxTokens),
    maxDirectives: intFrom("GRAPHQL_MAX_DIRECTIVES", d.maxDirectives),
    maxCost: intFrom("GRAPHQL_MAX_COST", d.maxCost),
    maxBodyBytes: intFrom("GRAPHQL_MAX_BODY_BYTES", d.maxBodyBytes),
    introspection: process.env.GRAPHQL_INTROSPECTION === undefined ? null : boolFrom("GRAPHQL_INTROSPECTION", false),
    rateWindowSeconds: intFrom("RATE_LIMIT_WINDOW_SECONDS", d.rateWindowSeconds),
    ratePerApiKey: intFrom("RATE_LIMIT_PER_API_KEY", d.ratePerApiKey),
    ratePerSession: intFrom("RATE_LIMIT_PER_SESSION", d.ratePerSession),
    ratePerIp: intFrom("RATE_LIMIT_PER_IP", d.ratePerIp),
  };
}

export function readEnv(): Env {
  return {
    databaseUrl: process.env.DATABASE_URL || undefined,
    port: intFrom("PORT", 3000),
    apiPort: intFrom("API_PORT", 4000),
    // the product runs in production mode (no introspection, no stack traces) unless told otherwise
    production: process.env.NODE_ENV !== "development" && process.env.NODE_ENV !== "test",
    dataDir: process.env.CRM_DATA_DIR || ".data",
    filesDir: process.env.CRM_FILES_DIR || join(process.env.CRM_DATA_DIR || ".data", "files"),
    cookieSecure: process.env.COOKIE_SECURE === "true",
    sessionTtlHours: intFrom("SESSION_TTL_HOURS", 12),
    poolSize: intFrom("DATABASE_POOL_SIZE", 10),
    limits: readLimits(),
    trustedProxies: listFrom("TRUSTED_PROXIES"),
  };
}
