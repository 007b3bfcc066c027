import { modulePageMetadata } from "@/features/shell/page-metadata";
import { EnterpriseListPage } from "@/features/enterprise/components/enterprise-list-page";
import { ForbiddenResult } from "@/features/shell/components/forbidden-result";
import { guardModule } from "@/features/shell/guard-module";

export const generateMetadata = () => modulePageMetadata("/enterprises");

export default async function EnterprisesPage() {
  const { allowed } = await guardModule("/enterprises");
  return allowed ? <EnterpriseListPage kind="all" /> : <ForbiddenResult />;
}
