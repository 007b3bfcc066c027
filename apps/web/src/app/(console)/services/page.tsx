import { modulePageMetadata } from "@/features/shell/page-metadata";
import { ServiceListPage } from "@/features/service/components/service-list-page";
import { ForbiddenResult } from "@/features/shell/components/forbidden-result";
import { guardModule } from "@/features/shell/guard-module";

export const generateMetadata = () => modulePageMetadata("/services");

export default async function ServicesPage() {
  const { allowed } = await guardModule("/services");
  return allowed ? <ServiceListPage /> : <ForbiddenResult />;
}
