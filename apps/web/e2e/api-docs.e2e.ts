import type { Page } from "playwright-core";
import { describeWithBrowser } from "./support/browser";
import { baseUrl, closeBrowser, newPage, openMenuItem, signIn } from "./support/console";

describeWithBrowser("接口文档 (partner API documentation) in the console", () => {
  let page: Page;
  beforeAll(async () => {
    page = await newPage();
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseUrl() });
  });
  afterAll(() => closeBrowser());

  it("a dealer admin goes from the key page to the docs, reads every section and copies an example", async () => {
    await signIn(page, "hd.admin");
    await openMenuItem(page, "帐号管理", "API 密钥");
    await page.waitForURL(`${baseUrl()}/accounts/api-keys`);
    await page.getByTestId("api-docs-link").click();
    await page.waitForURL(`${baseUrl()}/accounts/api-docs`);

    const body = page.getByTestId("api-doc-body");
    await body.waitFor();
    await page.screenshot({ path: "/tmp/e2e-api-docs.png" });
    // the sections a partner developer needs, as headings, and in the table of contents
    for (const heading of [
      "认证 Authentication",
      "查询 Query",
      "变更 Mutation",
      "错误码 Error codes",
      "分页 Pagination",
    ]) {
      await body.getByRole("heading", { name: heading }).waitFor();
      await page.getByTestId("api-doc-toc").getByRole("link", { name: heading }).waitFor();
    }
    await body.getByRole("heading", { name: /Limits and rate limits/ }).waitFor();
    // the tables are rendered as tables, the error codes among them
    await body.getByRole("cell", { name: "INVALID_API_KEY", exact: true }).waitFor();
    await body.getByRole("cell", { name: /requests per key per minute/ }).waitFor();

    // the examples carry this console's address instead of $CRM_URL
    const origin = new URL(baseUrl()).origin;
    expect(await page.getByTestId("api-doc-origin").innerText()).toBe(origin);
    const blocks = page.getByTestId("api-doc-code");
    const query = blocks.filter({ hasText: "enterprises(first: $first)" });
    const queryText = await query.locator("pre").innerText();
    expect(queryText).toContain(`curl -s "${origin}/graphql"`);
    expect(queryText).not.toContain("$CRM_URL");
    expect(await blocks.filter({ hasText: "export CRM_URL=" }).locator("pre").innerText()).toContain(
      `export CRM_URL=${origin}`,
    );
    await blocks.filter({ hasText: "createEnterprise(input: $input)" }).first().waitFor();

    // the copy button copies exactly the example shown
    await body.getByRole("heading", { name: "查询 Query" }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: "/tmp/e2e-api-docs-examples.png" });
    await query.getByTestId("api-doc-copy").click();
    await query.getByText("已复制").waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(queryText.replace(/\n$/, ""));

    // the table of contents jumps to a section
    await page.getByTestId("api-doc-toc").getByRole("link", { name: "分页 Pagination" }).click();
    await page.waitForURL(/#分页-pagination$|#%E5%88%86%E9%A1%B5-pagination$/);
    await page.waitForFunction(() => document.getElementById("分页-pagination")!.getBoundingClientRect().top < 200);
    await page.waitForTimeout(500); // the smooth scroll settles (only for the picture)
    await page.screenshot({ path: "/tmp/e2e-api-docs-errors.png" });

    // the console's English switch changes the page's own words; the link back to the keys works
    await page.context().addCookies([{ name: "lang", value: "en", url: baseUrl() }]);
    await page.goto(`${baseUrl()}/accounts/api-docs`);
    await page.getByText("On this page").waitFor();
    await query.getByTestId("api-doc-copy").getByText("Copy").waitFor();
    await page.screenshot({ path: "/tmp/e2e-api-docs-en.png" });
    await page.getByTestId("api-docs-keys-link").click();
    await page.waitForURL(`${baseUrl()}/accounts/api-keys`);
    await page.context().addCookies([{ name: "lang", value: "zh", url: baseUrl() }]);
  });

  it("is in the menu next to the keys, and not open to a salesperson", async () => {
    await signIn(page, "hd.admin");
    await openMenuItem(page, "帐号管理", "接口文档");
    await page.waitForURL(`${baseUrl()}/accounts/api-docs`);

    await signIn(page, "hd.a");
    await page.goto(`${baseUrl()}/accounts/api-docs`);
    await page.getByText("没有权限访问此页面").waitFor();
    expect(await page.getByTestId("api-doc-body").count()).toBe(0);
  });
});
