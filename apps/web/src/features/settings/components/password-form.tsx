"use client";

import { useMutation } from "@apollo/client/react";
import { isStrongPassword } from "@crm/domain";
import { Alert, App, Button, Card, Form, Input } from "antd";
import { useState } from "react";
import { describeError } from "@/shared/apollo/error-message";
import { useLang, useMessages } from "@/shared/i18n/lang-provider";
import { ChangePasswordMutation } from "../graphql/settings.operations";
import { settingsMessages } from "../settings.messages";

interface PasswordValues {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

/** 修改密码: current + new + confirmation, checked with the domain's password rule. */
export function PasswordForm({ acting }: { acting: boolean }) {
  const lang = useLang();
  const t = useMessages(settingsMessages);
  const { message } = App.useApp();
  const [form] = Form.useForm<PasswordValues>();
  const [change, { loading }] = useMutation(ChangePasswordMutation);
  const [error, setError] = useState<string | null>(null);

  async function onFinish(values: PasswordValues) {
    setError(null);
    try {
      await change({
        variables: { input: { currentPassword: values.currentPassword, newPassword: values.newPassword } },
      });
      message.success(t.passwordChanged);
      form.resetFields();
    } catch (e) {
      setError(describeError(e, lang).message);
    }
  }

  return (
    <Card title={t.passwordTitle} style={{ maxWidth: 640 }}>
      {acting ? <Alert type="info" showIcon title={t.actingNotice} style={{ marginBottom: 16 }} /> : null}
      <Form<PasswordValues> name="changePassword" form={form} layout="vertical" onFinish={onFinish} disabled={loading}>
        <Form.Item
          label={t.currentPassword}
          name="currentPassword"
          rules={[{ required: true, message: t.currentPasswordRequired }]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          label={t.newPassword}
          name="newPassword"
          dependencies={["currentPassword"]}
          rules={[
            { required: true, message: t.newPasswordRequired },
            ({ getFieldValue }) => ({
              validator: (_, value: string | undefined) => {
                if (!value) return Promise.resolve();
                if (!isStrongPassword(value)) return Promise.reject(new Error(t.newPasswordInvalid));
                if (value === getFieldValue("currentPassword")) return Promise.reject(new Error(t.newPasswordSame));
                return Promise.resolve();
              },
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
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
                  : Promise.reject(new Error(t.mismatch)),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" /> : null}
        <Button type="primary" htmlType="submit" loading={loading}>
          {t.save}
        </Button>
      </Form>
    </Card>
  );
}
