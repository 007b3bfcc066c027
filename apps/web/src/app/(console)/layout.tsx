import type { ReactNode } from "react";
import { ConsoleShell } from "@/features/shell/components/console-shell";
import { requireViewer } from "@/features/session/get-viewer";

// Reads the session cookie on every request: never prerendered.
export const dynamic = "force-dynamic";

export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  // The server asks the API who is signed in; no session → /login (middleware is not trusted alone).
  const viewer = await requireViewer();
  return <ConsoleShell viewer={viewer}>{children}</ConsoleShell>;
}
