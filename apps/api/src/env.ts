import { join } from "node:path";

/** The only place that reads process.env: validated once, typed everywhere else. */
function intFrom(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0 || value > 65535 * 1000) {
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
  };
}
