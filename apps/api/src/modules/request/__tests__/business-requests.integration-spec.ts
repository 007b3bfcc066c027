import { randomUUID } from "node:crypto";
import { makeEdition, setDiscountDirectly, topUpDirectly } from "../../../../test/support/catalog-factories";
import { makeDealer, makeDealerAccount, makeEnterprise, makeVendorStaff } from "../../../../test/support/factories";
import type { GraphQLTestClient } from "../../../../test/support/graphql-client";
import { setAccountQuotaDirectly, setDealerQuotaDirectly } from "../../../../test/support/quota-factories";
import { makeProductLine } from "../../../../test/support/routing-factories";
import { signInDirectly } from "../../../../test/support/sessions";
import { startTestApp, type TestApp } from "../../../../test/support/test-app";

const SAVE_TYPE = `mutation($input: RequestTypeInput!) { saveRequestType(id: null, input: $input) { id code chain action } }`;
const SUBMIT = `mutation($input: SubmitRequestInput!) { submitBusinessRequest(input: $input) {
  id requestNo status currentStep amount order { id orderNo } } }`;
const DECIDE = `mutation($id: ID!, $step: Int!, $decision: StepDecision!, $comment: String) {
  decideBusinessRequest(id: $id, step: $step, decision: $decision, comment: $comment) {
    id status currentStep steps { stepNo role decision comment decider { realName } } } }`;
const WITHDRAW = `mutation($id: ID!) { withdrawBusinessRequest(id: $id) { id status } }`;
const LIST = `query($filter: RequestFilter) { businessRequests(filter: $filter, first: 100) { totalCount edges { node { id status } } } }`;
const ORDER = `query($id: ID!) { order(id: $id) { id status amountDue reductionAmount } }`;
const CREATE_ORDER = `mutation($input: CreateOrderInput!) { createOrder(input: $input) { id orderNo amountDue } }`;
const PAY = `mutation($id: ID!, $key: String!) { payOrder(id: $id, idempotencyKey: $key) { id status } }`;
const NOTICES = `query { notices(first: 50) { edges { node { type body } } } }`;

/** Race tests need real concurrency: the embedded database serializes every connection. */
const realPostgres = process.env.TEST_DATABASE_KIND !== "embedded";
const itRaces = realPostgres ? it : it.skip;

type Submitted = { submitBusinessRequest: { id: string; requestNo: string; status: string; currentStep: number } };
type Decided = { decideBusinessRequest: { status: string; currentStep: number; steps: { decision: string }[] } };

describe("business requests (业务申请) and approval chains", () => {
  let t: TestApp;
  let reductionType: string;
  let mailboxType: string;
  let director: GraphQLTestClient;
  let admin: GraphQLTestClient;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await signInDirectly(t, (await makeVendorStaff(t.dataSource, ["PLATFORM_ADMIN"])).id);
    director = await signInDirectly(t, (await makeVendorStaff(t.dataSource, ["SALES_DIRECTOR"])).id);
    const suffix = randomUUID().slice(0, 6).toUpperCase();
    reductionType = (
      await admin.ok<{ saveRequestType: { id: string } }>(SAVE_TYPE, {
        input: {
          code: `REDUCE_${suffix}`,
          groupCode: "SALES_SUPPORT",
          name: "减免订单总金额",
          fields: [{ key: "reason", label: "减免原因", kind: "TEXTAREA", required: true }],
          chain: ["CHANNEL_MANAGER", "SALES_DIRECTOR"],
          action: "ORDER_REDUCTION",
        },
      })
    ).saveRequestType.id;
    mailboxType = (
      await admin.ok<{ saveRequestType: { id: string } }>(SAVE_TYPE, {
        input: {
          code: `MAILBOX_${suffix}`,
          groupCode: "MAILBOX_CONFIG",
          name: "邮箱配置",
          fields: [
            { key: "domain", label: "域名", kind: "DOMAIN", required: true },
            { key: "mx", label: "MX 类型", kind: "SELECT", required: true, options: ["标准", "海外"] },
          ],
          chain: ["OPERATIONS"],
        },
      })
    ).saveRequestType.id;
  });
  afterAll(async () => {
    await t.close();
  });

  /** A dealer with its channel manager, a signed-in admin and a 待扣款 order of 12,000 分. */
  async function dealerWithOrder() {
    const line = await makeProductLine(t.dataSource);
    const edition = await makeEdition(t.dataSource, line, { listPrice: 1000 });
    const dealer = await makeDealer(t.dataSource);
    const manager = await makeVendorStaff(t.dataSource, ["CHANNEL_MANAGER"]);
    await t.dataSource.query(`UPDATE dealer SET channel_manager_id = $1 WHERE id = $2`, [manager.id, dealer.id]);
    await setDiscountDirectly(t.dataSource, dealer.id, line, 10000);
    await setDealerQuotaDirectly(t.dataSource, dealer.id, line, 10);
    const account = await makeDealerAccount(t.dataSource, { dealer, preset: "ADMIN" });
    await setAccountQuotaDirectly(t.dataSource, account, line, 10);
    const client = await signInDirectly(t, account.id);
    const enterprise = await makeEnterprise(t.dataSource, { dealer });
    await client.ok(`mutation($input: RegisterDomainInput!) { registerDomain(input: $input) { id } }`, {
      input: { productLineId: line, domain: enterprise.mainDomain },
    });
    const order = (
      await client.ok<{ createOrder: { id: string; orderNo: string; amountDue: number } }>(CREATE_ORDER, {
        input: {
          type: "NEW",
          enterpriseId: enterprise.id,
          domain: enterprise.mainDomain,
          editionId: edition,
          seats: 1,
          months: 12,
        },
      })
    ).createOrder;
    const managerClient = await signInDirectly(t, manager.id);
    return { dealer, account, client, order, managerClient };
  }

  function reduce(client: GraphQLTestClient, orderNo: string, amount: number) {
    return client.request<Submitted>(SUBMIT, {
      input: { typeId: reductionType, orderNo, amount, payload: { reason: "客户预算" } },
    });
  }

  it("lowers the amount due exactly once when the channel manager and then the sales director approve", async () => {
    const d = await dealerWithOrder();
    expect(d.order.amountDue).toBe(12_000);
    const submitted = (await reduce(d.client, d.order.orderNo, 2_000)).data?.submitBusinessRequest;
    expect(submitted).toMatchObject({ status: "PENDING", currentStep: 1 });
    const id = submitted?.id;

    // The sales director can't take the channel manager's step, nor can another channel manager.
    expect(await director.errorCode(DECIDE, { id, step: 1, decision: "APPROVED" })).toBe("NOT_YOUR_STEP");
    const otherManager = await signInDirectly(t, (await makeVendorStaff(t.dataSource, ["CHANNEL_MANAGER"])).id);
    expect(await otherManager.errorCode(DECIDE, { id, step: 1, decision: "APPROVED" })).toBe("NOT_YOUR_STEP");

    const first = await d.managerClient.ok<Decided>(DECIDE, { id, step: 1, decision: "APPROVED", comment: "同意" });
    expect(first.decideBusinessRequest).toMatchObject({ status: "PENDING", currentStep: 2 });
    expect((await d.client.ok<{ order: { amountDue: number } }>(ORDER, { id: d.order.id })).order.amountDue).toBe(
      12_000,
    );
    expect(await d.managerClient.errorCode(DECIDE, { id, step: 2, decision: "APPROVED" })).toBe("NOT_YOUR_STEP");

    const second = await director.ok<Decided>(DECIDE, { id, step: 2, decision: "APPROVED" });
    expect(second.decideBusinessRequest.status).toBe("APPROVED");
    expect(second.decideBusinessRequest.steps.map((s) => s.decision)).toEqual(["APPROVED", "APPROVED"]);
    const order = (
      await d.client.ok<{ order: { amountDue: number; reductionAmount: number } }>(ORDER, { id: d.order.id })
    ).order;
    expect(order).toMatchObject({ amountDue: 10_000, reductionAmount: 2_000 });
    expect(await director.errorCode(DECIDE, { id, step: 2, decision: "APPROVED" })).toBe("REQUEST_NOT_PENDING");

    // The dealer pays the reduced amount, and heard of both decisions.
    await topUpDirectly(t.dataSource, d.dealer.id, 10_000);
    expect(
      (await d.client.ok<{ payOrder: { status: string } }>(PAY, { id: d.order.id, key: randomUUID() })).payOrder.status,
    ).toBe("PAID");
    const notices = (
      await d.client.ok<{ notices: { edges: { node: { type: string } }[] } }>(NOTICES)
    ).notices.edges.filter((e) => e.node.type === "REQUEST_DECISION");
    expect(notices).toHaveLength(2);
  });

  it("refuses reductions on a paid, another dealer's, or too small an order, and writes nothing", async () => {
    const d = await dealerWithOrder();
    expect((await reduce(d.client, d.order.orderNo, 12_001)).errors?.[0]?.extensions?.code).toBe(
      "REDUCTION_NOT_ALLOWED",
    );
    const other = await dealerWithOrder();
    expect((await reduce(d.client, other.order.orderNo, 100)).errors?.[0]?.extensions?.code).toBe(
      "REDUCTION_NOT_ALLOWED",
    );
    await topUpDirectly(t.dataSource, d.dealer.id, 12_000);
    await d.client.ok(PAY, { id: d.order.id, key: randomUUID() });
    expect((await reduce(d.client, d.order.orderNo, 100)).errors?.[0]?.extensions?.code).toBe("REDUCTION_NOT_ALLOWED");
    const [row] = await t.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM business_request WHERE dealer_id = $1`,
      [d.dealer.id],
    );
    expect(row?.n).toBe(0);
  });

  it("never lets a dealer approve, and ends a request on rejection or withdrawal", async () => {
    const d = await dealerWithOrder();
    const id = (await reduce(d.client, d.order.orderNo, 500)).data?.submitBusinessRequest.id;
    expect(await d.client.errorCode(DECIDE, { id, step: 1, decision: "APPROVED" })).toBe("FORBIDDEN");
    expect(await d.managerClient.errorCode(DECIDE, { id, step: 1, decision: "REJECTED" })).toBe("VALIDATION_FAILED");
    const rejected = await d.managerClient.ok<Decided>(DECIDE, {
      id,
      step: 1,
      decision: "REJECTED",
      comment: "金额不合理",
    });
    expect(rejected.decideBusinessRequest.status).toBe("REJECTED");
    expect(await director.errorCode(DECIDE, { id, step: 2, decision: "APPROVED" })).toBe("REQUEST_NOT_PENDING");
    expect(await d.client.errorCode(WITHDRAW, { id })).toBe("REQUEST_NOT_PENDING");

    const second = (await reduce(d.client, d.order.orderNo, 500)).data?.submitBusinessRequest.id;
    const colleague = await makeDealerAccount(t.dataSource, { dealer: d.dealer, preset: "ADMIN" });
    expect(await (await signInDirectly(t, colleague.id)).errorCode(WITHDRAW, { id: second })).toBe("FORBIDDEN");
    expect(
      (await d.client.ok<{ withdrawBusinessRequest: { status: string } }>(WITHDRAW, { id: second }))
        .withdrawBusinessRequest.status,
    ).toBe("WITHDRAWN");
    expect(await d.managerClient.errorCode(DECIDE, { id: second, step: 1, decision: "APPROVED" })).toBe(
      "REQUEST_NOT_PENDING",
    );
    expect((await d.client.ok<{ order: { amountDue: number } }>(ORDER, { id: d.order.id })).order.amountDue).toBe(
      12_000,
    );
  });

  it("checks the form, needs 业务申请, and lists 待办业务 for whoever the current step waits on", async () => {
    const d = await dealerWithOrder();
    const missing = await d.client.request(SUBMIT, { input: { typeId: mailboxType, payload: { domain: "a.com" } } });
    expect(missing.errors?.[0]?.extensions?.code).toBe("VALIDATION_FAILED");
    const wrongOption = await d.client.request(SUBMIT, {
      input: { typeId: mailboxType, payload: { domain: "a.com", mx: "其他" } },
    });
    expect(wrongOption.errors?.[0]?.extensions?.code).toBe("VALIDATION_FAILED");
    const ok = await d.client.ok<Submitted>(SUBMIT, {
      input: { typeId: mailboxType, payload: { domain: "a.com", mx: "海外" } },
    });

    const finance = await makeDealerAccount(t.dataSource, { dealer: d.dealer, preset: "FINANCE" });
    expect(
      await (
        await signInDirectly(t, finance.id)
      ).errorCode(SUBMIT, {
        input: { typeId: mailboxType, payload: { domain: "a.com", mx: "标准" } },
      }),
    ).toBe("FORBIDDEN");

    const ops = await signInDirectly(t, (await makeVendorStaff(t.dataSource, ["OPERATIONS"])).id);
    const todoIds = async (client: GraphQLTestClient) =>
      (
        await client.ok<{ businessRequests: { edges: { node: { id: string } }[] } }>(LIST, { filter: { todo: true } })
      ).businessRequests.edges.map((e) => e.node.id);
    expect(await todoIds(ops)).toContain(ok.submitBusinessRequest.id);
    expect(await todoIds(director)).not.toContain(ok.submitBusinessRequest.id);
    expect(await todoIds(d.client)).toContain(ok.submitBusinessRequest.id);
    const outsider = await dealerWithOrder();
    expect(await todoIds(outsider.client)).not.toContain(ok.submitBusinessRequest.id);
    expect(
      await outsider.client.errorCode(`query($id: ID!) { businessRequest(id: $id) { id } }`, {
        id: ok.submitBusinessRequest.id,
      }),
    ).toBe("NOT_FOUND");
  });

  itRaces("acts once when two approvers decide the same step at the same moment", async () => {
    const d = await dealerWithOrder();
    const id = (await reduce(d.client, d.order.orderNo, 1_000)).data?.submitBusinessRequest.id;
    await d.managerClient.ok(DECIDE, { id, step: 1, decision: "APPROVED" });
    const directors = await Promise.all(
      Array.from({ length: 8 }, async () =>
        signInDirectly(t, (await makeVendorStaff(t.dataSource, ["SALES_DIRECTOR"])).id),
      ),
    );
    const results = await Promise.all(directors.map((c) => c.request(DECIDE, { id, step: 2, decision: "APPROVED" })));
    const codes = results.map((r) => r.errors?.[0]?.extensions?.code ?? "OK");
    expect(codes.filter((c) => c === "OK")).toHaveLength(1);
    expect(codes.filter((c) => c === "REQUEST_NOT_PENDING")).toHaveLength(7);
    expect((await d.client.ok<{ order: { amountDue: number } }>(ORDER, { id: d.order.id })).order.amountDue).toBe(
      11_000,
    );
    const [steps] = await t.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM request_step WHERE request_id = $1`,
      [id],
    );
    expect(steps?.n).toBe(2);
  });
});
