import { modulePageMetadata } from "@/features/shell/page-metadata";
import { EnterpriseListPage } from "@/features/enterprise/components/enterprise-list-page";
import { ForbiddenResult } from "@/features/shell/components/forbidden-result";
import { guardModule } from "@/features/shell/guard-module";

export const generateMetadata = () => modulePageMetadata("/enterprises/routed");

export default async function RoutedEnterprisesPage() {
  const { allowed } = await guardModule("/enterprises/routed");
  return allowed ? <EnterpriseListPage kind="routed" /> : <ForbiddenResult />;
}
