import type { Browser, Locator, Page } from "playwright-core";
import { launchBrowser } from "./browser";

/** The product booted by global-setup.ts. */
export function baseUrl(): string {
  const url = process.env.E2E_BASE_URL;
  if (!url) throw new Error("E2E_BASE_URL is not set: the e2e global setup did not start the product");
  return url;
}

export const DEMO_PASSWORD = "demo1234";

let browser: Browser | undefined;

/**
 * Waits until React has hydrated the current document (AppProviders marks <html>): a click or a
 * keystroke before that may reach no handler, and a form would submit natively.
 */
export async function waitForHydration(page: Page): Promise<void> {
  await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
}

/**
 * A fresh browser context (own cookies) with one page, at 1440×900, zh-CN. Its `goto` returns
 * only once the page is hydrated, so a test never types into a page that is not listening yet.
 */
export async function newPage(): Promise<Page> {
  browser ??= await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: "zh-CN" });
  return hydratingGoto(await context.newPage());
}

/** A phone's user agent (iPhone Safari): the public pages count people, and a headless UA reads as a bot. */
export const PHONE_USER_AGENT =
  "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";

/**
 * A fresh browser context at a phone's viewport (375×667, touch, zh-CN, a phone's user agent) for
 * the public H5 pages. Plain `goto`: those pages run no JavaScript, so there is no hydration to await.
 */
export async function newPhonePage(): Promise<Page> {
  browser ??= await launchBrowser();
  const context = await browser.newContext({
    viewport: { width: 375, height: 667 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: "zh-CN",
    userAgent: PHONE_USER_AGENT,
  });
  return context.newPage();
}

export function hydratingGoto(page: Page): Page {
  const goto = page.goto.bind(page);
  page.goto = async (url, options) => {
    const response = await goto(url, options);
    const html = response === null || (response.headers()["content-type"] ?? "").includes("text/html");
    if (html) await waitForHydration(page);
    return response;
  };
  return page;
}

export async function closeBrowser(): Promise<void> {
  await browser?.close();
  browser = undefined;
}

/** Signs in through the login form as a person would, and waits for the console shell. */
export async function signIn(page: Page, loginName: string, password = DEMO_PASSWORD): Promise<void> {
  await page.context().clearCookies();
  await page.goto(`${baseUrl()}/login`);
  await page.locator("#login_loginName").fill(loginName);
  await page.locator("#login_password").fill(password);
  await page.getByTestId("login-submit").click();
  await page.getByTestId("console-menu").waitFor();
  await waitForHydration(page);
}

/**
 * The texts of every menu entry the shell shows (groups expanded). Each group is opened in turn
 * and its items are awaited before they are read, so nothing depends on animation timing; texts
 * are read with textContent, which does not care whether another group has collapsed since.
 */
export async function menuTexts(page: Page): Promise<string[]> {
  const menu = page.getByTestId("console-menu");
  const texts: string[] = [];
  // top-level entries (not in a group)
  texts.push(...(await menu.locator(":scope > li.ant-menu-item .ant-menu-title-content").allTextContents()));
  const groups = menu.locator(":scope > li.ant-menu-submenu");
  const count = await groups.count();
  for (let i = 0; i < count; i += 1) {
    const group = groups.nth(i);
    texts.push(...(await group.locator(":scope > .ant-menu-submenu-title .ant-menu-title-content").allTextContents()));
    await openMenuGroup(group);
    texts.push(...(await group.locator(":scope > ul.ant-menu-sub .ant-menu-title-content").allTextContents()));
  }
  return texts.map((t) => t.trim()).filter((t) => t.length > 0);
}

/** Opens one sider group (if closed) and waits until its items are rendered and visible. */
async function openMenuGroup(group: Locator): Promise<void> {
  const isOpen = () => group.evaluate((el) => el.classList.contains("ant-menu-submenu-open"));
  if (!(await isOpen())) await group.locator(":scope > .ant-menu-submenu-title").click();
  await expectEventually(isOpen);
  const items = group.locator(":scope > ul.ant-menu-sub > li.ant-menu-item");
  await items.first().waitFor({ state: "visible" });
  await items.last().waitFor({ state: "visible" });
}

/** Clicks a menu item inside a sider group, opening the group first if it is closed. */
export async function openMenuItem(page: Page, groupText: string, itemText: string): Promise<void> {
  const menu = page.getByTestId("console-menu");
  const group = menu.locator(":scope > li.ant-menu-submenu", {
    has: page.locator(":scope > .ant-menu-submenu-title", { hasText: groupText }),
  });
  await openMenuGroup(group);
  await group.locator("li.ant-menu-item", { hasText: itemText }).first().click();
}

/** Polls `check` until it holds (for states a re-render may still replace, e.g. a list refetching). */
export async function expectEventually(check: () => Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * 财务 › 充值: confirms the dialog and waits for the answer, the new row of 最近充值 (returned) or
 * the form's error, which fails the test with its text.
 */
export async function confirmTopUp(page: Page, reference: string): Promise<Locator> {
  await page.getByTestId("top-up-confirm").click();
  const row = page.getByTestId("top-up-table").locator("tr.ant-table-row", { hasText: reference });
  const error = page.getByTestId("top-up-error");
  await row.or(error).first().waitFor();
  if (await error.isVisible()) throw new Error(`the top-up was refused: ${await error.innerText()}`);
  return row;
}
