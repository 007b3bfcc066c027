import { randomUUID } from "node:crypto";
import type { Page } from "playwright-core";
import { describeWithBrowser } from "./support/browser";
import { baseUrl, closeBrowser, confirmTopUp, newPage, openMenuItem, signIn } from "./support/console";

/** "80,000.00" → 8000000 分, by the digits (no floating point). */
function fenOf(text: string): number {
  const digits = text.replace(/[^\d.]/g, "");
  const [whole = "0", cents = ""] = digits.split(".");
  return Number(whole) * 100 + Number(cents.padEnd(2, "0").slice(0, 2));
}

/** The big number on 虚拟账户/经销商信息, in 分. */
async function shownBalance(page: Page): Promise<number> {
  const value = page.getByTestId("dealer-balance").locator(".ant-statistic-content-value");
  await value.waitFor();
  return fenOf(await value.innerText());
}

async function openDealerInfo(page: Page): Promise<void> {
  await page
    .getByTestId("console-menu")
    .locator("li.ant-menu-item", { hasText: "虚拟账户/经销商信息" })
    .first()
    .click();
  await page.waitForURL(`${baseUrl()}/finance`);
  await page.getByTestId("dealer-info-page").waitFor();
}

describeWithBrowser("virtual account (虚拟账户) in the console", () => {
  let page: Page;
  beforeAll(async () => {
    page = await newPage();
  });
  afterAll(() => closeBrowser());

  it("vendor finance tops 华东 up; its admin sees the new balance and the ledger entry", async () => {
    const reference = `E2E-${randomUUID().slice(0, 8).toUpperCase()}`;

    // The balance before (relative: other browser tests may pay orders of 华东).
    await signIn(page, "hd.admin");
    await openDealerInfo(page);
    const before = await shownBalance(page);

    // 财务 › 充值: 华东, ¥1,234.56 typed in yuan, a fresh bank reference (typed in lower case, spaced).
    await signIn(page, "vendor.finance");
    await openMenuItem(page, "财务", "充值");
    await page.waitForURL(`${baseUrl()}/vendor/top-ups`);
    const form = page.getByTestId("top-up-form");
    await form.locator("#topUp_dealerId").click();
    await page
      .locator(".ant-select-dropdown:visible .ant-select-item-option")
      .getByText("华东示例经销商", { exact: true })
      .click();
    await page
      .getByTestId("top-up-current-balance")
      .getByText(/华东示例经销商/)
      .waitFor();
    await form.locator("#topUp_amount").fill("1,234.56");
    await form.getByText("将充值 ¥1,234.56").waitFor();
    await form.locator("#topUp_reference").fill(` ${reference.toLowerCase().replace("-", " - ")} `);
    await page.getByTestId("top-up-submit").click();
    const recent = await confirmTopUp(page, reference);
    expect(await recent.innerText()).toContain("华东示例经销商");
    expect(await recent.getByTestId("ledger-amount").innerText()).toBe("+1,234.56");

    // The same reference again is refused, with the reason.
    await form.locator("#topUp_amount").fill("1");
    await form.locator("#topUp_reference").fill(reference);
    await page.getByTestId("top-up-submit").click();
    await page.getByTestId("top-up-confirm").click();
    await page.getByTestId("top-up-error").getByText("该银行流水号已登记过，不能重复充值").waitFor();

    // 华东's admin: the balance went up by exactly ¥1,234.56 and the ledger shows the top-up.
    await signIn(page, "hd.admin");
    await openDealerInfo(page);
    expect(await shownBalance(page)).toBe(before + 123456);
    const row = page.getByTestId("ledger-table").locator("tr.ant-table-row", { hasText: reference });
    await row.waitFor();
    expect(await row.innerText()).toContain("充值");
    expect(await row.getByTestId("ledger-amount").innerText()).toBe("+1,234.56");
    expect(fenOf(await row.getByTestId("ledger-balance-after").innerText())).toBe(before + 123456);
    await page.getByTestId("balance-chart").waitFor();
  });
});
