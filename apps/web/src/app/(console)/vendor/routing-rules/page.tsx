import { RoutingRulesPage } from "@/features/routing/components/routing-rules-page";
import { ForbiddenResult } from "@/features/shell/components/forbidden-result";
import { guardModule } from "@/features/shell/guard-module";

export default async function VendorRoutingRulesPage() {
  const { allowed } = await guardModule("/vendor/routing-rules");
  return allowed ? <RoutingRulesPage /> : <ForbiddenResult />;
}
