import { CatalogPage } from "@/features/catalog/components/catalog-page";
import { modulePageMetadata } from "@/features/shell/page-metadata";
import { ForbiddenResult } from "@/features/shell/components/forbidden-result";
import { guardModule } from "@/features/shell/guard-module";

export const generateMetadata = () => modulePageMetadata("/vendor/catalog");

export default async function VendorCatalogPage() {
  const { allowed } = await guardModule("/vendor/catalog");
  return allowed ? <CatalogPage /> : <ForbiddenResult />;
}
