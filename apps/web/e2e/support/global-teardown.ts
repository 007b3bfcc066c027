import { PRODUCT_HANDLE, type GlobalWithProduct } from "./global-setup";

export default async function globalTeardown(): Promise<void> {
  const product = (globalThis as GlobalWithProduct)[PRODUCT_HANDLE];
  await product?.stop();
}
