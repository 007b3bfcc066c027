import { randomUUID } from "node:crypto";
import type { Page } from "playwright-core";
import { describeWithBrowser } from "./support/browser";
import { baseUrl, closeBrowser, newPage, openMenuItem, signIn } from "./support/console";

describeWithBrowser("the product catalogue (产品线/版本/价格) in the console", () => {
  let page: Page;
  beforeAll(async () => {
    page = await newPage();
  });
  afterAll(() => closeBrowser());

  it("a platform admin adds an edition with a list price in yuan, sees it listed exactly, and switches it off", async () => {
    const suffix = randomUUID().slice(0, 8).toUpperCase();
    const code = `E2E_${suffix}`;
    const name = `测试版 ${suffix}`;
    await signIn(page, "vendor.admin");
    await openMenuItem(page, "平台管理", "产品线/版本/价格");
    await page.waitForURL(`${baseUrl()}/vendor/catalog`);
    await page.getByTestId("catalog-tab-MAIL").click();
    const panel = page.getByTestId("catalog-line-MAIL");
    await panel.getByTestId("edition-table").waitFor();

    await panel.getByTestId("edition-new").click();
    const form = page.getByTestId("edition-form");
    await form.locator("#editionForm_code").fill(code.toLowerCase());
    await form.locator("#editionForm_name").fill(name);
    // 0.29 × 100 is 28.999… in floating point: the console must send exactly 1229 分.
    await form.locator("#editionForm_listPrice").fill("12.29");
    await page.getByTestId("edition-form-submit").click();
    await form.waitFor({ state: "hidden" });

    const row = panel.getByTestId("edition-table").locator("tr.ant-table-row", { hasText: name });
    await row.waitFor();
    expect(await row.getByTestId(`edition-price-${code}`).innerText()).toBe("¥12.29 /人/月");
    expect(await row.innerText()).toContain(code);
    expect(await row.innerText()).toContain("在售");

    // Switched off, it stays listed for the admin (and leaves dealers' order forms).
    await row.locator("button", { hasText: "停用" }).click();
    await page.locator(".ant-popconfirm:visible .ant-btn-primary").click();
    await row.getByText("已停用", { exact: true }).waitFor();
  });
});
