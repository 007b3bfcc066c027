import { modulePageMetadata } from "@/features/shell/page-metadata";
import { AccountListPage } from "@/features/account/components/account-list-page";
import { ForbiddenResult } from "@/features/shell/components/forbidden-result";
import { guardModule } from "@/features/shell/guard-module";

export const generateMetadata = () => modulePageMetadata("/accounts");

export default async function AccountsPage() {
  const { allowed } = await guardModule("/accounts");
  return allowed ? <AccountListPage /> : <ForbiddenResult />;
}
