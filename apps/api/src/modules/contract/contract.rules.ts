import type { Viewer } from "../../access/viewer";

/**
 * Who may upload (and delete) an order's contract files: dealer accounts holding (新)经销商-合同上传.
 * Which orders: those the viewer sees, of its own dealer (the service checks). Vendor staff only read.
 */
export function mayUploadContracts(viewer: Viewer): boolean {
  return (
    viewer.account.kind === "DEALER" && viewer.account.dealerId !== null && viewer.permissions.has("CONTRACT_UPLOAD")
  );
}
