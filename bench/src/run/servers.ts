import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { join } from "node:path";

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface RunningServer {
  url: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

async function waitHealthy(url: string, child: ChildProcess, name: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode} before it was ready`);
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${name} not ready after ${timeoutMs} ms`);
}

function start(name: string, command: string, args: string[], env: NodeJS.ProcessEnv, url: string) {
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  const prefix = (line: string) => `[${name}] ${line}`;
  child.stdout?.on("data", (d: Buffer) => {
    if (process.env.BENCH_VERBOSE) process.stdout.write(prefix(d.toString()));
  });
  child.stderr?.on("data", (d: Buffer) => process.stderr.write(prefix(d.toString())));
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
      setTimeout(() => child.kill("SIGKILL"), 5_000).unref();
    });
  return { url, process: child, stop };
}

/**
 * The API as production runs it (`node apps/api/dist/main.js`, NODE_ENV=production) on a free
 * port. `limits` are the GRAPHQL_* / RATE_LIMIT_* variables the load needs (printed by the runner).
 */
export async function startApi(
  repoRoot: string,
  databaseUrl: string,
  env: Record<string, string>,
): Promise<RunningServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const server = start(
    "api",
    process.execPath,
    [
      // BENCH_PROFILE=dir: a V8 CPU profile of the API per run (open in Chrome DevTools / speedscope)
      ...(process.env.BENCH_PROFILE
        ? [
            "--cpu-prof",
            `--cpu-prof-dir=${process.env.BENCH_PROFILE}`,
            "--require",
            join(__dirname, "exit-on-sigterm.cjs"),
          ]
        : []),
      join(repoRoot, "apps/api/dist/main.js"),
    ],
    { ...env, NODE_ENV: "production", DATABASE_URL: databaseUrl, API_PORT: String(port) },
    url,
  );
  await waitHealthy(url, server.process, "API");
  return server;
}

/** The hand-written baseline (baseline-server.ts) under tsx, same database and pool size. */
export async function startBaseline(benchDir: string, databaseUrl: string, poolSize: number): Promise<RunningServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const server = start(
    "baseline",
    process.execPath,
    [require.resolve("tsx/cli", { paths: [benchDir] }), join(benchDir, "src/run/baseline-server.ts")],
    { NODE_ENV: "production", DATABASE_URL: databaseUrl, BASELINE_PORT: String(port), POOL_SIZE: String(poolSize) },
    url,
  );
  await waitHealthy(url, server.process, "baseline");
  return server;
}
