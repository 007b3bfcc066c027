import { modulePageMetadata } from "@/features/shell/page-metadata";
import { guardModule } from "@/features/shell/guard-module";
import { Workbench } from "@/features/workbench/components/workbench";

export const generateMetadata = () => modulePageMetadata("/");

export default async function WorkbenchPage() {
  const { viewer } = await guardModule("/");
  return <Workbench viewer={viewer} />;
}
