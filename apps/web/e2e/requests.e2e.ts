import { randomUUID } from "node:crypto";
import type { Page } from "playwright-core";
import { describeWithBrowser } from "./support/browser";
import { baseUrl, closeBrowser, confirmTopUp, newPage, openMenuItem, signIn } from "./support/console";

/** A 1×1 PNG (a real image: the API judges uploads by their bytes). */
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);

/** "¥3,060.00" → 306000 分, by the digits (no floating point). */
function fenOf(text: string): number {
  const digits = text.replace(/[^\d.]/g, "");
  const [whole = "0", cents = ""] = digits.split(".");
  return Number(whole) * 100 + Number(cents.padEnd(2, "0").slice(0, 2));
}

function yuanOf(fen: number): string {
  return `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, "0")}`;
}

async function chooseOption(page: Page, text: string): Promise<void> {
  await page
    .locator(".ant-select-dropdown:visible .ant-select-item-option")
    .filter({ hasText: new RegExp(`^${text}`) })
    .first()
    .click();
}

/** A registered enterprise of this run with a 新开通 order (专业版, 10 seats, 12 months), 待扣款. */
async function pendingPaymentOrder(page: Page): Promise<{ orderUrl: string; orderNo: string; due: number }> {
  const suffix = randomUUID().slice(0, 8);
  const domain = `reduce-${suffix}.com`;
  await page.goto(`${baseUrl()}/enterprises/new`);
  const form = page.getByTestId("enterprise-form");
  await form.locator("#enterpriseForm_name").fill(`减免测试企业 ${suffix}`);
  await form.locator("#enterpriseForm_mainDomain").fill(domain);
  await page.getByTestId("enterprise-form-submit").click();
  await page.waitForURL(/\/enterprises\/[0-9a-f-]{36}$/);
  await page.getByRole("tab", { name: "报备状态" }).click();
  const panel = page.getByTestId("enterprise-registrations");
  await panel.getByTestId("registration-add").click();
  await page.getByTestId("register-form").locator("#registerDomain_productLineId").click();
  await chooseOption(page, "企业邮箱");
  await page.getByTestId("register-submit").click();
  await panel
    .getByTestId("registration-table")
    .locator("tr.ant-table-row", { hasText: domain })
    .getByText("锁定中")
    .waitFor();

  await page.getByRole("tab", { name: "订单" }).click();
  await page.getByTestId("order-new").click();
  const order = page.getByTestId("order-form");
  await order.waitFor();
  await order.getByText(domain, { exact: true }).waitFor();
  await order.locator("#orderCreate_editionId").click();
  await chooseOption(page, "专业版");
  await order.locator("#orderCreate_seats").fill("10");
  await order.locator("#orderCreate_months").fill("12");
  await page.getByTestId("order-quote").getByTestId("order-quote-ok").waitFor();
  await page.getByTestId("order-submit").click();
  await order.waitFor({ state: "hidden" });
  const row = page.getByTestId("enterprise-orders").getByTestId("order-table").locator("tr.ant-table-row").first();
  await row.getByTestId("order-status").getByText("待扣款", { exact: true }).waitFor();
  const orderNo = (await row.getByTestId("order-no-link").innerText()).trim();
  await row.getByTestId("order-no-link").click();
  await page.waitForURL(/\/orders\/[0-9a-f-]{36}$/);
  const due = fenOf(await page.getByTestId("order-detail-due").innerText());
  return { orderUrl: page.url(), orderNo, due };
}

/** A vendor approver opens 业务审批 › 待审批, finds the request and approves it with a comment. */
async function approveAs(page: Page, login: string, requestNo: string, comment: string): Promise<void> {
  await signIn(page, login);
  await openMenuItem(page, "业务审批", "待审批");
  await page.waitForURL(`${baseUrl()}/vendor/approvals`);
  const row = page.getByTestId("request-table").locator("tr.ant-table-row", { hasText: requestNo });
  await row.waitFor();
  expect(await row.innerText()).toContain("减免订单总金额");
  await row.getByTestId("request-open").click();
  await page.waitForURL(/\/requests\/[0-9a-f-]{36}$/);
  await page.getByTestId("request-waiting-alert").waitFor();
  await page.getByTestId("request-approve").click();
  await page.getByTestId("request-decide-comment").fill(comment);
  await page.getByTestId("request-decide-submit").click();
  await page.getByTestId("request-approve").waitFor({ state: "detached" });
}

describeWithBrowser("business requests (业务申请) in the console", () => {
  let page: Page;
  beforeAll(async () => {
    page = await newPage();
  });
  afterAll(() => closeBrowser());

  it("a dealer admin asks to reduce a 待扣款 order; the channel manager and the sales director approve; the dealer pays the reduced amount", async () => {
    await signIn(page, "hd.admin");
    const { orderUrl, orderNo, due } = await pendingPaymentOrder(page);
    const reduction = 12_345; // ¥123.45
    expect(due).toBeGreaterThan(reduction);

    // 申请减免 from the order: the submit page opens with the type chosen and the order filled in.
    await page.getByTestId("order-request-reduction").click();
    await page.waitForURL((url) => url.pathname === "/requests/new");
    const form = page.getByTestId("request-form");
    await form.waitFor();
    expect(await page.getByTestId("request-form-card").locator(".ant-card-head-title").innerText()).toBe(
      "减免订单总金额",
    );
    // (filled in once the page has hydrated)
    await page.waitForFunction(
      (no) => document.querySelector<HTMLInputElement>("[data-testid=request-input-orderNo]")?.value === no,
      orderNo,
      { timeout: 10_000 },
    );
    // Required fields are checked before anything is sent.
    await page.getByTestId("request-submit").click();
    await form.getByText("请填写减免金额").waitFor();
    await page.getByTestId("request-input-amount").fill(yuanOf(reduction));
    await page.getByTestId("request-input-remark").fill("客户为教育机构，按渠道政策申请减免");
    await page.getByTestId("request-form-card").locator("input[type=file]").setInputFiles({
      name: "沟通截图.png",
      mimeType: "image/png",
      buffer: PNG,
    });
    await form.getByText("沟通截图.png").waitFor();
    await page.screenshot({ path: "/tmp/e2e-request-submit.png", fullPage: true });
    await page.getByTestId("request-submit").click();
    await page.waitForURL(/\/requests\/[0-9a-f-]{36}$/);
    const requestUrl = page.url();
    await page.getByTestId("request-detail-status").getByText("审批中", { exact: true }).waitFor();
    const requestNo = (await page.getByTestId("request-title").innerText()).trim();
    expect(requestNo).toMatch(/^BR\d{14}$/);
    expect(fenOf(await page.getByTestId("request-amount").innerText())).toBe(reduction);
    expect(await page.getByTestId("request-order-link").innerText()).toBe(orderNo);
    await page.getByTestId("request-attachment-name").getByText("沟通截图.png").waitFor();
    expect(await page.getByTestId("request-steps").innerText()).toContain("渠道经理 · 待审批");
    // The submitter may withdraw but never approve.
    await page.getByTestId("request-withdraw").waitFor();
    expect(await page.getByTestId("request-approve").count()).toBe(0);

    // 待办业务 lists it for the dealer.
    await openMenuItem(page, "业务申请", "待办业务");
    await page.waitForURL(`${baseUrl()}/requests/todo`);
    await page.getByTestId("request-table").locator("tr.ant-table-row", { hasText: requestNo }).waitFor();

    // The dealer's channel manager, then the sales director, approve in their consoles.
    await approveAs(page, "vendor.cm", requestNo, "同意，按政策减免");
    await page.getByTestId("request-detail-status").getByText("审批中", { exact: true }).waitFor();
    expect(await page.getByTestId("request-step-1").innerText()).toContain("同意，按政策减免");
    // The attachment is there for the approver to read.
    await page.getByTestId("request-attachment-name").getByText("沟通截图.png").waitFor();
    await approveAs(page, "vendor.director", requestNo, "同意");
    await page.getByTestId("request-detail-status").getByText("已通过", { exact: true }).waitFor();
    const steps = await page.getByTestId("request-steps").innerText();
    expect(steps).toContain("渠道经理 · 已通过");
    expect(steps).toContain("销售总监 · 已通过");
    await page.screenshot({ path: "/tmp/e2e-request-approved.png", fullPage: true });

    // Vendor finance tops 华东 up by the reduced amount due, so the balance covers it.
    const reducedDue = due - reduction;
    await signIn(page, "vendor.finance");
    await openMenuItem(page, "财务", "充值");
    await page.waitForURL(`${baseUrl()}/vendor/top-ups`);
    const topUp = page.getByTestId("top-up-form");
    await topUp.locator("#topUp_dealerId").click();
    await page
      .locator(".ant-select-dropdown:visible .ant-select-item-option")
      .getByText("华东示例经销商", { exact: true })
      .click();
    await page
      .getByTestId("top-up-current-balance")
      .getByText(/华东示例经销商/)
      .waitFor();
    await topUp.locator("#topUp_amount").fill(yuanOf(reducedDue));
    // the form reads the amount back, grouped by thousands: it has taken the typed value
    const grouped = `${Math.floor(reducedDue / 100).toLocaleString("en-US")}.${String(reducedDue % 100).padStart(2, "0")}`;
    await topUp.getByText(`将充值 ¥${grouped}`).waitFor();
    const reference = `E2E-REDUCE-${randomUUID().slice(0, 8).toUpperCase()}`;
    await topUp.locator("#topUp_reference").fill(reference);
    await page.getByTestId("top-up-submit").click();
    await confirmTopUp(page, reference);

    // The dealer reads the decision, sees the reduced amount due and pays exactly that.
    await signIn(page, "hd.admin");
    await page.goto(requestUrl);
    await page.getByTestId("request-detail-status").getByText("已通过", { exact: true }).waitFor();
    await page.getByTestId("request-order-link").click();
    await page.waitForURL(orderUrl);
    expect(fenOf(await page.getByTestId("order-detail-due").innerText())).toBe(reducedDue);
    expect(fenOf(await page.getByTestId("order-detail-reduction").innerText())).toBe(reduction);
    const before = fenOf(await page.getByTestId("order-detail-balance").innerText());
    await page.getByTestId("order-detail-pay").click();
    expect(fenOf(await page.getByTestId("pay-amount-due").innerText())).toBe(reducedDue);
    await page.getByTestId("pay-submit").click();
    await page.getByTestId("order-detail-status").getByText("已扣款", { exact: true }).waitFor();

    await page
      .getByTestId("console-menu")
      .locator("li.ant-menu-item", { hasText: "虚拟账户/经销商信息" })
      .first()
      .click();
    await page.waitForURL(`${baseUrl()}/finance`);
    const value = page.getByTestId("dealer-balance").locator(".ant-statistic-content-value");
    await value.waitFor();
    expect(fenOf(await value.innerText())).toBe(before - reducedDue);
    const entry = page.getByTestId("ledger-table").locator("tr.ant-table-row", { hasText: orderNo });
    await entry.waitFor();
    expect(fenOf(await entry.getByTestId("ledger-amount").innerText())).toBe(reducedDue);

    // 所有业务, filtered by the request number through the form: this one, 已通过.
    await openMenuItem(page, "业务申请", "所有业务");
    await page.waitForURL(`${baseUrl()}/requests`);
    await page.getByTestId("request-filter").locator("#requestFilter_text").fill(requestNo);
    await page.getByTestId("request-search").click();
    await page.getByTestId("pager-total").getByText("共 1 条").waitFor();
    const listed = page.getByTestId("request-table").locator("tr.ant-table-row");
    expect(await listed.first().getByTestId("request-status").innerText()).toBe("已通过");
    await page.screenshot({ path: "/tmp/e2e-requests-list.png", fullPage: true });
  });

  it("a platform admin finds the default request types and opens one to edit", async () => {
    await signIn(page, "vendor.admin");
    await openMenuItem(page, "平台管理", "申请类型");
    await page.waitForURL(`${baseUrl()}/vendor/request-types`);
    const table = page.getByTestId("request-type-table");
    for (const name of ["减免订单总金额", "邮箱域名 MX/SPF 配置协助", "售后服务申请"]) {
      await table.locator("tr.ant-table-row", { hasText: name }).waitFor();
    }
    await table.locator("tr.ant-table-row", { hasText: "减免订单总金额" }).getByTestId("request-type-edit").click();
    await page.locator(".ant-drawer").getByText("审批流程（按顺序）").waitFor();
    await page.screenshot({ path: "/tmp/e2e-request-types.png", fullPage: true });
  });
});
