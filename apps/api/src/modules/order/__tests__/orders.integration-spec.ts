import { randomUUID } from "node:crypto";
import type { DealerEntity } from "../../dealer/dealer.entity";
import {
  balanceOf,
  ledgerMismatches,
  makeEdition,
  setDiscountDirectly,
  setGiftRule,
  topUpDirectly,
  verifyDomainDirectly,
} from "../../../../test/support/catalog-factories";
import { makeDealer, makeDealerAccount, makeEnterprise, makeVendorStaff } from "../../../../test/support/factories";
import type { GraphQLTestClient } from "../../../../test/support/graphql-client";
import { setAccountQuotaDirectly, setDealerQuotaDirectly } from "../../../../test/support/quota-factories";
import { makeProductLine } from "../../../../test/support/routing-factories";
import { signInDirectly } from "../../../../test/support/sessions";
import { startTestApp, type TestApp } from "../../../../test/support/test-app";

const ORDER_FIELDS = `id orderNo type status seats months giftMonths trialDays confirmationReasons rejectReason
  listAmount settlementAmount amountDue service { id kind seats expiresAt }`;
const CREATE = `mutation($input: CreateOrderInput!) { createOrder(input: $input) { ${ORDER_FIELDS} } }`;
const PAY = `mutation($id: ID!, $key: String!) { payOrder(id: $id, idempotencyKey: $key) { ${ORDER_FIELDS} } }`;
const CLOSE = `mutation($id: ID!) { closeOrder(id: $id) { id status } }`;
const CONFIRM = `mutation($id: ID!) { confirmOrder(id: $id) { id status } }`;
const REJECT = `mutation($id: ID!, $reason: String!) { rejectOrder(id: $id, reason: $reason) { id status rejectReason } }`;
const ONE = `query($id: ID!) { order(id: $id) { ${ORDER_FIELDS} } }`;
const REGISTER = `mutation($input: RegisterDomainInput!) { registerDomain(input: $input) { id } }`;
const REGISTRATION = `query($id: ID!) { registration(id: $id) { status } }`;

/** Race tests need real concurrency: the embedded database serializes every connection. */
const realPostgres = process.env.TEST_DATABASE_KIND !== "embedded";
const itRaces = realPostgres ? it : it.skip;

interface OrderNode {
  id: string;
  orderNo: string;
  type: string;
  status: string;
  seats: number;
  months: number;
  giftMonths: number;
  trialDays: number;
  confirmationReasons: string[];
  rejectReason: string | null;
  listAmount: number | null;
  settlementAmount: number | null;
  amountDue: number | null;
  service: { id: string; kind: string; seats: number; expiresAt: string } | null;
}

describe("orders (订单) and payment (扣款)", () => {
  let t: TestApp;
  let ops: GraphQLTestClient;

  beforeAll(async () => {
    t = await startTestApp();
    ops = await signInDirectly(t, (await makeVendorStaff(t.dataSource, ["OPERATIONS"])).id);
  });
  afterAll(async () => {
    await t.close();
  });

  /** A dealer selling a fresh product line (list price 1000 分/seat/month, 85% discount) with a signed-in admin. */
  async function world(spec: { listPrice?: number; rateBp?: number; isSpecial?: boolean } = {}) {
    const line = await makeProductLine(t.dataSource);
    const edition = await makeEdition(t.dataSource, line, {
      listPrice: spec.listPrice ?? 1000,
      isSpecial: spec.isSpecial ?? false,
    });
    const dealer = await makeDealer(t.dataSource);
    await setDiscountDirectly(t.dataSource, dealer.id, line, spec.rateBp ?? 8500);
    await setDealerQuotaDirectly(t.dataSource, dealer.id, line, 100);
    const admin = await makeDealerAccount(t.dataSource, { dealer, preset: "ADMIN" });
    await setAccountQuotaDirectly(t.dataSource, admin, line, 100);
    const client = await signInDirectly(t, admin.id);
    return { line, edition, dealer, admin, client };
  }

  async function registeredEnterprise(w: { line: string; dealer: DealerEntity; client: GraphQLTestClient }) {
    const enterprise = await makeEnterprise(t.dataSource, { dealer: w.dealer });
    const { registerDomain } = await w.client.ok<{ registerDomain: { id: string } }>(REGISTER, {
      input: { productLineId: w.line, domain: enterprise.mainDomain },
    });
    return { enterprise, registrationId: registerDomain.id };
  }

  function create(client: GraphQLTestClient, input: Record<string, unknown>) {
    return client.request<{ createOrder: OrderNode }>(CREATE, { input });
  }

  it("prices a new order exactly from list price, discount, seats and months, and pays it in one step", async () => {
    const w = await world({ listPrice: 1234, rateBp: 8765 });
    const { enterprise, registrationId } = await registeredEnterprise(w);
    const { createOrder } = await w.client.ok<{ createOrder: OrderNode }>(CREATE, {
      input: {
        type: "NEW",
        enterpriseId: enterprise.id,
        domain: enterprise.mainDomain,
        editionId: w.edition,
        seats: 7,
        months: 13,
      },
    });
    // 1234 × 7 × 13 = 112294 分; × 87.65% = 98425.691 → 98426 分.
    expect(createOrder).toMatchObject({
      status: "PENDING_PAYMENT",
      listAmount: 112294,
      settlementAmount: 98426,
      amountDue: 98426,
    });
    expect(createOrder.orderNo).toMatch(/^SO\d{8}\d{6}$/);

    const poor = await w.client.request(PAY, { id: createOrder.id, key: randomUUID() });
    expect(poor.errors?.[0]?.extensions?.code).toBe("INSUFFICIENT_BALANCE");
    expect((await w.client.ok<{ order: OrderNode }>(ONE, { id: createOrder.id })).order).toMatchObject({
      status: "PENDING_PAYMENT",
      service: null,
    });
    expect(await balanceOf(t.dataSource, w.dealer.id)).toBe(0);

    await topUpDirectly(t.dataSource, w.dealer.id, 100_000);
    const paid = (await w.client.ok<{ payOrder: OrderNode }>(PAY, { id: createOrder.id, key: randomUUID() })).payOrder;
    expect(paid.status).toBe("PAID");
    expect(paid.service).toMatchObject({ kind: "PAID", seats: 7 });
    expect(await balanceOf(t.dataSource, w.dealer.id)).toBe(100_000 - 98426);
    const regs = await w.client.ok<{ registration: { status: string } }>(REGISTRATION, { id: registrationId });
    expect(regs.registration.status).toBe("CONVERTED");
    expect(await ledgerMismatches(t.dataSource)).toBe(0);
  });

  it("refuses a new order without the dealer's own active registration", async () => {
    const w = await world();
    const enterprise = await makeEnterprise(t.dataSource, { dealer: w.dealer });
    const input = {
      type: "NEW",
      enterpriseId: enterprise.id,
      domain: enterprise.mainDomain,
      editionId: w.edition,
      seats: 1,
      months: 12,
    };
    expect((await create(w.client, input)).errors?.[0]?.extensions?.code).toBe("REGISTRATION_REQUIRED");

    // Another dealer holding the lock doesn't count either.
    const rival = await world();
    await setDealerQuotaDirectly(t.dataSource, rival.dealer.id, w.line, 5);
    await setAccountQuotaDirectly(t.dataSource, rival.admin, w.line, 5);
    await rival.client.ok(REGISTER, { input: { productLineId: w.line, domain: enterprise.mainDomain } });
    expect((await create(w.client, input)).errors?.[0]?.extensions?.code).toBe("REGISTRATION_REQUIRED");
    const [row] = await t.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM sales_order WHERE dealer_id = $1`,
      [w.dealer.id],
    );
    expect(row?.n).toBe(0);
  });

  it("keeps trials to 7 days first, extensions to verified domains, and 30 days in all across dealers", async () => {
    const w = await world();
    const { enterprise, registrationId } = await registeredEnterprise(w);
    const trial = {
      type: "TRIAL",
      enterpriseId: enterprise.id,
      domain: enterprise.mainDomain,
      editionId: w.edition,
      seats: 5,
    };
    expect((await create(w.client, { ...trial, trialDays: 8 })).errors?.[0]?.extensions?.code).toBe("TRIAL_TOO_LONG");
    const started = (await w.client.ok<{ createOrder: OrderNode }>(CREATE, { input: { ...trial, trialDays: 7 } }))
      .createOrder;
    expect(started).toMatchObject({ status: "PAID", amountDue: 0, service: { kind: "TRIAL", seats: 5 } });
    const serviceId = started.service?.id;

    const extend = { type: "TRIAL_EXTEND", serviceId, trialDays: 20 };
    expect((await create(w.client, extend)).errors?.[0]?.extensions?.code).toBe("DOMAIN_NOT_VERIFIED");
    await verifyDomainDirectly(t.dataSource, enterprise.mainDomain);
    const extended = (await w.client.ok<{ createOrder: OrderNode }>(CREATE, { input: extend })).createOrder;
    expect(extended.status).toBe("PAID");
    const days = (iso: string) => (new Date(iso).getTime() - Date.now()) / 86_400_000;
    expect(days(extended.service?.expiresAt ?? "")).toBeGreaterThan(26.9);

    // 27 of 30 days used: a 4-day extension is too much, also for the next dealer to hold the lock.
    const refused = await create(w.client, { ...extend, trialDays: 4 });
    expect(refused.errors?.[0]?.extensions?.code).toBe("TRIAL_LIMIT_REACHED");
    expect(refused.errors?.[0]?.extensions?.details).toMatchObject({ used: 27, left: 3 });
    await w.client.ok(`mutation($id: ID!) { unlockRegistration(id: $id) { id } }`, { id: registrationId });
    const next = await world();
    await setDealerQuotaDirectly(t.dataSource, next.dealer.id, w.line, 5);
    await setAccountQuotaDirectly(t.dataSource, next.admin, w.line, 5);
    await next.client.ok(REGISTER, { input: { productLineId: w.line, domain: enterprise.mainDomain } });
    const theirs = await makeEnterprise(t.dataSource, { dealer: next.dealer, mainDomain: enterprise.mainDomain });
    const nextTrial = {
      type: "TRIAL",
      enterpriseId: theirs.id,
      domain: enterprise.mainDomain,
      editionId: w.edition,
      seats: 1,
    };
    expect((await create(next.client, { ...nextTrial, trialDays: 4 })).errors?.[0]?.extensions?.code).toBe(
      "TRIAL_LIMIT_REACHED",
    );
    expect(
      (await next.client.ok<{ createOrder: OrderNode }>(CREATE, { input: { ...nextTrial, trialDays: 3 } })).createOrder
        .status,
    ).toBe("PAID");
  });

  it("sends orders to 待确认 with readable reasons, which operations confirm or reject", async () => {
    const special = await world({ isSpecial: true });
    const { enterprise } = await registeredEnterprise(special);
    const order = (
      await special.client.ok<{ createOrder: OrderNode }>(CREATE, {
        input: {
          type: "NEW",
          enterpriseId: enterprise.id,
          domain: enterprise.mainDomain,
          editionId: special.edition,
          seats: 1,
          months: 12,
        },
      })
    ).createOrder;
    expect(order).toMatchObject({ status: "PENDING_CONFIRMATION", confirmationReasons: ["SPECIAL_EDITION"] });
    expect(await special.client.errorCode(PAY, { id: order.id, key: randomUUID() })).toBe("ORDER_NOT_PAYABLE");
    expect(await special.client.errorCode(CONFIRM, { id: order.id })).toBe("FORBIDDEN");
    expect((await ops.ok<{ confirmOrder: { status: string } }>(CONFIRM, { id: order.id })).confirmOrder.status).toBe(
      "PENDING_PAYMENT",
    );
    expect(await ops.errorCode(REJECT, { id: order.id, reason: "重复" })).toBe("ORDER_STATUS_CHANGED");

    // Gift beyond the rule (2 months per 12) and a second service of the same edition.
    const w = await world();
    await setGiftRule(t.dataSource, w.line, 12, 2);
    const { enterprise: e2 } = await registeredEnterprise(w);
    const within = await create(w.client, {
      type: "NEW",
      enterpriseId: e2.id,
      domain: e2.mainDomain,
      editionId: w.edition,
      seats: 1,
      months: 12,
      giftMonths: 2,
    });
    expect(within.data?.createOrder).toMatchObject({ status: "PENDING_PAYMENT", confirmationReasons: [] });
    await topUpDirectly(t.dataSource, w.dealer.id, 1_000_000);
    await w.client.ok(PAY, { id: within.data?.createOrder.id, key: randomUUID() });

    const second = await makeEnterprise(t.dataSource, {
      dealer: w.dealer,
      mainDomain: `${randomUUID().slice(0, 8)}.com`,
    });
    await t.dataSource.query(`UPDATE enterprise_domain SET enterprise_id = $1 WHERE domain = $2`, [
      e2.id,
      second.mainDomain,
    ]);
    await w.client.ok(REGISTER, { input: { productLineId: w.line, domain: second.mainDomain } });
    const both = await create(w.client, {
      type: "NEW",
      enterpriseId: e2.id,
      domain: second.mainDomain,
      editionId: w.edition,
      seats: 1,
      months: 12,
      giftMonths: 3,
    });
    expect(both.data?.createOrder.confirmationReasons).toEqual(["DUPLICATE_EDITION", "GIFT_EXCEEDS_RULE"]);
    const rejected = await ops.ok<{ rejectOrder: { status: string; rejectReason: string } }>(REJECT, {
      id: both.data?.createOrder.id,
      reason: "赠送超出规则",
    });
    expect(rejected.rejectOrder).toEqual({
      id: both.data?.createOrder.id,
      status: "REJECTED",
      rejectReason: "赠送超出规则",
    });
  });

  it("expands seats pro rata to the remaining term and renews from the expiry", async () => {
    const w = await world({ listPrice: 3650, rateBp: 10000 });
    const { enterprise } = await registeredEnterprise(w);
    await topUpDirectly(t.dataSource, w.dealer.id, 10_000_000);
    const created = (
      await w.client.ok<{ createOrder: OrderNode }>(CREATE, {
        input: {
          type: "NEW",
          enterpriseId: enterprise.id,
          domain: enterprise.mainDomain,
          editionId: w.edition,
          seats: 10,
          months: 12,
        },
      })
    ).createOrder;
    const service = (await w.client.ok<{ payOrder: OrderNode }>(PAY, { id: created.id, key: randomUUID() })).payOrder
      .service;
    const serviceId = service?.id;
    const remaining = Math.ceil((new Date(service?.expiresAt ?? "").getTime() - Date.now()) / 86_400_000);

    const expansion = (
      await w.client.ok<{ createOrder: OrderNode }>(CREATE, { input: { type: "EXPANSION", serviceId, seats: 5 } })
    ).createOrder;
    // 3650 分 × 5 seats × 12 × remaining / 365 = 600 × remaining 分.
    expect(expansion.listAmount).toBe(600 * remaining);
    const expanded = (await w.client.ok<{ payOrder: OrderNode }>(PAY, { id: expansion.id, key: randomUUID() }))
      .payOrder;
    expect(expanded.service?.seats).toBe(15);

    const renewal = (
      await w.client.ok<{ createOrder: OrderNode }>(CREATE, { input: { type: "RENEWAL", serviceId, months: 12 } })
    ).createOrder;
    expect(renewal).toMatchObject({ seats: 15, listAmount: 3650 * 15 * 12 });
    const renewed = (await w.client.ok<{ payOrder: OrderNode }>(PAY, { id: renewal.id, key: randomUUID() })).payOrder;
    const gained = new Date(renewed.service?.expiresAt ?? "").getTime() - new Date(service?.expiresAt ?? "").getTime();
    expect(gained / 86_400_000).toBeGreaterThanOrEqual(365);
    expect(gained / 86_400_000).toBeLessThanOrEqual(366);

    const stranger = await world();
    expect(
      (await create(stranger.client, { type: "RENEWAL", serviceId, months: 12 })).errors?.[0]?.extensions?.code,
    ).toBe("SERVICE_REQUIRED");
  });

  itRaces("pays exactly the affordable ones of 50 concurrent payments; the balance never goes negative", async () => {
    const w = await world({ listPrice: 100, rateBp: 10000 });
    const { enterprise } = await registeredEnterprise(w);
    await topUpDirectly(t.dataSource, w.dealer.id, 1_200);
    const first = (
      await w.client.ok<{ createOrder: OrderNode }>(CREATE, {
        input: {
          type: "NEW",
          enterpriseId: enterprise.id,
          domain: enterprise.mainDomain,
          editionId: w.edition,
          seats: 1,
          months: 2,
        },
      })
    ).createOrder;
    const serviceId = (await w.client.ok<{ payOrder: OrderNode }>(PAY, { id: first.id, key: randomUUID() })).payOrder
      .service?.id;
    expect(await balanceOf(t.dataSource, w.dealer.id)).toBe(1_000);
    const orders: string[] = [];
    for (let i = 0; i < 50; i += 1) {
      // Each renewal: 100 分 × 1 seat × 1 month. The balance affords 10.
      const renewal = await w.client.ok<{ createOrder: OrderNode }>(CREATE, {
        input: { type: "RENEWAL", serviceId, months: 1 },
      });
      orders.push(renewal.createOrder.id);
    }
    const results = await Promise.all(orders.map((id) => w.client.request(PAY, { id, key: randomUUID() })));
    const codes = results.map((r) => r.errors?.[0]?.extensions?.code ?? "OK");
    expect(codes.filter((c) => c === "OK")).toHaveLength(10);
    expect(codes.filter((c) => c === "INSUFFICIENT_BALANCE")).toHaveLength(40);
    expect(await balanceOf(t.dataSource, w.dealer.id)).toBe(0);
    expect(await ledgerMismatches(t.dataSource)).toBe(0);
    const [unpaid] = await t.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM sales_order WHERE id = ANY($1) AND status = 'PENDING_PAYMENT'`,
      [orders],
    );
    expect(unpaid?.n).toBe(40);
  });

  itRaces("debits once for the same payment key sent ten times at once", async () => {
    const w = await world({ listPrice: 500, rateBp: 10000 });
    const { enterprise } = await registeredEnterprise(w);
    await topUpDirectly(t.dataSource, w.dealer.id, 100_000);
    const order = (
      await w.client.ok<{ createOrder: OrderNode }>(CREATE, {
        input: {
          type: "NEW",
          enterpriseId: enterprise.id,
          domain: enterprise.mainDomain,
          editionId: w.edition,
          seats: 2,
          months: 3,
        },
      })
    ).createOrder;
    const key = randomUUID();
    const results = await Promise.all(
      Array.from({ length: 10 }, () => w.client.request<{ payOrder: OrderNode }>(PAY, { id: order.id, key })),
    );
    expect(results.map((r) => r.data?.payOrder.status)).toEqual(Array(10).fill("PAID"));
    expect(await balanceOf(t.dataSource, w.dealer.id)).toBe(100_000 - 3_000);
    const [entries] = await t.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM ledger_entry WHERE order_id = $1`,
      [order.id],
    );
    expect(entries?.n).toBe(1);
    // A key answers for its own order only; a new key for a paid order doesn't debit again.
    const other = await w.client.request(PAY, { id: first(results), key: randomUUID() });
    expect(other.errors).toBeUndefined();
    expect(await balanceOf(t.dataSource, w.dealer.id)).toBe(97_000);
    expect(await ledgerMismatches(t.dataSource)).toBe(0);
  });

  it("lets a dealer close an unpaid order, only with 扣款、关闭订单, and never another dealer's", async () => {
    const w = await world();
    const { enterprise } = await registeredEnterprise(w);
    const order = (
      await w.client.ok<{ createOrder: OrderNode }>(CREATE, {
        input: {
          type: "NEW",
          enterpriseId: enterprise.id,
          domain: enterprise.mainDomain,
          editionId: w.edition,
          seats: 1,
          months: 1,
        },
      })
    ).createOrder;
    const finance = await makeDealerAccount(t.dataSource, { dealer: w.dealer, preset: "FINANCE" });
    const financeClient = await signInDirectly(t, finance.id);
    expect(await financeClient.errorCode(CLOSE, { id: order.id })).toBe("FORBIDDEN");
    const stranger = await world();
    expect(await stranger.client.errorCode(CLOSE, { id: order.id })).toBe("NOT_FOUND");
    expect(await stranger.client.errorCode(PAY, { id: order.id, key: randomUUID() })).toBe("NOT_FOUND");
    expect(await stranger.client.errorCode(ONE, { id: order.id })).toBe("NOT_FOUND");
    expect((await w.client.ok<{ closeOrder: { status: string } }>(CLOSE, { id: order.id })).closeOrder.status).toBe(
      "CLOSED",
    );
    expect(await w.client.errorCode(PAY, { id: order.id, key: randomUUID() })).toBe("ORDER_NOT_PAYABLE");
  });

  it("shows order amounts per permission: list with 查询公开价格, settlement with 查看结算价", async () => {
    const w = await world({ listPrice: 1000, rateBp: 9000 });
    const { enterprise } = await registeredEnterprise(w);
    const order = (
      await w.client.ok<{ createOrder: OrderNode }>(CREATE, {
        input: {
          type: "NEW",
          enterpriseId: enterprise.id,
          domain: enterprise.mainDomain,
          editionId: w.edition,
          seats: 1,
          months: 10,
        },
      })
    ).createOrder;
    expect(order).toMatchObject({ listAmount: 10_000, settlementAmount: 9_000, amountDue: 9_000 });
    const seeAs = async (permissions: string[]) => {
      const account = await makeDealerAccount(t.dataSource, {
        dealer: w.dealer,
        accountType: "ASSISTANT",
        permissions: ["BASIC", "ASSISTANT", ...permissions] as never,
      });
      return (await (await signInDirectly(t, account.id)).ok<{ order: OrderNode }>(ONE, { id: order.id })).order;
    };
    expect(await seeAs(["LIST_PRICE_ORDER"])).toMatchObject({ listAmount: 10_000, settlementAmount: null });
    expect(await seeAs(["SETTLEMENT_ORDER"])).toMatchObject({
      listAmount: null,
      settlementAmount: 9_000,
      amountDue: 9_000,
    });
    expect(await seeAs([])).toMatchObject({ listAmount: null, settlementAmount: null, amountDue: null });
  });
});

function first(results: { data?: { payOrder: OrderNode } | null }[]): string | undefined {
  return results[0]?.data?.payOrder.id;
}
