import { RequestListPage } from "@/features/request/components/request-list-page";
import { ForbiddenResult } from "@/features/shell/components/forbidden-result";
import { guardModule } from "@/features/shell/guard-module";
import { modulePageMetadata } from "@/features/shell/page-metadata";

export const generateMetadata = () => modulePageMetadata("/requests/todo");

export default async function TodoRequestsPage() {
  const { allowed } = await guardModule("/requests/todo");
  return allowed ? <RequestListPage kind="todo" /> : <ForbiddenResult />;
}
