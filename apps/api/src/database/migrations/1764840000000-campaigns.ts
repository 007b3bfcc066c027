import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * 推广平台 (SPEC §9).
 *
 * - campaign / campaign_channel: the campaign, its H5 content and its share channels (传播途径).
 * - campaign_signup: one row per accepted sign-up; unique (campaign, mobile) and (campaign,
 *   domain) suppress duplicates in the database, whatever races.
 * - campaign_view_event: the cheap path for page views — append-only inserts, no index beyond the
 *   key, rolled up into campaign_daily_pv (counts) and campaign_daily_visitor (the day's distinct
 *   visitor hashes) by `rollupViews`, which moves events in one statement (DELETE … RETURNING).
 * - campaign_day_salt: the random salt of each Asia/Shanghai day for visitor hashes; old salts
 *   are deleted, so hashes of different days can't be linked.
 * - campaign_rate_limit: the table of rate-limiter-flexible's RateLimiterPostgres (its own shape).
 */
export class Campaigns1764840000000 implements MigrationInterface {
  name = "Campaigns1764840000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE campaign (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z2-9]{8}$'),
        dealer_id uuid NOT NULL REFERENCES dealer (id),
        created_by uuid NOT NULL REFERENCES account (id),
        name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 60),
        title text NOT NULL CHECK (length(btrim(title)) BETWEEN 1 AND 60),
        body_html text NOT NULL DEFAULT '' CHECK (length(body_html) <= 40000),
        form_fields text[] NOT NULL,
        banner_key text,
        banner_content_type text,
        banner_version int NOT NULL DEFAULT 0,
        valid_from timestamptz NOT NULL,
        valid_to timestamptz NOT NULL,
        review_status text NOT NULL DEFAULT 'PENDING' CHECK (review_status IN ('PENDING', 'APPROVED', 'REJECTED')),
        review_reason text,
        reviewed_by uuid REFERENCES account (id),
        reviewed_at timestamptz,
        enabled boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (valid_to > valid_from)
      )`);
    await q.query(`CREATE INDEX campaign_dealer_idx ON campaign (dealer_id, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX campaign_review_idx ON campaign (review_status, created_at)`);
    await q.query(`
      CREATE TABLE campaign_channel (
        campaign_id uuid NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
        code text NOT NULL CHECK (code ~ '^[a-z0-9][a-z0-9-]{0,31}$'),
        name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 40),
        sort_order int NOT NULL DEFAULT 0,
        PRIMARY KEY (campaign_id, code)
      )`);
    await q.query(`
      CREATE TABLE campaign_signup (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        campaign_id uuid NOT NULL REFERENCES campaign (id),
        channel_code text NOT NULL DEFAULT '',
        mobile text NOT NULL,
        domain text NOT NULL,
        lead_id uuid REFERENCES lead (id),
        first_touch jsonb,
        last_touch jsonb,
        day date NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX campaign_signup_mobile_uq ON campaign_signup (campaign_id, mobile)`);
    await q.query(`CREATE UNIQUE INDEX campaign_signup_domain_uq ON campaign_signup (campaign_id, domain)`);
    await q.query(`
      CREATE TABLE campaign_view_event (
        id bigserial PRIMARY KEY,
        campaign_id uuid NOT NULL,
        channel_code text NOT NULL DEFAULT '',
        day date NOT NULL,
        visitor_hash text NOT NULL,
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE campaign_daily_pv (
        campaign_id uuid NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
        channel_code text NOT NULL,
        day date NOT NULL,
        pv bigint NOT NULL CHECK (pv >= 0),
        PRIMARY KEY (campaign_id, day, channel_code)
      )`);
    await q.query(`
      CREATE TABLE campaign_daily_visitor (
        campaign_id uuid NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
        day date NOT NULL,
        channel_code text NOT NULL,
        visitor_hash text NOT NULL,
        PRIMARY KEY (campaign_id, day, channel_code, visitor_hash)
      )`);
    await q.query(`
      CREATE TABLE campaign_day_salt (
        day date PRIMARY KEY,
        salt text NOT NULL
      )`);
    await q.query(`
      CREATE TABLE campaign_rate_limit (
        key varchar(255) PRIMARY KEY,
        points integer NOT NULL DEFAULT 0,
        expire bigint
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      "campaign_rate_limit",
      "campaign_day_salt",
      "campaign_daily_visitor",
      "campaign_daily_pv",
      "campaign_view_event",
      "campaign_signup",
      "campaign_channel",
      "campaign",
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
