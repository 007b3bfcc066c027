import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Closes one gap in the virtual account's guarantee "a balance changes only with its entry".
 *
 * ledger_entry's BEFORE INSERT trigger moves the balance before PostgreSQL arbitrates
 * `ON CONFLICT`: an `INSERT INTO ledger_entry … ON CONFLICT DO NOTHING` whose row collides (the
 * same bank reference, a second payment of an order) is skipped AFTER the balance already moved —
 * money in or out with no entry, and no error. That is exactly the idempotency idiom a payment
 * retry would reach for.
 *
 * Now every applied entry is counted (transaction-local) by a second BEFORE INSERT trigger and
 * counted off by an AFTER INSERT trigger, which fires only for rows really inserted; a deferred
 * constraint trigger on dealer_balance refuses to commit while any application is unconfirmed.
 * So such a skip fails the transaction and nothing changes. (Plain INSERTs, multi-row INSERTs and
 * the collisions that raise unique_violation are unaffected. `SET CONSTRAINTS … IMMEDIATE` would
 * move the check to before the count and so switch it off: don't.)
 */
export class LedgerInsertGuard1764810100000 implements MigrationInterface {
  name = "LedgerInsertGuard1764810100000";

  async up(q: QueryRunner): Promise<void> {
    // BEFORE INSERT: one more application of an entry to its balance (after ledger_entry_apply,
    // triggers of one event fire in name order) …
    await q.query(`
      CREATE FUNCTION ledger_entry_count_pending() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM set_config('crm.ledger_unconfirmed',
          (coalesce(nullif(current_setting('crm.ledger_unconfirmed', true), ''), '0')::int + 1)::text, true);
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER ledger_entry_count_pending BEFORE INSERT ON ledger_entry
        FOR EACH ROW EXECUTE FUNCTION ledger_entry_count_pending()`);
    // … AFTER INSERT, which fires only for rows really inserted: confirmed.
    await q.query(`
      CREATE FUNCTION ledger_entry_confirm() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM set_config('crm.ledger_unconfirmed',
          (coalesce(nullif(current_setting('crm.ledger_unconfirmed', true), ''), '0')::int - 1)::text, true);
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER ledger_entry_confirm AFTER INSERT ON ledger_entry
        FOR EACH ROW EXECUTE FUNCTION ledger_entry_confirm()`);
    // At commit, for every balance the transaction moved: nothing may be left unconfirmed.
    await q.query(`
      CREATE FUNCTION dealer_balance_confirmed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF coalesce(nullif(current_setting('crm.ledger_unconfirmed', true), ''), '0') <> '0' THEN
          RAISE EXCEPTION 'a balance moved for a ledger entry that was not inserted (INSERT … ON CONFLICT DO NOTHING on ledger_entry)'
            USING ERRCODE = 'restrict_violation';
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE CONSTRAINT TRIGGER dealer_balance_confirmed AFTER INSERT OR UPDATE ON dealer_balance
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION dealer_balance_confirmed()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER dealer_balance_confirmed ON dealer_balance`);
    await q.query(`DROP TRIGGER ledger_entry_confirm ON ledger_entry`);
    await q.query(`DROP TRIGGER ledger_entry_count_pending ON ledger_entry`);
    await q.query(`DROP FUNCTION dealer_balance_confirmed, ledger_entry_confirm, ledger_entry_count_pending`);
  }
}
