import { randomUUID } from "node:crypto";
import type { DealerEntity } from "../../dealer/dealer.entity";
import {
  balanceOf,
  ledgerMismatches,
  makeEdition,
  setDiscountDirectly,
  topUpDirectly,
  verifyDomainDirectly,
} from "../../../../test/support/catalog-factories";
import {
  makeDealer,
  makeDealerAccount,
  makeDealerTeam,
  makeEnterprise,
  makeVendorStaff,
} from "../../../../test/support/factories";
import type { GraphQLTestClient } from "../../../../test/support/graphql-client";
import { setAccountQuotaDirectly, setDealerQuotaDirectly } from "../../../../test/support/quota-factories";
import { makeProductLine } from "../../../../test/support/routing-factories";
import { makeServiceRow } from "../../../../test/support/service-factories";
import { signInDirectly } from "../../../../test/support/sessions";
import { startTestApp, type TestApp } from "../../../../test/support/test-app";

/**
 * What an order acts on can change between 提单 and 扣款 (or the vendor's confirmation): the
 * registration lapses or passes to another dealer, the trial is converted, the service is
 * expanded or renewed. Payment re-checks the order against the world as it is then, so nobody
 * pays for something they no longer get, or gets something they did not pay for.
 */
const ORDER_FIELDS = `id status seats months trialDays confirmationReasons listAmount settlementAmount amountDue
  service { id kind seats expiresAt }`;
const CREATE = `mutation($input: CreateOrderInput!) { createOrder(input: $input) { ${ORDER_FIELDS} } }`;
const PAY = `mutation($id: ID!, $key: String!) { payOrder(id: $id, idempotencyKey: $key) { ${ORDER_FIELDS} } }`;
const CONFIRM = `mutation($id: ID!) { confirmOrder(id: $id) { id status } }`;
const ONE = `query($id: ID!) { order(id: $id) { ${ORDER_FIELDS} } }`;
const REGISTER = `mutation($input: RegisterDomainInput!) { registerDomain(input: $input) { id } }`;
const UNLOCK = `mutation($id: ID!) { unlockRegistration(id: $id) { id } }`;

/** Race tests need real concurrency: the embedded database serializes every connection. */
const itRaces = process.env.TEST_DATABASE_KIND !== "embedded" ? it : it.skip;

interface OrderNode {
  id: string;
  status: string;
  seats: number;
  months: number;
  trialDays: number;
  confirmationReasons: string[];
  listAmount: number | null;
  settlementAmount: number | null;
  amountDue: number | null;
  service: { id: string; kind: string; seats: number; expiresAt: string } | null;
}

describe("orders: payment and confirmation re-check what the order acts on", () => {
  let t: TestApp;
  let ops: GraphQLTestClient;

  beforeAll(async () => {
    t = await startTestApp();
    ops = await signInDirectly(t, (await makeVendorStaff(t.dataSource, ["OPERATIONS"])).id);
  });
  afterAll(async () => {
    await t.close();
  });

  async function world(spec: { listPrice?: number; isSpecial?: boolean } = {}) {
    const line = await makeProductLine(t.dataSource);
    const edition = await makeEdition(t.dataSource, line, {
      listPrice: spec.listPrice ?? 1000,
      isSpecial: spec.isSpecial ?? false,
    });
    const dealer = await makeDealer(t.dataSource);
    await setDiscountDirectly(t.dataSource, dealer.id, line, 10000);
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

  async function create(client: GraphQLTestClient, input: Record<string, unknown>): Promise<OrderNode> {
    return (await client.ok<{ createOrder: OrderNode }>(CREATE, { input })).createOrder;
  }

  async function serviceRow(id: string) {
    const [row] = await t.dataSource.query<{ kind: string; seats: number; expires_at: Date }[]>(
      `SELECT kind, seats, expires_at FROM service WHERE id = $1`,
      [id],
    );
    return row;
  }

  async function paidServiceOf(w: Awaited<ReturnType<typeof world>>, seats: number) {
    const { enterprise } = await registeredEnterprise(w);
    const order = await create(w.client, {
      type: "NEW",
      enterpriseId: enterprise.id,
      domain: enterprise.mainDomain,
      editionId: w.edition,
      seats,
      months: 12,
    });
    const paid = (await w.client.ok<{ payOrder: OrderNode }>(PAY, { id: order.id, key: randomUUID() })).payOrder;
    const serviceId = paid.service?.id;
    if (!serviceId) throw new Error("the paid order made no service");
    return serviceId;
  }

  it("renews a service for all of its seats: a renewal can't be priced for fewer", async () => {
    const w = await world({ listPrice: 1000 });
    await topUpDirectly(t.dataSource, w.dealer.id, 100_000_000);
    const serviceId = await paidServiceOf(w, 1000);

    const cheap = await w.client.request(CREATE, { input: { type: "RENEWAL", serviceId, seats: 1, months: 12 } });
    expect(cheap.errors?.[0]?.extensions?.code).toBe("VALIDATION_FAILED");
    expect(cheap.errors?.[0]?.extensions?.details).toMatchObject({ field: "seats" });

    const renewal = await create(w.client, { type: "RENEWAL", serviceId, months: 12 });
    expect(renewal).toMatchObject({ seats: 1000, listAmount: 1000 * 1000 * 12 });
  });

  it("refuses to pay a renewal or expansion priced for a service that has changed since", async () => {
    const w = await world({ listPrice: 3650 });
    await topUpDirectly(t.dataSource, w.dealer.id, 100_000_000);
    const serviceId = await paidServiceOf(w, 10);

    // A renewal priced for 10 seats, then 5 more seats paid: renewing 15 for the price of 10 is refused.
    const renewal = await create(w.client, { type: "RENEWAL", serviceId, months: 12 });
    const expansion = await create(w.client, { type: "EXPANSION", serviceId, seats: 5 });
    await w.client.ok(PAY, { id: expansion.id, key: randomUUID() });
    const before = await balanceOf(t.dataSource, w.dealer.id);
    const stale = await w.client.request(PAY, { id: renewal.id, key: randomUUID() });
    expect(stale.errors?.[0]?.extensions?.code).toBe("ORDER_OUTDATED");
    expect(await balanceOf(t.dataSource, w.dealer.id)).toBe(before);

    // An expansion priced to the current expiry, then a renewal paid: its seats would run a year longer.
    const expansion2 = await create(w.client, { type: "EXPANSION", serviceId, seats: 5 });
    const renewal2 = await create(w.client, { type: "RENEWAL", serviceId, months: 12 });
    await w.client.ok(PAY, { id: renewal2.id, key: randomUUID() });
    const seatsBefore = (await serviceRow(serviceId))?.seats;
    const after = await balanceOf(t.dataSource, w.dealer.id);
    expect(await w.client.errorCode(PAY, { id: expansion2.id, key: randomUUID() })).toBe("ORDER_OUTDATED");
    expect(await balanceOf(t.dataSource, w.dealer.id)).toBe(after);
    expect((await serviceRow(serviceId))?.seats).toBe(seatsBefore);
    expect(await ledgerMismatches(t.dataSource)).toBe(0);
  });

  it("converts a trial once: a second conversion is refused, not charged for a restarted term", async () => {
    const w = await world({ listPrice: 1000 });
    const { enterprise } = await registeredEnterprise(w);
    const trial = await create(w.client, {
      type: "TRIAL",
      enterpriseId: enterprise.id,
      domain: enterprise.mainDomain,
      editionId: w.edition,
      seats: 5,
      trialDays: 7,
    });
    const serviceId = trial.service?.id;
    const convert = { type: "TRIAL_CONVERT", serviceId, editionId: w.edition, seats: 5, months: 12 };
    const first = await create(w.client, convert);
    const second = await create(w.client, convert);
    expect(second.status).toBe("PENDING_PAYMENT");
    await topUpDirectly(t.dataSource, w.dealer.id, 1_000_000);
    await w.client.ok(PAY, { id: first.id, key: randomUUID() });
    const converted = await serviceRow(serviceId ?? "");
    expect(converted?.kind).toBe("PAID");

    expect(await w.client.errorCode(PAY, { id: second.id, key: randomUUID() })).toBe("SERVICE_REQUIRED");
    expect(await balanceOf(t.dataSource, w.dealer.id)).toBe(1_000_000 - 60_000);
    expect(await serviceRow(serviceId ?? "")).toEqual(converted);
    expect((await w.client.ok<{ order: OrderNode }>(ONE, { id: second.id })).order.status).toBe("PENDING_PAYMENT");
  });

  it("never extends a converted (paid) service as a free trial extension confirmed late", async () => {
    const w = await world({ isSpecial: true });
    const { enterprise } = await registeredEnterprise(w);
    const trial = await create(w.client, {
      type: "TRIAL",
      enterpriseId: enterprise.id,
      domain: enterprise.mainDomain,
      editionId: w.edition,
      seats: 5,
      trialDays: 7,
    });
    await ops.ok(CONFIRM, { id: trial.id });
    const serviceId = (await w.client.ok<{ order: OrderNode }>(ONE, { id: trial.id })).order.service?.id;
    await verifyDomainDirectly(t.dataSource, enterprise.mainDomain);
    const extension = await create(w.client, { type: "TRIAL_EXTEND", serviceId, trialDays: 20 });
    expect(extension.status).toBe("PENDING_CONFIRMATION");

    const convert = await create(w.client, {
      type: "TRIAL_CONVERT",
      serviceId,
      editionId: w.edition,
      seats: 5,
      months: 1,
    });
    await ops.ok(CONFIRM, { id: convert.id });
    await topUpDirectly(t.dataSource, w.dealer.id, 1_000_000);
    await w.client.ok(PAY, { id: convert.id, key: randomUUID() });
    const paid = await serviceRow(serviceId ?? "");
    expect(paid?.kind).toBe("PAID");

    expect(await ops.errorCode(CONFIRM, { id: extension.id })).toBe("SERVICE_REQUIRED");
    expect(await serviceRow(serviceId ?? "")).toEqual(paid);
    expect((await w.client.ok<{ order: OrderNode }>(ONE, { id: extension.id })).order.status).toBe(
      "PENDING_CONFIRMATION",
    );
  });

  it("pays a new order only while the dealer still holds the domain's registration", async () => {
    const w = await world();
    const { enterprise, registrationId } = await registeredEnterprise(w);
    const input = {
      type: "NEW",
      enterpriseId: enterprise.id,
      domain: enterprise.mainDomain,
      editionId: w.edition,
      seats: 1,
      months: 12,
    };
    const order = await create(w.client, input);
    await topUpDirectly(t.dataSource, w.dealer.id, 1_000_000);

    // The dealer lets the lock go and another dealer registers the domain: the old order can't take it.
    await w.client.ok(UNLOCK, { id: registrationId });
    const rival = await world();
    await setDealerQuotaDirectly(t.dataSource, rival.dealer.id, w.line, 5);
    await setAccountQuotaDirectly(t.dataSource, rival.admin, w.line, 5);
    await rival.client.ok(REGISTER, { input: { productLineId: w.line, domain: enterprise.mainDomain } });
    expect(await w.client.errorCode(PAY, { id: order.id, key: randomUUID() })).toBe("REGISTRATION_REQUIRED");
    expect(await balanceOf(t.dataSource, w.dealer.id)).toBe(1_000_000);
    expect((await w.client.ok<{ order: OrderNode }>(ONE, { id: order.id })).order).toMatchObject({
      status: "PENDING_PAYMENT",
      service: null,
    });
  });

  it("opens one service per registration: a second new order for the same domain is held and can't be paid", async () => {
    const w = await world();
    const { enterprise } = await registeredEnterprise(w);
    const input = {
      type: "NEW",
      enterpriseId: enterprise.id,
      domain: enterprise.mainDomain,
      editionId: w.edition,
      seats: 1,
      months: 12,
    };
    const first = await create(w.client, input);
    const second = await create(w.client, input);
    // The enterprise would hold two services of one edition: that waits for the vendor.
    expect(second).toMatchObject({ status: "PENDING_CONFIRMATION", confirmationReasons: ["DUPLICATE_EDITION"] });
    await topUpDirectly(t.dataSource, w.dealer.id, 1_000_000);
    await w.client.ok(PAY, { id: first.id, key: randomUUID() });
    await ops.ok(CONFIRM, { id: second.id });
    // The registration was converted by the first payment: the second has nothing left to open.
    expect(await w.client.errorCode(PAY, { id: second.id, key: randomUUID() })).toBe("REGISTRATION_REQUIRED");
    expect(await balanceOf(t.dataSource, w.dealer.id)).toBe(1_000_000 - 12_000);
    const [services] = await t.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM service WHERE enterprise_id = $1`,
      [enterprise.id],
    );
    expect(services?.n).toBe(1);
  });

  itRaces("opens one service when two new orders for one domain are paid at the same moment", async () => {
    const w = await world();
    const { enterprise } = await registeredEnterprise(w);
    const input = {
      type: "NEW",
      enterpriseId: enterprise.id,
      domain: enterprise.mainDomain,
      editionId: w.edition,
      seats: 1,
      months: 12,
    };
    const first = await create(w.client, input);
    const second = await create(w.client, input);
    await ops.ok(CONFIRM, { id: second.id });
    await topUpDirectly(t.dataSource, w.dealer.id, 1_000_000);
    const results = await Promise.all(
      [first, second].map((o) => w.client.request(PAY, { id: o.id, key: randomUUID() })),
    );
    const codes = results.map((r) => r.errors?.[0]?.extensions?.code ?? "OK").sort();
    expect(codes).toEqual(["OK", "REGISTRATION_REQUIRED"]);
    expect(await balanceOf(t.dataSource, w.dealer.id)).toBe(1_000_000 - 12_000);
    const [services] = await t.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM service WHERE enterprise_id = $1`,
      [enterprise.id],
    );
    expect(services?.n).toBe(1);
    expect(await ledgerMismatches(t.dataSource)).toBe(0);
  });

  itRaces("debits an order once when it is paid with different keys at the same moment", async () => {
    const w = await world({ listPrice: 700 });
    const { enterprise } = await registeredEnterprise(w);
    const order = await create(w.client, {
      type: "NEW",
      enterpriseId: enterprise.id,
      domain: enterprise.mainDomain,
      editionId: w.edition,
      seats: 1,
      months: 1,
    });
    await topUpDirectly(t.dataSource, w.dealer.id, 10_000);
    const results = await Promise.all(
      Array.from({ length: 8 }, () =>
        w.client.request<{ payOrder: OrderNode }>(PAY, { id: order.id, key: randomUUID() }),
      ),
    );
    expect(results.map((r) => r.data?.payOrder.status)).toEqual(Array(8).fill("PAID"));
    expect(await balanceOf(t.dataSource, w.dealer.id)).toBe(10_000 - 700);
    const [entries] = await t.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM ledger_entry WHERE order_id = $1`,
      [order.id],
    );
    expect(entries?.n).toBe(1);
  });

  it("refuses an order too large to price exactly with a coded error, in the quote too", async () => {
    const w = await world({ listPrice: 100_000_000 });
    const enterprise = await makeEnterprise(t.dataSource, { dealer: w.dealer });
    // A service renewed far ahead: 100 000 more seats for the rest of its term exceed 2^53 − 1 分.
    const service = await makeServiceRow(t.dataSource, {
      dealer: w.dealer,
      enterprise,
      productLineId: w.line,
      editionId: w.edition,
      expiresAt: new Date(Date.now() + 200 * 365 * 86_400_000),
    });
    const input = { type: "EXPANSION", serviceId: service.id, seats: 100_000 };
    const created = await w.client.request(CREATE, { input });
    expect(created.errors?.[0]?.extensions?.code).toBe("INVALID_AMOUNT");
    const quoted = await w.client.request(
      `query($input: CreateOrderInput!) { orderQuote(input: $input) { listAmount settlementAmount } }`,
      { input },
    );
    expect(quoted.errors?.[0]?.extensions?.code).toBe("INVALID_AMOUNT");
  });

  it("shows an order's service only while the viewer sees its enterprise", async () => {
    const line = await makeProductLine(t.dataSource);
    const edition = await makeEdition(t.dataSource, line, { listPrice: 100 });
    const team = await makeDealerTeam(t.dataSource);
    await t.dataSource.query(`UPDATE account SET permissions = permissions || '{LIST_PRICE_ORDER}' WHERE id = $1`, [
      team.a.id,
    ]);
    const enterprise = await makeEnterprise(t.dataSource, { dealer: team.dealer, owner: team.a });
    const service = await makeServiceRow(t.dataSource, {
      dealer: team.dealer,
      enterprise,
      productLineId: line,
      editionId: edition,
      expiresAt: new Date(Date.now() + 100 * 86_400_000),
    });
    const a = await signInDirectly(t, team.a.id);
    const order = await create(a, { type: "RENEWAL", serviceId: service.id, months: 1 });
    expect(order.service?.id).toBe(service.id);

    // The enterprise goes to peer C: A keeps its own order, but no longer C's enterprise or service.
    await t.dataSource.query(`UPDATE enterprise SET owner_account_id = $2 WHERE id = $1`, [enterprise.id, team.c.id]);
    const seen = `query($id: ID!) { order(id: $id) { id enterprise { id } service { id seats } } }`;
    expect((await a.ok<{ order: unknown }>(seen, { id: order.id })).order).toEqual({
      id: order.id,
      enterprise: null,
      service: null,
    });
    const admin = await signInDirectly(t, team.admin.id);
    expect((await admin.ok<{ order: OrderNode }>(seen, { id: order.id })).order.service?.id).toBe(service.id);
  });

  it("answers a payment key only for its own order: reused for another order it pays nothing", async () => {
    const w = await world();
    const a = await registeredEnterprise(w);
    const b = await registeredEnterprise(w);
    const orderOf = (e: { id: string; mainDomain: string }) =>
      create(w.client, {
        type: "NEW",
        enterpriseId: e.id,
        domain: e.mainDomain,
        editionId: w.edition,
        seats: 1,
        months: 1,
      });
    const first = await orderOf(a.enterprise);
    const second = await orderOf(b.enterprise);
    await topUpDirectly(t.dataSource, w.dealer.id, 100_000);
    const key = `  ${randomUUID()}  `;
    await w.client.ok(PAY, { id: first.id, key });
    const reused = await w.client.request(PAY, { id: second.id, key: key.trim() });
    expect(reused.errors?.[0]?.extensions?.code).toBe("IDEMPOTENCY_KEY_REUSED");
    expect(reused.data).toBeNull();
    expect(await balanceOf(t.dataSource, w.dealer.id)).toBe(100_000 - 1_000);
    expect((await w.client.ok<{ order: OrderNode }>(ONE, { id: second.id })).order.status).toBe("PENDING_PAYMENT");
  });
});
