import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * 调用记录: one row per GraphQL request made with a valid API key, reads included, so every use
 * of a key is attributable (SPEC §10). Only the operation's shape is kept — type, name, top-level
 * field names, outcome code, client IP, duration — never the variables or the query text, which
 * may hold personal data. Rows are kept 90 days (the hourly job prunes older ones); deleting a key
 * deletes its calls.
 */
export class ApiKeyCalls1764870000000 implements MigrationInterface {
  name = "ApiKeyCalls1764870000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE api_key_call (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        api_key_id uuid NOT NULL REFERENCES api_key(id) ON DELETE CASCADE,
        at timestamptz NOT NULL DEFAULT now(),
        operation_type text NOT NULL CHECK (operation_type IN ('query', 'mutation', 'invalid')),
        operation_name text CHECK (length(operation_name) <= 200),
        root_fields text[] NOT NULL CHECK (cardinality(root_fields) <= 100),
        outcome text NOT NULL CHECK (outcome ~ '^[A-Z][A-Z0-9_]{0,63}$'),
        client_ip text CHECK (length(client_ip) <= 100),
        duration_ms integer CHECK (duration_ms >= 0)
      )`);
    await q.query(`CREATE INDEX api_key_call_key_at_idx ON api_key_call (api_key_id, at DESC, id DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE api_key_call`);
  }
}
