import { modulePageMetadata } from "@/features/shell/page-metadata";
import { TopUpPage } from "@/features/ledger/components/top-up-page";
import { ForbiddenResult } from "@/features/shell/components/forbidden-result";
import { guardModule } from "@/features/shell/guard-module";

export const generateMetadata = () => modulePageMetadata("/vendor/top-ups");

export default async function VendorTopUpsPage() {
  const { allowed } = await guardModule("/vendor/top-ups");
  return allowed ? <TopUpPage /> : <ForbiddenResult />;
}
