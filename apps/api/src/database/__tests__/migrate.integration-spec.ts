import { randomUUID } from "node:crypto";
import { Client } from "pg";
import { MIGRATIONS } from "../data-source";
import { migrate } from "../migrate";

const realPostgres = process.env.TEST_DATABASE_KIND !== "embedded";
const itRaces = realPostgres ? it : it.skip;

/**
 * Replicas (or two `npm start`s) starting at once against a fresh database: they take turns
 * under the migration lock, every migration is applied exactly once and every start succeeds.
 */
describe("migrations started by several processes at once", () => {
  const name = `crm_migrate_${randomUUID().slice(0, 8)}`;
  let admin: Client;
  let url: string;

  beforeAll(async () => {
    const base = new URL(process.env.TEST_DATABASE_URL ?? "");
    admin = new Client({ connectionString: base.toString() });
    await admin.connect();
    if (realPostgres) await admin.query(`CREATE DATABASE ${name}`);
    base.pathname = `/${name}`;
    url = base.toString();
  });
  afterAll(async () => {
    if (realPostgres) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  });

  itRaces("applies each pending migration once while three starts race", async () => {
    const results = await Promise.allSettled([migrate(url), migrate(url), migrate(url)]);
    expect(results.map((r) => (r.status === "rejected" ? String(r.reason) : "ok"))).toEqual(["ok", "ok", "ok"]);

    const db = new Client({ connectionString: url });
    await db.connect();
    try {
      const { rows } = await db.query<{ name: string; times: number }>(
        `SELECT name, count(*)::int AS times FROM migrations GROUP BY name ORDER BY name`,
      );
      expect(rows).toHaveLength(MIGRATIONS.length);
      expect(rows.every((row) => row.times === 1)).toBe(true);
      // the lock is let go: a later start takes it and finds nothing to do
      await migrate(url);
      const { rows: after } = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM migrations`);
      expect(after[0]?.n).toBe(MIGRATIONS.length);
    } finally {
      await db.end();
    }
  });
});
