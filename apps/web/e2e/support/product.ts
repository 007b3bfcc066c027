import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { dirname, join } from "node:path";
import { provideTestDatabase, type TestDatabase } from "@crm/api/dist/testing/test-database";

export interface RunningProduct {
  url: string;
  database: TestDatabase;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
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

async function waitFor(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the product exited early with code ${child.exitCode}`);
    try {
      const response = await fetch(url, { redirect: "manual" });
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`the product did not answer at ${url} within ${timeoutMs} ms`);
}

/**
 * Starts the whole product as `npm start` does (apps/api/dist/launch.js: migrations, demo
 * data, API, `next start`) against a fresh database, on free ports. Needs `npm run build`.
 */
export async function startProduct(): Promise<RunningProduct> {
  const database = await provideTestDatabase();
  const [port, apiPort] = [await freePort(), await freePort()];
  const launch = join(dirname(require.resolve("@crm/api/package.json")), "dist", "launch.js");
  const output: string[] = [];
  const child = spawn(process.execPath, [launch], {
    env: { ...process.env, DATABASE_URL: database.url, PORT: String(port), API_PORT: String(apiPort) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const keep = (chunk: Buffer) => {
    output.push(chunk.toString());
    if (output.length > 200) output.shift();
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitFor(`${url}/login`, child, 90_000);
  } catch (error) {
    child.kill("SIGKILL");
    await database.stop();
    throw new Error(`${(error as Error).message}\n${output.join("")}`);
  }
  return {
    url,
    database,
    stop: async () => {
      await new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
        setTimeout(() => child.kill("SIGKILL"), 5000).unref();
      });
      await database.stop();
    },
  };
}
