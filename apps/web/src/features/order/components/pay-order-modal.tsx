"use client";

import { useMutation, useQuery } from "@apollo/client/react";
import { Alert, App, Descriptions, Modal, Skeleton, Typography } from "antd";
import { useState } from "react";
import type { OrderRowFragment } from "@/gql/graphql";
import { describeError, errorCode } from "@/shared/apollo/error-message";
import { useLang, useMessages } from "@/shared/i18n/lang-provider";
import { MyBalanceQuery, PayOrderMutation } from "../graphql/order.operations";
import { newIdempotencyKey } from "../idempotency-key";
import { formatMoney } from "../order-labels";
import { orderMessages } from "../order.messages";

/** Codes after which the order itself changed (paid meanwhile, closed, …): the page must refresh. */
const STALE_CODES = new Set(["ORDER_NOT_PAYABLE", "ORDER_STATUS_CHANGED", "NOT_FOUND"]);

/**
 * 扣款: the balance and the amount due side by side, the pay button disabled (with the reason)
 * when the balance is short. One dialog opening is one payment attempt with one idempotency
 * key: pressing again after a failure or a lost answer retries the same attempt, never a second debit.
 */
export function PayOrderModal({
  order,
  onClose,
  onChanged,
}: {
  /** The order to pay; null closes the dialog. */
  order: OrderRowFragment | null;
  onClose: () => void;
  /** The order changed (paid, or found paid/closed meanwhile): refresh what shows it. */
  onChanged: () => void;
}) {
  return order ? <PayOrderDialog key={order.id} order={order} onClose={onClose} onChanged={onChanged} /> : null;
}

function PayOrderDialog({
  order,
  onClose,
  onChanged,
}: {
  order: OrderRowFragment;
  onClose: () => void;
  onChanged: () => void;
}) {
  const lang = useLang();
  const t = useMessages(orderMessages);
  const { message } = App.useApp();
  // One key per attempt: made when the dialog opens, reused by every retry of it.
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [error, setError] = useState<{ message: string; retry: boolean } | null>(null);
  const balance = useQuery(MyBalanceQuery, { fetchPolicy: "network-only" });
  const [pay, { loading }] = useMutation(PayOrderMutation);

  const balanceFen = balance.data?.myDealer.balance ?? null;
  const due = order.amountDue;
  const short = balanceFen !== null && due !== null && balanceFen < due;
  const after = balanceFen !== null && due !== null ? balanceFen - due : null;

  async function submit() {
    if (loading) return;
    setError(null);
    try {
      const { data } = await pay({ variables: { id: order.id, idempotencyKey } });
      if (!data) return;
      message.success(t.paid(data.payOrder.orderNo));
      onChanged();
      onClose();
    } catch (e) {
      const code = errorCode(e);
      setError({
        message: describeError(e, lang).message,
        retry: code === null || code === "INTERNAL" || code === "CONFLICT",
      });
      if (code === "INSUFFICIENT_BALANCE") void balance.refetch().catch(() => undefined);
      if (code && STALE_CODES.has(code)) onChanged();
    }
  }

  return (
    <Modal
      open
      title={t.payTitle(order.orderNo)}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t.paySubmit}
      cancelText={t.cancel}
      confirmLoading={loading}
      okButtonProps={{ disabled: short || balance.loading, "data-testid": "pay-submit" }}
      width={480}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
        {t.payIntro}
      </Typography.Paragraph>
      {balance.loading && !balance.data ? (
        <Skeleton active paragraph={{ rows: 2 }} title={false} />
      ) : (
        <Descriptions
          bordered
          size="small"
          column={1}
          styles={{ label: { width: lang === "zh" ? 120 : 150 } }}
          data-testid="pay-summary"
          items={[
            {
              key: "due",
              label: t.payAmountDue,
              children: (
                <Typography.Text strong data-testid="pay-amount-due">
                  {formatMoney(due)}
                </Typography.Text>
              ),
            },
            {
              key: "balance",
              label: t.payBalance,
              children:
                balanceFen === null ? (
                  <Typography.Text type="secondary">{t.payBalanceHidden}</Typography.Text>
                ) : (
                  <Typography.Text type={short ? "danger" : undefined} data-testid="pay-balance">
                    {formatMoney(balanceFen)}
                  </Typography.Text>
                ),
            },
            ...(after !== null && !short ? [{ key: "after", label: t.payAfter, children: formatMoney(after) }] : []),
          ]}
        />
      )}
      {short && due !== null && balanceFen !== null ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 16 }}
          title={t.payShort(formatMoney(due - balanceFen))}
          data-testid="pay-short"
        />
      ) : null}
      {error ? (
        <Alert
          type="error"
          showIcon
          style={{ marginTop: 16 }}
          title={t.payFailed}
          description={error.retry ? `${error.message} ${t.payRetryHint}` : error.message}
          data-testid="pay-error"
        />
      ) : null}
    </Modal>
  );
}
