import "reflect-metadata";
import { spawn, type ChildProcess } from "node:child_process";
import { createInterface } from "node:readline";
import { createServer, type Server } from "node:http";
import { dirname } from "node:path";
import { createApp } from "./app";
import { createDataSource } from "./database/data-source";
import { migrate } from "./database/migrate";
import { openDatabase } from "./database/open-database";
import { DEMO_PASSWORD } from "./database/seeds/demo-data";
import { seedDemoData } from "./database/seeds/seed";
import { readEnv } from "./env";
import { freeLoopbackPort, startFrontDoor } from "./front-door";
import { scheduleHourly } from "./jobs/schedule-hourly";

/**
 * `npm start`: the whole product in one command — database (DATABASE_URL or embedded),
 * migrations, demo data on first run, the API, and the console that proxies /graphql to it.
 */
async function launch(): Promise<void> {
  const env = readEnv();
  const log = (line: string) => console.log(`[crm] ${line}`);
  const database = await openDatabase(env);
  log(`database: ${database.description}`);
  await migrate(database.url);
  log("migrations applied");
  const dataSource = await createDataSource(database.url, env.poolSize).initialize();
  const seeded = await seedDemoData(dataSource, log);

  const app = await createApp({
    dataSource,
    production: env.production,
    settings: { cookieSecure: env.cookieSecure, sessionTtlHours: env.sessionTtlHours },
    limits: env.limits,
  });
  const server: Server = createServer(app.express);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(env.apiPort, "127.0.0.1", resolve);
  });
  const apiUrl = `http://127.0.0.1:${env.apiPort}`;
  const stopJobs = [
    scheduleHourly(
      "public pool",
      async () => {
        const entered = await app.services.pool.enterPublicPool(new Date());
        return entered > 0 ? `${entered} enterprise(s) entered` : null;
      },
      log,
    ),
    scheduleHourly(
      "registration reminders",
      async () => {
        const sent = await app.services.registration.remindExpiring();
        return sent > 0 ? `${sent} expiry reminder(s) sent` : null;
      },
      log,
    ),
    scheduleHourly(
      "campaign views",
      async () => {
        const moved = await app.services.campaignPublic.rollupViews();
        return moved > 0 ? `${moved} view(s) rolled up` : null;
      },
      log,
    ),
    scheduleHourly(
      "API key calls",
      async () => {
        const pruned = await app.services.apiKeyCall.prune(new Date());
        return pruned > 0 ? `${pruned} call record(s) older than 90 days pruned` : null;
      },
      log,
    ),
  ];
  log(`API:     ${apiUrl}/graphql`);

  const webDir = dirname(require.resolve("@crm/web/package.json"));
  const nextBin = require.resolve("next/dist/bin/next", { paths: [webDir] });
  const nextPort = await freeLoopbackPort();
  const web: ChildProcess = spawn(process.execPath, [nextBin, "start", "-p", String(nextPort), "-H", "127.0.0.1"], {
    cwd: webDir,
    env: { ...process.env, API_URL: apiUrl, PORT: String(nextPort) },
    stdio: ["ignore", "pipe", "inherit"],
  });
  // Next's own banner names its internal loopback port, which skips the front door: keep that
  // out of the output and say where the console is once Next is ready
  createInterface({ input: web.stdout as NodeJS.ReadableStream }).on("line", (line) => {
    if (/^\s*-\s*(Local|Network):/.test(line)) return;
    console.log(line);
    if (/Ready in/.test(line)) log(`console ready at http://localhost:${env.port}`);
  });
  const frontDoor = await startFrontDoor({
    port: env.port,
    upstreamPort: nextPort,
    trustedProxies: env.trustedProxies,
  });
  log(`console: http://localhost:${env.port}  (GraphQL for browsers at http://localhost:${env.port}/graphql)`);
  if (seeded) {
    log(`demo logins (password ${DEMO_PASSWORD}): hd.admin, hd.assistant, hd.manager, hd.a, hd.b, hn.admin, hn.sales,`);
    log(`  vendor.admin, vendor.cm, vendor.director, vendor.finance, vendor.ops — see README.md`);
  }

  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    for (const stopJob of stopJobs) stopJob();
    web.kill("SIGTERM");
    frontDoor.close();
    server.close();
    await app.stop();
    await dataSource.destroy();
    await database.stop();
    process.exit(code);
  };
  web.on("exit", (code) => {
    if (!stopping) {
      console.error(`[crm] the console exited (${code ?? "signal"}); stopping`);
      void stop(1);
    }
  });
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));
}

launch().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
