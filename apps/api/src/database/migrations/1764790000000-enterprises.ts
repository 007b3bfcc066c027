import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Enterprises (企业) with their domains, contacts, tags and follow-ups; services (the part the
 * enterprise lists need — orders extend it); leads and routing rules (甩单); the public pool
 * (公海库) and its claims; dealer regions; runtime settings.
 */
export class Enterprises1764790000000 implements MigrationInterface {
  name = "Enterprises1764790000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);

    await q.query(`
      CREATE TABLE app_setting (
        key text PRIMARY KEY,
        value jsonb NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      INSERT INTO app_setting (key, value) VALUES
        ('pool.graceDays', '30'::jsonb),
        ('pool.dailyClaimCap', '20'::jsonb)`);

    await q.query(`
      CREATE TABLE dealer_region (
        dealer_id uuid NOT NULL REFERENCES dealer (id),
        region_code text NOT NULL CHECK (region_code ~ '^[0-9]{6}$'),
        PRIMARY KEY (dealer_id, region_code)
      )`);
    await q.query(`CREATE INDEX dealer_region_code_idx ON dealer_region (region_code)`);

    await q.query(`
      CREATE TABLE enterprise (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        dealer_id uuid NOT NULL REFERENCES dealer (id),
        owner_account_id uuid REFERENCES account (id),
        name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
        main_domain text NOT NULL CHECK (main_domain = lower(main_domain) AND length(main_domain) BETWEEN 3 AND 253),
        region_code text CHECK (region_code ~ '^[0-9]{6}$'),
        industry text,
        scale text CHECK (scale IN ('S1_9', 'S10_49', 'S50_99', 'S100_499', 'S500_999', 'S1000_PLUS')),
        source text NOT NULL CHECK (source IN ('HOTLINE', 'OFFICIAL_SITE', 'CAMPAIGN', 'DEALER_ENTRY', 'PUBLIC_POOL')),
        product_line_id uuid REFERENCES product_line (id),
        status text NOT NULL DEFAULT 'POTENTIAL' CHECK (status IN ('POTENTIAL', 'TRIAL', 'PAID', 'EXPIRED')),
        notes text CHECK (length(notes) <= 2000),
        search_text text NOT NULL,
        routed_at timestamptz,
        routing_rule_id uuid,
        routing_trace jsonb,
        pool_entered_at timestamptz,
        last_follow_up_at timestamptz,
        created_by_id uuid REFERENCES account (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX enterprise_dealer_created_idx ON enterprise (dealer_id, created_at DESC, id DESC)`);
    await q.query(
      `CREATE INDEX enterprise_owner_created_idx ON enterprise (owner_account_id, created_at DESC, id DESC)`,
    );
    await q.query(`CREATE INDEX enterprise_dealer_region_idx ON enterprise (dealer_id, region_code)`);
    await q.query(`CREATE INDEX enterprise_dealer_source_idx ON enterprise (dealer_id, source)`);
    await q.query(`CREATE INDEX enterprise_dealer_scale_idx ON enterprise (dealer_id, scale)`);
    await q.query(`CREATE INDEX enterprise_dealer_status_idx ON enterprise (dealer_id, status)`);
    await q.query(`CREATE INDEX enterprise_dealer_line_idx ON enterprise (dealer_id, product_line_id)`);
    await q.query(`CREATE INDEX enterprise_search_trgm_idx ON enterprise USING gin (search_text gin_trgm_ops)`);
    await q.query(
      `CREATE INDEX enterprise_routed_idx ON enterprise (dealer_id, routed_at DESC, id DESC) WHERE routed_at IS NOT NULL`,
    );
    await q.query(
      `CREATE INDEX enterprise_pool_idx ON enterprise (region_code, pool_entered_at DESC, id DESC) WHERE pool_entered_at IS NOT NULL`,
    );

    // Every domain of an enterprise, main and secondary: one dealer holds a domain at most once.
    await q.query(`
      CREATE TABLE enterprise_domain (
        enterprise_id uuid NOT NULL REFERENCES enterprise (id) ON DELETE CASCADE,
        dealer_id uuid NOT NULL REFERENCES dealer (id),
        domain text NOT NULL CHECK (domain = lower(domain) AND length(domain) BETWEEN 3 AND 253),
        is_main boolean NOT NULL,
        PRIMARY KEY (enterprise_id, domain)
      )`);
    await q.query(`CREATE UNIQUE INDEX enterprise_domain_dealer_uq ON enterprise_domain (dealer_id, domain)`);
    await q.query(`CREATE INDEX enterprise_domain_domain_idx ON enterprise_domain (domain)`);

    await q.query(`
      CREATE TABLE enterprise_contact (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        enterprise_id uuid NOT NULL REFERENCES enterprise (id) ON DELETE CASCADE,
        dealer_id uuid NOT NULL REFERENCES dealer (id),
        name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 50),
        mobile text,
        email text,
        title text,
        sort_order int NOT NULL DEFAULT 0
      )`);
    await q.query(`CREATE INDEX enterprise_contact_enterprise_idx ON enterprise_contact (enterprise_id)`);

    await q.query(`
      CREATE TABLE tag (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        dealer_id uuid NOT NULL REFERENCES dealer (id),
        name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 20),
        color text NOT NULL DEFAULT 'blue',
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX tag_dealer_name_uq ON tag (dealer_id, lower(name))`);
    await q.query(`
      CREATE TABLE enterprise_tag (
        enterprise_id uuid NOT NULL REFERENCES enterprise (id) ON DELETE CASCADE,
        tag_id uuid NOT NULL REFERENCES tag (id) ON DELETE CASCADE,
        dealer_id uuid NOT NULL REFERENCES dealer (id),
        PRIMARY KEY (enterprise_id, tag_id)
      )`);
    await q.query(`CREATE INDEX enterprise_tag_tag_idx ON enterprise_tag (tag_id, enterprise_id)`);

    await q.query(`
      CREATE TABLE follow_up (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        enterprise_id uuid NOT NULL REFERENCES enterprise (id) ON DELETE CASCADE,
        dealer_id uuid NOT NULL REFERENCES dealer (id),
        account_id uuid NOT NULL REFERENCES account (id),
        happened_at timestamptz NOT NULL,
        channel text NOT NULL CHECK (channel IN ('PHONE', 'VISIT', 'WECHAT', 'EMAIL', 'OTHER')),
        content text NOT NULL CHECK (length(btrim(content)) BETWEEN 1 AND 2000),
        next_step text CHECK (length(next_step) <= 500),
        next_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX follow_up_enterprise_idx ON follow_up (enterprise_id, happened_at DESC)`);

    // Services: what the enterprise lists need (expiry, trial or paid); the orders work extends it.
    await q.query(`
      CREATE TABLE service (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        dealer_id uuid NOT NULL REFERENCES dealer (id),
        enterprise_id uuid NOT NULL REFERENCES enterprise (id),
        product_line_id uuid NOT NULL REFERENCES product_line (id),
        domain text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('TRIAL', 'PAID')),
        seats int NOT NULL DEFAULT 1 CHECK (seats > 0),
        starts_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (expires_at > starts_at)
      )`);
    await q.query(`CREATE INDEX service_dealer_expiry_idx ON service (dealer_id, expires_at)`);
    await q.query(`CREATE INDEX service_enterprise_idx ON service (enterprise_id, product_line_id)`);
    await q.query(`CREATE INDEX service_paid_expiry_idx ON service (expires_at) WHERE kind = 'PAID'`);

    await q.query(`
      CREATE TABLE routing_rule (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 100),
        priority int NOT NULL,
        enabled boolean NOT NULL DEFAULT true,
        region_codes text[] NOT NULL DEFAULT '{}',
        product_line_ids uuid[] NOT NULL DEFAULT '{}',
        sources text[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX routing_rule_priority_idx ON routing_rule (priority, created_at)`);
    // Smooth weighted round-robin state lives here, updated under the rule's row lock.
    await q.query(`
      CREATE TABLE routing_rule_target (
        rule_id uuid NOT NULL REFERENCES routing_rule (id) ON DELETE CASCADE,
        dealer_id uuid NOT NULL REFERENCES dealer (id),
        weight int NOT NULL CHECK (weight BETWEEN 1 AND 1000),
        current_weight bigint NOT NULL DEFAULT 0,
        PRIMARY KEY (rule_id, dealer_id)
      )`);

    await q.query(`
      CREATE TABLE lead (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        dealer_id uuid REFERENCES dealer (id),
        enterprise_id uuid REFERENCES enterprise (id),
        source text NOT NULL CHECK (source IN ('HOTLINE', 'OFFICIAL_SITE', 'CAMPAIGN')),
        company_name text NOT NULL,
        domain text NOT NULL,
        contact_name text,
        contact_mobile text,
        contact_email text,
        region_code text,
        product_line_id uuid REFERENCES product_line (id),
        campaign_id uuid,
        channel_code text,
        rule_id uuid REFERENCES routing_rule (id) ON DELETE SET NULL,
        trace jsonb NOT NULL,
        status text NOT NULL CHECK (status IN ('ROUTED', 'UNROUTED')),
        created_by_id uuid REFERENCES account (id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX lead_dealer_idx ON lead (dealer_id, created_at DESC)`);
    await q.query(`CREATE INDEX lead_enterprise_idx ON lead (enterprise_id)`);

    await q.query(`
      CREATE TABLE pool_claim (
        id bigserial PRIMARY KEY,
        enterprise_id uuid NOT NULL REFERENCES enterprise (id),
        from_dealer_id uuid NOT NULL REFERENCES dealer (id),
        dealer_id uuid NOT NULL REFERENCES dealer (id),
        account_id uuid NOT NULL REFERENCES account (id),
        claim_day date NOT NULL,
        claimed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX pool_claim_account_day_idx ON pool_claim (account_id, claim_day)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE pool_claim, lead, routing_rule_target, routing_rule, service, follow_up,
      enterprise_tag, tag, enterprise_contact, enterprise_domain, enterprise, dealer_region, app_setting CASCADE`);
  }
}
