import { randomBytes } from "node:crypto";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CONTRACT_MAX_BYTES, CONTRACT_MAX_FILES_PER_ORDER } from "@crm/domain";
import { makeDealerAccount, makeDealerTeam, makeEnterprise, makeVendorStaff } from "../../../../test/support/factories";
import type { GraphQLTestClient } from "../../../../test/support/graphql-client";
import { makeOrderRow } from "../../../../test/support/order-factories";
import { signInDirectly } from "../../../../test/support/sessions";
import { startTestApp, type TestApp } from "../../../../test/support/test-app";
import { LocalDiskFileStore } from "../../../shared/file-store";

const PDF = Buffer.from("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const DOCX = Buffer.concat([
  Buffer.from([0x50, 0x4b, 0x03, 0x04, 20, 0, 6, 0]),
  Buffer.from("[Content_Types].xml....word/document.xml"),
]);

const ORDER_CONTRACTS = `query($id: ID!) { order(id: $id) { id contracts { id fileName contentType sizeBytes downloadUrl
  uploadedBy { id } } } }`;
const DELETE = `mutation($id: ID!) { deleteContractFile(id: $id) { id contracts { id } } }`;

/** Race tests need real concurrency: the embedded database serializes every connection. */
const itRaces = process.env.TEST_DATABASE_KIND !== "embedded" ? it : it.skip;

interface ContractNode {
  id: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  downloadUrl: string;
  uploadedBy: { id: string } | null;
}
interface ErrorBody {
  error: { code: string; messageZh: string; messageEn: string; details?: Record<string, unknown> };
}
interface UploadBody {
  contract: { id: string; fileName: string; contentType: string; sizeBytes: number; downloadUrl: string };
}

describe("合同上传 (contract files of an order)", () => {
  let t: TestApp;
  let base: string;
  let dir: string;
  let vendor: GraphQLTestClient;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "crm-contracts-"));
    t = await startTestApp({ fileStore: new LocalDiskFileStore(dir) });
    base = t.url.replace(/\/graphql$/, "");
    vendor = await signInDirectly(t, (await makeVendorStaff(t.dataSource, ["OPERATIONS"])).id);
  });
  afterAll(async () => {
    await t.close();
    await rm(dir, { recursive: true, force: true });
  });

  /** Dealer A's team with an order created by staff `a`, and dealer B. */
  async function world(status: "PENDING_PAYMENT" | "PAID" | "CLOSED" = "PENDING_PAYMENT") {
    const A = await makeDealerTeam(t.dataSource);
    const B = await makeDealerTeam(t.dataSource);
    const enterprise = await makeEnterprise(t.dataSource, { dealer: A.dealer, owner: A.a });
    const order = await makeOrderRow(t.dataSource, {
      dealer: A.dealer,
      createdBy: A.a,
      amountDue: 1000,
      status,
      enterprise,
    });
    // Staff `a` with 合同上传 (the SALES preset has no such permission).
    await t.dataSource.query(`UPDATE account SET permissions = permissions || '{CONTRACT_UPLOAD}' WHERE id = $1`, [
      A.a.id,
    ]);
    const uploaderPeer = await makeDealerAccount(t.dataSource, {
      dealer: A.dealer,
      permissions: ["BASIC_REGISTER", "CONTRACT_UPLOAD"],
    });
    const sign = (account: { id: string }) => signInDirectly(t, account.id);
    return {
      A,
      B,
      order,
      clients: {
        aAdmin: await sign(A.admin),
        aStaff: await sign(A.a),
        aManager: await sign(A.manager), // sees a's order, lacks 合同上传
        aPeerUploader: await sign(uploaderPeer), // has 合同上传, can't see a's order
        bAdmin: await sign(B.admin),
      },
    };
  }

  function upload(
    client: GraphQLTestClient | null,
    orderId: string,
    file: { name: string; bytes: Buffer; type?: string },
    headers: Record<string, string> = { "x-requested-with": "XMLHttpRequest" },
  ) {
    const form = new FormData();
    form.append("file", new Blob([file.bytes], { type: file.type ?? "application/octet-stream" }), file.name);
    const cookie = client?.sessionCookie;
    return fetch(`${base}/orders/${orderId}/contracts`, {
      method: "POST",
      headers: { ...headers, ...(cookie ? { cookie } : {}) },
      body: form,
    });
  }

  function download(client: GraphQLTestClient | null, url: string) {
    const cookie = client?.sessionCookie;
    return fetch(`${base}${url}`, { headers: cookie ? { cookie } : {} });
  }

  async function errorOf(response: Response): Promise<string> {
    return ((await response.json()) as ErrorBody).error.code;
  }

  async function rowsOf(orderId: string): Promise<number> {
    const [row] = await t.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM contract_file WHERE order_id = $1`,
      [orderId],
    );
    return row?.n ?? -1;
  }

  async function storedFiles(orderId: string): Promise<string[]> {
    return readdir(join(dir, "contracts", orderId)).catch(() => []);
  }

  it("uploads a PDF with a Chinese name, lists it on the order, serves it to the dealer and vendor staff", async () => {
    const w = await world();
    const response = await upload(w.clients.aStaff, w.order.id, {
      name: "购销合同 2026.pdf",
      bytes: PDF,
      type: "text/plain",
    });
    expect(response.status).toBe(201);
    const { contract } = (await response.json()) as UploadBody;
    // The content type comes from the bytes, not from what the client claimed.
    expect(contract).toMatchObject({
      fileName: "购销合同 2026.pdf",
      contentType: "application/pdf",
      sizeBytes: PDF.length,
    });
    expect(contract.downloadUrl).toBe(`/contracts/${contract.id}`);

    const listed = await w.clients.aAdmin.ok<{ order: { contracts: ContractNode[] } }>(ORDER_CONTRACTS, {
      id: w.order.id,
    });
    expect(listed.order.contracts).toEqual([
      {
        id: contract.id,
        fileName: "购销合同 2026.pdf",
        contentType: "application/pdf",
        sizeBytes: PDF.length,
        downloadUrl: contract.downloadUrl,
        uploadedBy: { id: w.A.a.id },
      },
    ]);
    const vendorView = await vendor.ok<{ order: { contracts: ContractNode[] } }>(ORDER_CONTRACTS, { id: w.order.id });
    expect(vendorView.order.contracts.map((c) => c.id)).toEqual([contract.id]);

    for (const client of [w.clients.aStaff, w.clients.aAdmin, w.clients.aManager, vendor]) {
      const file = await download(client, contract.downloadUrl);
      expect(file.status).toBe(200);
      expect(file.headers.get("content-type")).toBe("application/pdf");
      expect(file.headers.get("x-content-type-options")).toBe("nosniff");
      expect(file.headers.get("content-disposition")).toBe(
        `attachment; filename="2026.pdf"; filename*=UTF-8''${encodeURIComponent("购销合同 2026.pdf")}`,
      );
      expect(Buffer.from(await file.arrayBuffer()).equals(PDF)).toBe(true);
    }

    const [entry] = await t.dataSource.query<{ action: string; after: Record<string, unknown> }[]>(
      `SELECT action, after FROM audit_log WHERE entity_type = 'order' AND entity_id = $1 AND action LIKE 'order.contract.%'`,
      [w.order.id],
    );
    expect(entry).toMatchObject({
      action: "order.contract.upload",
      after: { contractFileId: contract.id, fileName: "购销合同 2026.pdf", sizeBytes: PDF.length },
    });
  });

  it("accepts JPG, PNG and DOCX by their bytes", async () => {
    const w = await world();
    const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(64)]);
    for (const [name, bytes, type] of [
      ["scan.JPG", jpeg, "image/jpeg"],
      ["scan.png", PNG, "image/png"],
      ["合同.docx", DOCX, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
    ] as const) {
      const response = await upload(w.clients.aAdmin, w.order.id, { name, bytes });
      expect(response.status).toBe(201);
      expect(((await response.json()) as UploadBody).contract.contentType).toBe(type);
    }
  });

  it("refuses a file over 10 MB, and a renamed or unknown file, keeping nothing", async () => {
    const w = await world();
    const big = Buffer.alloc(CONTRACT_MAX_BYTES + 1, 0x20);
    PDF.copy(big);
    const tooLarge = await upload(w.clients.aStaff, w.order.id, { name: "big.pdf", bytes: big });
    expect(tooLarge.status).toBe(413);
    expect(await errorOf(tooLarge)).toBe("FILE_TOO_LARGE");

    const exactly = Buffer.alloc(CONTRACT_MAX_BYTES, 0x20);
    PDF.copy(exactly);
    expect((await upload(w.clients.aStaff, w.order.id, { name: "max.pdf", bytes: exactly })).status).toBe(201);

    const renamed = await upload(w.clients.aStaff, w.order.id, { name: "contract.pdf", bytes: PNG });
    expect(renamed.status).toBe(415);
    expect(((await renamed.json()) as ErrorBody).error).toMatchObject({
      code: "FILE_TYPE_NOT_ALLOWED",
      details: { reason: "MISMATCH" },
    });
    const random = await upload(w.clients.aStaff, w.order.id, { name: "contract.pdf", bytes: randomBytes(2048) });
    expect(((await random.json()) as ErrorBody).error).toMatchObject({
      code: "FILE_TYPE_NOT_ALLOWED",
      details: { reason: "CONTENT" },
    });
    const exe = await upload(w.clients.aStaff, w.order.id, { name: "setup.exe", bytes: PDF });
    expect(((await exe.json()) as ErrorBody).error).toMatchObject({
      code: "FILE_TYPE_NOT_ALLOWED",
      details: { reason: "EXTENSION" },
    });
    const empty = await upload(w.clients.aStaff, w.order.id, { name: "empty.pdf", bytes: Buffer.alloc(0) });
    expect(empty.status).toBe(415);

    expect(await rowsOf(w.order.id)).toBe(1);
    expect(await storedFiles(w.order.id)).toHaveLength(1);
  });

  it("refuses viewers without 合同上传, anonymous callers, cross-site forms, and orders the viewer can't see", async () => {
    const w = await world();
    const file = { name: "c.pdf", bytes: PDF };
    const noPermission = await upload(w.clients.aManager, w.order.id, file);
    expect([noPermission.status, await errorOf(noPermission)]).toEqual([403, "FORBIDDEN"]);
    const vendorUpload = await upload(vendor, w.order.id, file);
    expect(await errorOf(vendorUpload)).toBe("FORBIDDEN");
    const anonymous = await upload(null, w.order.id, file);
    expect([anonymous.status, await errorOf(anonymous)]).toEqual([401, "UNAUTHENTICATED"]);
    const crossSite = await upload(w.clients.aStaff, w.order.id, file, {});
    expect([crossSite.status, await errorOf(crossSite)]).toEqual([400, "VALIDATION_FAILED"]);

    // Another dealer's order, and a peer's order: they don't exist for the viewer.
    const otherDealer = await upload(w.clients.bAdmin, w.order.id, file);
    expect([otherDealer.status, await errorOf(otherDealer)]).toEqual([404, "NOT_FOUND"]);
    const peer = await upload(w.clients.aPeerUploader, w.order.id, file);
    expect([peer.status, await errorOf(peer)]).toEqual([404, "NOT_FOUND"]);
    expect(await errorOf(await upload(w.clients.aStaff, "not-an-id", file))).toBe("NOT_FOUND");

    const missing = await fetch(`${base}/orders/${w.order.id}/contracts`, {
      method: "POST",
      headers: { "x-requested-with": "XMLHttpRequest", cookie: w.clients.aStaff.sessionCookie ?? "" },
    });
    expect([missing.status, await errorOf(missing)]).toEqual([400, "VALIDATION_FAILED"]);
    expect(await rowsOf(w.order.id)).toBe(0);
  });

  it("serves a file only to viewers who may see its order", async () => {
    const w = await world();
    const { contract } = (await (
      await upload(w.clients.aStaff, w.order.id, { name: "c.pdf", bytes: PDF })
    ).json()) as UploadBody;
    const other = await download(w.clients.bAdmin, contract.downloadUrl);
    expect([other.status, await errorOf(other)]).toEqual([404, "NOT_FOUND"]);
    const peer = await download(w.clients.aPeerUploader, contract.downloadUrl);
    expect(peer.status).toBe(404);
    const anonymous = await download(null, contract.downloadUrl);
    expect(anonymous.status).toBe(401);
    expect((await download(w.clients.aStaff, "/contracts/not-an-id")).status).toBe(404);
    // Through GraphQL the other dealer doesn't reach the order at all.
    expect(await w.clients.bAdmin.errorCode(ORDER_CONTRACTS, { id: w.order.id })).toBe("NOT_FOUND");
  });

  it("holds at most 10 files per order", async () => {
    const w = await world();
    for (let i = 0; i < CONTRACT_MAX_FILES_PER_ORDER; i += 1) {
      expect((await upload(w.clients.aStaff, w.order.id, { name: `c${i}.pdf`, bytes: PDF })).status).toBe(201);
    }
    const eleventh = await upload(w.clients.aStaff, w.order.id, { name: "c10.pdf", bytes: PDF });
    expect([eleventh.status, await errorOf(eleventh)]).toEqual([409, "TOO_MANY_FILES"]);
    expect(await rowsOf(w.order.id)).toBe(CONTRACT_MAX_FILES_PER_ORDER);
    expect(await storedFiles(w.order.id)).toHaveLength(CONTRACT_MAX_FILES_PER_ORDER);
  });

  itRaces("counts concurrent uploads under the order's lock: 14 at once, exactly 10 kept", async () => {
    const w = await world();
    const responses = await Promise.all(
      Array.from({ length: 14 }, (_, i) => upload(w.clients.aStaff, w.order.id, { name: `r${i}.pdf`, bytes: PDF })),
    );
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(CONTRACT_MAX_FILES_PER_ORDER);
    expect(statuses.filter((s) => s === 409)).toHaveLength(4);
    expect(await rowsOf(w.order.id)).toBe(CONTRACT_MAX_FILES_PER_ORDER);
    expect(await storedFiles(w.order.id)).toHaveLength(CONTRACT_MAX_FILES_PER_ORDER);
  });

  it("deletes a file of an unpaid order (the uploader's dealer), never a paid or closed order's, and no upload on a closed one", async () => {
    const w = await world();
    const { contract } = (await (
      await upload(w.clients.aStaff, w.order.id, { name: "c.pdf", bytes: PDF })
    ).json()) as UploadBody;
    expect(await w.clients.bAdmin.errorCode(DELETE, { id: contract.id })).toBe("NOT_FOUND");
    expect(await w.clients.aManager.errorCode(DELETE, { id: contract.id })).toBe("FORBIDDEN");
    expect(await vendor.errorCode(DELETE, { id: contract.id })).toBe("FORBIDDEN");
    const deleted = await w.clients.aAdmin.ok<{ deleteContractFile: { id: string; contracts: { id: string }[] } }>(
      DELETE,
      {
        id: contract.id,
      },
    );
    expect(deleted.deleteContractFile).toEqual({ id: w.order.id, contracts: [] });
    expect((await download(w.clients.aAdmin, contract.downloadUrl)).status).toBe(404);
    expect(await storedFiles(w.order.id)).toEqual([]);
    const actions = await t.dataSource.query<{ action: string }[]>(
      `SELECT action FROM audit_log WHERE entity_type = 'order' AND entity_id = $1 ORDER BY id`,
      [w.order.id],
    );
    expect(actions.map((a) => a.action)).toEqual(["order.contract.upload", "order.contract.delete"]);

    const paid = await world("PAID");
    const kept = (await (
      await upload(paid.clients.aStaff, paid.order.id, { name: "p.pdf", bytes: PDF })
    ).json()) as UploadBody;
    expect(await paid.clients.aAdmin.errorCode(DELETE, { id: kept.contract.id })).toBe("CONTRACT_LOCKED");
    expect(await rowsOf(paid.order.id)).toBe(1);

    const closed = await world("CLOSED");
    const refused = await upload(closed.clients.aStaff, closed.order.id, { name: "c.pdf", bytes: PDF });
    expect([refused.status, await errorOf(refused)]).toEqual([409, "CONTRACT_ORDER_CLOSED"]);

    // a file uploaded while the order was open stays once the order is closed or rejected
    for (const status of ["CLOSED", "REJECTED"]) {
      const ended = await world();
      const { contract: record } = (await (
        await upload(ended.clients.aStaff, ended.order.id, { name: "r.pdf", bytes: PDF })
      ).json()) as UploadBody;
      await t.dataSource.query(`UPDATE sales_order SET status = $1 WHERE id = $2`, [status, ended.order.id]);
      expect([status, await ended.clients.aAdmin.errorCode(DELETE, { id: record.id })]).toEqual([
        status,
        "CONTRACT_ORDER_CLOSED",
      ]);
      expect(await rowsOf(ended.order.id)).toBe(1);
      expect((await download(ended.clients.aAdmin, record.downloadUrl)).status).toBe(200);
    }
  });
});
