import { randomUUID } from "node:crypto";
import type { Page } from "playwright-core";
import { describeWithBrowser } from "./support/browser";
import { baseUrl, closeBrowser, newPage, openMenuItem, signIn } from "./support/console";

/** Picks an option of the open antd Select dropdown by its exact text. */
async function chooseOption(page: Page, text: string): Promise<void> {
  await page.locator(".ant-select-dropdown:visible .ant-select-item-option").getByText(text, { exact: true }).click();
}

/** What the signed-in user can still register on 企业邮箱, as the quota line above 报备列表 says. */
async function mailAvailable(page: Page): Promise<number> {
  const text = await page.getByTestId("quota-available-MAIL").innerText();
  return Number(text.trim());
}

/** Waits until the quota line says `n` (it refreshes after a registration or an unlock). */
async function expectMailAvailable(page: Page, n: number): Promise<void> {
  await page
    .getByTestId("quota-available-MAIL")
    .filter({ hasText: new RegExp(`^${n}$`) })
    .waitFor();
}

describeWithBrowser("deal registration (报备) in the console", () => {
  let page: Page;
  beforeAll(async () => {
    page = await newPage();
  });
  afterAll(() => closeBrowser());

  it("a staff member registers an enterprise's domain from its detail page, finds it in 报备列表, unlocks it and gets the quota back", async () => {
    const suffix = randomUUID().slice(0, 8);
    const name = `报备测试企业 ${suffix}`;
    const domain = `reg-${suffix}.com`;
    await signIn(page, "hd.b");

    // The quota before: read from the quota line above 报备列表 (relative, whatever ran before).
    await openMenuItem(page, "报备管理", "报备列表");
    await page.waitForURL(`${baseUrl()}/registrations`);
    await page.getByTestId("quota-available-MAIL").waitFor();
    const before = await mailAvailable(page);
    expect(before).toBeGreaterThan(0);

    // An enterprise of this run only.
    await page.goto(`${baseUrl()}/enterprises/new`);
    const enterpriseForm = page.getByTestId("enterprise-form");
    await enterpriseForm.locator("#enterpriseForm_name").fill(name);
    await enterpriseForm.locator("#enterpriseForm_mainDomain").fill(domain);
    await page.getByTestId("enterprise-form-submit").click();
    await page.waitForURL(/\/enterprises\/[0-9a-f-]{36}$/);

    // 报备状态 › 添加报备: 企业邮箱 and the enterprise's main domain.
    await page.getByRole("tab", { name: "报备状态" }).click();
    const panel = page.getByTestId("enterprise-registrations");
    await panel.getByText("该企业还没有报备").waitFor();
    await panel.getByTestId("registration-add").click();
    const form = page.getByTestId("register-form");
    await form.locator("#registerDomain_productLineId").click();
    await chooseOption(page, "企业邮箱");
    expect(await form.getByTestId("register-quota-hint").innerText()).toContain(`还可报备 ${before} 个`);
    expect(await form.innerText()).toContain(domain);
    await page.getByTestId("register-submit").click();
    await form.waitFor({ state: "hidden" });

    const tabRow = panel.getByTestId("registration-table").locator("tr.ant-table-row", { hasText: domain });
    await tabRow.getByTestId("registration-status").getByText("锁定中", { exact: true }).waitFor();
    expect(await tabRow.innerText()).toContain("企业邮箱");
    expect(await tabRow.getByTestId("registration-days-left").innerText()).toBe("90 天");

    // 报备列表, filtered by the domain through the form: exactly this registration, linked to the enterprise.
    await openMenuItem(page, "报备管理", "报备列表");
    await page.waitForURL(`${baseUrl()}/registrations`);
    await page.getByTestId("registration-filter").locator("#registrationFilter_domain").fill(`reg-${suffix}`);
    await page.getByTestId("registration-search").click();
    await page.waitForURL((url) => url.searchParams.get("domain") === `reg-${suffix}`);
    await page.getByTestId("pager-total").getByText("共 1 条").waitFor();
    const row = page.getByTestId("registration-table").locator("tr.ant-table-row", { hasText: domain });
    expect(await row.getByTestId("registration-status").innerText()).toBe("锁定中");
    expect(await row.getByTestId("registration-enterprise-link").innerText()).toBe(name);

    // The quota went down by one.
    await expectMailAvailable(page, before - 1);

    // 解锁 behind a confirmation: 已解锁, and the slot is free again at once.
    await row.getByTestId("registration-unlock").click();
    await page.getByTestId("registration-unlock-confirm").click();
    await row.getByTestId("registration-status").getByText("已解锁", { exact: true }).waitFor();
    expect(await row.getByTestId("registration-unlock").count()).toBe(0);
    await expectMailAvailable(page, before);
    await page.screenshot({ path: "/tmp/e2e-registrations.png" });
  });

  it("a channel manager sees each dealer's quotas per product line at /vendor/quotas and may edit its own", async () => {
    await signIn(page, "vendor.cm");
    await openMenuItem(page, "渠道管理", "报备名额");
    await page.waitForURL(`${baseUrl()}/vendor/quotas`);
    const row = page.getByTestId("dealer-quota-table").locator("tr.ant-table-row", { hasText: "华东示例经销商" });
    await row.waitFor();
    expect(await row.getByTestId("dealer-quota-cell-MAIL").innerText()).toMatch(/^\d+ \/ 10$/);
    expect(await row.innerText()).toContain("我负责");

    await row.getByTestId("dealer-quota-edit").click();
    const input = page.getByTestId("dealer-quota-input-MAIL");
    await input.waitFor();
    expect(await input.inputValue()).toBe("10");
    await page.getByRole("button", { name: /取\s*消/ }).click();
    await page.getByTestId("dealer-quota-form").waitFor({ state: "hidden" });
  });
});
