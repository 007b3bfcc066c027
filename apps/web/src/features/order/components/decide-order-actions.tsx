"use client";

import { useMutation } from "@apollo/client/react";
import { Alert, App, Button, Form, Input, Modal, Popconfirm, Space } from "antd";
import { useState } from "react";
import type { OrderRowFragment } from "@/gql/graphql";
import { describeError } from "@/shared/apollo/error-message";
import { useLang, useMessages } from "@/shared/i18n/lang-provider";
import { ConfirmOrderMutation, RejectOrderMutation } from "../graphql/order.operations";
import { orderMessages } from "../order.messages";

/**
 * 订单确认 (vendor operations): 确认 behind a confirmation, 驳回 with a reason the dealer will
 * read. Either way the caller refreshes: the order left the queue, or someone decided it first.
 * A list passes `onReject` and hosts the reason dialog itself, so a refetch that re-renders the
 * rows can't take an open dialog with it.
 */
export function DecideOrderActions({
  order,
  onDecided,
  onReject,
  size = "small",
}: {
  order: OrderRowFragment;
  onDecided: () => void;
  onReject?: (order: OrderRowFragment) => void;
  size?: "small" | "middle";
}) {
  const lang = useLang();
  const t = useMessages(orderMessages);
  const { message, notification } = App.useApp();
  const [confirmOrder, { loading: confirming }] = useMutation(ConfirmOrderMutation);
  const [rejecting, setRejecting] = useState(false);
  const link = size === "small";

  async function confirm() {
    try {
      await confirmOrder({ variables: { id: order.id } });
      message.success(t.confirmed(order.orderNo));
    } catch (e) {
      notification.error({ title: t.confirmFailed, description: describeError(e, lang).message });
    } finally {
      onDecided();
    }
  }

  return (
    <>
      <Space size={link ? 0 : 8}>
        <Popconfirm
          title={t.confirmConfirm(order.orderNo)}
          description={t.confirmConfirmHint}
          okText={t.confirm}
          okButtonProps={{ "data-testid": "order-confirm-ok" }}
          cancelText={t.cancel}
          onConfirm={confirm}
        >
          <Button type={link ? "link" : "primary"} size={size} loading={confirming} data-testid="order-confirm">
            {t.confirm}
          </Button>
        </Popconfirm>
        <Button
          type={link ? "link" : "default"}
          size={size}
          danger
          onClick={() => (onReject ? onReject(order) : setRejecting(true))}
          data-testid="order-reject"
        >
          {t.reject}
        </Button>
      </Space>
      {rejecting ? (
        <RejectOrderModal
          order={order}
          onClose={() => setRejecting(false)}
          onRejected={() => {
            setRejecting(false);
            onDecided();
          }}
        />
      ) : null}
    </>
  );
}

/** 驳回 with a reason (required, at most 500 characters); the dealer reads it on the order. */
export function RejectOrderModal({
  order,
  onClose,
  onRejected,
}: {
  order: OrderRowFragment;
  onClose: () => void;
  onRejected: () => void;
}) {
  const lang = useLang();
  const t = useMessages(orderMessages);
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const [error, setError] = useState<string | null>(null);
  const [reject, { loading }] = useMutation(RejectOrderMutation);

  async function submit({ reason }: { reason: string }) {
    setError(null);
    try {
      await reject({ variables: { id: order.id, reason: reason.trim() } });
      message.success(t.rejected(order.orderNo));
      onRejected();
    } catch (e) {
      setError(describeError(e, lang).message);
    }
  }

  return (
    <Modal
      open
      title={t.rejectTitle(order.orderNo)}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t.rejectSubmit}
      okButtonProps={{ danger: true, "data-testid": "order-reject-submit" }}
      cancelText={t.cancel}
      confirmLoading={loading}
      destroyOnHidden
    >
      <Form form={form} name="rejectOrder" layout="vertical" onFinish={(v) => void submit(v)} style={{ marginTop: 16 }}>
        <Form.Item
          label={t.rejectReason}
          name="reason"
          rules={[{ required: true, whitespace: true, message: t.rejectReasonRequired }]}
        >
          <Input.TextArea rows={4} maxLength={500} showCount placeholder={t.rejectReasonPlaceholder} autoFocus />
        </Form.Item>
      </Form>
      {error ? <Alert type="error" showIcon title={t.rejectFailed} description={error} /> : null}
    </Modal>
  );
}
