import { randomUUID } from "node:crypto";
import type { Page } from "playwright-core";
import { describeWithBrowser } from "./support/browser";
import { baseUrl, closeBrowser, newPage, openMenuItem, signIn } from "./support/console";

/** The unread count the header's bell shows (its data-count), once the first answer is in. */
async function bellCount(page: Page): Promise<number> {
  const bell = page.getByTestId("notice-bell");
  await bell.waitFor();
  return Number(await bell.getAttribute("data-count"));
}

async function expectBellCount(page: Page, expected: number, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const count = await bellCount(page);
    if (count === expected) return;
    if (Date.now() > deadline) throw new Error(`bell shows ${count}, expected ${expected}`);
    await page.waitForTimeout(100);
  }
}

describeWithBrowser("message center in the console", () => {
  let ops: Page;
  let dealer: Page;
  beforeAll(async () => {
    ops = await newPage();
    dealer = await newPage();
  });
  afterAll(() => closeBrowser());

  it("vendor operations publish an announcement to 华东; its admin sees the bell go up, reads it, and the bell drops", async () => {
    const title = `系统升级通知 ${randomUUID().slice(0, 6)}`;
    const body = "本周六 22:00–24:00 系统升级，期间暂停下单，请提前安排。";

    await signIn(dealer, "hd.admin");
    // Let the first count arrive (the seeded welcome announcement may still be unread).
    await dealer.waitForFunction(() => {
      const bell = document.querySelector('[data-testid="notice-bell"]');
      return bell !== null && bell.getAttribute("data-count") !== null;
    });
    await dealer.waitForLoadState("networkidle");
    const before = await bellCount(dealer);
    // Vendor staff have no inbox: no bell.
    await signIn(ops, "vendor.ops");
    expect(await ops.getByTestId("notice-bell").count()).toBe(0);

    await openMenuItem(ops, "运营", "公告");
    await ops.waitForURL(`${baseUrl()}/vendor/announcements`);
    await ops.getByTestId("announcement-table").waitFor();
    await ops.waitForLoadState("networkidle");
    const form = ops.getByTestId("announcement-form");
    await form.locator("#announcement_title").fill(title);
    await form.locator("#announcement_body").fill(body);
    await form.getByText("指定经销商", { exact: true }).click();
    await form.locator("#announcement_dealerIds").click();
    await form.locator("#announcement_dealerIds").fill("华东");
    await ops.locator(".ant-select-item-option").getByText("华东示例经销商", { exact: true }).click();
    await ops.keyboard.press("Escape");
    await ops.getByTestId("announcement-submit").click();
    const confirm = ops.locator(".ant-modal-confirm");
    await confirm.locator(".ant-modal-confirm-title", { hasText: "确定发布给 1 个经销商？" }).waitFor();
    await confirm.getByRole("button", { name: "确定发布" }).click();
    // The answer: the new row in 已发布公告, or the form's error (which fails the test with its text).
    const published = ops.getByTestId("announcement-table").locator("tbody tr.ant-table-row", { hasText: title });
    const refused = ops.getByTestId("announcement-error");
    await published.or(refused).first().waitFor();
    if (await refused.isVisible()) throw new Error(`publishing was refused: ${await refused.innerText()}`);
    await confirm.waitFor({ state: "hidden" });
    expect(await published.innerText()).toContain("华东示例经销商");

    // The dealer's admin: the bell counts it (after a reload, or within a minute by polling).
    await dealer.reload();
    await expectBellCount(dealer, before + 1);
    await dealer.screenshot({ path: "/tmp/e2e-bell.png", clip: { x: 900, y: 0, width: 540, height: 64 } });

    await dealer.getByTestId("notice-bell").click();
    await dealer.waitForURL(`${baseUrl()}/messages`);
    const row = dealer.getByTestId("notice-row").filter({ hasText: title });
    await row.waitFor();
    expect(await row.getAttribute("data-read")).toBe("false");
    expect(await row.innerText()).toContain("公告");
    expect(await row.innerText()).toContain(body);
    await dealer.screenshot({ path: "/tmp/e2e-messages.png", fullPage: true });

    // Unread only: it is there; clicking it opens it whole and marks it read.
    await dealer.getByTestId("notice-read-filter").getByText(/^未读/).click();
    await dealer.getByTestId("notice-row").filter({ hasText: title }).waitFor();
    await dealer.getByTestId("notice-row").filter({ hasText: title }).locator("[data-testid=notice-title]").click();
    const detail = dealer.locator(".ant-modal").filter({ hasText: title });
    await detail.waitFor();
    expect(await detail.innerText()).toContain(body);
    await detail.getByRole("button", { name: "关闭" }).click();
    await expectBellCount(dealer, before);
    await dealer.getByTestId("notice-read-filter").getByText("全部", { exact: true }).click();
    const readRow = dealer.getByTestId("notice-row").filter({ hasText: title });
    await readRow.waitFor();
    expect(await readRow.getAttribute("data-read")).toBe("true");

    // 华南 never sees 华东's announcement.
    const other = await newPage();
    await signIn(other, "hn.admin");
    await other.goto(`${baseUrl()}/messages`);
    await other.getByTestId("notice-table").waitFor();
    await other.waitForLoadState("networkidle");
    expect(await other.getByTestId("notice-row").filter({ hasText: title }).count()).toBe(0);
  });
});
