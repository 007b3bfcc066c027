/**
 * The virtual account (虚拟账户, SPEC §7): ledger kinds, top-up limits, yuan ↔ 分 conversion and
 * the ledger's consistency rule. Pure and exact: money is integer 分, never floating point.
 */

export const LEDGER_ENTRY_KINDS = [
  { code: "TOP_UP", zh: "充值", en: "Top-up" },
  { code: "PAYMENT", zh: "订单扣款", en: "Order payment" },
  { code: "REFUND", zh: "退款", en: "Refund" },
  { code: "ADJUSTMENT", zh: "调整", en: "Adjustment" },
] as const;
export type LedgerEntryKind = (typeof LEDGER_ENTRY_KINDS)[number]["code"];

export const INVOICE_STATUSES = [
  { code: "REQUESTED", zh: "待开票", en: "Requested" },
  { code: "ISSUED", zh: "已开票", en: "Issued" },
  { code: "REJECTED", zh: "已驳回", en: "Rejected" },
] as const;
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number]["code"];

/** One top-up is at most ¥100,000,000.00 (a typo guard, far below 2^53 分). */
export const TOP_UP_MAX_FEN = 10_000_000_000;

/** How many days a balance chart may span. */
export const BALANCE_HISTORY_MAX_DAYS = 366;
export const BALANCE_HISTORY_DEFAULT_DAYS = 90;

/**
 * A bank transfer's reference (银行流水号) as stored: spaces removed, letters upper-cased, so the
 * same transfer typed twice is recognised. Letters, digits and - _ / . only, 4–64 characters;
 * null when it is not a plausible reference.
 */
export function normalizeBankReference(raw: string): string | null {
  const compact = raw.replace(/\s+/g, "").toUpperCase();
  return /^[A-Z0-9][A-Z0-9\-_/.]{3,63}$/.test(compact) ? compact : null;
}

export type YuanParse = { ok: true; fen: number } | { ok: false; reason: "EMPTY" | "FORMAT" | "PRECISION" | "RANGE" };

/**
 * Parses an amount typed in yuan ("1,234.56", "¥ 20000", "0.5") into exact 分 by reading the
 * decimal string — never by multiplying a float. At most two decimals; non-negative; at most
 * 2^53 − 1 分.
 */
export function parseYuanToFen(text: string): YuanParse {
  const cleaned = text.replace(/[\s,，¥￥]/g, "");
  if (cleaned === "") return { ok: false, reason: "EMPTY" };
  const match = /^(\d+)(?:\.(\d*))?$/.exec(cleaned);
  if (!match) return { ok: false, reason: "FORMAT" };
  const whole = match[1] ?? "0";
  const decimals = match[2] ?? "";
  if (decimals.length > 2) return { ok: false, reason: "PRECISION" };
  const fen = BigInt(whole) * 100n + BigInt(decimals.padEnd(2, "0") || "0");
  if (fen > BigInt(Number.MAX_SAFE_INTEGER)) return { ok: false, reason: "RANGE" };
  return { ok: true, fen: Number(fen) };
}

/** 分 as a plain yuan string for an input box: 123456 → "1234.56", 100 → "1.00". */
export function fenToYuanString(fen: number): string {
  const negative = fen < 0;
  const abs = Math.abs(fen);
  return `${negative ? "-" : ""}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

export interface LedgerEntryFacts {
  amount: number;
  balanceAfter: number;
}

export type LedgerProblem = "SUM_MISMATCH" | "CHAIN_BROKEN";

/**
 * The ledger's invariant for one dealer: the balance equals the sum of its entries, and the
 * entries form one unbroken chain from 0 to the balance — each entry's balance_after is the
 * previous balance_after plus its amount.
 *
 * Entries are checked as a set, not in timestamp order: concurrent transactions of one dealer
 * take turns on the balance row in an order their timestamps need not show. So the chain holds
 * exactly when the entries, as steps (balance_after − amount) → balance_after, can be walked one
 * after another from 0 to the balance using each entry once — an Eulerian trail: every value is
 * entered as often as it is left (0 left once more, the balance entered once more, unless they are
 * equal) and all steps hang together.
 */
export function ledgerProblems(entries: readonly LedgerEntryFacts[], balance: number): LedgerProblem[] {
  const problems: LedgerProblem[] = [];
  const sum = entries.reduce((total, e) => total + BigInt(e.amount), 0n);
  if (sum !== BigInt(balance)) problems.push("SUM_MISMATCH");
  if (!chainHolds(entries, balance)) problems.push("CHAIN_BROKEN");
  return problems;
}

function chainHolds(entries: readonly LedgerEntryFacts[], balance: number): boolean {
  if (entries.length === 0) return balance === 0;
  // out − in per value
  const surplus = new Map<number, number>();
  const parent = new Map<number, number>();
  const find = (v: number): number => {
    let root = v;
    while (parent.get(root) !== root) root = parent.get(root) ?? root;
    let node = v;
    while (node !== root) {
      const next = parent.get(node) ?? root;
      parent.set(node, root);
      node = next;
    }
    return root;
  };
  const touch = (v: number) => {
    if (!parent.has(v)) parent.set(v, v);
  };
  for (const e of entries) {
    if (e.amount === 0 || e.balanceAfter < 0) return false;
    const from = e.balanceAfter - e.amount;
    if (from < 0) return false;
    touch(from);
    touch(e.balanceAfter);
    parent.set(find(from), find(e.balanceAfter));
    surplus.set(from, (surplus.get(from) ?? 0) + 1);
    surplus.set(e.balanceAfter, (surplus.get(e.balanceAfter) ?? 0) - 1);
  }
  if (!parent.has(0) || !parent.has(balance)) return false;
  for (const [value, s] of surplus) {
    const expected = value === balance && value === 0 ? 0 : value === 0 ? 1 : value === balance ? -1 : 0;
    if (s !== expected) return false;
  }
  if (balance !== 0 && (surplus.get(0) ?? 0) !== 1) return false;
  const root = find(0);
  for (const value of parent.keys()) if (find(value) !== root) return false;
  return true;
}

/** The Asia/Shanghai calendar days ending today, oldest first, with the instant each one ends. */
export function shanghaiDaysEnding(now: Date, days: number): { date: string; endsAt: Date }[] {
  const offset = 8 * 3_600_000;
  const today = new Date(now.getTime() + offset).toISOString().slice(0, 10);
  const todayStart = Date.parse(`${today}T00:00:00+08:00`);
  const out: { date: string; endsAt: Date }[] = [];
  for (let i = days - 1; i >= 0; i -= 1) {
    const start = todayStart - i * 86_400_000;
    out.push({ date: new Date(start + offset).toISOString().slice(0, 10), endsAt: new Date(start + 86_400_000) });
  }
  return out;
}

/**
 * A buyer's taxpayer number (纳税人识别号 / 统一社会信用代码) on an invoice: spaces removed,
 * upper-cased, 15–20 letters and digits; null otherwise.
 */
export function normalizeTaxNumber(raw: string): string | null {
  const compact = raw.replace(/\s+/g, "").toUpperCase();
  return /^[0-9A-Z]{15,20}$/.test(compact) ? compact : null;
}
