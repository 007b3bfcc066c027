import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { BENCH_PASSWORD, generate, shanghaiMidnight } from "./run";

/**
 * `npm run bench:data -- --enterprises 1000000 [--seed S] [--anchor YYYY-MM-DD] [--force]`
 * (the root script builds the API first: its migrations, seeds and password hashing are used from apps/api/dist)
 * Drops and recreates BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/crm_bench),
 * migrates it with the product's migrations and bulk-loads synthetic data (bench/README.md).
 */
export const DEFAULT_SEED = "crm-bench-1";
export const DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/crm_bench";

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      enterprises: { type: "string", default: "1000000" },
      seed: { type: "string", default: DEFAULT_SEED },
      anchor: { type: "string" },
      force: { type: "boolean", default: false },
      "ledger-batch": { type: "string", default: "0" },
    },
    allowPositionals: false,
  });
  const enterprises = Number(values.enterprises);
  const manifest = await generate({
    enterprises,
    seed: values.seed,
    databaseUrl: process.env.BENCH_DATABASE_URL ?? DEFAULT_DATABASE_URL,
    force: values.force,
    anchor: shanghaiMidnight(values.anchor),
    dataDir: resolve(__dirname, "../../.data"),
    ledgerBatch: Number(values["ledger-batch"]),
  });
  const { tables, phases, totalSeconds } = manifest.timings;
  console.log("\nTable                           rows       seconds      rows/s");
  for (const [table, seconds] of Object.entries(tables)) {
    const rows = manifest.counts[table] ?? 0;
    console.log(
      `${table.padEnd(28)} ${String(rows).padStart(10)} ${seconds.toFixed(1).padStart(10)} ${String(Math.round(rows / Math.max(seconds, 0.001))).padStart(11)}`,
    );
  }
  console.log(`\n${"Phase (A and B are the two connections, concurrent)".padEnd(80)}  seconds`);
  for (const [name, seconds] of Object.entries(phases)) {
    const load = manifest.timings.loadAverageAtPhaseEnd[name] ?? 0;
    console.log(`${name.padEnd(80)} ${seconds.toFixed(1).padStart(8)}   load ${load}`);
  }
  const cpu = manifest.timings.cpuSeconds;
  console.log(
    `CPU seconds: generator ${cpu.generator}, PostgreSQL (2 load connections) ${cpu.postgresLoadConnections}, on ${manifest.timings.cpus} CPUs`,
  );
  console.log(`\nTotal ${totalSeconds.toFixed(1)} s  —  database ${manifest.database.name}, seed ${manifest.seed}`);
  console.log(
    `Counts: ${Object.entries(manifest.counts)
      .map(([k, v]) => `${k}=${v}`)
      .join(", ")}`,
  );
  console.log(`Every account's password: ${BENCH_PASSWORD}. Manifest: bench/.data/manifest.json`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
