"use client";

import { useMutation } from "@apollo/client/react";
import { App, Button, Popconfirm, Space, Tooltip } from "antd";
import type { OrderRowFragment } from "@/gql/graphql";
import { describeError } from "@/shared/apollo/error-message";
import { useLang, useMessages } from "@/shared/i18n/lang-provider";
import { useViewer } from "../../session/components/viewer-provider";
import { CloseOrderMutation } from "../graphql/order.operations";
import { canPayOrders, isOpenStatus } from "../order-access";
import { orderMessages } from "../order.messages";

/** 关闭 an unpaid order, behind a confirmation. */
export function CloseOrderButton({
  order,
  onClosed,
  size = "small",
  type = "link",
}: {
  order: OrderRowFragment;
  onClosed: () => void;
  size?: "small" | "middle";
  type?: "link" | "default";
}) {
  const lang = useLang();
  const t = useMessages(orderMessages);
  const { message, notification } = App.useApp();
  const [close, { loading }] = useMutation(CloseOrderMutation);

  async function confirm() {
    try {
      await close({ variables: { id: order.id } });
      message.success(t.closed(order.orderNo));
    } catch (e) {
      notification.error({ title: t.closeFailed, description: describeError(e, lang).message });
    } finally {
      // Closed here or changed meanwhile: what shows it is stale either way.
      onClosed();
    }
  }

  return (
    <Popconfirm
      title={t.closeConfirm(order.orderNo)}
      description={t.closeConfirmHint}
      okText={t.close}
      okButtonProps={{ danger: true, "data-testid": "order-close-confirm" }}
      cancelText={t.cancel}
      onConfirm={confirm}
    >
      <Button type={type} size={size} danger loading={loading} data-testid="order-close">
        {t.close}
      </Button>
    </Popconfirm>
  );
}

/**
 * 扣款 / 关闭 of one list row: 扣款 for 待扣款 orders, 关闭 for unpaid ones; viewers without
 * 扣款、关闭订单 see them disabled with the reason. Paying opens the pay dialog (owned by the page).
 */
export function OrderRowActions({
  order,
  onPay,
  onChanged,
}: {
  order: OrderRowFragment;
  onPay: (order: OrderRowFragment) => void;
  onChanged: () => void;
}) {
  const t = useMessages(orderMessages);
  const viewer = useViewer();
  if (!isOpenStatus(order.status)) return null;
  if (!canPayOrders(viewer)) {
    return (
      <Tooltip title={t.cannotPay}>
        <Space size={0}>
          {order.status === "PENDING_PAYMENT" ? (
            <Button type="link" size="small" disabled>
              {t.pay}
            </Button>
          ) : null}
          <Button type="link" size="small" disabled>
            {t.close}
          </Button>
        </Space>
      </Tooltip>
    );
  }
  return (
    <Space size={0}>
      {order.status === "PENDING_PAYMENT" ? (
        <Button type="link" size="small" onClick={() => onPay(order)} data-testid="order-pay">
          {t.pay}
        </Button>
      ) : null}
      <CloseOrderButton order={order} onClosed={onChanged} />
    </Space>
  );
}
