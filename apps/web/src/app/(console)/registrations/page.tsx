import { modulePageMetadata } from "@/features/shell/page-metadata";
import { RegistrationListPage } from "@/features/registration/components/registration-list-page";
import { ForbiddenResult } from "@/features/shell/components/forbidden-result";
import { guardModule } from "@/features/shell/guard-module";

export const generateMetadata = () => modulePageMetadata("/registrations");

export default async function RegistrationsPage() {
  const { allowed } = await guardModule("/registrations");
  return allowed ? <RegistrationListPage /> : <ForbiddenResult />;
}
