import { ApiKeyPage } from "@/features/api-key/components/api-key-page";
import { ForbiddenResult } from "@/features/shell/components/forbidden-result";
import { guardModule } from "@/features/shell/guard-module";
import { modulePageMetadata } from "@/features/shell/page-metadata";

export const generateMetadata = () => modulePageMetadata("/accounts/api-keys");

export default async function DealerApiKeysPage() {
  const { allowed } = await guardModule("/accounts/api-keys");
  return allowed ? <ApiKeyPage docsHref="/accounts/api-docs" ownerKind="DEALER" /> : <ForbiddenResult />;
}
