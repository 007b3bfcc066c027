import { AuditLogPage } from "@/features/audit/components/audit-log-page";
import { ForbiddenResult } from "@/features/shell/components/forbidden-result";
import { guardModule } from "@/features/shell/guard-module";

export default async function VendorAuditLogPage() {
  const { allowed } = await guardModule("/vendor/audit-logs");
  return allowed ? <AuditLogPage /> : <ForbiddenResult />;
}
