import { AnnouncementsPage } from "@/features/notice/components/announcements-page";
import { ForbiddenResult } from "@/features/shell/components/forbidden-result";
import { guardModule } from "@/features/shell/guard-module";
import { modulePageMetadata } from "@/features/shell/page-metadata";

export const generateMetadata = () => modulePageMetadata("/vendor/announcements");

export default async function VendorAnnouncementsPage() {
  const { allowed } = await guardModule("/vendor/announcements");
  return allowed ? <AnnouncementsPage /> : <ForbiddenResult />;
}
