import { ApiKeyPage } from "@/features/api-key/components/api-key-page";
import { ForbiddenResult } from "@/features/shell/components/forbidden-result";
import { guardModule } from "@/features/shell/guard-module";
import { modulePageMetadata } from "@/features/shell/page-metadata";

export const generateMetadata = () => modulePageMetadata("/vendor/api-keys");

export default async function VendorApiKeysPage() {
  const { allowed } = await guardModule("/vendor/api-keys");
  return allowed ? <ApiKeyPage docsHref="/vendor/api-docs" ownerKind="VENDOR" /> : <ForbiddenResult />;
}
