import "reflect-metadata";
import { createServer } from "node:http";
import { createApp } from "./app";
import { createDataSource } from "./database/data-source";
import { readEnv } from "./env";

/** Serves the API alone against DATABASE_URL (already migrated). `launch.ts` runs the whole product. */
async function main(): Promise<void> {
  const env = readEnv();
  if (!env.databaseUrl)
    throw new Error("DATABASE_URL is required to run the API alone; use `npm start` for everything");
  const dataSource = await createDataSource(env.databaseUrl, env.poolSize).initialize();
  const app = await createApp({
    dataSource,
    production: env.production,
    settings: { cookieSecure: env.cookieSecure, sessionTtlHours: env.sessionTtlHours },
    limits: env.limits,
  });
  createServer(app.express).listen(env.apiPort, "127.0.0.1", () => {
    console.log(`API ready at http://127.0.0.1:${env.apiPort}/graphql`);
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
