import { modulePageMetadata } from "@/features/shell/page-metadata";
import { AuditLogPage } from "@/features/audit/components/audit-log-page";
import { ForbiddenResult } from "@/features/shell/components/forbidden-result";
import { guardModule } from "@/features/shell/guard-module";

export const generateMetadata = () => modulePageMetadata("/accounts/audit-logs");

export default async function DealerAuditLogPage() {
  const { allowed } = await guardModule("/accounts/audit-logs");
  return allowed ? <AuditLogPage /> : <ForbiddenResult />;
}
