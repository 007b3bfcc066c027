import { modulePageMetadata } from "@/features/shell/page-metadata";
import { InvoiceQueuePage } from "@/features/invoice/components/invoice-queue-page";
import { ForbiddenResult } from "@/features/shell/components/forbidden-result";
import { guardModule } from "@/features/shell/guard-module";

export const generateMetadata = () => modulePageMetadata("/vendor/invoices");

export default async function VendorInvoicesPage() {
  const { allowed } = await guardModule("/vendor/invoices");
  return allowed ? <InvoiceQueuePage /> : <ForbiddenResult />;
}
