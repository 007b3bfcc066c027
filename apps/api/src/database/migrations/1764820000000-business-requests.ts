import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * 业务申请 (SPEC §8): request types are data — a group, a form (typed fields), an approval chain
 * of vendor roles and an optional action on approval — so platform admins change them without a
 * deploy. A request snapshots its type's chain when submitted; each step is decided once
 * (primary key (request, step)), and the request advances with a conditional update on its
 * current step, so two approvers clicking at once act once.
 */
export class BusinessRequests1764820000000 implements MigrationInterface {
  name = "BusinessRequests1764820000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE request_type (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL UNIQUE CHECK (code ~ '^[A-Z0-9_]{1,40}$'),
        group_code text NOT NULL CHECK (group_code IN ('SALES_SUPPORT', 'MAILBOX_CONFIG', 'AFTER_SALES')),
        name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 60),
        description text,
        fields jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(fields) = 'array'),
        chain text[] NOT NULL CHECK (cardinality(chain) BETWEEN 1 AND 5),
        action text NOT NULL DEFAULT 'NONE' CHECK (action IN ('NONE', 'ORDER_REDUCTION')),
        max_attachments int NOT NULL DEFAULT 5 CHECK (max_attachments BETWEEN 0 AND 20),
        active boolean NOT NULL DEFAULT true,
        sort_order int NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE SEQUENCE business_request_no_seq`);
    await q.query(`
      CREATE TABLE business_request (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        request_no text NOT NULL UNIQUE,
        type_id uuid NOT NULL REFERENCES request_type (id),
        dealer_id uuid NOT NULL REFERENCES dealer (id),
        submitted_by uuid NOT NULL REFERENCES account (id),
        status text NOT NULL CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED', 'WITHDRAWN')),
        chain text[] NOT NULL CHECK (cardinality(chain) BETWEEN 1 AND 5),
        current_step int NOT NULL DEFAULT 1,
        payload jsonb NOT NULL DEFAULT '{}',
        order_id uuid REFERENCES sales_order (id),
        amount bigint CHECK (amount > 0),
        remark text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        ended_at timestamptz,
        CHECK (current_step BETWEEN 1 AND cardinality(chain) + 1),
        CHECK ((status = 'PENDING') = (ended_at IS NULL))
      )`);
    await q.query(`CREATE INDEX business_request_dealer_idx ON business_request (dealer_id, created_at DESC, id DESC)`);
    await q.query(
      `CREATE INDEX business_request_pending_idx ON business_request (status, created_at DESC) WHERE status = 'PENDING'`,
    );
    await q.query(`CREATE INDEX business_request_order_idx ON business_request (order_id) WHERE order_id IS NOT NULL`);
    await q.query(`
      CREATE TABLE request_step (
        request_id uuid NOT NULL REFERENCES business_request (id),
        step_no int NOT NULL CHECK (step_no >= 1),
        role text NOT NULL,
        decision text NOT NULL CHECK (decision IN ('APPROVED', 'REJECTED')),
        comment text,
        decided_by uuid NOT NULL REFERENCES account (id),
        decided_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (request_id, step_no)
      )`);
    await q.query(`
      CREATE TABLE request_attachment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        request_id uuid NOT NULL REFERENCES business_request (id),
        dealer_id uuid NOT NULL REFERENCES dealer (id),
        file_name text NOT NULL,
        content_type text NOT NULL,
        size_bytes int NOT NULL CHECK (size_bytes > 0),
        storage_key text NOT NULL UNIQUE,
        uploaded_by uuid NOT NULL REFERENCES account (id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX request_attachment_request_idx ON request_attachment (request_id)`);

    // The submitter hears of every decision in the message center.
    await q.query(`ALTER TABLE notice DROP CONSTRAINT notice_type_check`);
    await q.query(`
      ALTER TABLE notice ADD CONSTRAINT notice_type_check CHECK (type IN ('DOMAIN_ATTEMPT', 'DOMAIN_VERIFY_REQUEST',
        'DOMAIN_VERIFIED', 'REGISTRATION_EXPIRING', 'REQUEST_DECISION', 'ANNOUNCEMENT'))`);
    // …addressed to the submitter alone, like an expiry reminder.
    await q.query(`ALTER TABLE notice DROP CONSTRAINT notice_check`);
    await q.query(`
      ALTER TABLE notice ADD CONSTRAINT notice_check CHECK (CASE type
        WHEN 'ANNOUNCEMENT' THEN audience = 'DEALERS'
        WHEN 'REGISTRATION_EXPIRING' THEN audience = 'ACCOUNT'
        WHEN 'REQUEST_DECISION' THEN audience = 'ACCOUNT'
        ELSE audience = 'DEALER_ADMINS' END)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM notice WHERE type = 'REQUEST_DECISION'`);
    await q.query(`ALTER TABLE notice DROP CONSTRAINT notice_check`);
    await q.query(`
      ALTER TABLE notice ADD CONSTRAINT notice_check CHECK (CASE type
        WHEN 'ANNOUNCEMENT' THEN audience = 'DEALERS'
        WHEN 'REGISTRATION_EXPIRING' THEN audience = 'ACCOUNT'
        ELSE audience = 'DEALER_ADMINS' END)`);
    await q.query(`ALTER TABLE notice DROP CONSTRAINT notice_type_check`);
    await q.query(`
      ALTER TABLE notice ADD CONSTRAINT notice_type_check CHECK (type IN ('DOMAIN_ATTEMPT', 'DOMAIN_VERIFY_REQUEST',
        'DOMAIN_VERIFIED', 'REGISTRATION_EXPIRING', 'ANNOUNCEMENT'))`);
    await q.query(`DROP TABLE request_attachment, request_step, business_request, request_type`);
    await q.query(`DROP SEQUENCE business_request_no_seq`);
  }
}
