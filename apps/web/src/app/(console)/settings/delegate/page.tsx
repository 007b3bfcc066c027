import { modulePageMetadata } from "@/features/shell/page-metadata";
import { DelegatePanel } from "@/features/settings/components/delegate-panel";
import { guardModule } from "@/features/shell/guard-module";

export const generateMetadata = () => modulePageMetadata("/settings/delegate");

export default async function DelegatePage() {
  const { viewer } = await guardModule("/settings/delegate");
  return <DelegatePanel viewer={viewer} />;
}
