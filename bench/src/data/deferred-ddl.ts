import type { PoolClient } from "pg";

/**
 * Bulk loading without per-row index maintenance and foreign-key triggers (PostgreSQL's own
 * advice for populating a database): the secondary indexes and foreign keys of the loaded tables
 * are read from the catalogue exactly as the migrations created them, dropped, and after COPY
 * created again from those very definitions (index builds sort once; a foreign key is validated
 * with one anti-join instead of one lookup per row). Primary keys, unique and exclusion
 * constraints, checks and triggers stay in place throughout. `restore` then compares the
 * catalogue with the snapshot and fails if anything differs.
 */
export interface DdlSnapshot {
  indexes: { table: string; name: string; def: string }[];
  foreignKeys: { table: string; name: string; def: string }[];
}

export async function snapshotDeferrable(client: PoolClient, tables: readonly string[]): Promise<DdlSnapshot> {
  const indexes = await client.query<{ table: string; name: string; def: string }>(
    `SELECT c.relname AS table, i.relname AS name, pg_get_indexdef(x.indexrelid) AS def
       FROM pg_index x
       JOIN pg_class i ON i.oid = x.indexrelid
       JOIN pg_class c ON c.oid = x.indrelid
      WHERE c.relnamespace = 'public'::regnamespace AND c.relname = ANY($1)
        AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid)
      ORDER BY c.relname, i.relname`,
    [tables],
  );
  const foreignKeys = await client.query<{ table: string; name: string; def: string }>(
    `SELECT c.relname AS table, k.conname AS name, pg_get_constraintdef(k.oid) AS def
       FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid
      WHERE k.contype = 'f' AND c.relnamespace = 'public'::regnamespace AND c.relname = ANY($1)
      ORDER BY c.relname, k.conname`,
    [tables],
  );
  return { indexes: indexes.rows, foreignKeys: foreignKeys.rows };
}

function ident(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

export async function dropDeferrable(client: PoolClient, snapshot: DdlSnapshot): Promise<void> {
  for (const fk of snapshot.foreignKeys) {
    await client.query(`ALTER TABLE ${ident(fk.table)} DROP CONSTRAINT ${ident(fk.name)}`);
  }
  for (const index of snapshot.indexes) await client.query(`DROP INDEX ${ident(index.name)}`);
}

/** A unit of restore work, for spreading over connections (largest first). */
export interface RestoreStep {
  label: string;
  sql: string;
  kind: "index" | "foreign key";
}

export function restoreSteps(snapshot: DdlSnapshot, tableRows: ReadonlyMap<string, number>): RestoreStep[] {
  const weight = (table: string, def: string) => (tableRows.get(table) ?? 0) * (def.includes("USING gin") ? 6 : 1);
  const indexes = [...snapshot.indexes]
    .sort((x, y) => weight(y.table, y.def) - weight(x.table, x.def))
    .map((i) => ({ label: `${i.table}: ${i.name}`, sql: i.def, kind: "index" as const }));
  const fks = [...snapshot.foreignKeys]
    .sort((x, y) => (tableRows.get(y.table) ?? 0) - (tableRows.get(x.table) ?? 0))
    .map((k) => ({
      label: `${k.table}: ${k.name}`,
      sql: `ALTER TABLE ${ident(k.table)} ADD CONSTRAINT ${ident(k.name)} ${k.def}`,
      kind: "foreign key" as const,
    }));
  return [...indexes, ...fks];
}

/** Runs the steps over the given connections (each takes the next step when free). */
export async function runSteps(
  clients: readonly PoolClient[],
  steps: readonly RestoreStep[],
  onDone: (step: RestoreStep, seconds: number) => void,
): Promise<void> {
  // Indexes first (any order), then foreign keys: a key's validation reads the parent's primary key only.
  const queue = [...steps];
  await Promise.all(
    clients.map(async (client) => {
      for (let step = queue.shift(); step; step = queue.shift()) {
        const t = Date.now();
        await client.query(step.sql);
        onDone(step, (Date.now() - t) / 1000);
      }
    }),
  );
}

export async function verifyRestored(
  client: PoolClient,
  tables: readonly string[],
  before: DdlSnapshot,
): Promise<void> {
  const after = await snapshotDeferrable(client, tables);
  const text = (s: DdlSnapshot) =>
    JSON.stringify({
      indexes: [...s.indexes].sort((x, y) => x.name.localeCompare(y.name)),
      foreignKeys: [...s.foreignKeys].sort((x, y) => x.name.localeCompare(y.name)),
    });
  if (text(after) !== text(before)) throw new Error("recreated indexes or foreign keys differ from the migrations'");
  const invalid = await client.query<{ name: string }>(
    `SELECT conname AS name FROM pg_constraint WHERE NOT convalidated AND connamespace = 'public'::regnamespace
        AND conrelid::regclass::text = ANY($1) AND contype = 'f'`,
    [tables],
  );
  if (invalid.rows.length > 0)
    throw new Error(`foreign keys left unvalidated: ${invalid.rows.map((r) => r.name).join(", ")}`);
}
