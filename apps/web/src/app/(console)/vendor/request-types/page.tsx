import { RequestTypesPage } from "@/features/request/components/request-types-page";
import { ForbiddenResult } from "@/features/shell/components/forbidden-result";
import { guardModule } from "@/features/shell/guard-module";
import { modulePageMetadata } from "@/features/shell/page-metadata";

export const generateMetadata = () => modulePageMetadata("/vendor/request-types");

export default async function RequestTypesRoute() {
  const { allowed } = await guardModule("/vendor/request-types");
  return allowed ? <RequestTypesPage /> : <ForbiddenResult />;
}
