import { randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Workbook } from "exceljs";
import { makeDealerAccount, makeDealerTeam, makeVendorStaff } from "../../../../test/support/factories";
import type { GraphQLTestClient } from "../../../../test/support/graphql-client";
import { makeOrderRow } from "../../../../test/support/order-factories";
import { signInDirectly } from "../../../../test/support/sessions";
import { startTestApp, type TestApp } from "../../../../test/support/test-app";
import {
  DEFAULT_REQUEST_TYPES,
  DefaultRequestTypes1764830000000,
} from "../../../database/migrations/1764830000000-default-request-types";
import { LocalDiskFileStore } from "../../../shared/file-store";

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const PDF = Buffer.from("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
const HTML = Buffer.from("<html><script>alert(1)</script></html>");

const TYPES = `query { requestTypes { id code groupCode name chain action maxAttachments active fields { key kind required options } } }`;
const SUBMIT = `mutation($input: SubmitRequestInput!) { submitBusinessRequest(input: $input) {
  id requestNo status amount payload order { id orderNo } } }`;
const WITHDRAW = `mutation($id: ID!) { withdrawBusinessRequest(id: $id) { id status } }`;
const SAVE_TYPE = `mutation($input: RequestTypeInput!) { saveRequestType(id: null, input: $input) { id } }`;
const DETAIL = `query($id: ID!) { businessRequest(id: $id) { id viewerMayDecide viewerIsSubmitter
  attachments { id fileName contentType sizeBytes downloadUrl } } }`;

interface TypeRow {
  id: string;
  code: string;
  groupCode: string;
  name: string;
  chain: string[];
  action: string;
  maxAttachments: number;
  active: boolean;
  fields: { key: string; kind: string; required: boolean; options: string[] | null }[];
}
interface ErrorBody {
  error: { code: string; messageZh: string; messageEn: string };
}
interface UploadBody {
  attachment: { id: string; fileName: string; contentType: string; sizeBytes: number; downloadUrl: string };
}
type Submitted = { submitBusinessRequest: { id: string; requestNo: string; status: string; amount: number | null } };

/** RFC 4180 reader for the test (quoted fields, doubled quotes, CRLF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i += 1;
    } else field += ch;
  }
  return rows;
}

describe("业务申请: default types, attachments and the 所有业务 export", () => {
  let t: TestApp;
  let base: string;
  let dir: string;
  let types: Map<string, TypeRow>;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "crm-request-files-"));
    t = await startTestApp({ fileStore: new LocalDiskFileStore(dir) });
    base = t.url.replace(/\/graphql$/, "");
    const anyone = await signInDirectly(t, (await makeVendorStaff(t.dataSource, ["OPERATIONS"])).id);
    types = new Map((await anyone.ok<{ requestTypes: TypeRow[] }>(TYPES)).requestTypes.map((r) => [r.code, r]));
  });
  afterAll(async () => {
    await t.close();
    await rm(dir, { recursive: true, force: true });
  });

  function typeId(code: string): string {
    const found = types.get(code);
    if (!found) throw new Error(`no request type ${code}`);
    return found.id;
  }

  /** Dealer A (with channel manager `cm`) and its team, a 待扣款 order of staff `a`, and dealer B. */
  async function world() {
    const A = await makeDealerTeam(t.dataSource);
    const B = await makeDealerTeam(t.dataSource);
    const cm = await makeVendorStaff(t.dataSource, ["CHANNEL_MANAGER"]);
    await t.dataSource.query(`UPDATE dealer SET channel_manager_id = $1 WHERE id = $2`, [cm.id, A.dealer.id]);
    const order = await makeOrderRow(t.dataSource, {
      dealer: A.dealer,
      createdBy: A.a,
      amountDue: 50_000,
      status: "PENDING_PAYMENT",
    });
    // Holds 业务申请 but sits outside staff a's branch: can't see a's requests.
    const peer = await makeDealerAccount(t.dataSource, { dealer: A.dealer, preset: "SALES" });
    const sign = (account: { id: string }) => signInDirectly(t, account.id);
    return {
      A,
      B,
      order,
      clients: {
        a: await sign(A.a),
        aAdmin: await sign(A.admin),
        peer: await sign(peer),
        bAdmin: await sign(B.admin),
        cm: await sign(cm),
        director: await sign(await makeVendorStaff(t.dataSource, ["SALES_DIRECTOR"])),
      },
    };
  }

  function upload(
    client: GraphQLTestClient | null,
    requestId: string,
    file: { name: string; bytes: Buffer },
    headers: Record<string, string> = { "x-requested-with": "XMLHttpRequest" },
  ) {
    const form = new FormData();
    form.append("file", new Blob([file.bytes], { type: "application/octet-stream" }), file.name);
    const cookie = client?.sessionCookie;
    return fetch(`${base}/requests/${requestId}/attachments`, {
      method: "POST",
      headers: { ...headers, ...(cookie ? { cookie } : {}) },
      body: form,
    });
  }

  function download(client: GraphQLTestClient | null, url: string) {
    const cookie = client?.sessionCookie;
    return fetch(`${base}${url}`, { headers: cookie ? { cookie } : {} });
  }

  async function errorOf(response: Response): Promise<[number, string]> {
    return [response.status, ((await response.json()) as ErrorBody).error.code];
  }

  async function reduction(client: GraphQLTestClient, orderNo: string, amount: number) {
    return (
      await client.ok<Submitted>(SUBMIT, {
        input: { typeId: typeId("ORDER_REDUCTION"), payload: { orderNo, amount, remark: "客户预算有限" } },
      })
    ).submitBusinessRequest;
  }

  it("a fresh database offers the default types of every group, and re-running the migration changes nothing", async () => {
    const reduce = types.get("ORDER_REDUCTION");
    expect(reduce).toMatchObject({
      groupCode: "SALES_SUPPORT",
      name: "减免订单总金额",
      chain: ["CHANNEL_MANAGER", "SALES_DIRECTOR"],
      action: "ORDER_REDUCTION",
      active: true,
    });
    expect(reduce?.fields.map((f) => [f.key, f.kind, f.required])).toEqual([
      ["orderNo", "TEXT", true],
      ["amount", "MONEY", true],
      ["remark", "TEXTAREA", true],
    ]);
    expect(types.get("MAILBOX_DNS_SETUP")).toMatchObject({ groupCode: "MAILBOX_CONFIG", chain: ["OPERATIONS"] });
    expect(types.get("AFTER_SALES_SERVICE")).toMatchObject({
      groupCode: "AFTER_SALES",
      chain: ["CHANNEL_MANAGER", "OPERATIONS"],
    });
    expect(types.get("AFTER_SALES_SERVICE")?.fields.find((f) => f.key === "problemType")?.options).toContain("其他");

    // Idempotent by code, and an admin's edit survives a re-run (inside a rolled-back transaction).
    const runner = t.dataSource.createQueryRunner();
    await runner.startTransaction();
    try {
      await runner.query(`UPDATE request_type SET name = '减免（已改名）' WHERE code = 'ORDER_REDUCTION'`);
      await new DefaultRequestTypes1764830000000().up(runner);
      const rows = (await runner.query(
        `SELECT code, name FROM request_type WHERE code = ANY($1::text[]) ORDER BY code`,
        [DEFAULT_REQUEST_TYPES.map((d) => d.code)],
      )) as { code: string; name: string }[];
      expect(rows).toHaveLength(DEFAULT_REQUEST_TYPES.length);
      expect(rows.find((r) => r.code === "ORDER_REDUCTION")?.name).toBe("减免（已改名）");
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });

  it("a reduction takes its order number and amount from the type's form fields", async () => {
    const w = await world();
    const submitted = await reduction(w.clients.a, w.order.orderNo, 1_234);
    expect(submitted).toMatchObject({ status: "PENDING", amount: 1_234 });
    const [row] = await t.dataSource.query<{ order_id: string; payload: Record<string, unknown> }[]>(
      `SELECT order_id, payload FROM business_request WHERE id = $1`,
      [submitted.id],
    );
    expect(row?.order_id).toBe(w.order.id);
    expect(row?.payload).toEqual({ orderNo: w.order.orderNo, amount: 1_234, remark: "客户预算有限" });
    // More than the amount due is refused.
    expect(
      await w.clients.a.errorCode(SUBMIT, {
        input: {
          typeId: typeId("ORDER_REDUCTION"),
          payload: { orderNo: w.order.orderNo, amount: 50_001, remark: "x" },
        },
      }),
    ).toBe("REDUCTION_NOT_ALLOWED");
  });

  it("attaches screenshots to a pending request; only viewers of the request read them, as downloads", async () => {
    const w = await world();
    const request = await reduction(w.clients.a, w.order.orderNo, 1_000);

    const created = await upload(w.clients.a, request.id, { name: "付款截图.png", bytes: PNG });
    expect(created.status).toBe(201);
    const { attachment } = (await created.json()) as UploadBody;
    expect(attachment).toMatchObject({ fileName: "付款截图.png", contentType: "image/png", sizeBytes: PNG.length });
    expect(attachment.downloadUrl).toBe(`/request-attachments/${attachment.id}`);

    // Listed on the request, for the submitter and for the dealer's channel manager.
    type Detail = { businessRequest: { attachments: { id: string }[]; viewerMayDecide: boolean } };
    expect((await w.clients.a.ok<Detail>(DETAIL, { id: request.id })).businessRequest).toMatchObject({
      attachments: [{ id: attachment.id }],
      viewerMayDecide: false,
    });
    expect((await w.clients.cm.ok<Detail>(DETAIL, { id: request.id })).businessRequest).toMatchObject({
      attachments: [{ id: attachment.id }],
      viewerMayDecide: true,
    });
    expect((await w.clients.director.ok<Detail>(DETAIL, { id: request.id })).businessRequest.viewerMayDecide).toBe(
      false,
    );

    // The submitter, the dealer's admin and the chain's vendor staff download the exact bytes, never inline.
    for (const client of [w.clients.a, w.clients.aAdmin, w.clients.cm, w.clients.director]) {
      const response = await download(client, attachment.downloadUrl);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("image/png");
      expect(response.headers.get("content-disposition")).toMatch(/^attachment;/);
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(Buffer.from(await response.arrayBuffer()).equals(PNG)).toBe(true);
    }
    // Another dealer, a colleague outside the submitter's branch and nobody signed in: nothing.
    expect(await errorOf(await download(w.clients.bAdmin, attachment.downloadUrl))).toEqual([404, "NOT_FOUND"]);
    expect(await errorOf(await download(w.clients.peer, attachment.downloadUrl))).toEqual([404, "NOT_FOUND"]);
    expect(await errorOf(await download(null, attachment.downloadUrl))).toEqual([401, "UNAUTHENTICATED"]);
    // …nor may they add files to it; vendor staff never upload.
    expect(await errorOf(await upload(w.clients.bAdmin, request.id, { name: "x.png", bytes: PNG }))).toEqual([
      404,
      "NOT_FOUND",
    ]);
    expect(await errorOf(await upload(w.clients.peer, request.id, { name: "x.png", bytes: PNG }))).toEqual([
      404,
      "NOT_FOUND",
    ]);
    expect(await errorOf(await upload(w.clients.cm, request.id, { name: "x.png", bytes: PNG }))).toEqual([
      403,
      "FORBIDDEN",
    ]);
    expect(await errorOf(await upload(null, request.id, { name: "x.png", bytes: PNG }))).toEqual([
      401,
      "UNAUTHENTICATED",
    ]);
  });

  it("judges files by their bytes, needs the XHR header and refuses files on an ended request", async () => {
    const w = await world();
    const request = await reduction(w.clients.a, w.order.orderNo, 1_000);
    expect(await errorOf(await upload(w.clients.a, request.id, { name: "shot.png", bytes: HTML }))).toEqual([
      415,
      "FILE_TYPE_NOT_ALLOWED",
    ]);
    expect(await errorOf(await upload(w.clients.a, request.id, { name: "page.html", bytes: HTML }))).toEqual([
      415,
      "FILE_TYPE_NOT_ALLOWED",
    ]);
    expect(await errorOf(await upload(w.clients.a, request.id, { name: "shot.png", bytes: PNG }, {}))).toEqual([
      400,
      "VALIDATION_FAILED",
    ]);
    const big = Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024)]);
    expect(await errorOf(await upload(w.clients.a, request.id, { name: "big.pdf", bytes: big }))).toEqual([
      413,
      "FILE_TOO_LARGE",
    ]);
    await w.clients.a.ok(WITHDRAW, { id: request.id });
    expect(await errorOf(await upload(w.clients.a, request.id, { name: "late.pdf", bytes: PDF }))).toEqual([
      409,
      "REQUEST_NOT_PENDING",
    ]);
    const [row] = await t.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM request_attachment WHERE request_id = $1`,
      [request.id],
    );
    expect(row?.n).toBe(0);
  });

  it("keeps to the type's max_attachments", async () => {
    const w = await world();
    const admin = await signInDirectly(t, (await makeVendorStaff(t.dataSource, ["PLATFORM_ADMIN"])).id);
    const id = (
      await admin.ok<{ saveRequestType: { id: string } }>(SAVE_TYPE, {
        input: {
          code: `TWO_FILES_${randomUUID().slice(0, 6).toUpperCase()}`,
          groupCode: "AFTER_SALES",
          name: "两个附件",
          fields: [{ key: "note", label: "说明", kind: "TEXT", required: false }],
          chain: ["OPERATIONS"],
          maxAttachments: 2,
        },
      })
    ).saveRequestType.id;
    const request = (await w.clients.a.ok<Submitted>(SUBMIT, { input: { typeId: id, payload: {} } }))
      .submitBusinessRequest;
    expect((await upload(w.clients.a, request.id, { name: "1.png", bytes: PNG })).status).toBe(201);
    expect((await upload(w.clients.a, request.id, { name: "2.pdf", bytes: PDF })).status).toBe(201);
    const third = await upload(w.clients.a, request.id, { name: "3.png", bytes: PNG });
    expect(third.status).toBe(409);
    const body = (await third.json()) as ErrorBody;
    expect(body.error.code).toBe("TOO_MANY_FILES");
    expect(body.error.messageZh).toContain("最多上传 2 个附件");
  });

  async function exportOf(client: GraphQLTestClient, params: Record<string, string>) {
    const cookie = client.sessionCookie;
    const response = await fetch(`${base}/export/requests?${new URLSearchParams(params).toString()}`, {
      headers: cookie ? { cookie } : {},
    });
    return { response, body: Buffer.from(await response.arrayBuffer()) };
  }

  it("exports 所有业务 as CSV and XLSX: the viewer's rows and filter only", async () => {
    const w = await world();
    const mine = await reduction(w.clients.a, w.order.orderNo, 2_500);
    const mailbox = (
      await w.clients.aAdmin.ok<Submitted>(SUBMIT, {
        input: {
          typeId: typeId("MAILBOX_DNS_SETUP"),
          payload: { domain: "example-mx.cn", records: "MX", contact: "=张三", description: "MX 未生效" },
        },
      })
    ).submitBusinessRequest;
    const other = await w.clients.bAdmin.ok<Submitted>(SUBMIT, {
      input: {
        typeId: typeId("MAILBOX_DNS_SETUP"),
        payload: { domain: "other-dealer.cn", records: "SPF", contact: "李四", description: "SPF" },
      },
    });

    const csv = await exportOf(w.clients.aAdmin, { format: "csv" });
    expect(csv.response.status).toBe(200);
    expect(csv.response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const disposition = csv.response.headers.get("content-disposition") ?? "";
    expect(decodeURIComponent(disposition.split("UTF-8''")[1] ?? "")).toMatch(/^所有业务-\d{8}\.csv$/);
    const text = csv.body.toString("utf8");
    expect(text.startsWith("\uFEFF")).toBe(true);
    const rows = parseCsv(text.slice(1));
    const header = rows[0] ?? [];
    expect(header.slice(0, 4)).toEqual(["申请编号", "业务分类", "申请类型", "经销商"]);
    const byNo = new Map(rows.slice(1).map((r) => [r[0], r]));
    expect([...byNo.keys()].sort()).toEqual([mine.requestNo, mailbox.requestNo].sort());
    expect(byNo.has(other.submitBusinessRequest.requestNo)).toBe(false);
    const reduced = byNo.get(mine.requestNo) ?? [];
    const col = (name: string) => header.indexOf(name);
    expect(reduced[col("申请类型")]).toBe("减免订单总金额");
    expect(reduced[col("业务分类")]).toBe("销售辅助流程");
    expect(reduced[col("状态")]).toBe("审批中");
    expect(reduced[col("当前环节")]).toBe("1/2 渠道经理");
    expect(reduced[col("订单号")]).toBe(w.order.orderNo);
    expect(reduced[col("减免金额(元)")]).toBe("25.00");
    // The form's values, one "label：value" per line in the type's order.
    expect(byNo.get(mailbox.requestNo)?.[col("申请内容")]).toBe(
      "邮箱域名：example-mx.cn\n需协助的记录：MX\n客户联系人：=张三\n情况说明：MX 未生效",
    );

    // Filtered (group) and XLSX for vendor staff: one dealer's mailbox requests.
    const xlsx = await exportOf(w.clients.cm, {
      format: "xlsx",
      filter: JSON.stringify({ groupCode: "MAILBOX_CONFIG", dealerId: w.A.dealer.id }),
    });
    expect(xlsx.response.status).toBe(200);
    const book = new Workbook();
    await book.xlsx.load(xlsx.body as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    const numbers: string[] = [];
    sheet?.eachRow((row, n) => {
      if (n > 1) numbers.push(row.getCell(1).text);
    });
    expect(numbers).toEqual([mailbox.requestNo]);

    // A bad filter answers JSON before any file.
    const bad = await exportOf(w.clients.aAdmin, { filter: JSON.stringify({ status: "NOPE" }) });
    expect(bad.response.status).toBe(400);
    expect((JSON.parse(bad.body.toString("utf8")) as ErrorBody).error.code).toBe("VALIDATION_FAILED");
  });
});
