import { MessagesPage } from "@/features/notice/components/messages-page";
import { ForbiddenResult } from "@/features/shell/components/forbidden-result";
import { guardModule } from "@/features/shell/guard-module";
import { modulePageMetadata } from "@/features/shell/page-metadata";

export const generateMetadata = () => modulePageMetadata("/messages");

export default async function MessagesRoutePage() {
  const { allowed } = await guardModule("/messages");
  return allowed ? <MessagesPage /> : <ForbiddenResult />;
}
