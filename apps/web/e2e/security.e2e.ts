import { randomUUID } from "node:crypto";
import { runSql } from "@crm/api/dist/testing/sql";
import type { Page } from "playwright-core";
import { describeWithBrowser } from "./support/browser";
import { baseUrl, closeBrowser, DEMO_PASSWORD, newPage, newPhonePage, signIn } from "./support/console";

/**
 * The console's hardening, seen from outside (browser and plain HTTP):
 * - stored XSS: markup typed into an enterprise name, a follow-up and a campaign is shown as text
 *   (or sanitized, for the campaign's rich text) on the console pages and the public H5 page, and
 *   never runs;
 * - security headers on the console, the login page, the public H5 page and /graphql, and no
 *   Content-Security-Policy violation or console error on the main pages;
 * - another dealer's rows reached by URL render not-found with none of their data, also with
 *   the `x-middleware-subrequest` header (the CVE-2025-29927 class), and no answer names the
 *   internal API address (`x-middleware-rewrite`).
 */

const IMG = "<img src=x onerror=window.__xss=1>";
const SCRIPT = "<script>window.__xss=2</script>";

function databaseUrl(): string {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error("E2E_DATABASE_URL is not set");
  return url;
}

/** Signs in over HTTP and returns the session cookie (for setting rows up through the API). */
async function sessionOf(loginName: string): Promise<string> {
  const response = await fetch(`${baseUrl()}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      query: `mutation($input: LoginInput!) { login(input: $input) { account { id } } }`,
      variables: { input: { loginName, password: DEMO_PASSWORD } },
    }),
  });
  const cookie = response.headers.getSetCookie()[0]?.split(";")[0];
  if (!cookie) throw new Error(`no session for ${loginName}`);
  return cookie;
}

async function gql<T>(cookie: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(`${baseUrl()}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors?.length || !body.data) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

interface Planted {
  enterpriseId: string;
  enterpriseName: string;
  followUp: string;
  campaignId: string;
  campaignSlug: string;
  campaignTitle: string;
}

/** An enterprise with a follow-up and an approved campaign, every text carrying markup. */
async function plant(loginName: string, ops: string, suffix: string): Promise<Planted> {
  const cookie = await sessionOf(loginName);
  const enterpriseName = `${IMG}${SCRIPT}企业 ${suffix}`;
  const enterprise = await gql<{ createEnterprise: { id: string } }>(
    cookie,
    `mutation($input: CreateEnterpriseInput!) { createEnterprise(input: $input) { id } }`,
    { input: { name: enterpriseName, mainDomain: `xss-${suffix}.com` } },
  );
  const followUp = `${SCRIPT}${IMG}跟进 ${suffix}`;
  await gql(
    cookie,
    `mutation($id: ID!, $content: String!) { addFollowUp(enterpriseId: $id, input: { channel: PHONE, content: $content }) { id } }`,
    { id: enterprise.createEnterprise.id, content: followUp },
  );
  const campaignTitle = `${IMG}活动 ${suffix}`;
  const campaign = await gql<{ createCampaign: { id: string; slug: string } }>(
    cookie,
    `mutation($input: CampaignInput!) { createCampaign(input: $input) { id slug } }`,
    {
      input: {
        name: `<script>window.__xss=3</script>${suffix}`,
        title: campaignTitle,
        bodyHtml: `<p>正文 ${suffix}</p>${IMG}${SCRIPT}<a href="javascript:window.__xss=4">链接</a><svg onload=window.__xss=5></svg>`,
        formFields: ["SCALE"],
        validFrom: new Date(Date.now() - 60_000).toISOString(),
        validTo: new Date(Date.now() + 7 * 86_400_000).toISOString(),
        channels: [{ code: "web", name: "官网" }],
      },
    },
  );
  await gql(ops, `mutation($id: ID!) { reviewCampaign(id: $id, decision: APPROVE) { id } }`, {
    id: campaign.createCampaign.id,
  });
  return {
    enterpriseId: enterprise.createEnterprise.id,
    enterpriseName,
    followUp,
    campaignId: campaign.createCampaign.id,
    campaignSlug: campaign.createCampaign.slug,
    campaignTitle,
  };
}

/** Records CSP violations and console errors of every document the page opens. */
async function watch(page: Page): Promise<{ violations: string[]; errors: string[] }> {
  const seen = { violations: [] as string[], errors: [] as string[] };
  await page.context().exposeBinding("__reportCsp", (_source, text: string) => {
    seen.violations.push(text);
  });
  await page.context().addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      void (window as unknown as { __reportCsp(t: string): Promise<void> }).__reportCsp(
        `${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`,
      );
    });
  });
  page.on("console", (message) => {
    if (message.type() === "error") seen.errors.push(message.text());
  });
  page.on("pageerror", (error) => seen.errors.push(error.message));
  return seen;
}

async function xssFlag(page: Page): Promise<unknown> {
  return page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss);
}

describeWithBrowser("security hardening of the console and the public pages", () => {
  const suffix = randomUUID().slice(0, 8);
  let own: Planted;
  let other: Planted;
  let otherOrderId: string;
  let otherOrderNo: string;
  let otherRequestId: string;

  beforeAll(async () => {
    const ops = await sessionOf("vendor.ops");
    own = await plant("hd.admin", ops, `a${suffix}`);
    other = await plant("hn.admin", ops, `b${suffix}`);
    // 华南's order and request, for the direct-URL checks (the console can't make them for another dealer)
    const [dealer] = await runSql<{ id: string; admin: string }>(
      databaseUrl(),
      `SELECT d.id, a.id AS admin FROM dealer d JOIN account a ON a.dealer_id = d.id AND a.login_name = 'hn.admin'`,
    );
    const [edition] = await runSql<{ id: string; product_line_id: string }>(
      databaseUrl(),
      `SELECT e.id, e.product_line_id FROM edition e JOIN product_line p ON p.id = e.product_line_id
        WHERE p.code = 'MAIL' ORDER BY e.code LIMIT 1`,
    );
    otherOrderNo = `XSS${suffix.toUpperCase()}`;
    const [order] = await runSql<{ id: string }>(
      databaseUrl(),
      `INSERT INTO sales_order (order_no, dealer_id, created_by, enterprise_id, product_line_id, domain, edition_id, type,
         seats, months, list_amount, settlement_amount, status)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 'NEW', 1, 12, 1000, 1000, 'PENDING_PAYMENT') RETURNING id`,
      [
        otherOrderNo,
        dealer?.id,
        dealer?.admin,
        other.enterpriseId,
        edition?.product_line_id,
        `xss-b${suffix}.com`,
        edition?.id,
      ],
    );
    otherOrderId = order?.id ?? "";
    const [request] = await runSql<{ id: string }>(
      databaseUrl(),
      `INSERT INTO business_request (request_no, type_id, dealer_id, submitted_by, status, chain, payload, remark)
       SELECT $1, id, $2, $3, 'PENDING', chain, '{}'::jsonb, $4 FROM request_type WHERE code = 'MAILBOX_DNS_SETUP'
       RETURNING id`,
      [`RXSS${suffix}`, dealer?.id, dealer?.admin, `华南的申请 ${suffix}`],
    );
    otherRequestId = request?.id ?? "";
  });
  afterAll(() => closeBrowser());

  it("markup in an enterprise name, a follow-up and a campaign is shown as text and never runs", async () => {
    const page = await newPage();
    const seen = await watch(page);
    await signIn(page, "hd.admin");

    await page.goto(`${baseUrl()}/enterprises`);
    await page.getByTestId("enterprise-table").getByText(own.enterpriseName).first().waitFor();
    expect(await xssFlag(page)).toBeUndefined();

    await page.goto(`${baseUrl()}/enterprises/${own.enterpriseId}`);
    await page.getByTestId("enterprise-title").getByText(own.enterpriseName).waitFor();
    await page.locator('.ant-tabs-tab[data-node-key="follow-ups"]').click();
    await page.getByTestId("follow-up-timeline").getByText(own.followUp).waitFor();
    expect(await page.locator("img[src='x']").count()).toBe(0);
    expect(await xssFlag(page)).toBeUndefined();

    await page.goto(`${baseUrl()}/campaigns`);
    await page.getByText(`<script>window.__xss=3</script>a${suffix}`).first().waitFor();
    await page.goto(`${baseUrl()}/campaigns/${own.campaignId}/edit`);
    await page.getByTestId("campaign-editor").waitFor();
    const preview = page.frameLocator('[data-testid="campaign-preview"]');
    await preview.getByText(own.campaignTitle).waitFor();
    await preview.getByText(`正文 a${suffix}`).waitFor();
    expect(await preview.locator("img[src='x'], svg, script").count()).toBe(0);
    expect(await xssFlag(page)).toBeUndefined();
    expect(seen.violations).toEqual([]);
    expect(seen.errors).toEqual([]);

    // operations see the campaign in the review queue as text too
    const ops = await newPage();
    await signIn(ops, "vendor.ops");
    await ops.goto(`${baseUrl()}/vendor/campaign-review`);
    await ops.waitForLoadState("networkidle");
    expect(await xssFlag(ops)).toBeUndefined();
  });

  it("the public H5 page shows the title as text and the sanitized body, and runs nothing", async () => {
    const phone = await newPhonePage();
    const seen = await watch(phone);
    const response = await phone.goto(`${baseUrl()}/c/${own.campaignSlug}?ch=web`);
    expect(response?.status()).toBe(200);
    await phone.getByText(own.campaignTitle).first().waitFor();
    await phone.getByText(`正文 a${suffix}`).waitFor();
    expect(await phone.locator("img[src='x'], svg, script, a[href^='javascript']").count()).toBe(0);
    expect(await xssFlag(phone)).toBeUndefined();
    expect(seen.errors).toEqual([]);
  });

  it("sends the security headers on the console, the login page, the public page and /graphql", async () => {
    const cookie = await sessionOf("hd.admin");
    const pages = [
      [`${baseUrl()}/login`, {}],
      [`${baseUrl()}/`, { cookie }],
      [`${baseUrl()}/enterprises`, { cookie }],
      [`${baseUrl()}/c/${own.campaignSlug}?ch=web`, { "user-agent": "Mozilla/5.0 (iPhone) AppleWebKit/605.1.15" }],
    ] as const;
    for (const [url, headers] of pages) {
      const response = await fetch(url, { headers, redirect: "manual" });
      expect([url, response.status]).toEqual([url, 200]);
      const csp = response.headers.get("content-security-policy") ?? "";
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toMatch(/default-src '(self|none)'/);
      expect(csp).not.toMatch(/script-src[^;]*(\*|https?:|data:)/);
      expect(response.headers.get("x-frame-options")).toBe("DENY");
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
      expect(response.headers.get("x-powered-by")).toBeNull();
      expect(response.headers.get("x-middleware-rewrite")).toBeNull();
    }
    expect((await fetch(`${baseUrl()}/login`)).headers.get("permissions-policy")).toContain("camera=()");
    const api = await fetch(`${baseUrl()}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie },
      body: JSON.stringify({ query: "{ me { account { id } } }" }),
    });
    expect(api.status).toBe(200);
    expect(api.headers.get("x-content-type-options")).toBe("nosniff");
    expect(api.headers.get("x-frame-options")).toBe("DENY");
    expect(api.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    // the proxy's rewrite target (the API's internal address) is never shown
    const exposed: string[] = [];
    api.headers.forEach((value, name) => {
      if (name.startsWith("x-middleware-") || /127\.0\.0\.1:\d+|localhost:\d+/.test(value)) exposed.push(name);
    });
    expect(exposed).toEqual([]);
  });

  it("the main pages load without a CSP violation or a console error", async () => {
    const page = await newPage();
    const seen = await watch(page);
    await signIn(page, "hd.admin");
    for (const path of ["/", "/enterprises", "/orders", "/registrations", "/requests", "/campaigns", "/messages"]) {
      await page.goto(`${baseUrl()}${path}`);
      await page.getByTestId("console-menu").waitFor();
      await page.waitForLoadState("networkidle");
    }
    const vendor = await newPage();
    const vendorSeen = await watch(vendor);
    await signIn(vendor, "vendor.admin");
    for (const path of ["/", "/vendor/dealers", "/vendor/catalog"]) {
      await vendor.goto(`${baseUrl()}${path}`);
      await vendor.waitForLoadState("networkidle");
    }
    const login = await newPage();
    const loginSeen = await watch(login);
    await login.goto(`${baseUrl()}/login`);
    expect([...seen.violations, ...vendorSeen.violations, ...loginSeen.violations]).toEqual([]);
    expect([...seen.errors, ...vendorSeen.errors, ...loginSeen.errors]).toEqual([]);
  });

  it("another dealer's enterprise, order, request and campaign reached by URL render not-found with none of their data", async () => {
    const page = await newPage();
    await signIn(page, "hd.admin");
    const secret = `b${suffix}`;

    await page.goto(`${baseUrl()}/enterprises/${other.enterpriseId}`);
    await page.getByTestId("enterprise-not-found").waitFor();
    expect(await page.content()).not.toContain(secret);

    await page.goto(`${baseUrl()}/orders/${otherOrderId}`);
    await page.getByTestId("order-not-found").waitFor();
    expect(await page.content()).not.toContain(otherOrderNo);

    await page.goto(`${baseUrl()}/requests/${otherRequestId}`);
    await page.locator(".ant-result-404").waitFor();
    expect(await page.content()).not.toContain(secret);

    await page.goto(`${baseUrl()}/campaigns/${other.campaignId}/edit`);
    await page.locator(".ant-alert-error").waitFor();
    expect(await page.content()).not.toContain(secret);
    expect(await page.getByTestId("campaign-editor").count()).toBe(0);
  });

  it("the server-rendered HTML carries no other dealer's data, with or without x-middleware-subrequest", async () => {
    const cookie = await sessionOf("hd.admin");
    const bypass: Record<string, string>[] = [
      {},
      { "x-middleware-subrequest": "middleware:middleware:middleware:middleware:middleware" },
      { "x-middleware-subrequest": "src/middleware:src/middleware:src/middleware:src/middleware:src/middleware" },
      { "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy" },
      { "x-middleware-subrequest": "src/proxy:src/proxy:src/proxy:src/proxy:src/proxy" },
    ];
    for (const extra of bypass) {
      for (const path of [
        `/enterprises/${other.enterpriseId}`,
        `/orders/${otherOrderId}`,
        `/requests/${otherRequestId}`,
        `/campaigns/${other.campaignId}/edit`,
      ]) {
        const response = await fetch(`${baseUrl()}${path}`, { headers: { cookie, ...extra }, redirect: "manual" });
        const html = await response.text();
        expect(html).not.toContain(`b${suffix}`);
        expect(html).not.toContain(otherOrderNo);
        expect(response.headers.get("x-middleware-rewrite")).toBeNull();
      }
      // no session: the console still sends people to sign in
      const anonymous = await fetch(`${baseUrl()}/orders/${otherOrderId}`, { headers: extra, redirect: "manual" });
      expect(anonymous.status).toBeGreaterThanOrEqual(300);
      expect(anonymous.status).toBeLessThan(400);
      expect(anonymous.headers.get("location")).toMatch(/\/login/);
      // and the API answers the same as ever: dealer B's order is not found
      const api = await fetch(`${baseUrl()}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", cookie, ...extra },
        body: JSON.stringify({
          query: `query($id: ID!) { order(id: $id) { orderNo } }`,
          variables: { id: otherOrderId },
        }),
      });
      const text = await api.text();
      expect(text).not.toContain(otherOrderNo);
      expect(api.headers.get("x-middleware-rewrite")).toBeNull();
    }
  });
});
