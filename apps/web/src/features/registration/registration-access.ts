import { mayRegisterDeals } from "@crm/domain";
import { canEditEnterprises } from "../enterprise/enterprise-access";
import { isVendorViewer, type Viewer } from "../session/viewer";

/** 报备锁定: dealer accounts holding 基本权限(含报备权) (API rule canRegisterDeals). The API decides. */
export function canRegisterDeals(viewer: Viewer): boolean {
  return !isVendorViewer(viewer) && mayRegisterDeals(viewer.permissions);
}

/** 解锁: dealer users other than assistants, on rows they see (API rule canEditEnterprises). */
export function canUnlockRegistrations(viewer: Viewer): boolean {
  return canEditEnterprises(viewer);
}
