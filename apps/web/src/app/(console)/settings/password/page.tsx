import { modulePageMetadata } from "@/features/shell/page-metadata";
import { PasswordForm } from "@/features/settings/components/password-form";
import { guardModule } from "@/features/shell/guard-module";

export const generateMetadata = () => modulePageMetadata("/settings/password");

export default async function PasswordPage() {
  const { viewer } = await guardModule("/settings/password");
  return <PasswordForm acting={viewer.actingAs != null} />;
}
