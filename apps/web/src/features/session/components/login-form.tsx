"use client";

import { LockOutlined, UserOutlined } from "@ant-design/icons";
import { useMutation } from "@apollo/client/react";
import { Alert, Button, Card, Form, Input, Typography } from "antd";
import { useState } from "react";
import { describeError } from "@/shared/apollo/error-message";
import { useLang, useMessages } from "@/shared/i18n/lang-provider";
import { LangSwitch } from "@/shared/ui/lang-switch";
import { LoginMutation } from "../graphql/session.operations";
import { sessionMessages } from "../session.messages";

interface LoginValues {
  loginName: string;
  password: string;
}

export function LoginForm() {
  const lang = useLang();
  const t = useMessages(sessionMessages);
  const [login, { loading }] = useMutation(LoginMutation);
  const [error, setError] = useState<string | null>(null);

  async function onFinish(values: LoginValues) {
    setError(null);
    try {
      await login({ variables: { input: { loginName: values.loginName.trim(), password: values.password } } });
      // A full navigation: the console layout re-checks the new session on the server
      // and the client starts from an empty cache.
      window.location.assign("/");
    } catch (e) {
      setError(describeError(e, lang).message);
    }
  }

  return (
    <div
      style={{
        minHeight: "100vh",
        display: "flex",
        flexDirection: "column",
        alignItems: "center",
        justifyContent: "center",
        padding: 24,
        background: "linear-gradient(160deg, #eef2ff 0%, #f5f6f8 60%)",
      }}
    >
      <div style={{ position: "absolute", top: 16, right: 24 }}>
        <LangSwitch />
      </div>
      <Card style={{ width: 400, boxShadow: "0 8px 24px rgba(15, 23, 42, 0.08)" }}>
        <Typography.Title level={3} style={{ marginTop: 0, marginBottom: 4, textAlign: "center" }}>
          {t.loginTitle}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ textAlign: "center" }}>
          {t.loginSubtitle}
        </Typography.Paragraph>
        {error ? (
          <Alert
            type="error"
            showIcon
            title={error}
            style={{ marginBottom: 16 }}
            data-testid="login-error"
            role="alert"
          />
        ) : null}
        <Form<LoginValues> name="login" layout="vertical" onFinish={onFinish} requiredMark={false} disabled={loading}>
          <Form.Item
            label={t.loginName}
            name="loginName"
            rules={[{ required: true, whitespace: true, message: t.loginNameRequired }]}
          >
            <Input
              prefix={<UserOutlined />}
              placeholder={t.loginNamePlaceholder}
              autoComplete="username"
              size="large"
            />
          </Form.Item>
          <Form.Item label={t.password} name="password" rules={[{ required: true, message: t.passwordRequired }]}>
            <Input.Password
              prefix={<LockOutlined />}
              placeholder={t.passwordPlaceholder}
              autoComplete="current-password"
              size="large"
            />
          </Form.Item>
          <Button type="primary" htmlType="submit" block size="large" loading={loading} data-testid="login-submit">
            {t.submit}
          </Button>
        </Form>
      </Card>
      <Typography.Text type="secondary" style={{ marginTop: 24 }}>
        {t.footer}
      </Typography.Text>
    </div>
  );
}
