import { randomUUID } from "node:crypto";
import type { Page } from "playwright-core";
import { describeWithBrowser } from "./support/browser";
import {
  baseUrl,
  closeBrowser,
  confirmTopUp,
  expectEventually,
  newPage,
  openMenuItem,
  signIn,
} from "./support/console";

/** "¥3,060.00" → 306000 分, by the digits (no floating point). */
function fenOf(text: string): number {
  const digits = text.replace(/[^\d.]/g, "");
  const [whole = "0", cents = ""] = digits.split(".");
  return Number(whole) * 100 + Number(cents.padEnd(2, "0").slice(0, 2));
}

/** 306000 → "3060.00" (what a person types into a yuan field). */
function yuanOf(fen: number): string {
  return `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, "0")}`;
}

/** Picks an option of the open antd Select dropdown whose text starts with `text`. */
async function chooseOption(page: Page, text: string): Promise<void> {
  await page
    .locator(".ant-select-dropdown:visible .ant-select-item-option")
    .filter({ hasText: new RegExp(`^${text}`) })
    .first()
    .click();
}

/** A new enterprise of this run only, with its main domain registered (报备) for 企业邮箱. */
async function registeredEnterprise(page: Page, label: string): Promise<{ name: string; domain: string }> {
  const suffix = randomUUID().slice(0, 8);
  const name = `${label} ${suffix}`;
  const domain = `order-${suffix}.com`;
  await page.goto(`${baseUrl()}/enterprises/new`);
  const form = page.getByTestId("enterprise-form");
  await form.locator("#enterpriseForm_name").fill(name);
  await form.locator("#enterpriseForm_mainDomain").fill(domain);
  await page.getByTestId("enterprise-form-submit").click();
  await page.waitForURL(/\/enterprises\/[0-9a-f-]{36}$/);

  await page.getByRole("tab", { name: "报备状态" }).click();
  const panel = page.getByTestId("enterprise-registrations");
  await panel.getByTestId("registration-add").click();
  const register = page.getByTestId("register-form");
  await register.locator("#registerDomain_productLineId").click();
  await chooseOption(page, "企业邮箱");
  await page.getByTestId("register-submit").click();
  await register.waitFor({ state: "hidden" });
  await panel
    .getByTestId("registration-table")
    .locator("tr.ant-table-row", { hasText: domain })
    .getByText("锁定中", { exact: true })
    .waitFor();
  return { name, domain };
}

/** 订单 tab › 新建订单 (新开通): the registered domain and 企业邮箱, then edition, seats, months and gift. */
async function fillNewOrder(
  page: Page,
  o: { domain: string; edition: string; seats: number; months: number; gift?: number },
): Promise<void> {
  await page.getByRole("tab", { name: "订单" }).click();
  await page.getByTestId("enterprise-orders").getByText("该企业还没有订单").waitFor();
  await page.getByTestId("order-new").click();
  const form = page.getByTestId("order-form");
  await form.waitFor();
  expect(await page.getByTestId("order-type-switch").locator(".ant-segmented-item-selected").innerText()).toBe(
    "新开通",
  );
  // The domain and product line default to the enterprise's registration.
  await form.getByText(o.domain, { exact: true }).waitFor();
  await form.getByText("企业邮箱", { exact: true }).waitFor();
  await form.locator("#orderCreate_editionId").click();
  await chooseOption(page, o.edition);
  await form.locator("#orderCreate_seats").fill(String(o.seats));
  await form.locator("#orderCreate_months").fill(String(o.months));
  if (o.gift !== undefined) await form.locator("#orderCreate_giftMonths").fill(String(o.gift));
}

describeWithBrowser("orders (订单) in the console", () => {
  let page: Page;
  beforeAll(async () => {
    page = await newPage();
  });
  afterAll(() => closeBrowser());

  it("an admin orders 企业邮箱 for a registered enterprise, sees the price, pays it after a top-up and finds the service and the ledger entry", async () => {
    await signIn(page, "hd.admin");
    const { name, domain } = await registeredEnterprise(page, "订单测试企业");
    const enterpriseUrl = page.url();

    // 新开通: 专业版 (¥15.00 per seat per month), 20 seats, 12 months → 原价 ¥3,600.00, no confirmation.
    await fillNewOrder(page, { domain, edition: "专业版", seats: 20, months: 12 });
    const quote = page.getByTestId("order-quote");
    await quote.getByTestId("order-quote-ok").getByText("无需厂商确认，提交后进入待扣款。").waitFor();
    await quote.getByTestId("order-quote-list").getByText("¥3,600.00").waitFor();
    const settlement = fenOf(await quote.getByTestId("order-quote-settlement").innerText());
    expect(settlement).toBeGreaterThan(0);
    expect(settlement).toBeLessThanOrEqual(360000);
    expect(await quote.getByTestId("order-quote-gift").innerText()).toContain("2 个月");
    await page.getByTestId("order-submit").click();
    await page.getByTestId("order-form").waitFor({ state: "hidden" });

    // The enterprise's 订单 tab lists it, 待扣款; its number opens the order.
    const row = page.getByTestId("enterprise-orders").getByTestId("order-table").locator("tr.ant-table-row").first();
    await row.getByTestId("order-status").getByText("待扣款", { exact: true }).waitFor();
    expect(await row.innerText()).toContain("专业版");
    expect(await row.innerText()).toContain("12 个月");
    const orderNo = (await row.getByTestId("order-no-link").innerText()).trim();
    expect(orderNo).toMatch(/^SO\d{14}$/);
    await row.getByTestId("order-no-link").click();
    await page.waitForURL(/\/orders\/[0-9a-f-]{36}$/);
    const orderUrl = page.url();
    expect(await page.getByTestId("order-title").innerText()).toContain(orderNo);
    await page.getByTestId("order-detail-status").getByText("待扣款", { exact: true }).waitFor();
    expect(fenOf(await page.getByTestId("order-detail-list").innerText())).toBe(360000);
    const due = fenOf(await page.getByTestId("order-detail-due").innerText());
    expect(due).toBe(settlement);
    await page.getByTestId("order-detail-balance").waitFor();

    // Vendor finance tops 华东 up by the amount due (so the balance covers it whatever it was).
    const reference = `E2E-ORDER-${randomUUID().slice(0, 8).toUpperCase()}`;
    await signIn(page, "vendor.finance");
    await openMenuItem(page, "财务", "充值");
    await page.waitForURL(`${baseUrl()}/vendor/top-ups`);
    const topUp = page.getByTestId("top-up-form");
    await topUp.locator("#topUp_dealerId").click();
    await page
      .locator(".ant-select-dropdown:visible .ant-select-item-option")
      .getByText("华东示例经销商", { exact: true })
      .click();
    await topUp.locator("#topUp_amount").fill(yuanOf(due));
    await topUp.locator("#topUp_reference").fill(reference);
    await page.getByTestId("top-up-submit").click();
    await confirmTopUp(page, reference);

    // Back as the admin: the pay button shows the balance and the amount due; pay.
    await signIn(page, "hd.admin");
    await page.goto(orderUrl);
    await page.getByTestId("order-detail-status").getByText("待扣款", { exact: true }).waitFor();
    const balance = fenOf(await page.getByTestId("order-detail-balance").innerText());
    expect(balance).toBeGreaterThanOrEqual(due);
    expect(await page.getByTestId("order-detail-pay").isEnabled()).toBe(true);
    await page.getByTestId("order-detail-pay").click();
    expect(fenOf(await page.getByTestId("pay-amount-due").innerText())).toBe(due);
    expect(fenOf(await page.getByTestId("pay-balance").innerText())).toBe(balance);
    await page.getByTestId("pay-submit").click();
    await page.getByTestId("order-detail-status").getByText("已扣款", { exact: true }).waitFor();
    await page.getByTestId("order-timeline").getByText("已扣款").waitFor();
    expect(await page.getByTestId("order-service-seats").innerText()).toBe("20");
    expect(await page.getByTestId("order-detail-pay").count()).toBe(0);

    // The service on the enterprise.
    await page.goto(enterpriseUrl);
    expect(await page.getByTestId("enterprise-title").innerText()).toBe(name);
    await page.getByRole("tab", { name: /已开通服务/ }).click();
    const service = page.getByTestId("services-table").locator("tr.ant-table-row", { hasText: domain });
    await service.waitFor();
    expect(await service.innerText()).toContain("企业邮箱");
    expect(await service.innerText()).toContain("专业版");
    expect(await service.innerText()).toContain("20");

    // The ledger entry on the dealer info page: the payment of this order, minus the amount due.
    await page
      .getByTestId("console-menu")
      .locator("li.ant-menu-item", { hasText: "虚拟账户/经销商信息" })
      .first()
      .click();
    await page.waitForURL(`${baseUrl()}/finance`);
    const entry = page.getByTestId("ledger-table").locator("tr.ant-table-row", { hasText: orderNo });
    await entry.waitFor();
    expect(await entry.innerText()).toContain("订单扣款");
    expect(fenOf(await entry.getByTestId("ledger-amount").innerText())).toBe(due);
    expect((await entry.getByTestId("ledger-amount").innerText()).trim().startsWith("-")).toBe(true);

    // 全部订单, filtered by the order number through the form: exactly this order, 已扣款.
    await openMenuItem(page, "订单管理", "全部订单");
    await page.waitForURL(`${baseUrl()}/orders`);
    await page.getByTestId("order-filter").locator("#orderFilter_text").fill(orderNo);
    await page.getByTestId("order-search").click();
    await page.waitForURL((url) => url.searchParams.get("text") === orderNo);
    // The unfiltered list may also hold just this order: wait for the filtered answer, not the old one.
    const listed = page.getByTestId("order-table").locator("tr.ant-table-row");
    await expectEventually(
      async () =>
        (await page.getByTestId("pager-total").getByText("共 1 条").isVisible()) &&
        (await listed.count()) === 1 &&
        (await listed.first().innerText()).includes(orderNo),
      15_000,
    );
    expect(await listed.first().getByTestId("order-status").innerText()).toBe("已扣款");
    await page.screenshot({ path: "/tmp/e2e-orders.png" });
  });

  it("an admin attaches the signed contract to a 待扣款 order; a file that only pretends to be a PDF is refused; the contract can be deleted while unpaid", async () => {
    await signIn(page, "hd.admin");
    const { domain } = await registeredEnterprise(page, "合同测试企业");
    await fillNewOrder(page, { domain, edition: "专业版", seats: 5, months: 12 });
    await page.getByTestId("order-submit").click();
    await page.getByTestId("order-form").waitFor({ state: "hidden" });
    const row = page.getByTestId("enterprise-orders").getByTestId("order-table").locator("tr.ant-table-row").first();
    await row.getByTestId("order-no-link").click();
    await page.waitForURL(/\/orders\/[0-9a-f-]{36}$/);

    const contracts = page.getByTestId("order-contracts");
    await contracts.getByText("还没有合同文件").waitFor();
    await contracts.getByText("已上传 0 / 10").waitFor();
    const input = contracts.locator("input[type=file]");

    // A real PDF: listed with its size and uploader, downloadable.
    await input.setInputFiles({
      name: "销售合同.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<<>>\nendobj\n%%EOF\n", "latin1"),
    });
    const file = contracts.getByTestId("contract-file").filter({ hasText: "销售合同.pdf" });
    await file.waitFor();
    expect(await file.innerText()).toContain("上传于");
    await contracts.getByText("已上传 1 / 10").waitFor();
    const href = await file.getByTestId("contract-file-name").getAttribute("href");
    const download = await page.request.get(new URL(href ?? "", page.url()).toString());
    expect(download.status()).toBe(200);
    expect((await download.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");

    // Text named .pdf: the API judges the bytes and says why; nothing is stored.
    await input.setInputFiles({ name: "假合同.pdf", mimeType: "application/pdf", buffer: Buffer.from("just text") });
    const refused = page.locator(".ant-notification-notice").filter({ hasText: "「假合同.pdf」上传失败" });
    await refused.waitFor();
    expect(await refused.innerText()).toContain("只能上传 PDF、JPG、PNG 或 DOCX 文件");
    // A type the console knows is wrong never leaves the browser.
    await input.setInputFiles({ name: "报价.xlsx", mimeType: "application/octet-stream", buffer: Buffer.from("PK") });
    await page.getByText("「报价.xlsx」不是 PDF、JPG、PNG 或 DOCX 文件").waitFor();
    expect(await contracts.getByTestId("contract-file").count()).toBe(1);
    await page.screenshot({ path: "/tmp/e2e-contracts.png" });

    // Deleted while the order is unpaid.
    await file.getByTestId("contract-delete").click();
    await page.getByTestId("contract-delete-confirm").click();
    await contracts.getByText("还没有合同文件").waitFor();
    expect(await contracts.getByTestId("contract-file").count()).toBe(0);
  });

  it("a gift beyond the rule waits for the vendor; operations reject it with a reason the dealer then reads", async () => {
    await signIn(page, "hd.admin");
    const { domain } = await registeredEnterprise(page, "赠送超额企业");
    // 企业邮箱 gives at most 2 free months per 12 paid: 5 needs the vendor.
    await fillNewOrder(page, { domain, edition: "标准版", seats: 5, months: 12, gift: 5 });
    await page.getByTestId("order-quote-reasons").getByText("提交后需厂商确认：赠送时长超出产品线赠送规则").waitFor();
    await page.getByTestId("order-submit").click();
    await page.getByTestId("order-form").waitFor({ state: "hidden" });
    const row = page.getByTestId("enterprise-orders").getByTestId("order-table").locator("tr.ant-table-row").first();
    await row.getByTestId("order-status").getByText("待确认", { exact: true }).waitFor();
    const orderNo = (await row.getByTestId("order-no-link").innerText()).trim();
    // Nothing to pay while it waits: only 关闭.
    expect(await row.getByTestId("order-pay").count()).toBe(0);

    // 运营 › 订单确认: the order with its reason; 驳回 needs a reason.
    await signIn(page, "vendor.ops");
    await openMenuItem(page, "运营", "订单确认");
    await page.waitForURL(`${baseUrl()}/vendor/order-confirmation`);
    await page.getByTestId("order-filter").locator("#orderFilter_text").fill(orderNo);
    await page.getByTestId("order-search").click();
    await page.waitForURL((url) => url.searchParams.get("text") === orderNo);
    await page.getByTestId("pager-total").getByText("共 1 条").waitFor();
    const queued = page.getByTestId("order-confirmation-table").locator("tr.ant-table-row", { hasText: orderNo });
    await queued.waitFor();
    expect(await queued.getByTestId("order-reason").innerText()).toBe("赠送时长超出产品线赠送规则");
    expect(await queued.innerText()).toContain("华东示例经销商");
    await queued.getByTestId("order-reject").click();
    await page.getByTestId("order-reject-submit").click();
    await page.getByText("请填写驳回原因").waitFor();
    const reason = "赠送超出政策，请按每 12 个月最多赠送 2 个月重新提单";
    await page.locator("#rejectOrder_reason").fill(reason);
    await page.getByTestId("order-reject-submit").click();
    await queued.waitFor({ state: "detached" });

    // The dealer sees 已驳回 and the reason on the order.
    await signIn(page, "hd.admin");
    await page.goto(`${baseUrl()}/orders?text=${orderNo}`);
    const listed = page.getByTestId("order-table").locator("tr.ant-table-row", { hasText: orderNo });
    await listed.getByTestId("order-status").getByText("已驳回", { exact: true }).waitFor();
    await listed.getByTestId("order-no-link").click();
    await page.getByTestId("order-rejected-alert").getByText(reason, { exact: false }).waitFor();
    await page.getByTestId("order-timeline").getByText("厂商已驳回").waitFor();
  });
});
