/**
 * Gives one test run a fresh, empty PostgreSQL database, from the first of:
 *
 * 1. `DATABASE_URL`: a new database `crm_test_<pid>_<random>` on that server,
 *    dropped again by stop().
 * 2. PostgreSQL server binaries on this machine (`/usr/lib/postgresql/<v>/bin`,
 *    highest version first, then PATH): a throwaway cluster in a temp dir on a
 *    free 127.0.0.1 port, stopped and deleted by stop().
 * 3. Embedded PGlite (see src/database/embedded-postgres.ts) in a temp dir.
 *    Everything is serialized there: race and locking tests need 1 or 2.
 *
 * `TEST_DATABASE=DATABASE_URL|local-postgres|embedded` forces one of them.
 */
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { constants, rmSync } from "node:fs";
import { access, appendFile, chown, mkdtemp, readFile, readdir, rm, stat } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { Client } from "pg";
import { startEmbeddedPostgres } from "../database/embedded-postgres";

export type TestDatabaseKind = "DATABASE_URL" | "local-postgres" | "embedded";

export interface TestDatabase {
  /** Connection URL of the fresh database. */
  url: string;
  kind: TestDatabaseKind;
  /** One human-readable line: what the database is and where. */
  description: string;
  /** Drops / stops and deletes the database; safe to call more than once. */
  stop(): Promise<void>;
}

/** Where jest's globalSetup keeps the database for globalTeardown (same process). */
export const TEST_DATABASE_HANDLE = Symbol.for("crm.api.testDatabase");

export type GlobalWithTestDatabase = typeof globalThis & {
  [TEST_DATABASE_HANDLE]?: TestDatabase;
};

const KINDS: readonly TestDatabaseKind[] = ["DATABASE_URL", "local-postgres", "embedded"];
const READY_TIMEOUT_MS = 60_000;

export async function provideTestDatabase(): Promise<TestDatabase> {
  const forced = process.env.TEST_DATABASE?.trim();
  if (forced && !isKind(forced)) {
    throw new Error(`TEST_DATABASE must be one of ${KINDS.join(", ")}; got "${forced}"`);
  }
  const databaseUrl = process.env.DATABASE_URL?.trim();

  if (forced === "DATABASE_URL" || (!forced && databaseUrl)) {
    if (!databaseUrl) {
      throw new Error("TEST_DATABASE=DATABASE_URL but DATABASE_URL is not set");
    }
    return freshDatabaseOnServer(databaseUrl);
  }
  if (forced === "local-postgres" || !forced) {
    const binaries = await findPostgresBinaries();
    if (binaries) return startThrowawayCluster(binaries);
    if (forced) {
      throw new Error(
        "TEST_DATABASE=local-postgres but no initdb/pg_ctl was found in /usr/lib/postgresql/*/bin or PATH",
      );
    }
  }
  return startEmbedded();
}

function isKind(value: string): value is TestDatabaseKind {
  return (KINDS as readonly string[]).includes(value);
}

// ---------------------------------------------------------------------------
// 1. A fresh database on the server named by DATABASE_URL

async function freshDatabaseOnServer(serverUrl: string): Promise<TestDatabase> {
  const name = `crm_test_${process.pid}_${randomBytes(4).toString("hex")}`;
  let url: URL;
  try {
    url = new URL(serverUrl);
  } catch (error) {
    throw new Error("DATABASE_URL is not a valid URL", { cause: error });
  }
  url.pathname = `/${name}`;
  const shown = redact(serverUrl);

  const serverVersion = await withClient(serverUrl, shown, async (client) => {
    // template0 is always empty and never has other sessions attached.
    await client.query(`CREATE DATABASE ${quoteIdent(name)} TEMPLATE template0`);
    const result = await client.query<{ version: string }>("SELECT current_setting('server_version') AS version");
    return result.rows[0]?.version.split(" ")[0] ?? "?";
  });

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= dropDatabase(serverUrl, shown, name);
    return stopping;
  };
  try {
    await waitUntilAccepting(url.href, READY_TIMEOUT_MS);
  } catch (error) {
    await stop().catch(() => undefined);
    throw error;
  }
  return {
    url: url.href,
    kind: "DATABASE_URL",
    description: `DATABASE_URL (fresh database ${name} on ${url.host || "local socket"}, PostgreSQL ${serverVersion})`,
    stop,
  };
}

async function dropDatabase(serverUrl: string, shown: string, name: string): Promise<void> {
  await withClient(serverUrl, shown, async (client) => {
    const result = await client.query<{ num: number }>("SELECT current_setting('server_version_num')::int AS num");
    const versionNum = result.rows[0]?.num ?? 0;
    if (versionNum >= 130000) {
      await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
      return;
    }
    await client.query(`UPDATE pg_database SET datallowconn = false WHERE datname = $1`, [name]);
    await client.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
        WHERE datname = $1 AND pid <> pg_backend_pid()`,
      [name],
    );
    await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)}`);
  });
}

async function withClient<T>(url: string, shown: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(`cannot connect to ${shown}: ${errorMessage(error)} (is that server running?)`, { cause: error });
  }
  try {
    return await work(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

// ---------------------------------------------------------------------------
// 2. A throwaway cluster from this machine's PostgreSQL binaries

interface PostgresBinaries {
  initdb: string;
  pgCtl: string;
  version: string;
}

/** Finds initdb + pg_ctl: /usr/lib/postgresql/<highest>/bin first, then PATH. */
export async function findPostgresBinaries(): Promise<PostgresBinaries | undefined> {
  const candidates: Array<{ initdb: string; pgCtl: string }> = [];
  const root = "/usr/lib/postgresql";
  const versions = await readdir(root).catch((): string[] => []);
  versions
    .filter((entry) => /^\d+(\.\d+)?$/.test(entry))
    .sort((a, b) => Number(b) - Number(a))
    .forEach((version) => {
      const bin = path.join(root, version, "bin");
      candidates.push({
        initdb: path.join(bin, "initdb"),
        pgCtl: path.join(bin, "pg_ctl"),
      });
    });
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
    if (dir) {
      candidates.push({
        initdb: path.join(dir, "initdb"),
        pgCtl: path.join(dir, "pg_ctl"),
      });
    }
  }

  for (const candidate of candidates) {
    if ((await isExecutable(candidate.initdb)) && (await isExecutable(candidate.pgCtl))) {
      const probe = spawnSync(candidate.initdb, ["--version"], {
        encoding: "utf8",
      });
      const version = /(\d+(?:\.\d+)*)/.exec(probe.stdout ?? "")?.[1];
      if (probe.status === 0 && version) return { ...candidate, version };
    }
  }
  return undefined;
}

interface RunAs {
  name: string;
  uid: number;
  gid: number;
}

async function startThrowawayCluster(binaries: PostgresBinaries): Promise<TestDatabase> {
  // initdb and postgres refuse to run as root: run them as an unprivileged user.
  const runAs = process.getuid?.() === 0 ? unprivilegedUser() : undefined;
  const base = runAs && !(await othersCanEnter(tmpdir())) ? "/tmp" : tmpdir();
  const dir = await mkdtemp(path.join(base, "crm-pg-"));
  const dataDir = path.join(dir, "data");
  const logFile = path.join(dir, "postgres.log");
  let started = false;

  const removeDir = (): void => rmSync(dir, { recursive: true, force: true });
  const stopSync = (): void => {
    if (started) {
      spawnSync(binaries.pgCtl, ["-D", dataDir, "-m", "immediate", "stop"], {
        ...spawnOptions(dir, runAs),
        stdio: "ignore",
      });
    }
    removeDir();
  };
  // Never leave a postgres behind if the process exits without stop().
  process.once("exit", stopSync);

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      process.removeListener("exit", stopSync);
      if (started) {
        await run(binaries.pgCtl, ["-D", dataDir, "-m", "immediate", "-w", "stop"], dir, runAs).catch(() => undefined);
      }
      await rm(dir, { recursive: true, force: true });
    })();
    return stopping;
  };

  try {
    if (runAs) await chown(dir, runAs.uid, runAs.gid);
    // C.UTF-8, not C: with LC_CTYPE=C pg_trgm finds no trigrams in Chinese.
    await run(
      binaries.initdb,
      ["-D", dataDir, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync"],
      dir,
      runAs,
    );
    await appendFile(
      path.join(dataDir, "postgresql.conf"),
      [
        "",
        "# throwaway test cluster (apps/api/test/database-provider.ts)",
        "listen_addresses = '127.0.0.1'",
        `unix_socket_directories = '${dir.replaceAll("'", "''")}'`,
        "fsync = off",
        "synchronous_commit = off",
        "full_page_writes = off",
        "max_connections = 100",
        "",
      ].join("\n"),
    );

    // A free port can be taken before postgres binds it: try a few.
    let port = 0;
    for (let attempt = 1; !started; attempt += 1) {
      port = await findFreePort();
      try {
        await run(
          binaries.pgCtl,
          ["-D", dataDir, "-l", logFile, "-w", "-t", "60", "-o", `-p ${port}`, "start"],
          dir,
          runAs,
        );
        started = true;
      } catch (error) {
        const log = await readFile(logFile, "utf8").catch(() => "");
        if (attempt < 3 && /could not bind|address already in use/i.test(log)) {
          continue;
        }
        throw new Error(`${errorMessage(error)}\n--- ${logFile} ---\n${tail(log, 20)}`, { cause: error });
      }
    }

    const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
    await waitUntilAccepting(url, READY_TIMEOUT_MS);
    return {
      url,
      kind: "local-postgres",
      description: `local PostgreSQL ${binaries.version} (throwaway cluster on 127.0.0.1:${port}, ${path.dirname(binaries.pgCtl)})`,
      stop,
    };
  } catch (error) {
    await stop().catch(() => undefined);
    throw new Error(`cannot start a throwaway PostgreSQL cluster with ${binaries.initdb}: ${errorMessage(error)}`, {
      cause: error,
    });
  }
}

function unprivilegedUser(): RunAs {
  for (const name of ["postgres", "nobody"]) {
    const uid = idOf(name, "-u");
    const gid = idOf(name, "-g");
    if (uid !== undefined && gid !== undefined && uid !== 0) {
      return { name, uid, gid };
    }
  }
  throw new Error("running as root, and neither a 'postgres' nor a 'nobody' user exists to run initdb as");
}

function idOf(user: string, flag: "-u" | "-g"): number | undefined {
  const result = spawnSync("id", [flag, user], { encoding: "utf8" });
  const value = Number.parseInt(result.stdout ?? "", 10);
  return result.status === 0 && Number.isInteger(value) ? value : undefined;
}

/** Whether every directory from / down to dir lets "others" pass through. */
async function othersCanEnter(dir: string): Promise<boolean> {
  let current = path.resolve(dir);
  for (;;) {
    const info = await stat(current).catch(() => undefined);
    if (!info || (info.mode & 0o001) === 0) return false;
    const parent = path.dirname(current);
    if (parent === current) return true;
    current = parent;
  }
}

function spawnOptions(
  cwd: string,
  runAs: RunAs | undefined,
): { cwd: string; env: NodeJS.ProcessEnv; uid?: number; gid?: number } {
  // PG* variables (PGDATA, PGPORT, …) would override what we pass.
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.startsWith("PG")) env[key] = value;
  }
  if (!runAs) return { cwd, env };
  return { cwd, env: { ...env, HOME: cwd }, uid: runAs.uid, gid: runAs.gid };
}

/** Runs a command to completion; rejects with its output when it fails. */
function run(command: string, args: string[], cwd: string, runAs: RunAs | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      ...spawnOptions(cwd, runAs),
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code, signal) => {
      if (code === 0) return resolve();
      const who = runAs ? ` (as ${runAs.name})` : "";
      reject(
        new Error(
          `${path.basename(command)} ${args.join(" ")}${who} failed with ${signal ?? `exit code ${code}`}:\n${tail(output, 20)}`,
        ),
      );
    });
  });
}

function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => (port > 0 ? resolve(port) : reject(new Error("no free port found"))));
    });
  });
}

// ---------------------------------------------------------------------------
// 3. Embedded PGlite

async function startEmbedded(): Promise<TestDatabase> {
  const dir = await mkdtemp(path.join(tmpdir(), "crm-pglite-"));
  let stopping: Promise<void> | undefined;
  try {
    const server = await startEmbeddedPostgres({
      dataDir: path.join(dir, "data"),
    });
    const stop = (): Promise<void> => {
      stopping ??= server.stop().finally(() => rm(dir, { recursive: true, force: true }));
      return stopping;
    };
    try {
      await waitUntilAccepting(server.url, READY_TIMEOUT_MS);
    } catch (error) {
      await stop().catch(() => undefined);
      throw error;
    }
    return {
      url: server.url,
      kind: "embedded",
      description: `embedded PGlite (${new URL(server.url).host}; serialized, no real locking: use PostgreSQL for race tests)`,
      stop,
    };
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw new Error(`cannot start embedded PGlite: ${errorMessage(error)}`, {
      cause: error,
    });
  }
}

// ---------------------------------------------------------------------------
// Shared helpers

/** Retries `SELECT 1` until the server answers or the timeout passes. */
async function waitUntilAccepting(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    const client = new Client({
      connectionString: url,
      connectionTimeoutMillis: 5_000,
    });
    try {
      await client.connect();
      await client.query("SELECT 1");
      return;
    } catch (error) {
      lastError = error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    } finally {
      await client.end().catch(() => undefined);
    }
  }
  throw new Error(
    `${redact(url)} did not accept connections within ${timeoutMs / 1000} s: ${errorMessage(lastError)}`,
    { cause: lastError },
  );
}

async function isExecutable(file: string): Promise<boolean> {
  try {
    await access(file, constants.X_OK);
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.href;
  } catch {
    return "(unparsable URL)";
  }
}

function tail(text: string, lines: number): string {
  return text.trimEnd().split("\n").slice(-lines).join("\n");
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
