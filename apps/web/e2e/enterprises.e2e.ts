import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import type { Page } from "playwright-core";
import { describeWithBrowser } from "./support/browser";
import { baseUrl, closeBrowser, newPage, signIn } from "./support/console";

/** A name and a domain of this run only, so runs and tests never see each other's rows. */
function unique(): { suffix: string; name: string; domain: string } {
  const suffix = randomUUID().slice(0, 8);
  return { suffix, name: `浏览器测试企业 ${suffix}`, domain: `e2e-${suffix}.com` };
}

async function fillNewEnterprise(page: Page, name: string, domainInput: string): Promise<void> {
  await page.goto(`${baseUrl()}/enterprises/new`);
  const form = page.getByTestId("enterprise-form");
  await form.locator("#enterpriseForm_name").fill(name);
  await form.locator("#enterpriseForm_mainDomain").fill(domainInput);
}

/** The rows the list shows for a text filter, once the filtered answer is in. */
async function rowsFor(page: Page, text: string, expected: number) {
  await page.goto(`${baseUrl()}/enterprises?text=${encodeURIComponent(text)}`);
  await page.getByTestId("pager-total").getByText(`共 ${expected} 条`).waitFor();
  return page.getByTestId("enterprise-table").locator("tbody tr.ant-table-row");
}

describeWithBrowser("enterprises in the console", () => {
  let page: Page;
  beforeAll(async () => {
    page = await newPage();
  });
  afterAll(() => closeBrowser());

  it("a staff member creates an enterprise through the form, filters the list for it and adds a follow-up", async () => {
    const { suffix, name, domain } = unique();
    await signIn(page, "hd.a");
    const menu = page.getByTestId("console-menu");
    await menu.getByText("企业信息管理", { exact: true }).click();
    await menu.getByText("全部录入企业", { exact: true }).click();
    await page.waitForURL(`${baseUrl()}/enterprises`);
    await page.getByTestId("enterprise-create").click();
    await page.waitForURL(`${baseUrl()}/enterprises/new`);

    const form = page.getByTestId("enterprise-form");
    await form.locator("#enterpriseForm_name").fill(name);
    // A pasted URL is normalized live to the registrable domain.
    await form.locator("#enterpriseForm_mainDomain").fill(`https://WWW.mail.${domain.toUpperCase()}./contact`);
    expect(await form.getByTestId("domain-preview").first().innerText()).toContain(`将登记为：${domain}`);
    await form.locator("#enterpriseForm_industry").click();
    await page.locator(".ant-select-item-option").getByText("信息技术", { exact: true }).click();
    await form.getByTestId("add-contact").click();
    await form.locator("#enterpriseForm_contacts_0_name").fill("测试联系人");
    await form.locator("#enterpriseForm_contacts_0_mobile").fill("13800138000");
    await page.getByTestId("enterprise-form-submit").click();

    await page.waitForURL(/\/enterprises\/[0-9a-f-]{36}$/);
    const detailUrl = page.url();
    expect(await page.getByTestId("enterprise-title").innerText()).toBe(name);

    // The list, filtered through the form by a piece of the domain, shows exactly the new enterprise.
    await page.goto(`${baseUrl()}/enterprises`);
    await page.getByTestId("enterprise-filter").locator("#enterpriseFilter_text").fill(`e2e-${suffix}`);
    await page.getByTestId("enterprise-search").click();
    await page.waitForURL((url) => url.searchParams.get("text") === `e2e-${suffix}`);
    await page.getByTestId("pager-total").getByText("共 1 条").waitFor();
    const table = page.getByTestId("enterprise-table");
    const rows = table.locator("tbody tr.ant-table-row");
    expect(await rows.count()).toBe(1);
    expect(await rows.first().innerText()).toContain(name);
    expect(await rows.first().innerText()).toContain(domain);

    // The filter lives in the URL: a reload shows the same list and the same form.
    await page.reload();
    await page.getByTestId("pager-total").getByText("共 1 条").waitFor();
    expect(await page.getByTestId("enterprise-filter").locator("#enterpriseFilter_text").inputValue()).toBe(
      `e2e-${suffix}`,
    );

    // Its detail page: add a follow-up and see it at the top of the timeline.
    await table.getByTestId("enterprise-name-link").getByText(name).click();
    await page.waitForURL(detailUrl);
    await page.getByTestId("enterprise-add-follow-up").click();
    const followUp = page.getByTestId("follow-up-form");
    await followUp.getByText("拜访", { exact: true }).click();
    const content = `上门拜访，演示管理后台（${suffix}）`;
    await followUp.locator("#followUp_content").fill(content);
    await followUp.locator("#followUp_nextStep").fill("发送报价单");
    await page.getByTestId("follow-up-submit").click();
    const newest = page.getByTestId("follow-up-timeline").getByTestId("follow-up-entry").first();
    await newest.getByText(content).waitFor();
    expect(await newest.innerText()).toContain("拜访");
    expect(await newest.innerText()).toContain("下一步：发送报价单");
    await page.screenshot({ path: "/tmp/e2e-enterprises.png" });
  });

  it("refuses a second enterprise with the same domain, links to the existing one and creates nothing", async () => {
    const { suffix, name, domain } = unique();
    await signIn(page, "hd.a");
    await fillNewEnterprise(page, name, domain);
    await page.getByTestId("enterprise-form-submit").click();
    await page.waitForURL(/\/enterprises\/[0-9a-f-]{36}$/);
    const existingPath = new URL(page.url()).pathname;

    // The same domain written differently is the same identity.
    await fillNewEnterprise(page, `${name} 重复`, `www.${domain.toUpperCase()}.`);
    await page.getByTestId("enterprise-form-submit").click();
    const error = page.getByTestId("enterprise-form-error");
    await error.waitFor();
    expect(await error.innerText()).toContain("该域名已登记在本经销商的其他企业下");
    // hd.a owns the holder, so the error links to it.
    expect(await page.getByTestId("view-existing-enterprise").getAttribute("href")).toBe(existingPath);
    expect(page.url()).toBe(`${baseUrl()}/enterprises/new`);

    const rows = await rowsFor(page, `e2e-${suffix}`, 1);
    expect(await rows.count()).toBe(1);
    expect(await rows.first().innerText()).not.toContain("重复");
  });

  it("exports the filtered list as CSV through the console's origin", async () => {
    const { suffix, name, domain } = unique();
    await signIn(page, "hd.a");
    await fillNewEnterprise(page, name, domain);
    await page.getByTestId("enterprise-form-submit").click();
    await page.waitForURL(/\/enterprises\/[0-9a-f-]{36}$/);

    await rowsFor(page, `e2e-${suffix}`, 1);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-csv").click()]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const path = await download.path();
    const csv = await readFile(path, "utf8");
    expect(csv.charCodeAt(0)).toBe(0xfeff); // BOM, so Excel reads the Chinese right
    const lines = csv.trim().split(/\r?\n/);
    expect(lines).toHaveLength(2); // the header and exactly the filtered row
    expect(lines[1]).toContain(name);
    expect(lines[1]).toContain(domain);
  });
});
