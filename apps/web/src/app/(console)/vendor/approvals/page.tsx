import { RequestListPage } from "@/features/request/components/request-list-page";
import { ForbiddenResult } from "@/features/shell/components/forbidden-result";
import { guardModule } from "@/features/shell/guard-module";
import { modulePageMetadata } from "@/features/shell/page-metadata";

export const generateMetadata = () => modulePageMetadata("/vendor/approvals");

export default async function ApprovalsPage() {
  const { allowed } = await guardModule("/vendor/approvals");
  return allowed ? <RequestListPage kind="approvals" /> : <ForbiddenResult />;
}
