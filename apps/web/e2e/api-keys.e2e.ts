import type { Page } from "playwright-core";
import { describeWithBrowser } from "./support/browser";
import { baseUrl, closeBrowser, newPage, openMenuItem, signIn } from "./support/console";

/** What a partner system does: a JSON POST with only the Authorization header. */
async function callWithKey(
  key: string,
  query = "query PartnerSync { enterprises(first: 1) { totalCount } }",
): Promise<{ status: number; code?: string; total?: number }> {
  const response = await fetch(`${baseUrl()}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${key}` },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as {
    data?: { enterprises: { totalCount: number } };
    errors?: { extensions?: { code?: string } }[];
  };
  return {
    status: response.status,
    code: body.errors?.[0]?.extensions?.code,
    total: body.data?.enterprises.totalCount,
  };
}

describeWithBrowser("API keys in the console", () => {
  let page: Page;
  beforeAll(async () => {
    page = await newPage();
  });
  afterAll(() => closeBrowser());

  it("a dealer admin creates a key, sees the secret once, the key works, and stops working once revoked", async () => {
    await signIn(page, "hd.admin");
    await openMenuItem(page, "帐号管理", "API 密钥");
    await page.waitForURL(`${baseUrl()}/accounts/api-keys`);

    const name = `ERP-${Date.now()}`;
    await page.getByTestId("api-key-create").click();
    await page.locator("#apiKeyForm_name").fill(name);
    // a dealer's key is offered the dealer scopes only (the mail platform's is a vendor key)
    const form = page.getByTestId("api-key-form");
    await form.getByText("读取企业信息", { exact: true }).waitFor();
    expect(await form.getByText("上报域名事件（邮件平台）").count()).toBe(0);
    await form.getByText("读取企业信息", { exact: true }).click();
    await page.getByTestId("api-key-submit").click();

    const secretBox = page.getByTestId("api-key-secret");
    await secretBox.waitFor();
    const secret = await secretBox.inputValue();
    expect(secret).toMatch(/^crm_live_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/);
    await page.getByTestId("api-key-secret-done").click();
    await secretBox.waitFor({ state: "detached" });

    // listed by its prefix only: the secret is nowhere on the page any more
    const row = page.getByTestId("api-key-table").locator("tr", { hasText: name });
    await row.waitFor();
    expect(await row.innerText()).toContain(secret.slice(0, "crm_live_".length + 12));
    expect(await page.content()).not.toContain(secret);

    const working = await callWithKey(secret);
    expect(working.status).toBe(200);
    expect(working.total).toBeGreaterThan(0);
    // a call outside the key's scopes is refused, and recorded all the same
    const outside = await callWithKey(secret, "query PartnerOrders { orders(first: 1) { totalCount } }");
    expect(outside.code).toBe("API_KEY_SCOPE_REQUIRED");

    // 调用记录: the admin sees both calls, newest first, with their outcome
    await page.screenshot({ path: "/tmp/e2e-api-key-list.png" });
    await page.getByTestId(`api-key-calls-${name}`).click();
    const calls = page.getByTestId("api-key-calls-table");
    const ok = calls.locator("tr", { hasText: "PartnerSync" });
    await ok.waitFor();
    expect(await ok.innerText()).toContain("enterprises");
    expect(await ok.innerText()).toContain("成功");
    const refusedRow = calls.locator("tr", { hasText: "PartnerOrders" });
    expect(await refusedRow.innerText()).toContain("API_KEY_SCOPE_REQUIRED");
    const rows = await calls.locator("tbody tr").allInnerTexts();
    expect(rows.findIndex((r) => r.includes("PartnerOrders"))).toBeLessThan(
      rows.findIndex((r) => r.includes("PartnerSync")),
    );
    await page.waitForTimeout(500); // the drawer's slide-in, for the screenshot
    await page.screenshot({ path: "/tmp/e2e-api-key-calls.png" });
    await page.keyboard.press("Escape");
    await calls.waitFor({ state: "detached" });

    await page.getByTestId(`api-key-revoke-${name}`).click();
    await page.getByRole("button", { name: /确\s*定|OK/ }).click();
    await row.getByText("已吊销").waitFor();

    const refused = await callWithKey(secret);
    expect(refused.status).toBe(401);
    expect(refused.code).toBe("INVALID_API_KEY");
  });
});
