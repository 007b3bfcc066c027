import { createRequire } from "node:module";
import { resolve } from "node:path";

/**
 * The product's own code, from the API's build output (apps/api/dist): its migrations, its
 * reference-data seeds and its password hashing. Nothing of the schema is repeated here.
 */
export const API_DIST = resolve(__dirname, "../../../apps/api/dist");

interface DataSourceLike {
  initialize(): Promise<DataSourceLike>;
  destroy(): Promise<void>;
}

export interface ProductModules {
  migrate(url: string): Promise<void>;
  createDataSource(url: string, poolSize?: number): DataSourceLike;
  seedProductLines(dataSource: DataSourceLike): Promise<void>;
  seedCatalogue(dataSource: DataSourceLike): Promise<void>;
  hashPassword(password: string): Promise<string>;
  vendorStaff: readonly { loginName: string; realName: string; roles: readonly string[] }[];
}

export function loadProduct(): ProductModules {
  const load = createRequire(resolve(API_DIST, "index.js"));
  load("reflect-metadata");
  const need = <T>(path: string): T => load(resolve(API_DIST, path)) as T;
  const { migrate } = need<Pick<ProductModules, "migrate">>("database/migrate.js");
  const { createDataSource } = need<Pick<ProductModules, "createDataSource">>("database/data-source.js");
  const { seedProductLines } = need<Pick<ProductModules, "seedProductLines">>("database/seeds/seed.js");
  const { seedCatalogue } = need<Pick<ProductModules, "seedCatalogue">>("database/seeds/catalogue-seed.js");
  const { hashPassword } = need<Pick<ProductModules, "hashPassword">>("shared/password.js");
  const { DEMO_VENDOR_STAFF } = need<{ DEMO_VENDOR_STAFF: ProductModules["vendorStaff"] }>(
    "database/seeds/demo-data.js",
  );
  return { migrate, createDataSource, seedProductLines, seedCatalogue, hashPassword, vendorStaff: DEMO_VENDOR_STAFF };
}
