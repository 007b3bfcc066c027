"use client";

import { useMutation } from "@apollo/client/react";
import { isValidMobile } from "@crm/domain";
import { Alert, App, Button, Card, Form, Input } from "antd";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { ViewerAccountFieldsFragment } from "@/gql/graphql";
import { describeError } from "@/shared/apollo/error-message";
import { useLang, useMessages } from "@/shared/i18n/lang-provider";
import { UpdateMyProfileMutation } from "../graphql/settings.operations";
import { settingsMessages } from "../settings.messages";

interface ProfileValues {
  realName: string;
  mobile?: string;
}

/** 修改个人信息: the signed-in person's own name and mobile. */
export function ProfileForm({ account, acting }: { account: ViewerAccountFieldsFragment; acting: boolean }) {
  const lang = useLang();
  const t = useMessages(settingsMessages);
  const router = useRouter();
  const { message } = App.useApp();
  const [update, { loading }] = useMutation(UpdateMyProfileMutation);
  const [error, setError] = useState<string | null>(null);

  async function onFinish(values: ProfileValues) {
    setError(null);
    try {
      await update({
        variables: { input: { realName: values.realName.trim(), mobile: values.mobile?.trim() || null } },
      });
      message.success(t.saved);
      router.refresh(); // the header shows the name fetched by the server layout
    } catch (e) {
      setError(describeError(e, lang).message);
    }
  }

  return (
    <Card title={t.profileTitle} style={{ maxWidth: 640 }}>
      {acting ? <Alert type="info" showIcon title={t.actingNotice} style={{ marginBottom: 16 }} /> : null}
      <Form<ProfileValues>
        name="profile"
        layout="vertical"
        initialValues={{ realName: account.realName, mobile: account.mobile ?? undefined }}
        onFinish={onFinish}
        disabled={loading}
      >
        <Form.Item label={t.loginName}>
          <Input value={account.loginName} disabled />
        </Form.Item>
        <Form.Item
          label={t.realName}
          name="realName"
          rules={[{ required: true, whitespace: true, message: t.realNameRequired }, { max: 64 }]}
        >
          <Input autoComplete="name" />
        </Form.Item>
        <Form.Item
          label={t.mobile}
          name="mobile"
          rules={[
            {
              validator: (_, value: string | undefined) =>
                !value?.trim() || isValidMobile(value) ? Promise.resolve() : Promise.reject(new Error(t.mobileInvalid)),
            },
          ]}
        >
          <Input placeholder={t.mobilePlaceholder} autoComplete="tel" inputMode="numeric" />
        </Form.Item>
        {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" /> : null}
        <Button type="primary" htmlType="submit" loading={loading}>
          {t.save}
        </Button>
      </Form>
    </Card>
  );
}
