"use client";

import { Button, Space } from "antd";
import { useState } from "react";
import type { OrderType } from "@/gql/graphql";
import { useMessages } from "@/shared/i18n/lang-provider";
import { useViewer } from "../../session/components/viewer-provider";
import { canSubmitOrders } from "../order-access";
import { orderMessages } from "../order.messages";
import {
  OrderCreateDialog,
  servicesForType,
  type OrderDialogEnterprise,
  type OrderDialogService,
} from "./order-create-dialog";

/**
 * The order buttons of one service: 扩容 / 续费 for a paid service, 转正 / 延期 for a trial. Each
 * opens the order dialog for that service. Nothing for viewers who may not submit orders.
 */
export function ServiceOrderActions({
  service,
  enterprise,
  onCreated,
}: {
  service: OrderDialogService;
  enterprise?: OrderDialogEnterprise;
  onCreated?: () => void;
}) {
  const t = useMessages(orderMessages);
  const viewer = useViewer();
  const [type, setType] = useState<OrderType | null>(null);
  if (!canSubmitOrders(viewer)) return null;

  const offered: { type: OrderType; label: string }[] =
    service.kind === "PAID"
      ? [
          { type: "EXPANSION", label: t.actExpand },
          { type: "RENEWAL", label: t.actRenew },
        ]
      : [
          { type: "TRIAL_CONVERT", label: t.actConvert },
          { type: "TRIAL_EXTEND", label: t.actExtend },
        ];
  // 扩容 needs a running service; an expired paid one can only be renewed.
  const available = offered.filter((o) => servicesForType(o.type, [service]).length > 0);

  return (
    <>
      <Space size={0}>
        {available.map((o) => (
          <Button
            key={o.type}
            type="link"
            size="small"
            onClick={() => setType(o.type)}
            data-testid={`service-order-${o.type}`}
          >
            {o.label}
          </Button>
        ))}
      </Space>
      <OrderCreateDialog
        open={type !== null}
        type={type ?? "RENEWAL"}
        enterprise={enterprise}
        service={service}
        onClose={() => setType(null)}
        onCreated={onCreated}
      />
    </>
  );
}

/**
 * The order buttons of an enterprise list row (试用过期企业: 转正 / 延期; 企业待续费: 续费): the
 * dialog offers the enterprise's matching services.
 */
export function EnterpriseRowOrderActions({
  enterprise,
  types,
  onCreated,
}: {
  enterprise: OrderDialogEnterprise;
  types: readonly OrderType[];
  onCreated?: () => void;
}) {
  const t = useMessages(orderMessages);
  const viewer = useViewer();
  const [type, setType] = useState<OrderType | null>(null);
  if (!canSubmitOrders(viewer)) return null;
  const label: Partial<Record<OrderType, string>> = {
    EXPANSION: t.actExpand,
    RENEWAL: t.actRenew,
    TRIAL_CONVERT: t.actConvert,
    TRIAL_EXTEND: t.actExtend,
  };
  const available = types.filter((ty) => servicesForType(ty, enterprise.services ?? []).length > 0);
  if (available.length === 0) return null;
  return (
    <>
      {available.map((ty) => (
        <Button key={ty} type="link" size="small" onClick={() => setType(ty)} data-testid={`enterprise-order-${ty}`}>
          {label[ty]}
        </Button>
      ))}
      <OrderCreateDialog
        open={type !== null}
        type={type ?? "RENEWAL"}
        enterprise={enterprise}
        onClose={() => setType(null)}
        onCreated={onCreated}
      />
    </>
  );
}
