import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Lead routing (甩单) and the public pool (公海库), on top of the enterprises migration:
 * what an operator types with a lead that has no column yet (remark, scale, industry — kept on
 * the lead so an unrouted lead loses nothing when it is routed later), and the indexes the
 * lead lists, the rule editor and the daily claim cap read by.
 */
export class LeadRoutingPool1764795000000 implements MigrationInterface {
  name = "LeadRoutingPool1764795000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE lead
        ADD COLUMN remark text CHECK (length(remark) <= 1000),
        ADD COLUMN scale text CHECK (scale IN ('S1_9', 'S10_49', 'S50_99', 'S100_499', 'S500_999', 'S1000_PLUS')),
        ADD COLUMN industry text`);
    await q.query(`CREATE INDEX lead_created_idx ON lead (created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX lead_status_created_idx ON lead (status, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX routing_rule_target_dealer_idx ON routing_rule_target (dealer_id)`);
    await q.query(`CREATE INDEX pool_claim_enterprise_idx ON pool_claim (enterprise_id, claimed_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX pool_claim_enterprise_idx, routing_rule_target_dealer_idx, lead_status_created_idx,
      lead_created_idx`);
    await q.query(`ALTER TABLE lead DROP COLUMN industry, DROP COLUMN scale, DROP COLUMN remark`);
  }
}
