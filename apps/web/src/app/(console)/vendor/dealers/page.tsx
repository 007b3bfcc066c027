import { DealerListPage } from "@/features/dealer/components/dealer-list-page";
import { ForbiddenResult } from "@/features/shell/components/forbidden-result";
import { guardModule } from "@/features/shell/guard-module";

export default async function DealersPage() {
  const { allowed } = await guardModule("/vendor/dealers");
  return allowed ? <DealerListPage /> : <ForbiddenResult />;
}
