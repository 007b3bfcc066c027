import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Orders, prices, services and the prepaid virtual account (SPEC §6, §7).
 *
 * Money is integer 分 (bigint) everywhere. The ledger is append-only and is the only way a
 * balance changes: inserting an entry moves `dealer_balance.balance` in the same statement (a
 * trigger), the balance can't go below zero (a check), entries can't be updated or deleted, and
 * the balance row can't be changed except by that trigger. So the balance always equals the sum
 * of the dealer's entries, and `npm run ledger:check` verifies it.
 */
export class OrdersLedger1764810000000 implements MigrationInterface {
  name = "OrdersLedger1764810000000";

  async up(q: QueryRunner): Promise<void> {
    // Catalogue: the gift rule per product line — at most gift_max_months free per gift_per_paid_months paid.
    await q.query(`
      ALTER TABLE product_line
        ADD COLUMN gift_per_paid_months int NOT NULL DEFAULT 12 CHECK (gift_per_paid_months > 0),
        ADD COLUMN gift_max_months int NOT NULL DEFAULT 0 CHECK (gift_max_months >= 0)`);
    await q.query(`
      CREATE TABLE edition (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        product_line_id uuid NOT NULL REFERENCES product_line (id),
        code text NOT NULL CHECK (code ~ '^[A-Z0-9_]{1,40}$'),
        name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 60),
        is_special boolean NOT NULL DEFAULT false,
        list_price bigint NOT NULL CHECK (list_price >= 0),
        active boolean NOT NULL DEFAULT true,
        sort_order int NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (product_line_id, code)
      )`);
    await q.query(`COMMENT ON COLUMN edition.list_price IS '公开价格: 分 per seat per month'`);
    await q.query(`
      CREATE TABLE addon (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        product_line_id uuid NOT NULL REFERENCES product_line (id),
        code text NOT NULL CHECK (code ~ '^[A-Z0-9_]{1,40}$'),
        name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 60),
        description text,
        active boolean NOT NULL DEFAULT true,
        sort_order int NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (product_line_id, code)
      )`);
    // Dealer terms: settlement price = list price × rate_bp / 10000 (no row: no discount).
    await q.query(`
      CREATE TABLE dealer_discount (
        dealer_id uuid NOT NULL REFERENCES dealer (id),
        product_line_id uuid NOT NULL REFERENCES product_line (id),
        rate_bp int NOT NULL CHECK (rate_bp BETWEEN 1 AND 10000),
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid REFERENCES account (id),
        PRIMARY KEY (dealer_id, product_line_id)
      )`);

    // Services (已开通服务) gain their edition and value-added services.
    await q.query(`ALTER TABLE service ADD COLUMN edition_id uuid REFERENCES edition (id)`);
    await q.query(`
      CREATE TABLE service_addon (
        service_id uuid NOT NULL REFERENCES service (id) ON DELETE CASCADE,
        addon_id uuid NOT NULL REFERENCES addon (id),
        enabled boolean NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid REFERENCES account (id),
        PRIMARY KEY (service_id, addon_id)
      )`);

    // Orders.
    await q.query(`CREATE SEQUENCE sales_order_no_seq`);
    await q.query(`
      CREATE TABLE sales_order (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        order_no text NOT NULL UNIQUE,
        dealer_id uuid NOT NULL REFERENCES dealer (id),
        created_by uuid NOT NULL REFERENCES account (id),
        enterprise_id uuid NOT NULL REFERENCES enterprise (id),
        product_line_id uuid NOT NULL REFERENCES product_line (id),
        domain text NOT NULL,
        edition_id uuid NOT NULL REFERENCES edition (id),
        type text NOT NULL CHECK (type IN ('TRIAL', 'NEW', 'EXPANSION', 'RENEWAL', 'TRIAL_CONVERT', 'TRIAL_EXTEND')),
        service_id uuid REFERENCES service (id),
        seats int NOT NULL CHECK (seats > 0),
        months int NOT NULL DEFAULT 0 CHECK (months >= 0),
        gift_months int NOT NULL DEFAULT 0 CHECK (gift_months >= 0),
        trial_days int NOT NULL DEFAULT 0 CHECK (trial_days >= 0),
        remark text,
        list_amount bigint NOT NULL CHECK (list_amount >= 0),
        settlement_amount bigint NOT NULL CHECK (settlement_amount >= 0),
        reduction_amount bigint NOT NULL DEFAULT 0 CHECK (reduction_amount >= 0),
        amount_due bigint GENERATED ALWAYS AS (settlement_amount - reduction_amount) STORED,
        status text NOT NULL CHECK (status IN ('PENDING_CONFIRMATION', 'PENDING_PAYMENT', 'PAID', 'CLOSED', 'REJECTED')),
        confirmation_reasons text[] NOT NULL DEFAULT '{}',
        decided_by uuid REFERENCES account (id),
        decided_at timestamptz,
        reject_reason text,
        paid_by uuid REFERENCES account (id),
        paid_at timestamptz,
        closed_by uuid REFERENCES account (id),
        closed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (reduction_amount <= settlement_amount),
        CHECK ((status = 'PAID') = (paid_at IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX sales_order_dealer_created_idx ON sales_order (dealer_id, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX sales_order_creator_idx ON sales_order (created_by, created_at DESC)`);
    await q.query(`CREATE INDEX sales_order_status_idx ON sales_order (status, created_at DESC)`);
    await q.query(`CREATE INDEX sales_order_enterprise_idx ON sales_order (enterprise_id)`);
    await q.query(`CREATE INDEX sales_order_trial_idx ON sales_order (domain, product_line_id) WHERE trial_days > 0`);

    // Contract files (合同上传) of an order; the bytes live in the file store.
    await q.query(`
      CREATE TABLE contract_file (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        order_id uuid NOT NULL REFERENCES sales_order (id),
        dealer_id uuid NOT NULL REFERENCES dealer (id),
        file_name text NOT NULL,
        content_type text NOT NULL,
        size_bytes int NOT NULL CHECK (size_bytes > 0),
        storage_key text NOT NULL UNIQUE,
        uploaded_by uuid NOT NULL REFERENCES account (id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX contract_file_order_idx ON contract_file (order_id)`);

    // Payments are idempotent per (dealer, client key): a retry finds the first attempt's order.
    await q.query(`
      CREATE TABLE payment_request (
        dealer_id uuid NOT NULL REFERENCES dealer (id),
        idempotency_key text NOT NULL CHECK (length(idempotency_key) BETWEEN 8 AND 100),
        order_id uuid NOT NULL REFERENCES sales_order (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (dealer_id, idempotency_key)
      )`);

    // The virtual account (虚拟账户).
    await q.query(`
      CREATE TABLE dealer_balance (
        dealer_id uuid PRIMARY KEY REFERENCES dealer (id),
        balance bigint NOT NULL DEFAULT 0 CONSTRAINT dealer_balance_not_negative CHECK (balance >= 0),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE ledger_entry (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        dealer_id uuid NOT NULL REFERENCES dealer (id),
        kind text NOT NULL CHECK (kind IN ('TOP_UP', 'PAYMENT', 'REFUND', 'ADJUSTMENT')),
        amount bigint NOT NULL CHECK (amount <> 0),
        balance_after bigint NOT NULL,
        order_id uuid REFERENCES sales_order (id),
        reference text,
        note text,
        created_by uuid REFERENCES account (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (kind <> 'TOP_UP' OR (amount > 0 AND reference IS NOT NULL)),
        CHECK (kind <> 'PAYMENT' OR (amount < 0 AND order_id IS NOT NULL))
      )`);
    await q.query(`CREATE UNIQUE INDEX ledger_top_up_reference_uq ON ledger_entry (reference) WHERE kind = 'TOP_UP'`);
    await q.query(`CREATE UNIQUE INDEX ledger_order_payment_uq ON ledger_entry (order_id) WHERE kind = 'PAYMENT'`);
    await q.query(`CREATE INDEX ledger_dealer_created_idx ON ledger_entry (dealer_id, created_at DESC, id DESC)`);

    // An entry moves the balance in the same statement; nothing else may.
    await q.query(`
      CREATE FUNCTION ledger_entry_apply() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM set_config('crm.ledger_apply', 'on', true);
        -- Make sure the row exists (a CHECK is tested on INSERT … ON CONFLICT's proposed row, so
        -- the amount can't go there), then move it: the row lock orders concurrent entries.
        INSERT INTO dealer_balance (dealer_id, balance) VALUES (NEW.dealer_id, 0) ON CONFLICT (dealer_id) DO NOTHING;
        UPDATE dealer_balance SET balance = balance + NEW.amount, updated_at = now()
          WHERE dealer_id = NEW.dealer_id
          RETURNING balance INTO NEW.balance_after;
        PERFORM set_config('crm.ledger_apply', 'off', true);
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER ledger_entry_apply BEFORE INSERT ON ledger_entry
        FOR EACH ROW EXECUTE FUNCTION ledger_entry_apply()`);
    await q.query(`
      CREATE FUNCTION ledger_entry_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'ledger entries are append-only' USING ERRCODE = 'restrict_violation';
      END $$`);
    await q.query(`
      CREATE TRIGGER ledger_entry_immutable BEFORE UPDATE OR DELETE ON ledger_entry
        FOR EACH ROW EXECUTE FUNCTION ledger_entry_immutable()`);
    await q.query(`
      CREATE TRIGGER ledger_entry_no_truncate BEFORE TRUNCATE ON ledger_entry
        FOR EACH STATEMENT EXECUTE FUNCTION ledger_entry_immutable()`);
    await q.query(`
      CREATE FUNCTION dealer_balance_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF coalesce(current_setting('crm.ledger_apply', true), 'off') <> 'on' THEN
          RAISE EXCEPTION 'a balance changes only through a ledger entry' USING ERRCODE = 'restrict_violation';
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END $$`);
    await q.query(`
      CREATE TRIGGER dealer_balance_guard BEFORE INSERT OR UPDATE OR DELETE ON dealer_balance
        FOR EACH ROW EXECUTE FUNCTION dealer_balance_guard()`);

    // Invoice requests (开具发票) on paid orders, handled by finance.
    await q.query(`
      CREATE TABLE invoice_request (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        dealer_id uuid NOT NULL REFERENCES dealer (id),
        order_id uuid NOT NULL REFERENCES sales_order (id),
        title text NOT NULL CHECK (length(btrim(title)) BETWEEN 1 AND 100),
        tax_number text NOT NULL CHECK (length(btrim(tax_number)) BETWEEN 1 AND 40),
        amount bigint NOT NULL CHECK (amount > 0),
        note text,
        status text NOT NULL CHECK (status IN ('REQUESTED', 'ISSUED', 'REJECTED')),
        invoice_no text,
        handled_note text,
        requested_by uuid NOT NULL REFERENCES account (id),
        handled_by uuid REFERENCES account (id),
        handled_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((status = 'ISSUED') = (invoice_no IS NOT NULL))
      )`);
    // One open or issued invoice per order; a rejected one may be requested again.
    await q.query(
      `CREATE UNIQUE INDEX invoice_request_order_uq ON invoice_request (order_id) WHERE status <> 'REJECTED'`,
    );
    await q.query(`CREATE INDEX invoice_request_dealer_idx ON invoice_request (dealer_id, created_at DESC)`);
    await q.query(`CREATE INDEX invoice_request_status_idx ON invoice_request (status, created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE invoice_request, ledger_entry, dealer_balance, payment_request, contract_file CASCADE`);
    await q.query(`DROP FUNCTION ledger_entry_apply, ledger_entry_immutable, dealer_balance_guard`);
    await q.query(`DROP TABLE sales_order CASCADE`);
    await q.query(`DROP SEQUENCE sales_order_no_seq`);
    await q.query(`DROP TABLE service_addon`);
    await q.query(`ALTER TABLE service DROP COLUMN edition_id`);
    await q.query(`DROP TABLE dealer_discount, addon, edition`);
    await q.query(`ALTER TABLE product_line DROP COLUMN gift_per_paid_months, DROP COLUMN gift_max_months`);
  }
}
