import { notFound } from "next/navigation";
import { RequestDetailPage } from "@/features/request/components/request-detail-page";
import { requireViewer } from "@/features/session/get-viewer";
import { findModule } from "@/features/shell/console-modules";
import { ForbiddenResult } from "@/features/shell/components/forbidden-result";
import { pageMetadata } from "@/features/shell/page-metadata";

export const generateMetadata = () => pageMetadata({ zh: "申请详情", en: "Business request" });

/**
 * 申请详情 (the message center's decision notices link here): part of 所有业务 for dealers and
 * for vendor staff (the API answers NOT_FOUND for requests the viewer can't see).
 */
export default async function RequestDetailRoute({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requireViewer();
  const owner = findModule(viewer, "/requests") ?? findModule(viewer, "/vendor/requests");
  if (!owner) notFound();
  return owner.visible(viewer) ? <RequestDetailPage id={id} /> : <ForbiddenResult />;
}
