import { resolve } from "node:path";
import type { Env } from "../env";
import { startEmbeddedPostgres } from "./embedded-postgres";

export interface OpenedDatabase {
  url: string;
  description: string;
  stop(): Promise<void>;
}

/** DATABASE_URL when set; otherwise the embedded PostgreSQL (PGlite) persisted under the data dir. */
export async function openDatabase(env: Env): Promise<OpenedDatabase> {
  if (env.databaseUrl) {
    const safe = env.databaseUrl.replace(/\/\/[^@/]*@/, "//***@");
    return { url: env.databaseUrl, description: `PostgreSQL at ${safe}`, stop: () => Promise.resolve() };
  }
  const dataDir = resolve(env.dataDir, "pglite");
  const embedded = await startEmbeddedPostgres({ dataDir });
  return { url: embedded.url, description: `embedded PostgreSQL (PGlite) in ${dataDir}`, stop: () => embedded.stop() };
}
