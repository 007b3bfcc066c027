import { modulePageMetadata } from "@/features/shell/page-metadata";
import { OrderListPage } from "@/features/order/components/order-list-page";
import { ForbiddenResult } from "@/features/shell/components/forbidden-result";
import { guardModule } from "@/features/shell/guard-module";

export const generateMetadata = () => modulePageMetadata("/orders");

export default async function OrdersPage() {
  const { allowed } = await guardModule("/orders");
  return allowed ? <OrderListPage kind="all" /> : <ForbiddenResult />;
}
