import { pageMetadata } from "@/features/shell/page-metadata";
import { EnterpriseCreatePage } from "@/features/enterprise/components/enterprise-create-page";
import { canEditEnterprises } from "@/features/enterprise/enterprise-access";
import { ForbiddenResult } from "@/features/shell/components/forbidden-result";
import { guardModule } from "@/features/shell/guard-module";

export const generateMetadata = () => pageMetadata({ zh: "新建企业", en: "New enterprise" });

/** 新建企业: part of 全部录入企业; assistants (read only) are refused here as by the API. */
export default async function NewEnterprisePage() {
  const { viewer, allowed } = await guardModule("/enterprises");
  return allowed && canEditEnterprises(viewer) ? <EnterpriseCreatePage /> : <ForbiddenResult />;
}
