import { notFound } from "next/navigation";
import { OrderDetailPage } from "@/features/order/components/order-detail-page";
import { requireViewer } from "@/features/session/get-viewer";
import { findModule } from "@/features/shell/console-modules";
import { ForbiddenResult } from "@/features/shell/components/forbidden-result";
import { pageMetadata } from "@/features/shell/page-metadata";

export const generateMetadata = () => pageMetadata({ zh: "订单详情", en: "Order" });

/**
 * 订单详情: part of 全部订单 for dealers and of 订单确认 for vendor staff (the API answers
 * NOT_FOUND for orders the viewer can't see).
 */
export default async function OrderDetailRoute({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requireViewer();
  const owner = findModule(viewer, "/orders") ?? findModule(viewer, "/vendor/order-confirmation");
  if (!owner) notFound();
  return owner.visible(viewer) ? <OrderDetailPage id={id} /> : <ForbiddenResult />;
}
