import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * API keys for partner integrations (SPEC §10): the table keeps only a SHA-256 of each secret,
 * looked up by a public id that is part of the key. Audit rows name the key that made a change.
 * `rate_limit` is rate-limiter-flexible's table (RateLimiterPostgres), shared by every API
 * replica so limits hold across them.
 */
export class ApiKeys1764850000000 implements MigrationInterface {
  name = "ApiKeys1764850000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE api_key (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        lookup_id text NOT NULL UNIQUE CHECK (lookup_id ~ '^[0-9a-f]{12}$'),
        secret_hash text NOT NULL CHECK (secret_hash ~ '^[0-9a-f]{64}$'),
        owner_kind text NOT NULL CHECK (owner_kind IN ('DEALER', 'VENDOR')),
        dealer_id uuid REFERENCES dealer(id),
        name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 60),
        scopes text[] NOT NULL CHECK (cardinality(scopes) BETWEEN 1 AND 20),
        created_by uuid NOT NULL REFERENCES account(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz,
        last_used_at timestamptz,
        last_used_ip text,
        revoked_at timestamptz,
        revoked_by uuid REFERENCES account(id),
        CHECK ((owner_kind = 'DEALER') = (dealer_id IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX api_key_dealer_idx ON api_key (dealer_id, created_at DESC)`);
    await q.query(`ALTER TABLE audit_log ADD COLUMN api_key_id uuid REFERENCES api_key(id)`);
    await q.query(`
      CREATE TABLE rate_limit (
        key varchar(255) PRIMARY KEY,
        points integer NOT NULL DEFAULT 0,
        expire bigint
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE rate_limit`);
    await q.query(`ALTER TABLE audit_log DROP COLUMN api_key_id`);
    await q.query(`DROP TABLE api_key`);
  }
}
