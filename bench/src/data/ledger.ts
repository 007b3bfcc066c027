import { TOP_UP_MAX_FEN } from "@crm/domain";
import { NULL, iso } from "./copy";
import { ID_TAGS, IdSpace } from "./ids";
import type { Org } from "./org";
import type { Prng } from "./prng";
import { orderNumber, type Payments } from "./world";

export const LEDGER_COLUMNS = [
  "id",
  "dealer_id",
  "kind",
  "amount",
  "order_id",
  "reference",
  "note",
  "created_by",
  "created_at",
] as const;

export interface LedgerTotals {
  rows: number;
  topUps: number;
  payments: number;
  /** Expected final balance per dealer (the sum of its entries). */
  balances: Float64Array;
}

const YUAN_10K = 1_000_000;

/**
 * The virtual accounts: every payment of a paid order as a PAYMENT entry, in time order, with the
 * top-ups (充值) a dealer needed before it so a balance never goes below zero, and one last top-up
 * so every dealer can pay for new orders. Yields COPY chunks of `batchSize` rows; each is loaded in
 * its own transaction through the ledger's own insert trigger (COPY fires it per row), so the
 * balances are the product's.
 */
export function* ledgerChunks(
  payments: Payments,
  org: Org,
  prng: Prng,
  seed: string,
  anchor: number,
  financeId: string,
  batchSize: number,
  totals: LedgerTotals,
  partition: { index: number; count: number } = { index: 0, count: 1 },
): Generator<string> {
  // Partitions take disjoint dealers (so two connections never move the same balance row).
  const ids = new IdSpace(seed, ID_TAGS.ledger + partition.index);
  let rows = 0;
  const mine = (dealer: number) => dealer % partition.count === partition.index;
  const orderIds = new IdSpace(seed, ID_TAGS.order);
  const order = new Int32Array(payments.length);
  for (let i = 0; i < order.length; i += 1) order[i] = i;
  const at = payments.at;
  order.sort((a, b) => (at[a] ?? 0) - (at[b] ?? 0) || a - b);

  const balances = totals.balances;
  const topUpSeq = new Int32Array(org.dealers.length);
  const lastAt = new Float64Array(org.dealers.length);
  let batch: string[] = [];
  const push = (line: string): string | null => {
    batch.push(line, "\n");
    totals.rows += 1;
    rows += 1;
    if (batch.length >= batchSize * 2) {
      const chunk = batch.join("");
      batch = [];
      return chunk;
    }
    return null;
  };
  const topUp = (dealer: number, amount: number, when: number, note: string | null): string | null => {
    const d = org.dealers[dealer];
    if (!d) return null;
    const seq = (topUpSeq[dealer] ?? 0) + 1;
    topUpSeq[dealer] = seq;
    const reference = `BK${d.no}${String(seq).padStart(6, "0")}`;
    balances[dealer] = (balances[dealer] ?? 0) + amount;
    lastAt[dealer] = when;
    totals.topUps += 1;
    return push(
      [ids.id(rows + 1), d.id, "TOP_UP", amount, NULL, reference, note ?? NULL, financeId, iso(when)].join("\t"),
    );
  };

  for (let k = 0; k < order.length; k += 1) {
    const i = order[k] as number;
    const dealer = payments.dealer[i] as number;
    if (!mine(dealer)) continue;
    const amount = payments.amount[i] as number;
    const when = payments.at[i] as number;
    const d = org.dealers[dealer];
    const account = org.accounts[payments.account[i] as number];
    if (!d || !account) continue;
    while ((balances[dealer] ?? 0) < amount) {
      const short = amount - (balances[dealer] ?? 0);
      const wanted = Math.ceil((short * prng.int(4, 12)) / YUAN_10K) * YUAN_10K;
      const chunk = topUp(
        dealer,
        Math.min(TOP_UP_MAX_FEN, Math.max(wanted, YUAN_10K)),
        when - prng.int(60, 7200) * 1000,
        prng.chance(0.5) ? "银行转账" : null,
      );
      if (chunk) yield chunk;
    }
    balances[dealer] = (balances[dealer] ?? 0) - amount;
    lastAt[dealer] = when;
    totals.payments += 1;
    const orderNo = orderNumber(payments.order[i] as number, payments.orderCreatedAt[i] as number);
    const chunk = push(
      [
        ids.id(rows + 1),
        d.id,
        "PAYMENT",
        -amount,
        orderIds.id(payments.order[i] as number),
        NULL,
        `订单 ${orderNo}`,
        account.id,
        iso(when),
      ].join("\t"),
    );
    if (chunk) yield chunk;
  }
  // Money on account for the benchmark's payments: ¥200,000–¥2,000,000 more for every dealer.
  for (const d of org.dealers) {
    if (!mine(d.index)) continue;
    const when = Math.max(anchor - 3_600_000, (lastAt[d.index] ?? 0) + 1000);
    const chunk = topUp(d.index, prng.int(20, 200) * YUAN_10K, when, "预付款");
    if (chunk) yield chunk;
  }
  if (batch.length > 0) yield batch.join("");
}
