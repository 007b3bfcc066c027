import { modulePageMetadata } from "@/features/shell/page-metadata";
import { AccountQuotasPage } from "@/features/registration/components/account-quotas-page";
import { ForbiddenResult } from "@/features/shell/components/forbidden-result";
import { guardModule } from "@/features/shell/guard-module";

export const generateMetadata = () => modulePageMetadata("/accounts/quotas");

export default async function AccountQuotasRoute() {
  const { allowed } = await guardModule("/accounts/quotas");
  return allowed ? <AccountQuotasPage /> : <ForbiddenResult />;
}
