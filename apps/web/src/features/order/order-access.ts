import type { OrderStatus } from "@/gql/graphql";
import { hasAnyPermission, hasAnyVendorRole, hasPermission, isVendorViewer, type Viewer } from "../session/viewer";

/** 提单: dealer accounts with 查询公开价格、提单 or 查看结算价、查看折扣、提单 (API rule canSubmitOrders). */
export function canSubmitOrders(viewer: Viewer): boolean {
  return !isVendorViewer(viewer) && hasAnyPermission(viewer, ["LIST_PRICE_ORDER", "SETTLEMENT_ORDER"]);
}

/** 扣款、关闭订单 (API rule canPayOrders). */
export function canPayOrders(viewer: Viewer): boolean {
  return !isVendorViewer(viewer) && hasPermission(viewer, "PAY_CLOSE_ORDER");
}

/** 合同上传 on the dealer's own orders (API rule mayUploadContracts; the service checks the order's dealer). */
export function canUploadContracts(viewer: Viewer): boolean {
  return !isVendorViewer(viewer) && hasPermission(viewer, "CONTRACT_UPLOAD");
}

/** 订单确认: vendor operations and platform admins (API rule isOperations). */
export function canConfirmOrders(viewer: Viewer): boolean {
  return isVendorViewer(viewer) && hasAnyVendorRole(viewer, ["OPERATIONS", "PLATFORM_ADMIN"]);
}

/** Which amount columns the viewer can see at all (the API sends null for the others). */
export interface AmountVisibility {
  list: boolean;
  settlement: boolean;
  due: boolean;
}

export function amountVisibility(viewer: Viewer): AmountVisibility {
  if (isVendorViewer(viewer)) return { list: true, settlement: true, due: true };
  const settlement = hasPermission(viewer, "SETTLEMENT_ORDER");
  return {
    list: hasPermission(viewer, "LIST_PRICE_ORDER"),
    settlement,
    due: settlement || hasPermission(viewer, "PAY_CLOSE_ORDER"),
  };
}

export function isOpenStatus(status: OrderStatus): boolean {
  return status === "PENDING_CONFIRMATION" || status === "PENDING_PAYMENT";
}
