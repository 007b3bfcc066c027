import { CampaignListPage } from "@/features/campaign/components/campaign-list-page";
import { ForbiddenResult } from "@/features/shell/components/forbidden-result";
import { guardModule } from "@/features/shell/guard-module";
import { modulePageMetadata } from "@/features/shell/page-metadata";

export const generateMetadata = () => modulePageMetadata("/campaigns");

export default async function CampaignsPage() {
  const { allowed } = await guardModule("/campaigns");
  return allowed ? <CampaignListPage /> : <ForbiddenResult />;
}
