import { modulePageMetadata } from "@/features/shell/page-metadata";
import { AuditLogPage } from "@/features/audit/components/audit-log-page";
import { ForbiddenResult } from "@/features/shell/components/forbidden-result";
import { guardModule } from "@/features/shell/guard-module";

export const generateMetadata = () => modulePageMetadata("/vendor/audit-logs");

export default async function VendorAuditLogPage() {
  const { allowed } = await guardModule("/vendor/audit-logs");
  return allowed ? <AuditLogPage /> : <ForbiddenResult />;
}
