import { LeadsPage } from "@/features/routing/components/leads-page";
import { ForbiddenResult } from "@/features/shell/components/forbidden-result";
import { guardModule } from "@/features/shell/guard-module";

export default async function VendorLeadsPage() {
  const { allowed } = await guardModule("/vendor/leads");
  return allowed ? <LeadsPage /> : <ForbiddenResult />;
}
