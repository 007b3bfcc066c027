import type { Browser, Page } from "playwright-core";
import { launchBrowser } from "./browser";

/** The product booted by global-setup.ts. */
export function baseUrl(): string {
  const url = process.env.E2E_BASE_URL;
  if (!url) throw new Error("E2E_BASE_URL is not set: the e2e global setup did not start the product");
  return url;
}

export const DEMO_PASSWORD = "demo1234";

let browser: Browser | undefined;

/** A fresh browser context (own cookies) with one page, at 1440×900, zh-CN. */
export async function newPage(): Promise<Page> {
  browser ??= await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: "zh-CN" });
  return context.newPage();
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
}

/** The texts of every menu entry the shell shows (groups expanded). */
export async function menuTexts(page: Page): Promise<string[]> {
  const menu = page.getByTestId("console-menu");
  const groups = menu.locator(".ant-menu-submenu-title");
  for (let i = 0; i < (await groups.count()); i += 1) {
    const group = groups.nth(i);
    const open = await group.evaluate((el) => el.parentElement?.classList.contains("ant-menu-submenu-open") ?? false);
    if (!open) await group.click();
  }
  await page.waitForTimeout(300);
  return (await menu.locator(".ant-menu-title-content").allInnerTexts()).map((t) => t.trim());
}
