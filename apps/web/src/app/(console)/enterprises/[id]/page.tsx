import { pageMetadata } from "@/features/shell/page-metadata";
import { EnterpriseDetailPage } from "@/features/enterprise/components/enterprise-detail-page";
import { findModule } from "@/features/shell/console-modules";
import { ForbiddenResult } from "@/features/shell/components/forbidden-result";
import { ModulePlaceholder } from "@/features/shell/components/module-placeholder";
import { guardModule } from "@/features/shell/guard-module";

export const generateMetadata = () => pageMetadata({ zh: "企业详情", en: "Enterprise" });

/** 企业详情 (part of 全部录入企业; the API answers NOT_FOUND for rows the viewer can't see). */
export default async function EnterpriseDetailRoute({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { viewer, allowed } = await guardModule("/enterprises");
  // A menu module under /enterprises/… that has no route of its own yet (e.g. 公海库) lands
  // here: show its honest placeholder, as the catch-all route would.
  const sibling = findModule(viewer, `/enterprises/${id}`);
  if (sibling) {
    if (!sibling.visible(viewer)) return <ForbiddenResult />;
    return (
      <ModulePlaceholder
        module={{
          title: { zh: sibling.zh, en: sibling.en },
          about: sibling.about ? { zh: sibling.about.zh, en: sibling.about.en } : null,
        }}
      />
    );
  }
  return allowed ? <EnterpriseDetailPage id={id} /> : <ForbiddenResult />;
}
