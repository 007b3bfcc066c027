import type { Viewer } from "../../access/viewer";

/**
 * Who may submit business requests and attach files to them: dealer accounts holding
 * (新)经销商-业务申请. Which requests: those the viewer sees, of its own dealer (the services
 * check). Vendor staff decide steps and read, never submit.
 */
export function mayAttachToRequests(viewer: Viewer): boolean {
  return (
    viewer.account.kind === "DEALER" && viewer.account.dealerId !== null && viewer.permissions.has("BUSINESS_REQUEST")
  );
}
