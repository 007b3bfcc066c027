import type { Viewer } from "../../access/viewer";

/**
 * Who may change enterprises (create, edit, tag, contacts, follow-ups, reassign): dealer users
 * other than assistants (助理: "read everything, edit nothing"). Which rows they may change is the
 * access scope's business; vendor staff read every dealer's rows but change none here.
 */
export function mayEditEnterprises(viewer: Viewer): boolean {
  const account = viewer.account;
  return (
    account.kind === "DEALER" &&
    account.dealerId !== null &&
    account.accountType !== "ASSISTANT" &&
    !(viewer.permissions.has("ASSISTANT") && !viewer.permissions.has("ADMIN"))
  );
}
