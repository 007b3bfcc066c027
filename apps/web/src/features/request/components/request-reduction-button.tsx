"use client";

import { FileAddOutlined } from "@ant-design/icons";
import { Button, Tooltip } from "antd";
import Link from "next/link";
import { useMessages } from "@/shared/i18n/lang-provider";
import { useViewer } from "../../session/components/viewer-provider";
import { hasPermission, isVendorViewer } from "../../session/viewer";
import { requestMessages } from "../request.messages";

/**
 * 申请减免 on a 待扣款 order (SPEC §8): opens the submit page with 减免订单总金额 chosen and the
 * order number filled in. Shown to dealer accounts holding 业务申请 only.
 */
export function RequestReductionButton({ orderNo, status }: { orderNo: string; status: string }) {
  const t = useMessages(requestMessages);
  const viewer = useViewer();
  if (status !== "PENDING_PAYMENT" || isVendorViewer(viewer) || !hasPermission(viewer, "BUSINESS_REQUEST")) return null;
  const href = `/requests/new?${new URLSearchParams({ type: "ORDER_REDUCTION", orderNo }).toString()}`;
  return (
    <Tooltip title={t.reduceOrderHint} mouseEnterDelay={0.6}>
      <Link href={href}>
        <Button icon={<FileAddOutlined />} data-testid="order-request-reduction">
          {t.reduceOrder}
        </Button>
      </Link>
    </Tooltip>
  );
}
