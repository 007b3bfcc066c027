import { modulePageMetadata } from "@/features/shell/page-metadata";
import { EnterpriseListPage } from "@/features/enterprise/components/enterprise-list-page";
import { ForbiddenResult } from "@/features/shell/components/forbidden-result";
import { guardModule } from "@/features/shell/guard-module";

export const generateMetadata = () => modulePageMetadata("/enterprises/trial-expired");

export default async function TrialExpiredEnterprisesPage() {
  const { allowed } = await guardModule("/enterprises/trial-expired");
  return allowed ? <EnterpriseListPage kind="trial-expired" /> : <ForbiddenResult />;
}
