import { RequestListPage } from "@/features/request/components/request-list-page";
import { ForbiddenResult } from "@/features/shell/components/forbidden-result";
import { guardModule } from "@/features/shell/guard-module";
import { modulePageMetadata } from "@/features/shell/page-metadata";

export const generateMetadata = () => modulePageMetadata("/vendor/requests");

export default async function VendorRequestsPage() {
  const { allowed } = await guardModule("/vendor/requests");
  return allowed ? <RequestListPage kind="vendor-all" /> : <ForbiddenResult />;
}
