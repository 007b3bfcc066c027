import { randomUUID } from "node:crypto";
import type { Page } from "playwright-core";
import { runSql } from "@crm/api/dist/testing/sql";
import { describeWithBrowser } from "./support/browser";
import { baseUrl, closeBrowser, newPage, signIn } from "./support/console";

function databaseUrl(): string {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error("E2E_DATABASE_URL is not set: the e2e global setup did not start the product");
  return url;
}

/** An audit entry of `loginName`'s dealer, as the newer modules write them. */
async function recordEntry(loginName: string, action: string, entityType: string, after: object): Promise<void> {
  await runSql(
    databaseUrl(),
    `INSERT INTO audit_log (dealer_id, actor_name, action, entity_type, entity_id, before, after, at)
     VALUES ((SELECT dealer_id FROM account WHERE login_name = $1), 'e2e', $2, $3, $4, NULL, $5::jsonb, now())`,
    [loginName, action, entityType, randomUUID(), JSON.stringify(after)],
  );
}

/** 操作日志 (SPEC §11): actions and objects in words, not codes. */
describeWithBrowser("audit log", () => {
  let page: Page;
  beforeAll(async () => {
    page = await newPage();
  });
  afterAll(() => closeBrowser());

  it("names the actions and objects of orders, registrations and API keys", async () => {
    const suffix = randomUUID().slice(0, 8);
    const orderNo = `SO2026120${suffix}`;
    const domain = `audit-${suffix}.com`;
    await recordEntry("hd.admin", "order.pay", "order", { orderNo, status: "PAID" });
    await recordEntry("hd.admin", "registration.create", "registration", { domain });
    await recordEntry("hd.admin", "api-key.revoke", "api_key", { name: `ERP-${suffix}`, prefix: "crm_ab12" });

    await signIn(page, "hd.admin");
    await page.goto(`${baseUrl()}/accounts/audit-logs`);
    const row = (text: string) => page.locator("tr.ant-table-row", { hasText: text });
    await row(orderNo).waitFor({ state: "visible" });
    expect(await row(orderNo).innerText()).toContain("订单扣款");
    expect(await row(domain).innerText()).toContain("新建报备");
    expect(await row(`ERP-${suffix}`).innerText()).toContain("吊销 API 密钥");
    await page.screenshot({ path: "/tmp/e2e-audit-log.png" });
    for (const code of ["order.pay", "registration", "api-key.revoke", "api_key", " · "]) {
      expect({ code, shown: (await page.locator("tbody").innerText()).includes(code) }).toEqual({ code, shown: false });
    }
  });
});
