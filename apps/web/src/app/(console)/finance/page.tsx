import { modulePageMetadata } from "@/features/shell/page-metadata";
import { DealerInfoPage } from "@/features/ledger/components/dealer-info-page";
import { ForbiddenResult } from "@/features/shell/components/forbidden-result";
import { guardModule } from "@/features/shell/guard-module";

export const generateMetadata = () => modulePageMetadata("/finance");

export default async function FinancePage() {
  const { allowed } = await guardModule("/finance");
  return allowed ? <DealerInfoPage /> : <ForbiddenResult />;
}
