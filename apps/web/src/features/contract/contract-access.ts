import { hasPermission, isVendorViewer, type Viewer } from "../session/viewer";

/**
 * 合同上传: dealer accounts holding (新)经销商-合同上传 upload and delete contract files of their
 * dealer's orders (API: the upload route and rule canUploadContracts). The API decides.
 */
export function canUploadContracts(viewer: Viewer): boolean {
  return !isVendorViewer(viewer) && hasPermission(viewer, "CONTRACT_UPLOAD");
}
