import type { DataSource, EntityManager } from "typeorm";
import { DEMO_CATALOGUE, DEMO_DISCOUNTS } from "./demo-data";

/**
 * Editions, list prices, gift rules and value-added services of the five product lines (SPEC §1).
 * Idempotent and conservative: a product line is filled in only while it has no edition at all,
 * so a database seeded before (or a catalogue an admin has since edited) is left as it is.
 */
export async function seedCatalogue(dataSource: DataSource): Promise<void> {
  await dataSource.transaction(async (m) => {
    for (const spec of DEMO_CATALOGUE) {
      const [line] = await m.query<{ id: string }[]>(
        `SELECT id FROM product_line WHERE code = $1 AND NOT EXISTS (SELECT 1 FROM edition WHERE product_line_id = product_line.id)
          FOR UPDATE`,
        [spec.line],
      );
      if (!line) continue;
      await m.query(`UPDATE product_line SET gift_per_paid_months = $2, gift_max_months = $3 WHERE id = $1`, [
        line.id,
        spec.gift.perPaidMonths,
        spec.gift.maxGiftMonths,
      ]);
      for (const [i, e] of spec.editions.entries()) {
        await m.query(
          `INSERT INTO edition (product_line_id, code, name, is_special, list_price, sort_order)
           VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (product_line_id, code) DO NOTHING`,
          [line.id, e.code, e.name, e.isSpecial, e.listPrice, (i + 1) * 10],
        );
      }
      for (const [i, a] of spec.addons.entries()) {
        await m.query(
          `INSERT INTO addon (product_line_id, code, name, description, sort_order)
           VALUES ($1, $2, $3, $4, $5) ON CONFLICT (product_line_id, code) DO NOTHING`,
          [line.id, a.code, a.name, a.description, (i + 1) * 10],
        );
      }
    }
  });
}

/** The demo dealers' discounts, written with the demo world (inside its transaction). */
export async function seedDemoDiscounts(m: EntityManager): Promise<void> {
  for (const d of DEMO_DISCOUNTS) {
    await m.query(
      `INSERT INTO dealer_discount (dealer_id, product_line_id, rate_bp)
       SELECT dealer.id, product_line.id, $3 FROM dealer, product_line
        WHERE dealer.name = $1 AND product_line.code = $2
       ON CONFLICT (dealer_id, product_line_id) DO NOTHING`,
      [d.dealer, d.line, d.rateBp],
    );
  }
}
