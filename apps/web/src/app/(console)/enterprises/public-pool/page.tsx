import { PublicPoolPage } from "@/features/public-pool/components/public-pool-page";
import { ForbiddenResult } from "@/features/shell/components/forbidden-result";
import { guardModule } from "@/features/shell/guard-module";

export default async function EnterprisesPublicPoolPage() {
  const { allowed } = await guardModule("/enterprises/public-pool");
  return allowed ? <PublicPoolPage /> : <ForbiddenResult />;
}
