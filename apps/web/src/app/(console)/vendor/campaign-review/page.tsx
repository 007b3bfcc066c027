import { CampaignReviewPage } from "@/features/campaign/components/campaign-review-page";
import { ForbiddenResult } from "@/features/shell/components/forbidden-result";
import { guardModule } from "@/features/shell/guard-module";
import { modulePageMetadata } from "@/features/shell/page-metadata";

export const generateMetadata = () => modulePageMetadata("/vendor/campaign-review");

export default async function VendorCampaignReviewRoute() {
  const { allowed } = await guardModule("/vendor/campaign-review");
  return allowed ? <CampaignReviewPage /> : <ForbiddenResult />;
}
