import { CampaignStatsPage } from "@/features/campaign/components/campaign-stats-page";
import { ForbiddenResult } from "@/features/shell/components/forbidden-result";
import { guardModule } from "@/features/shell/guard-module";
import { modulePageMetadata } from "@/features/shell/page-metadata";

export const generateMetadata = () => modulePageMetadata("/campaigns");

export default async function CampaignStatsRoute({ params }: { params: Promise<{ id: string }> }) {
  const { allowed } = await guardModule("/campaigns");
  return allowed ? <CampaignStatsPage id={(await params).id} /> : <ForbiddenResult />;
}
