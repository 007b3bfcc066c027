import { randomInt, randomUUID } from "node:crypto";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { SIGNUP_MIN_FILL_MS } from "@crm/domain";
import type { Page } from "playwright-core";
import { describeWithBrowser } from "./support/browser";
import { baseUrl, closeBrowser, newPage, newPhonePage, signIn } from "./support/console";

/** Screenshots for a person to look at (the run's temp directory unless E2E_SCREENSHOTS says where). */
const SHOTS = process.env.E2E_SCREENSHOTS ?? join(process.env.TMPDIR ?? "/tmp", "crm-e2e-screenshots");

async function shot(page: Page, name: string, fullPage = true): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage });
}

/** A 1×1 PNG (a real image: the API judges uploads by their bytes). */
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);

/** The number of one 活动统计 total (PV, UV, 登记数量). */
async function total(page: Page, title: string): Promise<number> {
  const stat = page
    .getByTestId("campaign-totals")
    .locator(".ant-statistic", { has: page.locator(".ant-statistic-title", { hasText: new RegExp(`^${title}$`) }) });
  return Number((await stat.locator(".ant-statistic-content-value").innerText()).replace(/[^\d]/g, ""));
}

describeWithBrowser("推广平台: a campaign from the form to a lead", () => {
  afterAll(() => closeBrowser());

  it("a dealer creates a campaign, operations approve it, a phone visitor signs up, the dealer sees the lead and the counts", async () => {
    const suffix = randomUUID().slice(0, 8);
    const name = `春季推广 ${suffix}`;
    const title = `企业邮箱限时优惠 ${suffix}`;
    const company = `推广登记企业 ${suffix}`;

    // 1. hd.admin creates the campaign through the form, with one channel, and sees it in the preview.
    const dealer = await newPage();
    await signIn(dealer, "hd.admin");
    await dealer.goto(`${baseUrl()}/campaigns`);
    await dealer.getByTestId("campaign-new").click();
    await dealer.waitForURL(/\/campaigns\/new$/);
    await dealer.getByTestId("campaign-editor").waitFor();
    await dealer.getByTestId("campaign-name").fill(name);
    await dealer.getByTestId("channel-name-0").fill("微信群");
    await dealer.getByTestId("channel-code-0").fill("wechat");
    await dealer.getByTestId("campaign-title").fill(title);
    await dealer
      .getByTestId("campaign-body")
      .fill(
        "<p>即日起开通企业邮箱，<b>首年 8 折</b>。</p>\n<ul>\n  <li>免费试用 30 天</li>\n  <li>专属客户经理</li>\n</ul>",
      );
    const preview = dealer.frameLocator('[data-testid="campaign-preview"]');
    await preview.getByText(title).waitFor();
    await preview.getByText("首年 8 折").waitFor();
    await preview.locator('input[name="company"]').waitFor();
    await preview.locator('select[name="scale"]').waitFor();
    await shot(dealer, "campaign-create");
    await dealer.getByTestId("campaign-submit").click();
    await dealer.waitForURL(/\/campaigns\/[0-9a-f-]{36}\/edit$/);
    const campaignId = /\/campaigns\/([0-9a-f-]{36})\/edit$/.exec(dealer.url())?.[1] ?? "";
    await dealer.getByTestId("campaign-review-status").getByText("处理中").waitFor();

    // The channel's share link and QR codes; a banner upload.
    const linkInput = dealer.getByTestId("share-link-wechat");
    await linkInput.waitFor();
    const shareLink = await linkInput.inputValue();
    expect(shareLink).toMatch(new RegExp(`^${baseUrl()}/c/[a-z2-9]{8}\\?ch=wechat$`));
    const slug = /\/c\/([a-z2-9]{8})\?/.exec(shareLink)?.[1] ?? "";
    for (const [id, type] of [
      ["qr-png-wechat", "image/png"],
      ["qr-svg-wechat", "image/svg+xml"],
    ] as const) {
      const href = await dealer.getByTestId(id).getAttribute("href");
      const response = await dealer.request.get(`${baseUrl()}${href ?? ""}`);
      expect({ id, status: response.status(), type: response.headers()["content-type"]?.split(";")[0] }).toEqual({
        id,
        status: 200,
        type,
      });
    }
    await dealer
      .getByTestId("campaign-editor")
      .locator('input[type="file"]')
      .setInputFiles({ name: "banner.png", mimeType: "image/png", buffer: PNG });
    await dealer.getByText("头图已上传").waitFor();
    await dealer.getByText("更换头图").waitFor();

    // 2. vendor.ops approves it in the review queue, after looking at its preview.
    const ops = await newPage();
    await signIn(ops, "vendor.ops");
    await ops.goto(`${baseUrl()}/vendor/campaign-review`);
    await ops.getByTestId(`review-preview-${slug}`).click();
    await ops.frameLocator('.ant-modal [data-testid="campaign-preview"]').getByText(title).waitFor();
    await ops.locator(".ant-modal-close").click();
    await ops.getByTestId(`review-approve-${slug}`).click();
    await ops.locator(".ant-popconfirm .ant-btn-primary").click();
    await ops.getByText("已通过，活动页面可在有效期内访问").waitFor();
    await ops.getByTestId(`review-approve-${slug}`).waitFor({ state: "detached" });
    await ops.context().close();

    // 3. A visitor on a phone opens the channel's link, fills the form and signs up.
    const phone = await newPhonePage();
    const opened = Date.now();
    const response = await phone.goto(`${baseUrl()}/c/${slug}?ch=wechat`);
    expect(response?.status()).toBe(200);
    await phone.getByRole("heading", { name: title }).waitFor();
    const form = phone.getByTestId("h5-form");
    await form.locator('input[name="company"]').fill(company);
    await form.locator('input[name="contact"]').fill("王经理");
    await form.locator('input[name="mobile"]').fill(`139${String(randomInt(0, 100_000_000)).padStart(8, "0")}`);
    await form.locator('input[name="domain"]').fill(`promo-${suffix}.com`);
    await form.locator('select[name="scale"]').selectOption({ index: 2 });
    await shot(phone, "campaign-h5", false);
    await shot(phone, "campaign-h5-full");
    // A person takes a moment: the API quietly drops sign-ups faster than the minimum fill time.
    const wait = SIGNUP_MIN_FILL_MS + 500 - (Date.now() - opened);
    if (wait > 0) await phone.waitForTimeout(wait);
    await form.getByRole("button", { name: "提交登记" }).click();
    await phone.getByTestId("h5-thanks").waitFor();
    expect(phone.url()).toContain("done=1");
    await shot(phone, "campaign-h5-thanks", false);
    await phone.context().close();

    // 4. hd.admin sees the lead in 甩单企业 with source 推广平台, and the counts in 活动统计.
    await dealer.goto(`${baseUrl()}/enterprises/routed?text=${encodeURIComponent(suffix)}`);
    await dealer.getByTestId("pager-total").getByText("共 1 条").waitFor();
    const row = dealer.getByTestId("enterprise-table").locator("tbody tr.ant-table-row").first();
    expect(await row.innerText()).toContain(company);
    expect(await row.innerText()).toContain("推广平台");

    await dealer.goto(`${baseUrl()}/campaigns/${campaignId}/stats`);
    await dealer.getByTestId("campaign-channel-stats").getByText("微信群").waitFor();
    expect(await total(dealer, "PV")).toBeGreaterThanOrEqual(1);
    expect(await total(dealer, "UV")).toBe(1);
    expect(await total(dealer, "登记数量")).toBe(1);
    await shot(dealer, "campaign-stats");
  }, 180_000);
});
