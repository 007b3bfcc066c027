"use client";

import { useMutation } from "@apollo/client/react";
import { Alert, App, Form, Modal } from "antd";
import { useState } from "react";
import { describeError } from "@/shared/apollo/error-message";
import { useLang, useMessages } from "@/shared/i18n/lang-provider";
import { AccountSelect } from "../../account/components/account-select";
import { enterpriseMessages } from "../enterprise.messages";
import { ReassignEnterpriseMutation } from "../graphql/enterprise.operations";

/** 转移所属帐号: admins, or a superior of both the current and the new owner (the API checks). */
export function ReassignModal({
  enterpriseId,
  currentOwnerId,
  open,
  onClose,
}: {
  enterpriseId: string;
  currentOwnerId: string | null;
  open: boolean;
  onClose: () => void;
}) {
  const lang = useLang();
  const t = useMessages(enterpriseMessages);
  const { message } = App.useApp();
  const [form] = Form.useForm<{ ownerAccountId: string | null }>();
  const [error, setError] = useState<string | null>(null);
  const [reassign, { loading }] = useMutation(ReassignEnterpriseMutation);

  async function save(values: { ownerAccountId: string | null }) {
    if (!values.ownerAccountId) return;
    setError(null);
    try {
      const result = await reassign({ variables: { id: enterpriseId, ownerAccountId: values.ownerAccountId } });
      message.success(t.reassigned(result.data?.reassignEnterprise.owner?.realName ?? ""));
      onClose();
    } catch (e) {
      setError(describeError(e, lang).message);
    }
  }

  return (
    <Modal
      open={open}
      title={t.reassignTitle}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t.ok}
      cancelText={t.cancel}
      confirmLoading={loading}
      destroyOnHidden
      width={480}
    >
      <Form name="reassign" form={form} layout="vertical" onFinish={save} style={{ marginTop: 16 }}>
        <Form.Item label={t.reassignTo} name="ownerAccountId" rules={[{ required: true, message: t.reassignRequired }]}>
          <AccountSelect kind="DEALER" status="ACTIVE" excludeIds={currentOwnerId ? [currentOwnerId] : []} />
        </Form.Item>
        {error ? <Alert type="error" showIcon title={error} /> : null}
      </Form>
    </Modal>
  );
}
