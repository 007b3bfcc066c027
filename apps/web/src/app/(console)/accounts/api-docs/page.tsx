import { ApiDocsPage } from "@/features/api-docs/components/api-docs-page";
import { loadPartnerApiDoc } from "@/features/api-docs/load-partner-api-doc";
import { requestOrigin } from "@/features/api-docs/request-origin";
import { ForbiddenResult } from "@/features/shell/components/forbidden-result";
import { guardModule } from "@/features/shell/guard-module";
import { modulePageMetadata } from "@/features/shell/page-metadata";

export const generateMetadata = () => modulePageMetadata("/accounts/api-docs");

export default async function DealerApiDocsPage() {
  const { allowed } = await guardModule("/accounts/api-docs");
  if (!allowed) return <ForbiddenResult />;
  const [markdown, origin] = await Promise.all([loadPartnerApiDoc(), requestOrigin()]);
  return <ApiDocsPage markdown={markdown} origin={origin} keysHref="/accounts/api-keys" />;
}
