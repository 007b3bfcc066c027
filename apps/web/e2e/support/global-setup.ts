import { chromiumPath } from "./chromium";
import { startProduct, type RunningProduct } from "./product";

export const PRODUCT_HANDLE = Symbol.for("crm.web.e2eProduct");
export type GlobalWithProduct = typeof globalThis & { [PRODUCT_HANDLE]?: RunningProduct };

/** Boots the product once for the browser tests; they read E2E_BASE_URL. */
export default async function globalSetup(): Promise<void> {
  if (!chromiumPath()) return; // the suites skip themselves and say how to install Chromium
  const product = await startProduct();
  (globalThis as GlobalWithProduct)[PRODUCT_HANDLE] = product;
  process.env.E2E_BASE_URL = product.url;
  // Tests that need rows the console cannot make (see support/rows.ts) reach the product's database.
  process.env.E2E_DATABASE_URL = product.database.url;
  console.log(`\n[e2e] product at ${product.url}; database: ${product.database.description}`);
}
