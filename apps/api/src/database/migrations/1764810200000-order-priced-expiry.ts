import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * An expansion (扩容) is priced for the days from its order to the service's expiry. When that
 * expiry moves before the order is paid (a renewal paid in between), the added seats would run
 * for a term nobody paid for. The order now keeps the expiry it was priced against, and payment
 * refuses it (ORDER_OUTDATED) when the service's expiry is no longer that.
 */
export class OrderPricedExpiry1764810200000 implements MigrationInterface {
  name = "OrderPricedExpiry1764810200000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE sales_order ADD COLUMN priced_expires_at timestamptz`);
    await q.query(
      `COMMENT ON COLUMN sales_order.priced_expires_at IS '扩容: the service expiry the order was priced to (remaining days)'`,
    );
    await q.query(`
      ALTER TABLE sales_order ADD CONSTRAINT sales_order_expansion_priced_check
        CHECK (type <> 'EXPANSION' OR priced_expires_at IS NOT NULL) NOT VALID`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE sales_order DROP CONSTRAINT sales_order_expansion_priced_check`);
    await q.query(`ALTER TABLE sales_order DROP COLUMN priced_expires_at`);
  }
}
