import { randomUUID } from "node:crypto";
import type { DataSource } from "typeorm";
import type { Viewer } from "../../../access/viewer";
import { createDataSource } from "../../../database/data-source";
import { DomainError } from "../../../shared/domain-error";
import type { AccountEntity } from "../../account/account.entity";
import type { DealerEntity } from "../../dealer/dealer.entity";
import { makeDealer, makeDealerAccount, makeVendorStaff } from "../../../../test/support/factories";
import type { GraphQLTestClient } from "../../../../test/support/graphql-client";
import { makeOrderRow } from "../../../../test/support/order-factories";
import { signInDirectly } from "../../../../test/support/sessions";
import { startTestApp, type TestApp } from "../../../../test/support/test-app";

const TOP_UP = `mutation($input: TopUpInput!) {
  topUp(input: $input) { id kind amount balanceAfter reference note createdAt dealer { id } createdBy { id } } }`;
const ENTRIES = `query($filter: LedgerEntryFilter, $first: Int, $after: String) {
  ledgerEntries(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id kind amount balanceAfter orderId orderNo reference note dealer { id } } } } }`;
const HISTORY = `query($dealerId: ID!, $days: Int) { balanceHistory(dealerId: $dealerId, days: $days) { date balance } }`;
const MY_BALANCE = `query { myDealer { id balance } }`;
const DEALER_BALANCE = `query($id: ID!) { dealer(id: $id) { id balance } }`;
const AUDIT = `query($filter: AuditLogFilter) { auditLogs(filter: $filter, first: 20) { edges { node { action } } } }`;

/** Race tests need real concurrency: the embedded database serializes every connection. */
const realPostgres = process.env.TEST_DATABASE_KIND !== "embedded";
const itRaces = realPostgres ? it : it.skip;

type EntryNode = {
  id: string;
  kind: string;
  amount: number;
  balanceAfter: number;
  orderId: string | null;
  orderNo: string | null;
  reference: string | null;
  note: string | null;
  dealer: { id: string };
};
type EntriesResult = { ledgerEntries: { totalCount: number; edges: { node: EntryNode }[] } };

function viewerOf(account: AccountEntity): Viewer {
  return {
    sessionId: randomUUID(),
    apiKey: null,
    actor: account,
    account,
    actingAsDelegate: false,
    permissions: new Set(account.permissions),
    vendorRoles: new Set(account.vendorRoles),
  };
}

function reference(): string {
  return `BANK-${randomUUID().slice(0, 12).toUpperCase()}`;
}

describe("virtual account (虚拟账户): top-ups, debits, the ledger", () => {
  let t: TestApp;
  /** A second pool, large enough for the race tests to run truly side by side. */
  let race: DataSource;
  let finance: GraphQLTestClient;

  beforeAll(async () => {
    t = await startTestApp();
    race = await createDataSource(process.env.TEST_DATABASE_URL ?? "", 25).initialize();
    finance = await signInDirectly(t, (await makeVendorStaff(t.dataSource, ["FINANCE"])).id);
  });
  afterAll(async () => {
    await race.destroy();
    await t.close();
  });

  async function balanceRow(dealerId: string): Promise<number | null> {
    const [row] = await t.dataSource.query<{ balance: string }[]>(
      `SELECT balance FROM dealer_balance WHERE dealer_id = $1`,
      [dealerId],
    );
    return row ? Number(row.balance) : null;
  }

  async function entryFacts(dealerId: string): Promise<{ count: number; sum: number }> {
    const [row] = await t.dataSource.query<{ count: number; sum: string }[]>(
      `SELECT count(*)::int AS count, coalesce(sum(amount), 0)::text AS sum FROM ledger_entry WHERE dealer_id = $1`,
      [dealerId],
    );
    return { count: row?.count ?? -1, sum: Number(row?.sum ?? NaN) };
  }

  async function topUp(dealer: DealerEntity, amount: number, ref = reference()): Promise<EntryNode> {
    const data = await finance.ok<{ topUp: EntryNode }>(TOP_UP, {
      input: { dealerId: dealer.id, amount, reference: ref },
    });
    return data.topUp;
  }

  /** A dealer with a payer account (the viewer debits run as) and a starting balance. */
  async function fundedDealer(balance: number) {
    const dealer = await makeDealer(t.dataSource);
    const payer = await makeDealerAccount(t.dataSource, { dealer, preset: "ADMIN" });
    if (balance > 0) await topUp(dealer, balance);
    return { dealer, payer };
  }

  function debitIn(
    dataSource: DataSource,
    input: { dealer: DealerEntity; payer: AccountEntity; orderId: string; amount: number },
  ) {
    return dataSource.transaction((m) =>
      t.app.services.ledger.debit(m, {
        dealerId: input.dealer.id,
        orderId: input.orderId,
        amount: input.amount,
        viewer: viewerOf(input.payer),
        note: "测试扣款",
      }),
    );
  }

  it("lets vendor finance record a top-up: the balance moves, the entry says so, the audit log too", async () => {
    const dealer = await makeDealer(t.dataSource);
    const entry = await finance.ok<{ topUp: EntryNode & { createdBy: { id: string } } }>(TOP_UP, {
      input: { dealerId: dealer.id, amount: 1_234_56, reference: " ab 2024 0001 ", note: " 工行到账 " },
    });
    expect(entry.topUp).toMatchObject({
      kind: "TOP_UP",
      amount: 123456,
      balanceAfter: 123456,
      reference: "AB20240001",
      note: "工行到账",
      dealer: { id: dealer.id },
    });
    const second = await topUp(dealer, 100);
    expect(second.balanceAfter).toBe(123556);
    expect(await balanceRow(dealer.id)).toBe(123556);

    const audit = await finance.ok<{ auditLogs: { edges: { node: { action: string } }[] } }>(AUDIT, {
      filter: { dealerId: dealer.id, action: "ledger.top_up" },
    });
    expect(audit.auditLogs.edges).toHaveLength(2);
  });

  it("refuses top-ups by anyone but vendor finance, and bad amounts, and writes nothing", async () => {
    const dealer = await makeDealer(t.dataSource);
    const admin = await makeDealerAccount(t.dataSource, { dealer, preset: "ADMIN" });
    const others = [
      await signInDirectly(t, (await makeVendorStaff(t.dataSource, ["PLATFORM_ADMIN"])).id),
      await signInDirectly(t, (await makeVendorStaff(t.dataSource, ["CHANNEL_MANAGER"])).id),
      await signInDirectly(t, (await makeVendorStaff(t.dataSource, ["OPERATIONS"])).id),
      await signInDirectly(t, admin.id),
    ];
    for (const client of others) {
      expect(
        await client.errorCode(TOP_UP, { input: { dealerId: dealer.id, amount: 100, reference: reference() } }),
      ).toBe("FORBIDDEN");
    }
    expect(
      await t.client().errorCode(TOP_UP, { input: { dealerId: dealer.id, amount: 100, reference: reference() } }),
    ).toBe("UNAUTHENTICATED");
    for (const amount of [0, -100, 10_000_000_001]) {
      expect(await finance.errorCode(TOP_UP, { input: { dealerId: dealer.id, amount, reference: reference() } })).toBe(
        "INVALID_AMOUNT",
      );
    }
    expect(
      await finance.errorCode(TOP_UP, { input: { dealerId: dealer.id, amount: 1.5, reference: reference() } }),
    ).toBe("VALIDATION_FAILED");
    expect(await finance.errorCode(TOP_UP, { input: { dealerId: dealer.id, amount: 100, reference: "#?" } })).toBe(
      "VALIDATION_FAILED",
    );
    expect(
      await finance.errorCode(TOP_UP, { input: { dealerId: randomUUID(), amount: 100, reference: reference() } }),
    ).toBe("NOT_FOUND");
    expect(await balanceRow(dealer.id)).toBeNull();
    expect(await entryFacts(dealer.id)).toEqual({ count: 0, sum: 0 });
  });

  it("accepts a bank reference once, however it is typed, for any dealer", async () => {
    const dealer = await makeDealer(t.dataSource);
    const other = await makeDealer(t.dataSource);
    const ref = `ref-${randomUUID().slice(0, 8)}`;
    await topUp(dealer, 500, ref);
    const again = await finance.request(TOP_UP, {
      input: { dealerId: dealer.id, amount: 500, reference: ` ${ref.toUpperCase()} ` },
    });
    expect(again.errors?.[0]?.extensions?.code).toBe("DUPLICATE_REFERENCE");
    expect(again.errors?.[0]?.extensions?.messageZh).toContain("银行流水号");
    expect(await finance.errorCode(TOP_UP, { input: { dealerId: other.id, amount: 500, reference: ref } })).toBe(
      "DUPLICATE_REFERENCE",
    );
    expect(await balanceRow(dealer.id)).toBe(500);
    expect(await balanceRow(other.id)).toBeNull();
  });

  itRaces("records exactly one of 10 concurrent top-ups with one reference", async () => {
    const dealer = await makeDealer(t.dataSource);
    const ref = reference();
    const clients = await Promise.all(
      Array.from({ length: 10 }, async () => signInDirectly(t, (await makeVendorStaff(t.dataSource, ["FINANCE"])).id)),
    );
    const results = await Promise.all(
      clients.map((client) => client.request(TOP_UP, { input: { dealerId: dealer.id, amount: 700, reference: ref } })),
    );
    const codes = results.map((r) => r.errors?.[0]?.extensions?.code ?? "OK");
    expect(codes.filter((c) => c === "OK")).toHaveLength(1);
    expect(codes.filter((c) => c === "DUPLICATE_REFERENCE")).toHaveLength(9);
    expect(await entryFacts(dealer.id)).toEqual({ count: 1, sum: 700 });
    expect(await balanceRow(dealer.id)).toBe(700);
  });

  it("debits inside the caller's transaction, and refuses an overdraft with INSUFFICIENT_BALANCE, changing nothing", async () => {
    const { dealer, payer } = await fundedDealer(1000);
    const order = await makeOrderRow(t.dataSource, {
      dealer,
      createdBy: payer,
      amountDue: 600,
      status: "PENDING_PAYMENT",
    });
    const entry = await debitIn(t.dataSource, { dealer, payer, orderId: order.id, amount: 600 });
    expect(entry).toMatchObject({ kind: "PAYMENT", amount: -600, balanceAfter: 400, orderId: order.id });

    const big = await makeOrderRow(t.dataSource, {
      dealer,
      createdBy: payer,
      amountDue: 401,
      status: "PENDING_PAYMENT",
    });
    const refusal = await debitIn(t.dataSource, { dealer, payer, orderId: big.id, amount: 401 }).catch(
      (e: unknown) => e,
    );
    expect(refusal).toBeInstanceOf(DomainError);
    expect(refusal).toMatchObject({ code: "INSUFFICIENT_BALANCE", details: { balance: 400, needed: 401 } });
    expect((refusal as DomainError).messageZh).toContain("¥4.00");
    expect(await balanceRow(dealer.id)).toBe(400);
    expect(await entryFacts(dealer.id)).toEqual({ count: 2, sum: 400 });

    // A write the caller made before the refused debit rolls back with it.
    const note = `rollback-${randomUUID()}`;
    await t.dataSource
      .transaction(async (m) => {
        await m.query(`UPDATE sales_order SET remark = $2 WHERE id = $1`, [big.id, note]);
        await t.app.services.ledger.debit(m, {
          dealerId: dealer.id,
          orderId: big.id,
          amount: 401,
          viewer: viewerOf(payer),
        });
      })
      .catch(() => undefined);
    const [row] = await t.dataSource.query<{ remark: string | null }[]>(
      `SELECT remark FROM sales_order WHERE id = $1`,
      [big.id],
    );
    expect(row?.remark).toBeNull();

    // A dealer that never had money: refused too, no balance row appears.
    const empty = await fundedDealer(0);
    const order2 = await makeOrderRow(t.dataSource, {
      dealer: empty.dealer,
      createdBy: empty.payer,
      amountDue: 1,
      status: "PENDING_PAYMENT",
    });
    await expect(
      debitIn(t.dataSource, { dealer: empty.dealer, payer: empty.payer, orderId: order2.id, amount: 1 }),
    ).rejects.toMatchObject({ code: "INSUFFICIENT_BALANCE", details: { balance: 0, needed: 1 } });
    expect(await balanceRow(empty.dealer.id)).toBeNull();
  });

  it("never writes an entry for 0 or a negative amount, and pays an order once", async () => {
    const { dealer, payer } = await fundedDealer(1000);
    const order = await makeOrderRow(t.dataSource, {
      dealer,
      createdBy: payer,
      amountDue: 100,
      status: "PENDING_PAYMENT",
    });
    for (const amount of [0, -5, 1.5]) {
      await expect(debitIn(t.dataSource, { dealer, payer, orderId: order.id, amount })).rejects.toMatchObject({
        code: "INVALID_AMOUNT",
      });
    }
    await debitIn(t.dataSource, { dealer, payer, orderId: order.id, amount: 100 });
    await expect(debitIn(t.dataSource, { dealer, payer, orderId: order.id, amount: 100 })).rejects.toMatchObject({
      code: "ORDER_NOT_PAYABLE",
    });
    expect(await entryFacts(dealer.id)).toEqual({ count: 2, sum: 900 });
  });

  itRaces(
    "lets exactly the affordable ones of 50 concurrent debits through; the balance never goes negative",
    async () => {
      const { dealer, payer } = await fundedDealer(10_000);
      const orders = await Promise.all(
        Array.from({ length: 50 }, () =>
          makeOrderRow(t.dataSource, { dealer, createdBy: payer, amountDue: 300, status: "PENDING_PAYMENT" }),
        ),
      );
      const results = await Promise.allSettled(
        orders.map((order) => debitIn(race, { dealer, payer, orderId: order.id, amount: 300 })),
      );
      const ok = results.filter((r) => r.status === "fulfilled");
      const refused = results.filter((r) => r.status === "rejected");
      // 50 × ¥3.00 = ¥150.00 against ¥100.00: 33 fit, ¥1.00 stays
      expect(ok).toHaveLength(33);
      expect(refused).toHaveLength(17);
      for (const r of refused) expect(r.reason).toMatchObject({ code: "INSUFFICIENT_BALANCE" });
      expect(await balanceRow(dealer.id)).toBe(100);
      expect(await entryFacts(dealer.id)).toEqual({ count: 34, sum: 100 });
      const afters = (
        await t.dataSource.query<{ balance_after: string }[]>(
          `SELECT balance_after FROM ledger_entry WHERE dealer_id = $1 AND kind = 'PAYMENT' ORDER BY created_at, id`,
          [dealer.id],
        )
      ).map((r) => Number(r.balance_after));
      // in created_at order the balances step down by ¥3.00 each time: the order they moved the balance
      expect(afters).toEqual(Array.from({ length: 33 }, (_, i) => 10_000 - 300 * (i + 1)));
    },
  );

  itRaces("with mixed amounts, refuses only debits that would not fit even in what is left", async () => {
    const { dealer, payer } = await fundedDealer(20_000);
    const amounts = Array.from({ length: 50 }, (_, i) => 200 + ((i * 137) % 900));
    const orders = await Promise.all(
      amounts.map((amountDue) =>
        makeOrderRow(t.dataSource, { dealer, createdBy: payer, amountDue, status: "PENDING_PAYMENT" }),
      ),
    );
    const results = await Promise.allSettled(
      orders.map((order, i) => debitIn(race, { dealer, payer, orderId: order.id, amount: amounts[i] ?? 0 })),
    );
    const paid = amounts.filter((_, i) => results[i]?.status === "fulfilled");
    const refused = amounts.filter((_, i) => results[i]?.status === "rejected");
    const left = 20_000 - paid.reduce((a, b) => a + b, 0);
    expect(refused.length).toBeGreaterThan(0);
    expect(left).toBeGreaterThanOrEqual(0);
    expect(Math.min(...refused)).toBeGreaterThan(left);
    expect(await balanceRow(dealer.id)).toBe(left);
    expect(await entryFacts(dealer.id)).toEqual({ count: paid.length + 1, sum: left });
  });

  it("refuses any direct change of entries or balances in the database", async () => {
    const { dealer } = await fundedDealer(5000);
    const [entry] = await t.dataSource.query<{ id: string }[]>(`SELECT id FROM ledger_entry WHERE dealer_id = $1`, [
      dealer.id,
    ]);
    const attempts = [
      [`UPDATE ledger_entry SET amount = 999999 WHERE id = $1`, [entry?.id]],
      [`UPDATE ledger_entry SET note = 'x' WHERE id = $1`, [entry?.id]],
      [`DELETE FROM ledger_entry WHERE id = $1`, [entry?.id]],
      [`UPDATE dealer_balance SET balance = balance + 100 WHERE dealer_id = $1`, [dealer.id]],
      [`DELETE FROM dealer_balance WHERE dealer_id = $1`, [dealer.id]],
      [`INSERT INTO dealer_balance (dealer_id, balance) VALUES ($1, 1)`, [(await makeDealer(t.dataSource)).id]],
      [
        `INSERT INTO ledger_entry (dealer_id, kind, amount, order_id) VALUES ($1, 'ADJUSTMENT', -5001, NULL)`,
        [dealer.id],
      ],
    ] as const;
    for (const [sql, params] of attempts) {
      await expect(t.dataSource.query(sql, [...params])).rejects.toThrow();
    }
    // TRUNCATE in a transaction we roll back either way, so a failure of the guard can't wipe other tests' rows
    await expect(
      t.dataSource.transaction(async (m) => {
        await m.query(`TRUNCATE ledger_entry`);
        throw new Error("TRUNCATE went through");
      }),
    ).rejects.toThrow(/append-only/);
    expect(await balanceRow(dealer.id)).toBe(5000);
    expect(await entryFacts(dealer.id)).toEqual({ count: 1, sum: 5000 });
  });

  it("refuses an INSERT … ON CONFLICT DO NOTHING whose entry is skipped after its trigger moved the balance", async () => {
    const { dealer, payer } = await fundedDealer(0);
    const ref = reference();
    await topUp(dealer, 1000, ref);
    await expect(
      t.dataSource.query(
        `INSERT INTO ledger_entry (dealer_id, kind, amount, reference) VALUES ($1, 'TOP_UP', 1000, $2) ON CONFLICT DO NOTHING`,
        [dealer.id, ref],
      ),
    ).rejects.toThrow(/not inserted/);
    const order = await makeOrderRow(t.dataSource, {
      dealer,
      createdBy: payer,
      amountDue: 300,
      status: "PENDING_PAYMENT",
    });
    await debitIn(t.dataSource, { dealer, payer, orderId: order.id, amount: 300 });
    await expect(
      t.dataSource.query(
        `INSERT INTO ledger_entry (dealer_id, kind, amount, order_id) VALUES ($1, 'PAYMENT', -300, $2) ON CONFLICT DO NOTHING`,
        [dealer.id, order.id],
      ),
    ).rejects.toThrow(/not inserted/);
    // one that does not collide goes in as usual
    await t.dataSource.query(
      `INSERT INTO ledger_entry (dealer_id, kind, amount, reference) VALUES ($1, 'TOP_UP', 5, $2) ON CONFLICT DO NOTHING`,
      [dealer.id, reference()],
    );
    expect(await balanceRow(dealer.id)).toBe(705);
    expect(await entryFacts(dealer.id)).toEqual({ count: 3, sum: 705 });
  });

  it("shows a dealer's balance and ledger to its FINANCE_VIEW holders only, and never another dealer's", async () => {
    const { dealer, payer } = await fundedDealer(0);
    const rival = await fundedDealer(0);
    await topUp(dealer, 8000);
    await topUp(rival.dealer, 3000);
    const order = await makeOrderRow(t.dataSource, {
      dealer,
      createdBy: payer,
      amountDue: 1500,
      status: "PENDING_PAYMENT",
    });
    await debitIn(t.dataSource, { dealer, payer, orderId: order.id, amount: 1500 });

    const admin = await signInDirectly(t, payer.id);
    const financeStaff = await signInDirectly(
      t,
      (await makeDealerAccount(t.dataSource, { dealer, preset: "FINANCE" })).id,
    );
    const sales = await signInDirectly(t, (await makeDealerAccount(t.dataSource, { dealer, preset: "SALES" })).id);
    const adminWithout = await signInDirectly(
      t,
      (
        await makeDealerAccount(t.dataSource, {
          dealer,
          accountType: "ADMIN",
          permissions: ["BASIC", "ADMIN", "PAY_CLOSE_ORDER"],
        })
      ).id,
    );

    for (const client of [admin, financeStaff]) {
      expect((await client.ok<{ myDealer: { balance: number } }>(MY_BALANCE)).myDealer.balance).toBe(6500);
      const own = await client.ok<EntriesResult>(ENTRIES, { first: 10 });
      expect(own.ledgerEntries.totalCount).toBe(2);
      expect(own.ledgerEntries.edges.map((e) => e.node)).toMatchObject([
        { kind: "PAYMENT", amount: -1500, balanceAfter: 6500, orderId: order.id, orderNo: order.orderNo },
        { kind: "TOP_UP", amount: 8000, balanceAfter: 8000 },
      ]);
      // another dealer's id, in a filter or as an argument, shows nothing
      const other = await client.ok<EntriesResult>(ENTRIES, { filter: { dealerId: rival.dealer.id } });
      expect(other.ledgerEntries.totalCount).toBe(0);
      expect(await client.errorCode(HISTORY, { dealerId: rival.dealer.id })).toBe("NOT_FOUND");
      expect(await client.errorCode(DEALER_BALANCE, { id: rival.dealer.id })).toBe("NOT_FOUND");
    }
    for (const client of [sales, adminWithout]) {
      expect((await client.ok<{ myDealer: { balance: number | null } }>(MY_BALANCE)).myDealer.balance).toBeNull();
      expect(await client.errorCode(ENTRIES, {})).toBe("FORBIDDEN");
      expect(await client.errorCode(HISTORY, { dealerId: dealer.id })).toBe("FORBIDDEN");
    }
  });

  it("shows vendor finance and platform admins every dealer's, a channel manager its own dealers' only", async () => {
    const manager = await makeVendorStaff(t.dataSource, ["CHANNEL_MANAGER"]);
    const managed = await fundedDealer(0);
    await t.dataSource.query(`UPDATE dealer SET channel_manager_id = $2 WHERE id = $1`, [
      managed.dealer.id,
      manager.id,
    ]);
    const unmanaged = await fundedDealer(0);
    await topUp(managed.dealer, 4200);
    await topUp(unmanaged.dealer, 900);

    const admin = await signInDirectly(t, (await makeVendorStaff(t.dataSource, ["PLATFORM_ADMIN"])).id);
    for (const client of [finance, admin]) {
      for (const [d, balance] of [
        [managed.dealer, 4200],
        [unmanaged.dealer, 900],
      ] as const) {
        expect((await client.ok<{ dealer: { balance: number } }>(DEALER_BALANCE, { id: d.id })).dealer.balance).toBe(
          balance,
        );
        const rows = await client.ok<EntriesResult>(ENTRIES, { filter: { dealerId: d.id } });
        expect(rows.ledgerEntries.totalCount).toBe(1);
      }
    }

    const cm = await signInDirectly(t, manager.id);
    expect(
      (await cm.ok<{ dealer: { balance: number } }>(DEALER_BALANCE, { id: managed.dealer.id })).dealer.balance,
    ).toBe(4200);
    expect(
      (await cm.ok<{ dealer: { balance: number | null } }>(DEALER_BALANCE, { id: unmanaged.dealer.id })).dealer.balance,
    ).toBeNull();
    const all = await cm.ok<EntriesResult>(ENTRIES, { first: 100 });
    expect(all.ledgerEntries.edges.every((e) => e.node.dealer.id === managed.dealer.id)).toBe(true);
    expect(all.ledgerEntries.totalCount).toBe(1);
    expect(
      (await cm.ok<EntriesResult>(ENTRIES, { filter: { dealerId: unmanaged.dealer.id } })).ledgerEntries.totalCount,
    ).toBe(0);
    expect(await cm.errorCode(HISTORY, { dealerId: unmanaged.dealer.id })).toBe("NOT_FOUND");
    expect(
      await cm.errorCode(TOP_UP, { input: { dealerId: managed.dealer.id, amount: 1, reference: reference() } }),
    ).toBe("FORBIDDEN");

    const ops = await signInDirectly(t, (await makeVendorStaff(t.dataSource, ["OPERATIONS"])).id);
    expect(
      (await ops.ok<{ dealer: { balance: number | null } }>(DEALER_BALANCE, { id: managed.dealer.id })).dealer.balance,
    ).toBeNull();
    expect(await ops.errorCode(ENTRIES, {})).toBe("FORBIDDEN");
  });

  it("pages the ledger newest first and filters by kind and time", async () => {
    const { dealer, payer } = await fundedDealer(0);
    for (let i = 1; i <= 5; i += 1) await topUp(dealer, i * 100);
    const order = await makeOrderRow(t.dataSource, {
      dealer,
      createdBy: payer,
      amountDue: 50,
      status: "PENDING_PAYMENT",
    });
    await debitIn(t.dataSource, { dealer, payer, orderId: order.id, amount: 50 });

    const page1 = await finance.ok<EntriesResult & { ledgerEntries: { pageInfo: { endCursor: string } } }>(ENTRIES, {
      filter: { dealerId: dealer.id },
      first: 4,
    });
    expect(page1.ledgerEntries.totalCount).toBe(6);
    expect(page1.ledgerEntries.edges.map((e) => e.node.balanceAfter)).toEqual([1450, 1500, 1000, 600]);
    const page2 = await finance.ok<EntriesResult>(ENTRIES, {
      filter: { dealerId: dealer.id },
      first: 4,
      after: page1.ledgerEntries.pageInfo.endCursor,
    });
    expect(page2.ledgerEntries.edges.map((e) => e.node.balanceAfter)).toEqual([300, 100]);

    const topUps = await finance.ok<EntriesResult>(ENTRIES, { filter: { dealerId: dealer.id, kind: "TOP_UP" } });
    expect(topUps.ledgerEntries.totalCount).toBe(5);
    const future = await finance.ok<EntriesResult>(ENTRIES, {
      filter: { dealerId: dealer.id, from: new Date(Date.now() + 3_600_000).toISOString() },
    });
    expect(future.ledgerEntries.totalCount).toBe(0);
  });

  it("draws the balance history per Asia/Shanghai day from balance_after", async () => {
    const { dealer } = await fundedDealer(0);
    // An entry five days ago (written as a migration-era import would: the trigger still applies it)
    await t.dataSource.query(
      `INSERT INTO ledger_entry (dealer_id, kind, amount, reference, created_at) VALUES ($1, 'TOP_UP', 2000, $2, now() - interval '5 days')`,
      [dealer.id, reference()],
    );
    await topUp(dealer, 500);
    const history = await finance.ok<{ balanceHistory: { date: string; balance: number }[] }>(HISTORY, {
      dealerId: dealer.id,
      days: 10,
    });
    const points = history.balanceHistory;
    expect(points).toHaveLength(10);
    expect(points[9]?.balance).toBe(2500);
    expect(points[0]?.balance).toBe(0);
    expect(points.filter((p) => p.balance === 2000).length).toBeGreaterThanOrEqual(4);
    expect(new Set(points.map((p) => p.date)).size).toBe(10);
    expect(await finance.errorCode(HISTORY, { dealerId: dealer.id, days: 0 })).toBe("VALIDATION_FAILED");
    expect(await finance.errorCode(HISTORY, { dealerId: dealer.id, days: 1000 })).toBe("VALIDATION_FAILED");
    const defaults = await finance.ok<{ balanceHistory: unknown[] }>(HISTORY, { dealerId: dealer.id });
    expect(defaults.balanceHistory).toHaveLength(90);
  });

  it("checks every ledger: balances equal their sums, chains are unbroken", async () => {
    const { dealer, payer } = await fundedDealer(3000);
    const order = await makeOrderRow(t.dataSource, {
      dealer,
      createdBy: payer,
      amountDue: 1200,
      status: "PENDING_PAYMENT",
    });
    await debitIn(t.dataSource, { dealer, payer, orderId: order.id, amount: 1200 });
    const result = await t.app.services.ledger.check();
    expect(result.mismatches).toEqual([]);
    expect(result.dealersChecked).toBeGreaterThan(0);
    expect(result.entriesChecked).toBeGreaterThanOrEqual(2);
  });
});
