import { RequestSubmitPage } from "@/features/request/components/request-submit-page";
import { hasPermission } from "@/features/session/viewer";
import { ForbiddenResult } from "@/features/shell/components/forbidden-result";
import { guardModule } from "@/features/shell/guard-module";
import { pageMetadata } from "@/features/shell/page-metadata";

export const generateMetadata = () => pageMetadata({ zh: "提交业务申请", en: "New business request" });

/** 提交业务申请: part of 所有业务, for dealer accounts holding 业务申请 (the API checks the same). */
export default async function NewRequestPage() {
  const { viewer, allowed } = await guardModule("/requests");
  return allowed && hasPermission(viewer, "BUSINESS_REQUEST") ? <RequestSubmitPage /> : <ForbiddenResult />;
}
