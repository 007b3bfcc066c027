import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Foundation schema: dealers, accounts (dealer users and vendor staff), the 隶属 tree,
 * permissions, delegates, product lines and quotas, sessions, sign-in throttling, audit log.
 * Every table owned by a dealer carries dealer_id (the future distribution key).
 */
export class Foundation1764780000000 implements MigrationInterface {
  name = "Foundation1764780000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE dealer (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 100),
        region_name text,
        status text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'DISABLED')),
        channel_manager_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX dealer_name_uq ON dealer (lower(name))`);

    await q.query(`
      CREATE TABLE account (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('DEALER', 'VENDOR')),
        dealer_id uuid REFERENCES dealer (id),
        login_name text NOT NULL CHECK (login_name = lower(login_name) AND length(login_name) BETWEEN 3 AND 64),
        password_hash text NOT NULL,
        real_name text NOT NULL CHECK (length(btrim(real_name)) BETWEEN 1 AND 50),
        mobile text,
        account_type text CHECK (account_type IN ('ADMIN', 'ASSISTANT', 'STAFF')),
        vendor_roles text[] NOT NULL DEFAULT '{}'
          CHECK (vendor_roles <@ ARRAY['CHANNEL_MANAGER','SALES_DIRECTOR','FINANCE','OPERATIONS','PLATFORM_ADMIN']::text[]),
        status text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'DISABLED')),
        superior_id uuid REFERENCES account (id),
        permissions text[] NOT NULL DEFAULT '{}'
          CHECK (permissions <@ ARRAY['BASIC','BASIC_REGISTER','ASSISTANT','ADMIN','CONTRACT_UPLOAD','LIST_PRICE_ORDER',
            'PAY_CLOSE_ORDER','FINANCE_VIEW','SETTLEMENT_ORDER','BUSINESS_REQUEST','ACCOUNT_MANAGE']::text[]),
        delegate_id uuid REFERENCES account (id),
        delegate_from timestamptz,
        delegate_until timestamptz,
        last_login_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT account_kind_shape CHECK (
          (kind = 'DEALER' AND dealer_id IS NOT NULL AND account_type IS NOT NULL AND vendor_roles = '{}')
          OR (kind = 'VENDOR' AND dealer_id IS NULL AND account_type IS NULL AND superior_id IS NULL
              AND permissions = '{}' AND delegate_id IS NULL)),
        CONSTRAINT account_not_own_superior CHECK (superior_id IS NULL OR superior_id <> id),
        CONSTRAINT account_not_own_delegate CHECK (delegate_id IS NULL OR delegate_id <> id),
        CONSTRAINT account_delegate_period CHECK (
          (delegate_id IS NULL AND delegate_from IS NULL AND delegate_until IS NULL)
          OR (delegate_id IS NOT NULL AND delegate_from IS NOT NULL AND delegate_until > delegate_from))
      )`);
    await q.query(`CREATE UNIQUE INDEX account_login_name_uq ON account (login_name)`);
    await q.query(`CREATE INDEX account_dealer_idx ON account (dealer_id, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX account_superior_idx ON account (superior_id) WHERE superior_id IS NOT NULL`);
    await q.query(`CREATE INDEX account_delegate_idx ON account (delegate_id) WHERE delegate_id IS NOT NULL`);
    await q.query(
      `ALTER TABLE dealer ADD CONSTRAINT dealer_channel_manager_fk FOREIGN KEY (channel_manager_id) REFERENCES account (id)`,
    );

    await q.query(`
      CREATE TABLE product_line (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL UNIQUE,
        name text NOT NULL,
        sort_order int NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);

    await q.query(`
      CREATE TABLE dealer_quota (
        dealer_id uuid NOT NULL REFERENCES dealer (id),
        product_line_id uuid NOT NULL REFERENCES product_line (id),
        max_count int NOT NULL CHECK (max_count >= 0),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (dealer_id, product_line_id)
      )`);
    await q.query(`
      CREATE TABLE account_quota (
        dealer_id uuid NOT NULL REFERENCES dealer (id),
        account_id uuid NOT NULL REFERENCES account (id),
        product_line_id uuid NOT NULL REFERENCES product_line (id),
        max_count int NOT NULL CHECK (max_count >= 0),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (account_id, product_line_id)
      )`);
    await q.query(`CREATE INDEX account_quota_dealer_idx ON account_quota (dealer_id, product_line_id)`);

    await q.query(`
      CREATE TABLE session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash text NOT NULL UNIQUE,
        account_id uuid NOT NULL REFERENCES account (id) ON DELETE CASCADE,
        acting_as_id uuid REFERENCES account (id) ON DELETE SET NULL,
        ip text,
        user_agent text,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX session_account_idx ON session (account_id)`);

    await q.query(`
      CREATE TABLE login_attempt (
        id bigserial PRIMARY KEY,
        login_name text NOT NULL,
        ip text NOT NULL,
        succeeded boolean NOT NULL,
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX login_attempt_name_idx ON login_attempt (login_name, at DESC) WHERE NOT succeeded`);
    await q.query(`CREATE INDEX login_attempt_ip_idx ON login_attempt (ip, at DESC) WHERE NOT succeeded`);

    await q.query(`
      CREATE TABLE audit_log (
        id bigserial PRIMARY KEY,
        dealer_id uuid REFERENCES dealer (id),
        actor_id uuid REFERENCES account (id),
        actor_name text NOT NULL,
        principal_id uuid REFERENCES account (id),
        principal_name text,
        action text NOT NULL,
        entity_type text NOT NULL,
        entity_id text,
        before jsonb,
        after jsonb,
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX audit_log_dealer_idx ON audit_log (dealer_id, at DESC, id DESC)`);
    await q.query(`CREATE INDEX audit_log_entity_idx ON audit_log (entity_type, entity_id)`);
    // The audit log is append-only: no update or delete path, enforced here too.
    await q.query(`
      CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$`);
    await q.query(`
      CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
      FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_log, login_attempt, session, account_quota, dealer_quota, product_line CASCADE`);
    await q.query(`DROP FUNCTION audit_log_append_only`);
    await q.query(`ALTER TABLE dealer DROP CONSTRAINT dealer_channel_manager_fk`);
    await q.query(`DROP TABLE account, dealer CASCADE`);
  }
}
