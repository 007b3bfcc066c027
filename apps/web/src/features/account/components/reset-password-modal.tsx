"use client";

import { useMutation } from "@apollo/client/react";
import { isStrongPassword } from "@crm/domain";
import { Alert, App, Form, Input, Modal } from "antd";
import { useState } from "react";
import { describeError } from "@/shared/apollo/error-message";
import { useLang, useMessages } from "@/shared/i18n/lang-provider";
import { accountMessages } from "../account.messages";
import { ResetAccountPasswordMutation } from "../graphql/account.operations";

interface ResetValues {
  newPassword: string;
  confirm: string;
}

export interface ResetTarget {
  id: string;
  loginName: string;
}

/** Set a new password for another account (the holder should change it after signing in). */
export function ResetPasswordModal({ target, onClose }: { target: ResetTarget | null; onClose: () => void }) {
  const lang = useLang();
  const t = useMessages(accountMessages);
  const { message } = App.useApp();
  const [form] = Form.useForm<ResetValues>();
  const [reset, { loading }] = useMutation(ResetAccountPasswordMutation);
  const [error, setError] = useState<string | null>(null);

  async function onOk() {
    if (!target) return;
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    setError(null);
    try {
      await reset({ variables: { id: target.id, newPassword: values.newPassword } });
      message.success(t.resetDone);
      onClose();
    } catch (e) {
      setError(describeError(e, lang).message);
    }
  }

  return (
    <Modal
      open={target !== null}
      title={target ? t.resetTitle(target.loginName) : ""}
      onOk={() => void onOk()}
      onCancel={onClose}
      okText={t.ok}
      cancelText={t.cancel}
      confirmLoading={loading}
      destroyOnHidden
    >
      <Form<ResetValues> name="resetPassword" form={form} layout="vertical" preserve={false}>
        <Form.Item
          label={t.newPassword}
          name="newPassword"
          rules={[
            { required: true, message: t.newPasswordRequired },
            {
              validator: (_, value: string | undefined) =>
                !value || isStrongPassword(value) ? Promise.resolve() : Promise.reject(new Error(t.passwordInvalid)),
            },
          ]}
        >
          <Input.Password autoComplete="new-password" placeholder={t.passwordPlaceholder} />
        </Form.Item>
        <Form.Item
          label={t.confirmPassword}
          name="confirm"
          dependencies={["newPassword"]}
          rules={[
            { required: true, message: t.confirmRequired },
            ({ getFieldValue }) => ({
              validator: (_, value: string | undefined) =>
                !value || value === getFieldValue("newPassword")
                  ? Promise.resolve()
                  : Promise.reject(new Error(t.passwordMismatch)),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        {error ? <Alert type="error" showIcon title={error} role="alert" /> : null}
      </Form>
    </Modal>
  );
}
