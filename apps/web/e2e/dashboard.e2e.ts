import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describeWithBrowser } from "./support/browser";
import { baseUrl, closeBrowser, newPage, signIn } from "./support/console";
import { makeRegistration, makeRoutedLead } from "./support/rows";

/** Screenshots for a person to look at (the run's temp directory unless E2E_SCREENSHOTS says where). */
const SHOTS = process.env.E2E_SCREENSHOTS ?? join(process.env.TMPDIR ?? "/tmp", "crm-e2e-screenshots");

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

/** The number on a 首页 to-do card. */
async function todoCount(page: Page, key: string): Promise<number> {
  const value = page.getByTestId(`todo-${key}`).locator(".ant-statistic-content-value");
  await value.waitFor();
  return Number((await value.innerText()).replace(/[^\d]/g, ""));
}

/** The total 共 N 条 under a list once it differs from `not` (the answer of a new query is in). */
async function pagerTotalOtherThan(page: Page, not: number): Promise<number> {
  const total = page
    .getByTestId("pager-total")
    .filter({ hasText: /共 \d+ 条/ })
    .filter({ hasNotText: `共 ${not} 条` });
  await total.waitFor();
  return Number(/共 (\d+) 条/.exec(await total.innerText())?.[1]);
}

/** A chart's canvas has been drawn (echarts sizes it to its box). */
async function expectChartDrawn(page: Page, testId: string): Promise<void> {
  const canvas = page.getByTestId(testId).locator("canvas").first();
  await canvas.waitFor();
  const box = await canvas.boundingBox();
  expect(box?.width ?? 0).toBeGreaterThan(300);
  expect(box?.height ?? 0).toBeGreaterThan(150);
}

describeWithBrowser("首页 (home dashboards)", () => {
  let page: Page;
  beforeAll(async () => {
    page = await newPage();
  });
  afterAll(() => closeBrowser());

  it("a dealer admin lands on 首页, sees the to-do counts and reaches the filtered list from one", async () => {
    await signIn(page, "hd.admin");
    await page.goto(`${baseUrl()}/`);
    await page.getByTestId("home-welcome").waitFor();
    for (const key of ["routed", "ending", "payment", "requests", "unread"]) {
      await page.getByTestId(`todo-${key}`).waitFor();
    }
    await expectChartDrawn(page, "home-funnel");
    // The admin holds 查看经销商财务信息: the balance shows; the quotas table lists 企业邮箱 (dealer max 10).
    await page.getByTestId("home-balance").waitFor();
    await page.getByTestId("home-quotas").getByText("企业邮箱").first().waitFor();
    await shot(page, "dealer-home-admin");

    const pending = await todoCount(page, "payment");
    await page.getByTestId("todo-payment").click();
    await page.waitForURL(`${baseUrl()}/orders/pending-payment`);
    await page.getByTestId("order-table").waitFor();
    await page.getByTestId("pager-total").getByText(`共 ${pending} 条`).waitFor();
    await shot(page, "dealer-home-to-pending-payment");
  });

  it("甩单待跟进 and 报备即将到期 open their lists filtered to exactly what the cards count", async () => {
    // What the cards count, and what they don't: a lead followed up since its routing, a lock ending in 20 days.
    await makeRoutedLead("hd.a", false);
    await makeRoutedLead("hd.a", true);
    await makeRegistration("hd.a", 5);
    await makeRegistration("hd.a", 20);
    await signIn(page, "hd.admin");

    await page.goto(`${baseUrl()}/`);
    const routed = await todoCount(page, "routed");
    expect(routed).toBeGreaterThan(0);
    await page.getByTestId("todo-routed").click();
    await page.waitForURL(`${baseUrl()}/enterprises/routed?awaitingFollowUp=1`);
    const filterForm = page.getByTestId("enterprise-filter");
    expect(await filterForm.getByRole("checkbox", { name: "仅看待跟进" }).isChecked()).toBe(true);
    await page.getByTestId("pager-total").getByText(`共 ${routed} 条`).waitFor();
    await shot(page, "dealer-home-to-routed-awaiting");
    // Without 仅看待跟进 the list has every routed lead, the followed-up one too.
    await filterForm.getByText("仅看待跟进").click();
    await page.getByTestId("enterprise-search").click();
    await page.waitForURL(`${baseUrl()}/enterprises/routed`);
    expect(await pagerTotalOtherThan(page, routed)).toBeGreaterThan(routed);

    await page.goto(`${baseUrl()}/`);
    const ending = await todoCount(page, "ending");
    expect(ending).toBeGreaterThan(0);
    await page.getByTestId("todo-ending").click();
    await page.waitForURL(`${baseUrl()}/registrations?endingWithinDays=7`);
    await page.getByTestId("pager-total").getByText(`共 ${ending} 条`).waitFor();
    expect(await page.getByTestId("registration-filter").innerText()).toContain("7 天内");
    await shot(page, "dealer-home-to-registrations-ending");
    // 30 天内 takes in the lock ending in 20 days as well.
    await page.getByTestId("registration-filter-ending").click();
    await page
      .locator(".ant-select-dropdown:visible .ant-select-item-option")
      .getByText("30 天内", { exact: true })
      .click();
    await page.getByTestId("registration-search").click();
    await page.waitForURL(`${baseUrl()}/registrations?endingWithinDays=30`);
    expect(await pagerTotalOtherThan(page, ending)).toBeGreaterThan(ending);
  });

  it("a salesperson without the finance permission sees no balance", async () => {
    await signIn(page, "hd.a");
    await page.goto(`${baseUrl()}/`);
    await page.getByTestId("todo-routed").waitFor();
    await expectChartDrawn(page, "home-funnel");
    expect(await page.getByTestId("home-balance").count()).toBe(0);
    await shot(page, "dealer-home-staff");
  });

  it("a channel manager sees their dealers on 首页", async () => {
    await signIn(page, "vendor.cm");
    await page.goto(`${baseUrl()}/`);
    const table = page.getByTestId("my-dealers");
    await table.waitFor();
    await table.locator("tr.ant-table-row", { hasText: "华东示例经销商" }).waitFor();
    await table.locator("tr.ant-table-row", { hasText: "华南示例经销商" }).waitFor();
    await shot(page, "vendor-home-channel-manager");
  });

  it("finance and the platform admin see their charts", async () => {
    await signIn(page, "vendor.finance");
    await page.goto(`${baseUrl()}/`);
    await expectChartDrawn(page, "finance-chart");
    await shot(page, "vendor-home-finance");

    await signIn(page, "vendor.admin");
    await page.goto(`${baseUrl()}/`);
    await expectChartDrawn(page, "platform-chart");
    await shot(page, "vendor-home-platform-admin");
  });
});
