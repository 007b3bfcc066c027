import { randomUUID } from "node:crypto";
import type { AccountEntity } from "../../account/account.entity";
import type { DealerEntity } from "../../dealer/dealer.entity";
import { makeDealer, makeDealerAccount, makeVendorStaff } from "../../../../test/support/factories";
import type { GraphQLTestClient } from "../../../../test/support/graphql-client";
import { makeOrderRow } from "../../../../test/support/order-factories";
import { signInDirectly } from "../../../../test/support/sessions";
import { startTestApp, type TestApp } from "../../../../test/support/test-app";

const REQUEST = `mutation($input: RequestInvoiceInput!) {
  requestInvoice(input: $input) { id status amount title taxNumber note orderId orderNo dealer { id } requestedBy { id } } }`;
const ISSUE = `mutation($id: ID!, $input: IssueInvoiceInput!) {
  issueInvoice(id: $id, input: $input) { id status invoiceNo handledNote handledAt handledBy { id } } }`;
const REJECT = `mutation($id: ID!, $note: String!) { rejectInvoice(id: $id, note: $note) { id status handledNote } }`;
const LIST = `query($filter: InvoiceRequestFilter) { invoiceRequests(filter: $filter, first: 100) {
  totalCount edges { node { id status orderId dealer { id } } } } }`;
const INVOICEABLE = `query { invoiceableOrders { orderId orderNo amount enterpriseName } }`;
const AUDIT = `query($filter: AuditLogFilter) { auditLogs(filter: $filter, first: 20) { edges { node { action } } } }`;

const TAX_NUMBER = "91310000MA1FL5XX2K";
const realPostgres = process.env.TEST_DATABASE_KIND !== "embedded";
const itRaces = realPostgres ? it : it.skip;

type RequestResult = { requestInvoice: { id: string; status: string; amount: number; orderNo: string } };
type ListResult = {
  invoiceRequests: {
    totalCount: number;
    edges: { node: { id: string; status: string; orderId: string; dealer: { id: string } } }[];
  };
};

describe("invoice requests (开具发票)", () => {
  let t: TestApp;
  let finance: GraphQLTestClient;

  beforeAll(async () => {
    t = await startTestApp();
    finance = await signInDirectly(t, (await makeVendorStaff(t.dataSource, ["FINANCE"])).id);
  });
  afterAll(async () => {
    await t.close();
  });

  async function dealerWithAdmin(): Promise<{ dealer: DealerEntity; admin: AccountEntity; client: GraphQLTestClient }> {
    const dealer = await makeDealer(t.dataSource);
    const admin = await makeDealerAccount(t.dataSource, { dealer, preset: "ADMIN" });
    return { dealer, admin, client: await signInDirectly(t, admin.id) };
  }

  function input(orderId: string, extra: Record<string, unknown> = {}) {
    return { input: { orderId, title: "上海云帆科技有限公司", taxNumber: TAX_NUMBER, ...extra } };
  }

  it("lets a FINANCE_VIEW holder request an invoice of a paid order for its amount due, once", async () => {
    const { dealer, admin, client } = await dealerWithAdmin();
    const order = await makeOrderRow(t.dataSource, { dealer, createdBy: admin, amountDue: 12_345_67 });

    const before = await client.ok<{ invoiceableOrders: { orderId: string; amount: number }[] }>(INVOICEABLE);
    expect(before.invoiceableOrders).toEqual([expect.objectContaining({ orderId: order.id, amount: 1234567 })]);

    const made = await client.ok<RequestResult>(
      REQUEST,
      input(order.id, { taxNumber: " 91310000 ma1fl5xx2k ", note: "请尽快" }),
    );
    expect(made.requestInvoice).toMatchObject({
      status: "REQUESTED",
      amount: 1234567,
      taxNumber: TAX_NUMBER,
      note: "请尽快",
      orderNo: order.orderNo,
      dealer: { id: dealer.id },
      requestedBy: { id: admin.id },
    });
    expect(await client.errorCode(REQUEST, input(order.id))).toBe("INVOICE_ALREADY_REQUESTED");
    expect((await client.ok<{ invoiceableOrders: unknown[] }>(INVOICEABLE)).invoiceableOrders).toEqual([]);
    const audit = await client.ok<{ auditLogs: { edges: { node: { action: string } }[] } }>(AUDIT, {
      filter: { entityId: made.requestInvoice.id },
    });
    expect(audit.auditLogs.edges.map((e) => e.node.action)).toEqual(["invoice.request"]);
  });

  it("refuses orders that are not paid, cost nothing, or are another dealer's — each with its code", async () => {
    const { dealer, admin, client } = await dealerWithAdmin();
    for (const status of ["PENDING_PAYMENT", "PENDING_CONFIRMATION", "CLOSED", "REJECTED"] as const) {
      const order = await makeOrderRow(t.dataSource, { dealer, createdBy: admin, amountDue: 1000, status });
      const refusal = await client.request(REQUEST, input(order.id));
      expect(refusal.errors?.[0]?.extensions?.code).toBe("ORDER_NOT_INVOICEABLE");
      expect(refusal.errors?.[0]?.extensions?.details).toMatchObject({ status });
    }
    const free = await makeOrderRow(t.dataSource, { dealer, createdBy: admin, amountDue: 0 });
    expect(await client.errorCode(REQUEST, input(free.id))).toBe("ORDER_NOT_INVOICEABLE");

    const other = await dealerWithAdmin();
    const theirs = await makeOrderRow(t.dataSource, { dealer: other.dealer, createdBy: other.admin, amountDue: 500 });
    expect(await client.errorCode(REQUEST, input(theirs.id))).toBe("NOT_FOUND");
    expect(await client.errorCode(REQUEST, input(randomUUID()))).toBe("NOT_FOUND");

    const paid = await makeOrderRow(t.dataSource, { dealer, createdBy: admin, amountDue: 500 });
    expect(await client.errorCode(REQUEST, input(paid.id, { taxNumber: "123" }))).toBe("VALIDATION_FAILED");
    expect(await client.errorCode(REQUEST, input(paid.id, { title: "   " }))).toBe("VALIDATION_FAILED");
    const [row] = await t.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM invoice_request WHERE dealer_id = $1`,
      [dealer.id],
    );
    expect(row?.n).toBe(0);
  });

  it("refuses accounts without 查看经销商财务信息 and vendor staff", async () => {
    const { dealer, admin } = await dealerWithAdmin();
    const order = await makeOrderRow(t.dataSource, { dealer, createdBy: admin, amountDue: 800 });
    const sales = await signInDirectly(t, (await makeDealerAccount(t.dataSource, { dealer, preset: "SALES" })).id);
    expect(await sales.errorCode(REQUEST, input(order.id))).toBe("FORBIDDEN");
    expect(await sales.errorCode(LIST)).toBe("FORBIDDEN");
    expect(await finance.errorCode(REQUEST, input(order.id))).toBe("FORBIDDEN");
    const financeStaff = await signInDirectly(
      t,
      (await makeDealerAccount(t.dataSource, { dealer, preset: "FINANCE" })).id,
    );
    await financeStaff.ok(REQUEST, input(order.id));
  });

  it("lets finance issue (with its number) or reject (with a reason) once; a rejected order may be asked again", async () => {
    const { dealer, admin, client } = await dealerWithAdmin();
    const first = await makeOrderRow(t.dataSource, { dealer, createdBy: admin, amountDue: 1000 });
    const second = await makeOrderRow(t.dataSource, { dealer, createdBy: admin, amountDue: 2000 });
    const a = (await client.ok<RequestResult>(REQUEST, input(first.id))).requestInvoice;
    const b = (await client.ok<RequestResult>(REQUEST, input(second.id))).requestInvoice;

    const platformAdmin = await signInDirectly(t, (await makeVendorStaff(t.dataSource, ["PLATFORM_ADMIN"])).id);
    for (const who of [client, platformAdmin]) {
      expect(await who.errorCode(ISSUE, { id: a.id, input: { invoiceNo: "NO1" } })).toBe("FORBIDDEN");
      expect(await who.errorCode(REJECT, { id: a.id, note: "x" })).toBe("FORBIDDEN");
    }

    const issued = await finance.ok<{ issueInvoice: { status: string; invoiceNo: string; handledAt: string } }>(ISSUE, {
      id: a.id,
      input: { invoiceNo: " 04412345 " },
    });
    expect(issued.issueInvoice).toMatchObject({ status: "ISSUED", invoiceNo: "04412345" });
    expect(issued.issueInvoice.handledAt).toBeTruthy();
    expect(await finance.errorCode(ISSUE, { id: a.id, input: { invoiceNo: "X" } })).toBe("INVOICE_ALREADY_HANDLED");
    expect(await finance.errorCode(REJECT, { id: a.id, note: "晚了" })).toBe("INVOICE_ALREADY_HANDLED");
    expect(await client.errorCode(REQUEST, input(first.id))).toBe("INVOICE_ALREADY_REQUESTED");

    expect(await finance.errorCode(REJECT, { id: b.id, note: "  " })).toBe("VALIDATION_FAILED");
    const rejected = await finance.ok<{ rejectInvoice: { status: string; handledNote: string } }>(REJECT, {
      id: b.id,
      note: "抬头与合同不符",
    });
    expect(rejected.rejectInvoice).toMatchObject({ status: "REJECTED", handledNote: "抬头与合同不符" });
    expect(await finance.errorCode(ISSUE, { id: b.id, input: { invoiceNo: "X" } })).toBe("INVOICE_ALREADY_HANDLED");
    const again = await client.ok<RequestResult>(REQUEST, input(second.id, { title: "上海云帆科技股份有限公司" }));
    expect(again.requestInvoice.status).toBe("REQUESTED");

    const audit = await finance.ok<{ auditLogs: { edges: { node: { action: string } }[] } }>(AUDIT, {
      filter: { dealerId: dealer.id, entityType: "invoice_request" },
    });
    expect(audit.auditLogs.edges.map((e) => e.node.action).sort()).toEqual(
      ["invoice.issue", "invoice.reject", "invoice.request", "invoice.request", "invoice.request"].sort(),
    );
  });

  it("lists a dealer's own requests to it, all to finance (by status and dealer), managed ones to a channel manager", async () => {
    const one = await dealerWithAdmin();
    const two = await dealerWithAdmin();
    const manager = await makeVendorStaff(t.dataSource, ["CHANNEL_MANAGER"]);
    await t.dataSource.query(`UPDATE dealer SET channel_manager_id = $2 WHERE id = $1`, [one.dealer.id, manager.id]);
    const o1 = await makeOrderRow(t.dataSource, { dealer: one.dealer, createdBy: one.admin, amountDue: 100 });
    const o2 = await makeOrderRow(t.dataSource, { dealer: two.dealer, createdBy: two.admin, amountDue: 200 });
    const r1 = (await one.client.ok<RequestResult>(REQUEST, input(o1.id))).requestInvoice;
    const r2 = (await two.client.ok<RequestResult>(REQUEST, input(o2.id))).requestInvoice;

    const own = await one.client.ok<ListResult>(LIST);
    expect(own.invoiceRequests.edges.map((e) => e.node.id)).toEqual([r1.id]);
    const peek = await one.client.ok<ListResult>(LIST, { filter: { dealerId: two.dealer.id } });
    expect(peek.invoiceRequests.totalCount).toBe(0);

    const open = await finance.ok<ListResult>(LIST, { filter: { status: "REQUESTED", dealerId: two.dealer.id } });
    expect(open.invoiceRequests.edges.map((e) => e.node.id)).toEqual([r2.id]);
    await finance.ok(ISSUE, { id: r2.id, input: { invoiceNo: "A-1" } });
    expect(
      (await finance.ok<ListResult>(LIST, { filter: { status: "REQUESTED", dealerId: two.dealer.id } })).invoiceRequests
        .totalCount,
    ).toBe(0);
    expect(
      (await finance.ok<ListResult>(LIST, { filter: { status: "ISSUED", dealerId: two.dealer.id } })).invoiceRequests
        .totalCount,
    ).toBe(1);

    const cm = await signInDirectly(t, manager.id);
    const managed = await cm.ok<ListResult>(LIST);
    expect(managed.invoiceRequests.edges.map((e) => e.node.id)).toEqual([r1.id]);
    expect(await cm.errorCode(ISSUE, { id: r1.id, input: { invoiceNo: "B-1" } })).toBe("FORBIDDEN");
  });

  itRaces("accepts exactly one of 10 concurrent requests for one order", async () => {
    const { dealer, admin } = await dealerWithAdmin();
    const order = await makeOrderRow(t.dataSource, { dealer, createdBy: admin, amountDue: 990 });
    const clients = await Promise.all(Array.from({ length: 10 }, () => signInDirectly(t, admin.id)));
    const results = await Promise.all(clients.map((c) => c.request(REQUEST, input(order.id))));
    const codes = results.map((r) => r.errors?.[0]?.extensions?.code ?? "OK");
    expect(codes.filter((c) => c === "OK")).toHaveLength(1);
    expect(codes.filter((c) => c === "INVOICE_ALREADY_REQUESTED")).toHaveLength(9);
  });
});
