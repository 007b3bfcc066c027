import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * 消息中心 (SPEC §8): notices, who they are for, who read them, and the domains the vendor's
 * mail platform reported verified.
 *
 * - A domain notice (DOMAIN_*) is for one dealer's admins; a registration reminder for one
 *   account (and its dealer's admins); an announcement for every account of the dealers in
 *   notice_dealer, or of all dealers (`all_dealers`: one row, so dealers added later see it too).
 * - Repeated events aggregate into one row through `dedupe_key` (unique): an
 *   `INSERT … ON CONFLICT (dedupe_key) DO UPDATE` bumps `event_count` and `last_event_at`, so
 *   concurrent attempts never make two rows. Notices without a key never collide (NULLs are distinct).
 * - notice_read.read_at is the notice's `last_event_at` the account has read through: a later
 *   event raises last_event_at above it and the notice is unread again.
 */
export class MessageCenter1764801000000 implements MigrationInterface {
  name = "MessageCenter1764801000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE notice (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        type text NOT NULL CHECK (type IN ('DOMAIN_ATTEMPT', 'DOMAIN_VERIFY_REQUEST', 'DOMAIN_VERIFIED',
          'REGISTRATION_EXPIRING', 'ANNOUNCEMENT')),
        audience text NOT NULL CHECK (audience IN ('DEALER_ADMINS', 'ACCOUNT', 'DEALERS')),
        dealer_id uuid REFERENCES dealer (id),
        account_id uuid REFERENCES account (id),
        all_dealers boolean NOT NULL DEFAULT false,
        title text NOT NULL CHECK (length(btrim(title)) BETWEEN 1 AND 200),
        body text NOT NULL CHECK (length(btrim(body)) BETWEEN 1 AND 5000),
        link text CHECK (length(link) BETWEEN 1 AND 500),
        params jsonb NOT NULL DEFAULT '{}'::jsonb,
        event_count int NOT NULL DEFAULT 1 CHECK (event_count >= 1),
        dedupe_key text,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_event_at timestamptz NOT NULL DEFAULT now(),
        created_by uuid REFERENCES account (id),
        CHECK (CASE type
                 WHEN 'ANNOUNCEMENT' THEN audience = 'DEALERS'
                 WHEN 'REGISTRATION_EXPIRING' THEN audience = 'ACCOUNT'
                 ELSE audience = 'DEALER_ADMINS' END),
        CHECK (CASE audience
                 WHEN 'DEALER_ADMINS' THEN dealer_id IS NOT NULL AND account_id IS NULL AND NOT all_dealers
                 WHEN 'ACCOUNT' THEN dealer_id IS NOT NULL AND account_id IS NOT NULL AND NOT all_dealers
                 ELSE dealer_id IS NULL AND account_id IS NULL END),
        CHECK (last_event_at >= created_at)
      )`);
    await q.query(`CREATE UNIQUE INDEX notice_dedupe_key_uq ON notice (dedupe_key)`);
    // A dealer's inbox (domain notices, reminders) and the announcements, newest event first.
    await q.query(
      `CREATE INDEX notice_dealer_idx ON notice (dealer_id, last_event_at DESC, id DESC) WHERE dealer_id IS NOT NULL`,
    );
    await q.query(
      `CREATE INDEX notice_announcement_idx ON notice (created_at DESC, id DESC) WHERE audience = 'DEALERS'`,
    );

    await q.query(`
      CREATE TABLE notice_dealer (
        notice_id uuid NOT NULL REFERENCES notice (id) ON DELETE CASCADE,
        dealer_id uuid NOT NULL REFERENCES dealer (id),
        PRIMARY KEY (notice_id, dealer_id)
      )`);
    await q.query(`CREATE INDEX notice_dealer_dealer_idx ON notice_dealer (dealer_id, notice_id)`);

    await q.query(`
      CREATE TABLE notice_read (
        notice_id uuid NOT NULL REFERENCES notice (id) ON DELETE CASCADE,
        account_id uuid NOT NULL REFERENCES account (id) ON DELETE CASCADE,
        read_at timestamptz NOT NULL,
        PRIMARY KEY (notice_id, account_id)
      )`);
    await q.query(`CREATE INDEX notice_read_account_idx ON notice_read (account_id, notice_id)`);

    await q.query(`
      CREATE TABLE domain_verification (
        domain text PRIMARY KEY CHECK (domain = lower(domain) AND length(domain) BETWEEN 3 AND 253),
        verification_requested_at timestamptz,
        verified_at timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE domain_verification, notice_read, notice_dealer, notice`);
  }
}
