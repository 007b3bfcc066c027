import { DealerDiscountsPage } from "@/features/pricing/components/dealer-discounts-page";
import { modulePageMetadata } from "@/features/shell/page-metadata";
import { ForbiddenResult } from "@/features/shell/components/forbidden-result";
import { guardModule } from "@/features/shell/guard-module";

export const generateMetadata = () => modulePageMetadata("/vendor/discounts");

export default async function VendorDiscountsPage() {
  const { allowed } = await guardModule("/vendor/discounts");
  return allowed ? <DealerDiscountsPage /> : <ForbiddenResult />;
}
