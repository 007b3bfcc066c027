import { modulePageMetadata } from "@/features/shell/page-metadata";
import { notFound } from "next/navigation";
import { ForbiddenResult } from "@/features/shell/components/forbidden-result";
import { ModulePlaceholder } from "@/features/shell/components/module-placeholder";
import { guardModule } from "@/features/shell/guard-module";

export async function generateMetadata({ params }: { params: Promise<{ slug: string[] }> }) {
  const { slug } = await params;
  return modulePageMetadata(`/${slug.join("/")}`);
}

/** Menu modules that are not built yet get an honest placeholder; unknown paths are 404. */
export default async function ModuleNotYetBuiltPage({ params }: { params: Promise<{ slug: string[] }> }) {
  const { slug } = await params;
  const { module, allowed } = await guardModule(`/${slug.join("/")}`);
  if (module.built) notFound(); // a built module has its own route; never shadow it here
  if (!allowed) return <ForbiddenResult />;
  return (
    <ModulePlaceholder
      module={{
        title: { zh: module.zh, en: module.en },
        about: module.about ? { zh: module.about.zh, en: module.about.en } : null,
      }}
    />
  );
}
