import { modulePageMetadata } from "@/features/shell/page-metadata";
import { ProfileForm } from "@/features/settings/components/profile-form";
import { guardModule } from "@/features/shell/guard-module";

export const generateMetadata = () => modulePageMetadata("/settings/profile");

export default async function ProfilePage() {
  const { viewer } = await guardModule("/settings/profile");
  return <ProfileForm account={viewer.actor} acting={viewer.actingAs != null} />;
}
