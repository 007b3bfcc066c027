import { CampaignEditPage } from "@/features/campaign/components/campaign-edit-page";
import { ForbiddenResult } from "@/features/shell/components/forbidden-result";
import { guardModule } from "@/features/shell/guard-module";
import { modulePageMetadata } from "@/features/shell/page-metadata";

export const generateMetadata = () => modulePageMetadata("/campaigns");

export default async function EditCampaignRoute({ params }: { params: Promise<{ id: string }> }) {
  const { allowed } = await guardModule("/campaigns");
  return allowed ? <CampaignEditPage id={(await params).id} /> : <ForbiddenResult />;
}
