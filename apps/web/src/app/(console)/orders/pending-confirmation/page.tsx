import { modulePageMetadata } from "@/features/shell/page-metadata";
import { OrderListPage } from "@/features/order/components/order-list-page";
import { ForbiddenResult } from "@/features/shell/components/forbidden-result";
import { guardModule } from "@/features/shell/guard-module";

export const generateMetadata = () => modulePageMetadata("/orders/pending-confirmation");

export default async function PendingConfirmationOrdersPage() {
  const { allowed } = await guardModule("/orders/pending-confirmation");
  return allowed ? <OrderListPage kind="pending-confirmation" /> : <ForbiddenResult />;
}
