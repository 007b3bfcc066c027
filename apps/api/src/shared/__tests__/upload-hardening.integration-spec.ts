import { randomUUID } from "node:crypto";
import { CONTRACT_MAX_BYTES } from "@crm/domain";
import { makeDealerTeam } from "../../../test/support/factories";
import type { GraphQLTestClient } from "../../../test/support/graphql-client";
import { makeOrderRow } from "../../../test/support/order-factories";
import { signInDirectly } from "../../../test/support/sessions";
import { startTestApp, type TestApp } from "../../../test/support/test-app";

/**
 * Uploads (item 5): contract files, request attachments and campaign banners are judged by their
 * bytes (not the declared type or the name alone), limited in size, and served so a browser never
 * renders them as a page: Content-Disposition attachment (the banner, re-encoded to JPEG, inline),
 * X-Content-Type-Options nosniff, a sandboxing CSP, never text/html; QR codes as SVG only as a download.
 */

const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);
const HTML = Buffer.from("<!doctype html><html><body><script>alert(document.cookie)</script></body></html>");
const SVG = Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>`);
/** An HTML page behind a PDF's first bytes (a polyglot): accepted as a PDF, never served as HTML. */
const POLYGLOT = Buffer.concat([Buffer.from("%PDF-1.4\n"), HTML]);

function expectNeverRendered(response: Response): void {
  expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  expect(response.headers.get("content-type") ?? "").not.toMatch(/html|svg|xml|javascript/i);
  expect(response.headers.get("content-security-policy") ?? "").toMatch(/default-src 'none'.*sandbox/);
}

describe("uploads are checked by content and size and never served as a page", () => {
  let t: TestApp;
  let base: string;
  let admin: GraphQLTestClient;
  let orderId: string;
  let requestId: string;
  let campaignId: string;
  let slug: string;

  beforeAll(async () => {
    t = await startTestApp();
    base = t.url.replace(/\/graphql$/, "");
    const team = await makeDealerTeam(t.dataSource);
    admin = await signInDirectly(t, team.admin.id);
    orderId = (
      await makeOrderRow(t.dataSource, {
        dealer: team.dealer,
        createdBy: team.admin,
        amountDue: 1000,
        status: "PENDING_PAYMENT",
      })
    ).id;
    const [request] = await t.dataSource.query<{ id: string }[]>(
      `INSERT INTO business_request (request_no, type_id, dealer_id, submitted_by, status, chain, payload)
       SELECT $1, id, $2, $3, 'PENDING', chain, '{}'::jsonb FROM request_type WHERE code = 'MAILBOX_DNS_SETUP'
       RETURNING id`,
      [`RUP${randomUUID().slice(0, 8)}`, team.dealer.id, team.admin.id],
    );
    requestId = request?.id ?? "";
    const campaign = await admin.ok<{ createCampaign: { id: string; slug: string } }>(
      `mutation($input: CampaignInput!) { createCampaign(input: $input) { id slug } }`,
      {
        input: {
          name: "横幅测试",
          title: "横幅",
          bodyHtml: "",
          formFields: [],
          validFrom: new Date().toISOString(),
          validTo: new Date(Date.now() + 86_400_000).toISOString(),
          channels: [{ code: "web", name: "官网" }],
        },
      },
    );
    campaignId = campaign.createCampaign.id;
    slug = campaign.createCampaign.slug;
  });
  afterAll(async () => {
    await t.close();
  });

  function upload(path: string, bytes: Buffer, name: string, type: string) {
    const form = new FormData();
    form.append("file", new Blob([bytes], { type }), name);
    return fetch(`${base}${path}`, {
      method: "POST",
      headers: { cookie: admin.sessionCookie ?? "", "x-requested-with": "XMLHttpRequest" },
      body: form,
    });
  }

  const kinds = [
    ["contract files", () => `/orders/${orderId}/contracts`, "contract"],
    ["request attachments", () => `/requests/${requestId}/attachments`, "attachment"],
  ] as const;

  describe.each(kinds)("%s", (_what, path, key) => {
    it.each([
      ["an HTML page named .pdf, declared application/pdf", HTML, "contract.pdf", "application/pdf"],
      ["an SVG named .png, declared image/png", SVG, "stamp.png", "image/png"],
      ["a PDF named .html, declared text/html", PDF, "page.html", "text/html"],
      ["a PDF named .svg", PDF, "x.svg", "image/svg+xml"],
      ["a PNG named .pdf (the name and the bytes disagree)", PNG, "contract.pdf", "application/pdf"],
    ])("refuses %s (415)", async (_name, bytes, name, type) => {
      const response = await upload(path(), bytes, name, type);
      expect(response.status).toBe(415);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe("FILE_TYPE_NOT_ALLOWED");
    });

    it("refuses a file over 10 MB (413)", async () => {
      const big = Buffer.concat([PDF, Buffer.alloc(CONTRACT_MAX_BYTES + 1 - PDF.length, 0x20)]);
      const response = await upload(path(), big, "big.pdf", "application/pdf");
      expect(response.status).toBe(413);
    });

    it("keeps the type its bytes are, whatever was declared, and serves it as a download", async () => {
      for (const [bytes, name, declared, stored] of [
        [POLYGLOT, "合同.pdf", "text/html", "application/pdf"],
        [PNG, "scan.png", "text/html", "image/png"],
      ] as const) {
        const response = await upload(path(), bytes, name, declared);
        expect(response.status).toBe(201);
        const body = (await response.json()) as Record<string, { contentType: string; downloadUrl: string }>;
        const file = body[key];
        expect(file?.contentType).toBe(stored);
        const download = await fetch(`${base}${file?.downloadUrl ?? ""}`, {
          headers: { cookie: admin.sessionCookie ?? "" },
        });
        expect(download.status).toBe(200);
        expect(download.headers.get("content-type")).toBe(stored);
        expect(download.headers.get("content-disposition")).toMatch(/^attachment;/);
        expectNeverRendered(download);
      }
    });
  });

  describe("campaign banners", () => {
    const bannerPath = () => `/campaign-files/banner/${campaignId}`;

    it.each([
      ["an HTML page named .png", HTML, "banner.png", "image/png"],
      ["an SVG", SVG, "banner.svg", "image/svg+xml"],
      ["a PDF named .jpg", PDF, "banner.jpg", "image/jpeg"],
    ])("refuses %s (415)", async (_name, bytes, name, type) => {
      const response = await upload(bannerPath(), bytes, name, type);
      expect(response.status).toBe(415);
    });

    it("refuses a banner over 5 MB (413)", async () => {
      const response = await upload(
        bannerPath(),
        Buffer.concat([PNG, Buffer.alloc(5 * 1024 * 1024)]),
        "b.png",
        "image/png",
      );
      expect(response.status).toBe(413);
    });

    it("re-encodes an image to JPEG and serves it with nosniff, so it may be shown inline", async () => {
      const response = await upload(bannerPath(), PNG, "banner.png", "text/html");
      expect(response.status).toBe(201);
      const { bannerUrl } = (await response.json()) as { bannerUrl: string };
      const banner = await fetch(`${base}${bannerUrl}`);
      expect(banner.status).toBe(200);
      expect(banner.headers.get("content-type")).toBe("image/jpeg");
      expectNeverRendered(banner);
      const bytes = Buffer.from(await banner.arrayBuffer());
      expect([...bytes.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
    });
  });

  it("QR codes: an SVG is only ever a download; the PNG may be inline", async () => {
    const cookie = admin.sessionCookie ?? "";
    const origin = encodeURIComponent("https://crm.example.com");
    const svg = await fetch(`${base}/campaign-files/qr/${campaignId}/web.svg?origin=${origin}`, {
      headers: { cookie },
    });
    expect(svg.status).toBe(200);
    expect(svg.headers.get("content-disposition")).toMatch(/^attachment;/);
    expect(svg.headers.get("x-content-type-options")).toBe("nosniff");
    expect(svg.headers.get("content-security-policy")).toMatch(/sandbox/);
    expect(await svg.text()).toContain(`<svg`);
    const png = await fetch(`${base}/campaign-files/qr/${campaignId}/web.png?origin=${origin}`, {
      headers: { cookie },
    });
    expect(png.headers.get("content-type")).toBe("image/png");
    expect(png.headers.get("content-disposition")).toMatch(/^inline;/);
    expect(png.headers.get("x-content-type-options")).toBe("nosniff");
    expect(slug).toBeTruthy();
  });
});
