import { isDealerAdmin, type Viewer } from "../../access/viewer";

/**
 * Whose inbox a viewer reads: the effective account's (when acting as delegate, the
 * principal's), with whether that account is one of its dealer's admins. Vendor staff have no
 * inbox. Every notice query and write goes through this, so a dealer never reaches another
 * dealer's notices by any path.
 */
export interface Inbox {
  dealerId: string;
  accountId: string;
  /** 管理员 account type or the ADMIN permission: domain notices and every reminder of the dealer. */
  admin: boolean;
}

export function inboxOf(viewer: Viewer | null): Inbox | null {
  const account = viewer?.account;
  if (!viewer || !account || account.kind !== "DEALER" || !account.dealerId) return null;
  return { dealerId: account.dealerId, accountId: account.id, admin: isDealerAdmin(viewer) };
}
