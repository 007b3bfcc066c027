import { modulePageMetadata } from "@/features/shell/page-metadata";
import { DealerQuotasPage } from "@/features/registration/components/dealer-quotas-page";
import { ForbiddenResult } from "@/features/shell/components/forbidden-result";
import { guardModule } from "@/features/shell/guard-module";

export const generateMetadata = () => modulePageMetadata("/vendor/quotas");

export default async function VendorQuotasPage() {
  const { allowed } = await guardModule("/vendor/quotas");
  return allowed ? <DealerQuotasPage /> : <ForbiddenResult />;
}
