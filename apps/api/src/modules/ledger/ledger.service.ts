import {
  BALANCE_HISTORY_MAX_DAYS,
  TOP_UP_MAX_FEN,
  formatFen,
  ledgerProblems,
  normalizeBankReference,
  shanghaiDaysEnding,
  type LedgerProblem,
} from "@crm/domain";
import { isUUID } from "class-validator";
import { QueryFailedError, type DataSource, type EntityManager } from "typeorm";
import type { Viewer } from "../../access/viewer";
import type { Clock } from "../../shared/clock";
import { isUniqueViolation, pgErrorCode } from "../../shared/db-errors";
import { DomainError, invalid, notFound } from "../../shared/domain-error";
import { decodeCursor, toConnection, type Connection } from "../../shared/pagination";
import type { AuditService } from "../audit/audit.service";
import { DealerEntity } from "../dealer/dealer.entity";
import type { LedgerEntryFilter } from "./dto/ledger-entry-filter.input";
import type { TopUpInput } from "./dto/top-up.input";
import { applyFinanceScope, mayReadFinanceOf, mayRecordMoney, type FinanceScope } from "./finance-access";
import { LedgerEntryEntity } from "./ledger-entry.entity";

/** The constraint that refuses an overdraft (dealer_balance.balance >= 0). */
const NOT_NEGATIVE = "dealer_balance_not_negative";
/** One TOP_UP per bank reference. */
const REFERENCE_UNIQUE = "ledger_top_up_reference_uq";
/** One PAYMENT per order. */
const ORDER_PAYMENT_UNIQUE = "ledger_order_payment_uq";
const CHECK_VIOLATION = "23514";

export interface DebitInput {
  dealerId: string;
  orderId: string;
  /** 分 to take, > 0. The caller skips the debit for an order that costs nothing. */
  amount: number;
  viewer: Viewer;
  note?: string;
}

export interface LedgerMismatch {
  dealerId: string;
  dealerName: string | null;
  balance: number;
  sum: number;
  entryCount: number;
  problems: LedgerProblem[];
}

export interface LedgerCheckResult {
  dealersChecked: number;
  entriesChecked: number;
  mismatches: LedgerMismatch[];
}

function entrySnapshot(entry: LedgerEntryEntity): Record<string, unknown> {
  return {
    kind: entry.kind,
    amount: entry.amount,
    balanceAfter: entry.balanceAfter,
    orderId: entry.orderId,
    reference: entry.reference,
    note: entry.note,
  };
}

function constraintOf(error: unknown): string | undefined {
  if (!(error instanceof QueryFailedError)) return undefined;
  return (error.driverError as { constraint?: string }).constraint;
}

/**
 * 虚拟账户 (SPEC §7). The database keeps the invariants (see the orders-ledger migration): an
 * entry's insert moves the balance in the same statement, the balance can't go below zero,
 * entries can't be changed or removed, a bank reference tops up once, an order is paid once.
 *
 * Every write first takes the dealer's balance row lock and stamps the entry with the time it
 * got it (clock_timestamp()), so one dealer's entries ordered by created_at are in the order
 * they moved the balance — the order the ledger table and the balance chart show.
 */
export class LedgerService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** 充值: vendor finance records a dealer's bank transfer. A reference is accepted once, ever. */
  async topUp(viewer: Viewer, input: TopUpInput): Promise<LedgerEntryEntity> {
    if (!mayRecordMoney(viewer)) throw new DomainError("FORBIDDEN");
    if (!isUUID(input.dealerId)) throw notFound("dealer");
    if (!Number.isSafeInteger(input.amount) || input.amount <= 0 || input.amount > TOP_UP_MAX_FEN) {
      throw new DomainError("INVALID_AMOUNT", { field: "amount", max: TOP_UP_MAX_FEN });
    }
    const reference = normalizeBankReference(input.reference);
    if (!reference) {
      throw invalid(
        "reference",
        "银行流水号为 4–64 位字母、数字或 - _ / .",
        "a bank reference is 4–64 letters, digits or - _ / .",
      );
    }
    const note = input.note?.trim() || null;
    try {
      return await this.dataSource.transaction(async (m) => {
        const dealer = await m.findOneBy(DealerEntity, { id: input.dealerId });
        if (!dealer) throw notFound("dealer");
        const [used] = await m.query<unknown[]>(`SELECT 1 FROM ledger_entry WHERE kind = 'TOP_UP' AND reference = $1`, [
          reference,
        ]);
        if (used) throw new DomainError("DUPLICATE_REFERENCE", { reference });
        const entry = await this.insertEntry(m, {
          dealerId: dealer.id,
          kind: "TOP_UP",
          amount: input.amount,
          orderId: null,
          reference,
          note,
          createdBy: viewer.account.id,
        });
        await this.audit.record(m, viewer, {
          dealerId: dealer.id,
          action: "ledger.top_up",
          entityType: "ledger_entry",
          entityId: entry.id,
          after: entrySnapshot(entry),
        });
        return entry;
      });
    } catch (error) {
      // Two top-ups with one reference at the same moment: the unique index lets one through.
      if (isUniqueViolation(error, REFERENCE_UNIQUE)) throw new DomainError("DUPLICATE_REFERENCE", { reference });
      throw error;
    }
  }

  /**
   * 扣款: takes `amount` 分 (> 0) from the dealer's balance for an order, inside the caller's
   * transaction `m`, as a PAYMENT entry (negative amount). Refuses with INSUFFICIENT_BALANCE
   * (details: balance, needed) when the balance is short; then nothing was written, and the
   * caller's transaction rolls back as its error propagates. An amount of 0 is a caller error
   * (INVALID_AMOUNT), never an entry: orders that cost nothing skip the debit.
   */
  async debit(m: EntityManager, input: DebitInput): Promise<LedgerEntryEntity> {
    if (!Number.isSafeInteger(input.amount) || input.amount <= 0) {
      throw new DomainError("INVALID_AMOUNT", { field: "amount", amount: input.amount });
    }
    const balance = await this.lockBalance(m, input.dealerId);
    if (balance < input.amount) {
      throw this.insufficient(balance, input.amount);
    }
    let entry: LedgerEntryEntity;
    try {
      entry = await this.insertEntry(m, {
        dealerId: input.dealerId,
        kind: "PAYMENT",
        amount: -input.amount,
        orderId: input.orderId,
        reference: null,
        note: input.note?.trim() || null,
        createdBy: input.viewer.account.id,
      });
    } catch (error) {
      // The balance row lock makes this unreachable; the database's check is the last word anyway.
      if (pgErrorCode(error) === CHECK_VIOLATION && constraintOf(error) === NOT_NEGATIVE) {
        throw this.insufficient(balance, input.amount);
      }
      if (isUniqueViolation(error, ORDER_PAYMENT_UNIQUE)) {
        throw new DomainError("ORDER_NOT_PAYABLE", { reason: "ALREADY_DEBITED" });
      }
      throw error;
    }
    await this.audit.record(m, input.viewer, {
      dealerId: input.dealerId,
      action: "ledger.payment",
      entityType: "ledger_entry",
      entityId: entry.id,
      after: entrySnapshot(entry),
    });
    return entry;
  }

  /** The dealer's balance in 分 (0 before its first top-up). No visibility check: callers decide. */
  async balance(dealerId: string): Promise<number> {
    return (await this.balances([dealerId]))[0] ?? 0;
  }

  /** Balances of many dealers, in the order asked (for the per-request loader). */
  async balances(dealerIds: readonly string[]): Promise<number[]> {
    const rows = await this.dataSource.query<{ dealer_id: string; balance: string }[]>(
      `SELECT dealer_id, balance::text AS balance FROM dealer_balance WHERE dealer_id = ANY($1::uuid[])`,
      [dealerIds.filter((id) => isUUID(id))],
    );
    const byDealer = new Map(rows.map((r) => [r.dealer_id, Number(r.balance)]));
    return dealerIds.map((id) => byDealer.get(id) ?? 0);
  }

  /** 虚拟账户流水, newest first, narrowed to the dealers whose finance the viewer may read. */
  async entries(
    scope: FinanceScope,
    filter: LedgerEntryFilter | null | undefined,
    first: number,
    after?: string | null,
  ): Promise<Connection<LedgerEntryEntity>> {
    const qb = this.dataSource.getRepository(LedgerEntryEntity).createQueryBuilder("e");
    applyFinanceScope(qb, scope, "e.dealer_id");
    if (filter?.dealerId) {
      if (!isUUID(filter.dealerId)) throw invalid("dealerId", "编号格式不正确", "not a valid id");
      qb.andWhere("e.dealer_id = :dealerId", { dealerId: filter.dealerId });
    }
    if (filter?.kind) qb.andWhere("e.kind = :kind", { kind: filter.kind });
    if (filter?.from) qb.andWhere("e.created_at >= :from", { from: filter.from });
    if (filter?.to) qb.andWhere("e.created_at < :to", { to: filter.to });
    const totalCount = await qb.clone().getCount();
    const cursor = decodeCursor(after);
    if (cursor) qb.andWhere("(e.created_at, e.id) < (:cAt, :cId)", { cAt: cursor.at, cId: cursor.id });
    const rows = await qb
      .orderBy("e.created_at", "DESC")
      .addOrderBy("e.id", "DESC")
      .take(first + 1)
      .getMany();
    return toConnection(rows, first, totalCount, (row) => ({ at: row.createdAt, id: row.id }));
  }

  /**
   * The balance at the end of each of the last `days` Asia/Shanghai calendar days (today: now),
   * oldest first, read from the last entry's balance_after before each day's end.
   */
  async balanceHistory(
    scope: FinanceScope,
    dealerId: string,
    days: number,
  ): Promise<{ date: string; balance: number }[]> {
    if (!Number.isInteger(days) || days < 1 || days > BALANCE_HISTORY_MAX_DAYS) {
      throw invalid("days", `天数为 1–${BALANCE_HISTORY_MAX_DAYS}`, `days is 1–${BALANCE_HISTORY_MAX_DAYS}`);
    }
    await this.visibleDealer(scope, dealerId);
    const points = shanghaiDaysEnding(this.clock(), days);
    const rows = await this.dataSource.query<{ i: number; balance: string | null }[]>(
      `SELECT d.i::int AS i,
              (SELECT e.balance_after::text FROM ledger_entry e
                WHERE e.dealer_id = $1 AND e.created_at < d.ends_at
                ORDER BY e.created_at DESC, e.id DESC LIMIT 1) AS balance
         FROM unnest($2::timestamptz[]) WITH ORDINALITY AS d(ends_at, i)`,
      [dealerId, points.map((p) => p.endsAt.toISOString())],
    );
    const byIndex = new Map(rows.map((r) => [r.i, r.balance === null ? 0 : Number(r.balance)]));
    return points.map((p, index) => ({ date: p.date, balance: byIndex.get(index + 1) ?? 0 }));
  }

  /** The dealer, when the scope may read its finance; NOT_FOUND otherwise (never says whose it is). */
  async visibleDealer(scope: FinanceScope, dealerId: string): Promise<DealerEntity> {
    if (!isUUID(dealerId)) throw notFound("dealer");
    const dealer = await this.dataSource.getRepository(DealerEntity).findOneBy({ id: dealerId });
    if (!dealer || !mayReadFinanceOf(scope, dealer)) throw notFound("dealer");
    return dealer;
  }

  /**
   * `npm run ledger:check`: for every dealer with a balance row or an entry, the balance equals
   * the sum of its entries and the entries' balance_after values form one unbroken chain from 0
   * to it. Reads one consistent snapshot (REPEATABLE READ), so payments running meanwhile
   * don't show up as mismatches.
   */
  async check(): Promise<LedgerCheckResult> {
    return this.dataSource.transaction("REPEATABLE READ", async (m) => {
      const dealers = await m.query<{ dealer_id: string; name: string | null; balance: string | null }[]>(
        `SELECT ids.dealer_id, d.name, b.balance::text AS balance
           FROM (SELECT dealer_id FROM dealer_balance UNION SELECT DISTINCT dealer_id FROM ledger_entry) ids
           LEFT JOIN dealer_balance b ON b.dealer_id = ids.dealer_id
           LEFT JOIN dealer d ON d.id = ids.dealer_id
          ORDER BY d.name, ids.dealer_id`,
      );
      const mismatches: LedgerMismatch[] = [];
      let entriesChecked = 0;
      for (const dealer of dealers) {
        const entries = await m.query<{ amount: string; balance_after: string }[]>(
          `SELECT amount::text AS amount, balance_after::text AS balance_after FROM ledger_entry WHERE dealer_id = $1`,
          [dealer.dealer_id],
        );
        entriesChecked += entries.length;
        const facts = entries.map((e) => ({ amount: Number(e.amount), balanceAfter: Number(e.balance_after) }));
        // A missing balance row with entries is a mismatch too: the trigger always writes one.
        const balance = dealer.balance === null ? Number.NaN : Number(dealer.balance);
        const problems = Number.isNaN(balance)
          ? (["SUM_MISMATCH", "CHAIN_BROKEN"] as LedgerProblem[])
          : ledgerProblems(facts, balance);
        if (problems.length > 0) {
          mismatches.push({
            dealerId: dealer.dealer_id,
            dealerName: dealer.name,
            balance: Number.isNaN(balance) ? 0 : balance,
            sum: facts.reduce((total, e) => total + e.amount, 0),
            entryCount: facts.length,
            problems,
          });
        }
      }
      return { dealersChecked: dealers.length, entriesChecked, mismatches };
    });
  }

  /** Human-readable lines of a check, for the command line. */
  static describeCheck(result: LedgerCheckResult): string[] {
    const lines = [
      `[ledger] checked ${result.dealersChecked} dealer(s), ${result.entriesChecked} entr${result.entriesChecked === 1 ? "y" : "ies"}`,
    ];
    for (const m of result.mismatches) {
      lines.push(
        `[ledger] MISMATCH ${m.dealerName ?? "?"} (${m.dealerId}): balance ¥${formatFen(m.balance)}, ` +
          `sum of ${m.entryCount} entries ¥${formatFen(m.sum)}; ${m.problems.join(", ")}`,
      );
    }
    lines.push(
      result.mismatches.length === 0
        ? "[ledger] OK: every balance equals the sum of its entries and every chain is unbroken"
        : `[ledger] FAILED: ${result.mismatches.length} dealer(s) inconsistent`,
    );
    return lines;
  }

  /** Takes the dealer's balance row lock (when the row exists) and returns the balance. */
  private async lockBalance(m: EntityManager, dealerId: string): Promise<number> {
    const [row] = await m.query<{ balance: string }[]>(
      `SELECT balance::text AS balance FROM dealer_balance WHERE dealer_id = $1 FOR UPDATE`,
      [dealerId],
    );
    return row ? Number(row.balance) : 0;
  }

  private insufficient(balance: number, needed: number): DomainError {
    return new DomainError(
      "INSUFFICIENT_BALANCE",
      { balance, needed },
      {
        zh: `虚拟账户余额不足：余额 ¥${formatFen(balance)}，需扣款 ¥${formatFen(needed)}，请先充值`,
        en: `The virtual account balance is too low: ¥${formatFen(balance)} available, ¥${formatFen(needed)} needed; top up first`,
      },
    );
  }

  /** Appends one entry (the trigger moves the balance and sets balance_after) and returns it. */
  private async insertEntry(
    m: EntityManager,
    entry: Pick<LedgerEntryEntity, "dealerId" | "kind" | "amount" | "orderId" | "reference" | "note" | "createdBy">,
  ): Promise<LedgerEntryEntity> {
    await this.lockBalance(m, entry.dealerId);
    const [row] = await m.query<{ id: string }[]>(
      `INSERT INTO ledger_entry (dealer_id, kind, amount, order_id, reference, note, created_by, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, clock_timestamp()) RETURNING id`,
      [entry.dealerId, entry.kind, entry.amount, entry.orderId, entry.reference, entry.note, entry.createdBy],
    );
    if (!row) throw new Error("ledger insert returned nothing");
    return m.findOneByOrFail(LedgerEntryEntity, { id: row.id });
  }
}
