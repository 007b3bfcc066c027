import type { EntityManager } from "typeorm";

/**
 * Demo top-ups (充值) so the virtual account has a history on first start: recorded by
 * vendor.finance some weeks ago, oldest first (the ledger's trigger moves each balance).
 */
export const DEMO_TOP_UPS = [
  { dealer: "华东示例经销商", amount: 5_000_000, reference: "DEMO-HD-20240001", daysAgo: 62, note: "首笔预付款" },
  { dealer: "华南示例经销商", amount: 2_000_000, reference: "DEMO-HN-20240001", daysAgo: 40, note: "首笔预付款" },
  { dealer: "华东示例经销商", amount: 3_000_000, reference: "DEMO-HD-20240002", daysAgo: 21, note: null },
] as const;

export async function seedDemoTopUps(m: EntityManager): Promise<void> {
  for (const topUp of DEMO_TOP_UPS) {
    await m.query(
      `INSERT INTO ledger_entry (dealer_id, kind, amount, reference, note, created_by, created_at)
       SELECT d.id, 'TOP_UP', $2, $3, $4, (SELECT id FROM account WHERE login_name = 'vendor.finance'),
              now() - make_interval(days => $5)
         FROM dealer d WHERE d.name = $1`,
      [topUp.dealer, topUp.amount, topUp.reference, topUp.note, topUp.daysAgo],
    );
  }
}
