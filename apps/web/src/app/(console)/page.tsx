import { guardModule } from "@/features/shell/guard-module";
import { Workbench } from "@/features/workbench/components/workbench";

export default async function WorkbenchPage() {
  const { viewer } = await guardModule("/");
  return <Workbench viewer={viewer} />;
}
