import { chromium, type Browser } from "playwright-core";
import { chromiumPath } from "./chromium";

/** Flags for Debian's Chromium on a machine without outside network. */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

const INSTALL_HINT = "Chromium not found (set CHROMIUM_PATH or run: apt-get update && apt-get install -y chromium)";

/** Launches Chromium from CHROMIUM_PATH or /usr/bin/chromium; never a downloaded browser. */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error(INSTALL_HINT);
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
}

let hintPrinted = false;

/**
 * `describe` for browser suites. Without Chromium the suite is skipped after ONE line saying how
 * to install it — except under CI, where a missing browser fails loudly instead of passing quietly.
 */
export function describeWithBrowser(name: string, fn: () => void): void {
  if (chromiumPath()) {
    describe(name, fn);
    return;
  }
  if (process.env.CI) {
    describe(name, () => {
      test("needs Chromium", () => {
        throw new Error(`${INSTALL_HINT} — browser tests can't be skipped under CI`);
      });
    });
    return;
  }
  if (!hintPrinted) {
    hintPrinted = true;
    console.warn(`[e2e] skipped: ${INSTALL_HINT}`);
  }
  // No browser on this machine (and not CI): the suite is reported as skipped, not passed.
  const skipped: typeof describe = describe.skip;
  skipped(name, fn);
}
