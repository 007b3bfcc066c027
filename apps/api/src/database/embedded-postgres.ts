/**
 * Embedded PostgreSQL: PGlite (PostgreSQL compiled to WASM) persisted in a
 * directory and served over the PostgreSQL wire protocol on a local TCP port,
 * so the unchanged `pg` driver and TypeORM can use it like any server.
 *
 * This is the zero-install default for development and tests. Its limits
 * (PGlite 0.5 + pglite-socket 0.2):
 * - Everything is serialized: one query runs at a time, and while one
 *   connection holds an open transaction every other connection waits.
 *   `NOWAIT` and lock timeouts therefore never fire, and a query sent on a
 *   second connection from inside an open transaction (e.g. through the global
 *   data source instead of the transaction's entity manager) waits forever.
 * - It reports PostgreSQL 18; write SQL that also runs on PostgreSQL 15.
 * - Contrib extensions load only when passed to `PGlite.create`
 *   (pg_trgm for enterprise search and btree_gist for the registration exclusion constraint are loaded here).
 * Use a real PostgreSQL server in production and for race / locking tests.
 *
 * The pglite packages are ES modules: they are loaded with dynamic `import()`,
 * which TypeScript keeps as a real `import()` under module node16. Inside a
 * jest test file (a vm context) that needs `--experimental-vm-modules`, so in
 * tests start the server from jest's globalSetup, which runs outside the vm.
 */
import { mkdir } from "node:fs/promises";

export interface EmbeddedPostgresOptions {
  /** Directory holding the database files; created when missing. */
  dataDir: string;
  /** TCP port to listen on; 0 (the default) picks a free port. */
  port?: number;
  /** Address to listen on; defaults to 127.0.0.1. */
  host?: string;
  /**
   * Most client connections open at once (default 64). pglite-socket's own
   * default is 1, which starves any connection pool; keep this at least the
   * sum of the pool sizes of every process that connects.
   */
  maxConnections?: number;
}

export interface EmbeddedPostgres {
  /** `postgres://postgres@<host>:<port>/postgres` */
  url: string;
  /** Closes client connections, stops listening and closes the database. */
  stop(): Promise<void>;
}

const DEFAULT_HOST = "127.0.0.1";
const DEFAULT_MAX_CONNECTIONS = 64;

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const host = options.host ?? DEFAULT_HOST;
  const port = options.port ?? 0;
  const maxConnections = options.maxConnections ?? DEFAULT_MAX_CONNECTIONS;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new RangeError(`embedded PostgreSQL: invalid port ${port}`);
  }
  if (!Number.isInteger(maxConnections) || maxConnections < 1) {
    throw new RangeError(`embedded PostgreSQL: invalid maxConnections ${maxConnections}`);
  }

  await mkdir(options.dataDir, { recursive: true });

  const [{ PGlite }, { pg_trgm }, { btree_gist }, { PGLiteSocketServer }] = await Promise.all([
    import("@electric-sql/pglite"),
    import("@electric-sql/pglite/contrib/pg_trgm"),
    import("@electric-sql/pglite/contrib/btree_gist"),
    import("@electric-sql/pglite-socket"),
  ]);

  const db = await PGlite.create({
    dataDir: options.dataDir,
    extensions: { pg_trgm, btree_gist },
  });

  const server = new PGLiteSocketServer({ db, host, port, maxConnections });
  try {
    await server.start();
  } catch (error) {
    await db.close().catch(() => undefined);
    throw new Error(`embedded PostgreSQL: cannot listen on ${host}:${port}: ${errorMessage(error)}`, { cause: error });
  }

  // With port 0 the OS picks the port; the server reports it as "host:port".
  const listeningOn = server.getServerConn();
  const boundPort = Number(listeningOn.slice(listeningOn.lastIndexOf(":") + 1));
  if (!Number.isInteger(boundPort) || boundPort <= 0) {
    await server.stop();
    await db.close();
    throw new Error(`embedded PostgreSQL: unexpected listening address "${listeningOn}"`);
  }

  let stopping: Promise<void> | undefined;
  return {
    url: `postgres://postgres@${formatHost(host)}:${boundPort}/postgres`,
    stop(): Promise<void> {
      stopping ??= (async () => {
        await server.stop();
        if (!db.closed) await db.close();
      })();
      return stopping;
    },
  };
}

function formatHost(host: string): string {
  return host.includes(":") ? `[${host}]` : host;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
