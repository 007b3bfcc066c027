import { modulePageMetadata } from "@/features/shell/page-metadata";
import { OrderConfirmationPage } from "@/features/order/components/order-confirmation-page";
import { ForbiddenResult } from "@/features/shell/components/forbidden-result";
import { guardModule } from "@/features/shell/guard-module";

export const generateMetadata = () => modulePageMetadata("/vendor/order-confirmation");

export default async function VendorOrderConfirmationPage() {
  const { allowed } = await guardModule("/vendor/order-confirmation");
  return allowed ? <OrderConfirmationPage /> : <ForbiddenResult />;
}
