import { modulePageMetadata } from "@/features/shell/page-metadata";
import { DealerListPage } from "@/features/dealer/components/dealer-list-page";
import { ForbiddenResult } from "@/features/shell/components/forbidden-result";
import { guardModule } from "@/features/shell/guard-module";

export const generateMetadata = () => modulePageMetadata("/vendor/dealers");

export default async function DealersPage() {
  const { allowed } = await guardModule("/vendor/dealers");
  return allowed ? <DealerListPage /> : <ForbiddenResult />;
}
