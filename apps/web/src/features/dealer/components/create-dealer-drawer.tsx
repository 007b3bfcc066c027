"use client";

import { useMutation } from "@apollo/client/react";
import { isStrongPassword, isValidLoginName } from "@crm/domain";
import { Alert, App, Button, Col, Divider, Drawer, Form, Input, Row, Space, Typography } from "antd";
import { useState } from "react";
import { AccountSelect } from "@/features/account/components/account-select";
import type { DealerRowFragment } from "@/gql/graphql";
import { describeError } from "@/shared/apollo/error-message";
import { useLang, useMessages } from "@/shared/i18n/lang-provider";
import { dealerMessages } from "../dealer.messages";
import { CreateDealerMutation } from "../graphql/dealer.operations";

interface DealerValues {
  name: string;
  regionName?: string;
  channelManagerId?: string | null;
  adminLoginName: string;
  adminPassword: string;
  adminRealName: string;
}

/** Platform admins create a dealer together with its first admin account (SPEC §11). */
export function CreateDealerDrawer({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: (dealer: DealerRowFragment) => void;
}) {
  const t = useMessages(dealerMessages);
  return (
    <Drawer open={open} onClose={onClose} size={560} destroyOnHidden title={t.createTitle}>
      {open ? <CreateDealerForm onClose={onClose} onCreated={onCreated} /> : null}
    </Drawer>
  );
}

function CreateDealerForm({
  onClose,
  onCreated,
}: {
  onClose: () => void;
  onCreated: (dealer: DealerRowFragment) => void;
}) {
  const lang = useLang();
  const t = useMessages(dealerMessages);
  const { message } = App.useApp();
  const [create, { loading }] = useMutation(CreateDealerMutation);
  const [error, setError] = useState<string | null>(null);

  async function onFinish(values: DealerValues) {
    setError(null);
    try {
      const result = await create({
        variables: {
          input: {
            name: values.name.trim(),
            regionName: values.regionName?.trim() || null,
            channelManagerId: values.channelManagerId ?? null,
            adminLoginName: values.adminLoginName.trim(),
            adminPassword: values.adminPassword,
            adminRealName: values.adminRealName.trim(),
          },
        },
      });
      if (result.data) {
        message.success(t.created(result.data.createDealer.name));
        onCreated(result.data.createDealer);
      }
    } catch (e) {
      setError(describeError(e, lang).message);
    }
  }

  return (
    <Form<DealerValues>
      name="createDealer"
      layout="vertical"
      onFinish={onFinish}
      disabled={loading}
      data-testid="dealer-form"
    >
      <Divider titlePlacement="start" plain>
        {t.sectionDealer}
      </Divider>
      <Form.Item
        label={t.name}
        name="name"
        rules={[{ required: true, whitespace: true, message: t.nameRequired }, { max: 128 }]}
      >
        <Input />
      </Form.Item>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item label={t.regionName} name="regionName">
            <Input placeholder={t.regionPlaceholder} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item label={t.channelManager} name="channelManagerId">
            <AccountSelect
              kind="VENDOR"
              vendorRole="CHANNEL_MANAGER"
              status="ACTIVE"
              placeholder={t.channelManagerPlaceholder}
            />
          </Form.Item>
        </Col>
      </Row>
      <Divider titlePlacement="start" plain>
        {t.sectionAdmin}
      </Divider>
      <Typography.Paragraph type="secondary">{t.adminHelp}</Typography.Paragraph>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item
            label={t.adminLoginName}
            name="adminLoginName"
            rules={[
              { required: true, whitespace: true, message: t.adminLoginNameRequired },
              {
                validator: (_, value: string | undefined) =>
                  !value || isValidLoginName(value) ? Promise.resolve() : Promise.reject(new Error(t.loginNameInvalid)),
              },
            ]}
          >
            <Input autoComplete="off" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            label={t.adminPassword}
            name="adminPassword"
            rules={[
              { required: true, message: t.adminPasswordRequired },
              {
                validator: (_, value: string | undefined) =>
                  !value || isStrongPassword(value) ? Promise.resolve() : Promise.reject(new Error(t.passwordInvalid)),
              },
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            label={t.adminRealName}
            name="adminRealName"
            rules={[{ required: true, whitespace: true, message: t.adminRealNameRequired }]}
          >
            <Input autoComplete="off" />
          </Form.Item>
        </Col>
      </Row>
      {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" /> : null}
      <Space>
        <Button type="primary" htmlType="submit" loading={loading} data-testid="dealer-form-submit">
          {t.save}
        </Button>
        <Button onClick={onClose}>{t.cancel}</Button>
      </Space>
    </Form>
  );
}
