import { randomUUID } from "node:crypto";
import type { Locator, Page } from "playwright-core";
import { describeWithBrowser } from "./support/browser";
import { baseUrl, closeBrowser, newPage, signIn } from "./support/console";

const DEALER = "华东示例经销商";

/** Picks an option of the open antd Select/Cascader dropdown by its exact text. */
async function chooseOption(page: Page, text: string): Promise<void> {
  await page.locator(".ant-select-dropdown:visible .ant-select-item-option").getByText(text, { exact: true }).click();
}

/** Waits until no Cascader dropdown is open (closing ones animate for a moment). */
async function cascadersClosed(page: Page): Promise<void> {
  const open = page.locator(".ant-cascader-dropdown:visible");
  for (let i = 0; i < 50 && (await open.count()) > 0; i += 1) await page.waitForTimeout(100);
}

/** Types into a Cascader's search and picks the first matching path (e.g. 上海市 / 上海市). */
async function chooseRegion(page: Page, field: Locator, search: string): Promise<void> {
  await cascadersClosed(page);
  await field.click();
  await page.keyboard.type(search);
  const option = page.locator(".ant-cascader-dropdown:visible .ant-cascader-menu-item", { hasText: search }).first();
  await option.waitFor();
  // a click event on the option itself: the dropdown may still be sliding in under the pointer
  await option.dispatchEvent("click");
  await page.keyboard.press("Escape");
  await cascadersClosed(page);
}

describeWithBrowser("lead routing in the console", () => {
  let page: Page;
  beforeAll(async () => {
    page = await newPage();
  });
  afterAll(() => closeBrowser());

  it("operations route a lead entered through the form to the dealer a rule names, and the dealer sees it", async () => {
    const suffix = randomUUID().slice(0, 8);
    const company = `甩单测试企业 ${suffix}`;
    const domain = `route-${suffix}.com`;
    const ruleName = `上海线索 ${suffix}`;

    // The demo data gives 华东示例经销商 上海市; the platform admin adds 广西 to 华南示例经销商 through 经销区域.
    await signIn(page, "vendor.admin");
    await page.goto(`${baseUrl()}/vendor/dealers`);
    const dealerRow = page.getByTestId("dealer-table").locator("tr.ant-table-row", { hasText: "华南示例经销商" });
    await dealerRow.getByTestId("dealer-regions").click();
    const regions = page.getByTestId("dealer-regions-input");
    await chooseRegion(page, regions.locator("input").first(), "广西");
    await page.getByTestId("dealer-regions-save").click();
    await dealerRow.locator(".ant-tag", { hasText: "广西" }).waitFor();
    await page
      .getByTestId("dealer-table")
      .locator("tr.ant-table-row", { hasText: DEALER })
      .locator(".ant-tag", { hasText: "上海市" })
      .waitFor();

    // Operations create a rule: region 上海市, any product line, 华东示例经销商 weight 1.
    await signIn(page, "vendor.ops");
    const menu = page.getByTestId("console-menu");
    await menu.getByText("运营", { exact: true }).click();
    await menu.getByText("甩单规则", { exact: true }).click();
    await page.waitForURL(`${baseUrl()}/vendor/routing-rules`);
    await page.getByTestId("rule-create").click();
    const form = page.getByTestId("rule-form");
    await form.locator("#ruleForm_name").fill(ruleName);
    await chooseRegion(page, form.locator("#ruleForm_regionCodes"), "上海");
    await form.locator("#ruleForm_targets_0_dealerId").click();
    await page.keyboard.type("华东");
    await chooseOption(page, DEALER);
    await page.getByTestId("rule-save").click();
    const ruleRow = page.getByTestId("rule-table").locator("tr.ant-table-row", { hasText: ruleName });
    await ruleRow.waitFor();
    const ruleText = await ruleRow.innerText();
    expect(ruleText).toContain("上海市");
    expect(ruleText).toContain(DEALER);
    expect(ruleText).toContain("任意"); // product lines and sources

    // The dry run says where a 上海市 lead would go, and that nothing changes.
    const dryRun = page.getByTestId("dry-run-card");
    expect(await dryRun.innerText()).toContain("任何数据都不会变化");
    await chooseRegion(page, dryRun.locator("#dryRun_regionCode"), "上海");
    await page.getByTestId("dry-run-submit").click();
    const dryResult = page.getByTestId("dry-run-result");
    await dryResult.waitFor();
    expect(await dryResult.innerText()).toContain(DEALER);

    // 线索录入: one lead in 上海市 through the form; the result says where it went and why.
    await page.goto(`${baseUrl()}/vendor/leads`);
    const leadForm = page.getByTestId("lead-form");
    await leadForm.locator("#leadForm_companyName").fill(company);
    await leadForm.locator("#leadForm_domain").fill(`https://WWW.${domain.toUpperCase()}/contact`);
    expect(await leadForm.getByTestId("lead-domain-preview").innerText()).toContain(domain);
    await leadForm.locator("#leadForm_contactName").fill("测试联系人");
    await leadForm.locator("#leadForm_contactMobile").fill("13800138000");
    await chooseRegion(page, leadForm.locator("#leadForm_regionCode"), "上海");
    await page.getByTestId("lead-submit").click();
    const result = page.getByTestId("lead-result");
    await result.waitFor();
    const resultText = await result.innerText();
    expect(resultText).toContain(`「${company}」已分配给 ${DEALER}`);
    expect(resultText).toContain(ruleName);
    expect(await result.getByTestId("trace-lines").locator("li").count()).toBeGreaterThan(0);

    // The leads table shows it as 已分配 to the dealer by the rule.
    const leadRow = page.getByTestId("lead-table").locator("tr.ant-table-row", { hasText: company });
    await leadRow.waitFor();
    const rowText = await leadRow.innerText();
    expect(rowText).toContain("已分配");
    expect(rowText).toContain(DEALER);
    expect(rowText).toContain(ruleName);
    expect(rowText).toContain(domain);

    // The dealer's admin finds it on 甩单企业.
    await signIn(page, "hd.admin");
    await page.goto(`${baseUrl()}/enterprises/routed?text=${encodeURIComponent(suffix)}`);
    await page.getByTestId("pager-total").getByText("共 1 条").waitFor();
    expect(await page.getByTestId("enterprise-table").locator("tbody tr.ant-table-row").first().innerText()).toContain(
      company,
    );
  });
});
