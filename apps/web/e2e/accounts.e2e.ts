import { randomUUID } from "node:crypto";
import type { Page } from "playwright-core";
import { describeWithBrowser } from "./support/browser";
import { baseUrl, closeBrowser, newPage, openMenuItem, signIn } from "./support/console";

describeWithBrowser("account management in the console", () => {
  let page: Page;
  beforeAll(async () => {
    page = await newPage();
  });
  afterAll(() => closeBrowser());

  it("an admin creates a staff account from a preset under a superior, sees it in the list, and it signs in", async () => {
    await signIn(page, "hd.admin");
    await openMenuItem(page, "帐号管理", "帐号列表");
    await page.waitForURL(`${baseUrl()}/accounts`);
    await page.getByTestId("account-table").getByText("hd.manager").first().waitFor();

    await page.getByTestId("account-create").click();
    const form = page.getByTestId("account-form");
    await form.getByText("销售人员帐号", { exact: true }).click();
    // the preset ticks the sales permissions
    await expectChecked(page, "permission-BASIC_REGISTER", true);
    await expectChecked(page, "permission-PAY_CLOSE_ORDER", true);
    await expectChecked(page, "permission-FINANCE_VIEW", false);

    const loginName = `e2e.${randomUUID().slice(0, 6)}`;
    await form.locator("#accountForm_loginName").fill(loginName);
    await form.locator("#accountForm_password").fill("start1234");
    await form.locator("#accountForm_realName").fill("浏览器测试员");
    await form.locator("#accountForm_mobile").fill("13700137000");
    await chooseSuperior(page, "hd.manager", "销售经理 吴刚（hd.manager）");
    await page.getByTestId("account-form-submit").click();
    await form.waitFor({ state: "hidden" });

    const row = page.getByTestId("account-table").locator("tr", { hasText: loginName });
    await row.waitFor();
    expect(await row.innerText()).toContain("浏览器测试员");
    expect(await row.innerText()).toContain("销售经理 吴刚");
    await page.screenshot({ path: "/tmp/e2e-accounts.png" });

    // the new account signs in and sees the staff menu
    const second = await newPage();
    await signIn(second, loginName, "start1234");
    expect(await second.getByTestId("current-user").innerText()).toContain("浏览器测试员");
  });

  it("refuses an invalid login name inline and creates nothing", async () => {
    await signIn(page, "hd.admin");
    await page.goto(`${baseUrl()}/accounts`);
    await page.getByTestId("account-create").click();
    const form = page.getByTestId("account-form");
    await form.locator("#accountForm_loginName").fill("中文");
    await form.locator("#accountForm_password").fill("start1234");
    await form.locator("#accountForm_realName").fill("无效");
    await page.getByTestId("account-form-submit").click();
    await form.locator(".ant-form-item-explain-error").first().waitFor();
    expect(await form.isVisible()).toBe(true);
  });
});

async function expectChecked(page: Page, testId: string, checked: boolean): Promise<void> {
  const input = page.getByTestId(testId);
  expect(await input.isChecked()).toBe(checked);
}

/**
 * Picks the superior in the account form: types the search, waits for the server's matching
 * option (not whatever the list showed before the debounced search answered), clicks it, and
 * checks the select now shows that choice.
 */
async function chooseSuperior(page: Page, search: string, label: string): Promise<void> {
  const form = page.getByTestId("account-form");
  const input = form.locator("#accountForm_superiorId");
  await input.click();
  await input.fill(search);
  const option = page.locator(".ant-select-dropdown:visible .ant-select-item-option", { hasText: label });
  await option.first().waitFor({ state: "visible" });
  await option.first().click();
  // antd 6 shows the chosen label as the select's content (its title), beside the search input.
  const shown = form
    .locator(".ant-select", { has: page.locator("#accountForm_superiorId") })
    .locator(".ant-select-content-has-value", { hasText: label });
  await shown.waitFor({ state: "visible" });
  expect(await shown.getAttribute("title")).toBe(label);
}
