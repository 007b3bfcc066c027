import { isDealerAdmin, isVendorViewer, hasPermission, type Viewer } from "../session/viewer";

/**
 * Dealer users other than assistants change enterprises (create, edit, tags, contacts,
 * follow-ups); mirrors the API's `mayEditEnterprises`. The API decides; this only hides UI.
 */
export function canEditEnterprises(viewer: Viewer): boolean {
  if (isVendorViewer(viewer) || !viewer.account.dealer) return false;
  if (viewer.account.accountType === "ASSISTANT") return false;
  return !(hasPermission(viewer, "ASSISTANT") && !hasPermission(viewer, "ADMIN"));
}

/** Tags are the dealer's global information: its admins define them (API rule isDealerAdmin). */
export function canManageTags(viewer: Viewer): boolean {
  return isDealerAdmin(viewer);
}
