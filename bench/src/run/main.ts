import { execFileSync } from "node:child_process";
import { cpus, loadavg } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { Pool } from "pg";
import { candidatePasswords, readManifest } from "./fixtures";
import { table, writeJson } from "./report";
import { startApi, startBaseline, type RunningServer } from "./servers";
import { p1 } from "./scenarios/p1-console-list";
import { p2 } from "./scenarios/p2-registration";
import { p3 } from "./scenarios/p3-campaign-view";
import { p4 } from "./scenarios/p4-search";
import { p5 } from "./scenarios/p5-payment";
import type { Scenario, ScenarioContext, ScenarioResult } from "./types";

const SCENARIOS: Scenario[] = [p1, p2, p3, p4, p5];

/**
 * What the API is told for load testing (every variable exists for operators: apps/api/src/env.ts,
 * docs/partner-api.md). The per-session / per-IP request limits would refuse a load from one
 * session or one address within seconds, so they are raised to their maximum; they are still
 * counted in PostgreSQL on every request, as in production. Everything else stays the default.
 */
const LOAD_TEST_ENV: Record<string, string> = {
  RATE_LIMIT_PER_SESSION: "2000000000",
  RATE_LIMIT_PER_IP: "2000000000",
  RATE_LIMIT_PER_API_KEY: "2000000000",
};

function usage(): never {
  console.log(`npm run bench [-- --scenario P1[,P2…]] [--duration 20] [--connections N] [--rounds 2] [--no-build]
  BENCH_DATABASE_URL   default postgres://postgres@127.0.0.1:5432/crm_bench
  DATABASE_POOL_SIZE   the API's (and baseline's) pool size, default 10`);
  process.exit(0);
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      scenario: { type: "string" },
      duration: { type: "string", default: "20" },
      connections: { type: "string" },
      rounds: { type: "string", default: "2" },
      "no-build": { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) usage();
  const benchDir = resolve(__dirname, "../..");
  const repoRoot = resolve(benchDir, "..");
  const databaseUrl = process.env.BENCH_DATABASE_URL || "postgres://postgres@127.0.0.1:5432/crm_bench";
  const poolSize = Number(process.env.DATABASE_POOL_SIZE || 10);
  const wanted = values.scenario
    ?.toUpperCase()
    .split(",")
    .map((s) => s.trim());
  const scenarios = wanted ? SCENARIOS.filter((s) => wanted.includes(s.id)) : SCENARIOS;
  if (scenarios.length === 0)
    throw new Error(`no scenario ${values.scenario}; known: ${SCENARIOS.map((s) => s.id).join(", ")}`);
  const log = (line: string) => console.log(`[bench] ${line}`);

  if (!values["no-build"]) {
    log("building the API (turbo run build --filter=@crm/api)");
    execFileSync("npx", ["turbo", "run", "build", "--filter=@crm/api", "--output-logs=errors-only"], {
      cwd: repoRoot,
      stdio: "inherit",
      env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1" },
    });
  }
  log("applying migrations");
  execFileSync(
    process.execPath,
    [
      "-e",
      `require(${JSON.stringify(join(repoRoot, "apps/api/dist/database/migrate.js"))}).migrate(process.argv[1]).then(() => process.exit(0), (e) => { console.error(e); process.exit(1); })`,
      databaseUrl,
    ],
    {
      stdio: "inherit",
    },
  );

  const pool = new Pool({ connectionString: databaseUrl, max: 4 });
  const servers: RunningServer[] = [];
  const results: ScenarioResult[] = [];
  const failures: string[] = [];
  const load = { before: loadavg(), cores: cpus().length };
  try {
    const apiEnv = { ...LOAD_TEST_ENV, DATABASE_POOL_SIZE: String(poolSize) };
    const api = await startApi(repoRoot, databaseUrl, apiEnv);
    servers.push(api);
    const baseline = await startBaseline(benchDir, databaseUrl, poolSize);
    servers.push(baseline);
    log(`API ${api.url} (NODE_ENV=production, pool ${poolSize}); baseline ${baseline.url}`);
    log(
      `load-test configuration of the API: ${Object.entries(LOAD_TEST_ENV)
        .map(([k, v]) => `${k}=${v}`)
        .join(" ")}`,
    );
    log(`machine: ${load.cores} cores, load average ${load.before.map((l) => l.toFixed(2)).join(" ")}`);
    const written = readManifest(benchDir);
    const databaseName = new URL(databaseUrl).pathname.slice(1);
    // the manifest describes the database bench:data filled last: use it only for that one
    const manifest = written?.database?.name === databaseName ? written : null;
    log(
      manifest
        ? "fixtures: bench/.data/manifest.json, then SQL"
        : `fixtures: by SQL (${written ? `the manifest is of ${written.database?.name}` : "no bench/.data/manifest.json"})`,
    );
    const ctx: ScenarioContext = {
      api: api.url,
      baseline: baseline.url,
      pool,
      repoRoot,
      databaseUrl,
      manifest,
      passwords: candidatePasswords(manifest),
      options: {
        duration: Number(values.duration),
        connections: values.connections ? Number(values.connections) : null,
        rounds: Number(values.rounds),
      },
      log,
    };
    for (const scenario of scenarios) {
      log(`${scenario.id} ${scenario.title}`);
      try {
        const result = await scenario.run(ctx);
        results.push(result);
        for (const note of result.notes) log(`  ${note}`);
        for (const violation of result.violations) log(`  VIOLATION: ${violation}`);
      } catch (error) {
        failures.push(`${scenario.id}: ${error instanceof Error ? error.message : String(error)}`);
        log(`  FAILED: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      }
    }
  } finally {
    for (const server of servers.reverse()) await server.stop();
    await pool.end();
  }
  const after = loadavg();
  console.log("");
  console.log(table(results));
  console.log("");
  log(
    `load average before ${load.before.map((l) => l.toFixed(2)).join(" ")}, after ${after.map((l) => l.toFixed(2)).join(" ")} (${load.cores} cores, shared)`,
  );
  const file = writeJson(join(benchDir, "results"), {
    at: new Date().toISOString(),
    machine: { cores: load.cores, loadBefore: load.before, loadAfter: after, node: process.version },
    database: databaseUrl.replace(/\/\/[^@]*@/, "//"),
    apiEnv: { ...LOAD_TEST_ENV, DATABASE_POOL_SIZE: String(poolSize), NODE_ENV: "production" },
    options: values,
    results,
    failures,
  });
  log(`results: ${file}`);
  const errors = results.filter((r) => r.violations.length > 0 || r.rows.some((row) => row.load.errors > 0));
  for (const r of errors) {
    for (const row of r.rows.filter((x) => x.load.errors > 0)) {
      log(`${r.id} ${row.label}: ${row.load.errors} errors ${JSON.stringify(row.load.errorKinds)}`);
    }
  }
  const missed = results.filter((r) => r.met === false).map((r) => r.id);
  if (missed.length) log(`goals not met (reported, not a failure): ${missed.join(", ")}`);
  return failures.length > 0 || errors.length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);
