import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * 报备: a dealer account locks (product line, registrable domain) for 90 days.
 *
 * The database decides what is active, by time: `held_during` runs from the start to the
 * earliest of expiry, unlock and conversion, and an exclusion constraint allows at most one
 * row per (product line, domain) whose period overlaps another's. Two dealers registering the
 * same domain at the same instant: one insert wins, the other fails the constraint. No sweeper
 * is needed for correctness — a lapsed period simply stops overlapping new ones.
 */
export class Registrations1764800000000 implements MigrationInterface {
  name = "Registrations1764800000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    await q.query(`
      CREATE TABLE registration (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        dealer_id uuid NOT NULL REFERENCES dealer (id),
        account_id uuid NOT NULL REFERENCES account (id),
        product_line_id uuid NOT NULL REFERENCES product_line (id),
        domain text NOT NULL CHECK (domain <> '' AND domain = lower(domain)),
        enterprise_id uuid REFERENCES enterprise (id) ON DELETE SET NULL,
        starts_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        ended_at timestamptz,
        end_reason text CHECK (end_reason IN ('UNLOCKED', 'CONVERTED')),
        ended_by uuid REFERENCES account (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        held_during tstzrange NOT NULL
          GENERATED ALWAYS AS (tstzrange(starts_at, LEAST(expires_at, ended_at), '[)')) STORED,
        CHECK (expires_at > starts_at),
        CHECK ((ended_at IS NULL) = (end_reason IS NULL)),
        CHECK (ended_at IS NULL OR ended_at >= starts_at),
        CONSTRAINT registration_one_holder EXCLUDE USING gist (
          product_line_id WITH =, domain WITH =, held_during WITH &&
        )
      )`);
    // Quota counts: a dealer's (and an account's) registrations of one product line that are still held.
    await q.query(
      `CREATE INDEX registration_dealer_line_idx ON registration (dealer_id, product_line_id, expires_at) WHERE ended_at IS NULL`,
    );
    await q.query(
      `CREATE INDEX registration_account_line_idx ON registration (account_id, product_line_id, expires_at) WHERE ended_at IS NULL`,
    );
    await q.query(`CREATE INDEX registration_dealer_created_idx ON registration (dealer_id, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX registration_domain_idx ON registration (domain)`);
    await q.query(
      `CREATE INDEX registration_enterprise_idx ON registration (enterprise_id) WHERE enterprise_id IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE registration`);
  }
}
