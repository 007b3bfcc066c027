"use client";

import { useMutation } from "@apollo/client/react";
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Empty,
  Flex,
  Form,
  Popconfirm,
  Space,
  Typography,
} from "antd";
import type { DescriptionsProps, GetProps } from "antd";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { describeError } from "@/shared/apollo/error-message";
import { formatDateTime } from "@/shared/format";
import { fromShanghaiPickerValue, toShanghaiPickerValue } from "@/shared/shanghai-time";
import { useLang, useMessages } from "@/shared/i18n/lang-provider";
import { ActAsMutation } from "../../session/graphql/session.operations";
import type { Viewer } from "../../session/viewer";
import { ClearDelegateMutation, SetDelegateMutation } from "../graphql/settings.operations";
import { DelegateSelect } from "./delegate-select";
import { settingsMessages } from "../settings.messages";

type RangeValue = GetProps<typeof DatePicker.RangePicker>["value"];

interface DelegateValues {
  delegateId: string | null;
  range: RangeValue;
}

/** 代办人: name a delegate for a period, clear it, and act for those who named me. */
export function DelegatePanel({ viewer }: { viewer: Viewer }) {
  const lang = useLang();
  const t = useMessages(settingsMessages);
  const router = useRouter();
  const { message } = App.useApp();
  const [form] = Form.useForm<DelegateValues>();
  const [setDelegate, setState] = useMutation(SetDelegateMutation);
  const [clearDelegate, clearState] = useMutation(ClearDelegateMutation);
  const [actAs, actState] = useMutation(ActAsMutation);
  const [error, setError] = useState<string | null>(null);
  const me = viewer.actor;
  const from = toShanghaiPickerValue(me.delegateFrom);
  const until = toShanghaiPickerValue(me.delegateUntil);
  const initialValues: DelegateValues = {
    delegateId: me.delegate?.id ?? null,
    range: me.delegate && from && until ? [from, until] : null,
  };

  async function onFinish(values: DelegateValues) {
    const [from, until] = values.range ?? [null, null];
    if (!values.delegateId || !from || !until) return;
    setError(null);
    try {
      await setDelegate({
        variables: {
          input: {
            delegateId: values.delegateId,
            // The picker shows 北京时间 (the label says so), whatever the browser's zone.
            from: fromShanghaiPickerValue(from),
            until: fromShanghaiPickerValue(until),
          },
        },
      });
      message.success(t.delegateSaved);
      // The form keeps the saved values (they are now the current delegate): resetting it to
      // empty required fields while the page refreshes only flashed "please choose" errors.
      router.refresh();
    } catch (e) {
      setError(describeError(e, lang).message);
    }
  }

  async function onClear() {
    try {
      await clearDelegate();
      message.success(t.delegateCleared);
      form.setFieldsValue({ delegateId: null, range: null });
      router.refresh();
    } catch (e) {
      message.error(describeError(e, lang).message);
    }
  }

  async function onActAs(principalId: string) {
    try {
      await actAs({ variables: { principalId } });
      window.location.assign("/");
    } catch (e) {
      message.error(describeError(e, lang).message);
    }
  }

  const current: DescriptionsProps["items"] = [
    {
      key: "delegate",
      label: t.currentDelegate,
      children: me.delegate ? `${me.delegate.realName}（${me.delegate.loginName}）` : t.none,
    },
    ...(me.delegate
      ? [
          {
            key: "period",
            label: t.period,
            children: `${formatDateTime(me.delegateFrom, lang)} – ${formatDateTime(me.delegateUntil, lang)}`,
          },
        ]
      : []),
  ];

  return (
    <Space orientation="vertical" size="large" style={{ width: "100%", maxWidth: 880 }}>
      <Card
        title={t.delegateTitle}
        extra={
          me.delegate ? (
            <Popconfirm title={t.confirmClear} okText={t.ok} cancelText={t.cancel} onConfirm={onClear}>
              <Button danger loading={clearState.loading} data-testid="clear-delegate">
                {t.clearDelegate}
              </Button>
            </Popconfirm>
          ) : null
        }
      >
        <Typography.Paragraph type="secondary">{t.delegateIntro}</Typography.Paragraph>
        {viewer.actingAs ? <Alert type="info" showIcon title={t.actingNotice} style={{ marginBottom: 16 }} /> : null}
        <Descriptions column={1} size="small" items={current} style={{ marginBottom: 16 }} />
        <Form<DelegateValues>
          name="delegate"
          form={form}
          layout="vertical"
          onFinish={onFinish}
          initialValues={initialValues}
          disabled={setState.loading}
          style={{ maxWidth: 560 }}
        >
          <Form.Item
            label={t.delegateAccount}
            name="delegateId"
            rules={[{ required: true, message: t.delegateRequired }]}
          >
            <DelegateSelect current={me.delegate} />
          </Form.Item>
          <Form.Item label={t.periodInput} name="range" rules={[{ required: true, message: t.periodRequired }]}>
            <DatePicker.RangePicker
              showTime={{ format: "HH:mm" }}
              format="YYYY-MM-DD HH:mm"
              style={{ width: "100%" }}
            />
          </Form.Item>
          {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" /> : null}
          <Button type="primary" htmlType="submit" loading={setState.loading} data-testid="set-delegate">
            {t.setDelegate}
          </Button>
        </Form>
      </Card>
      <Card title={t.principalsTitle}>
        <Typography.Paragraph type="secondary">{t.principalsIntro}</Typography.Paragraph>
        {viewer.principalsICanActFor.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
        ) : (
          <Flex vertical>
            {viewer.principalsICanActFor.map((p, index) => (
              <Flex
                key={p.id}
                justify="space-between"
                align="center"
                style={{ padding: "12px 0", borderTop: index === 0 ? undefined : "1px solid #f0f0f0" }}
              >
                <Flex vertical>
                  <Typography.Text strong>{`${p.realName}（${p.loginName}）`}</Typography.Text>
                  {p.delegateUntil ? (
                    <Typography.Text type="secondary">
                      {t.activeUntil(formatDateTime(p.delegateUntil, lang))}
                    </Typography.Text>
                  ) : null}
                </Flex>
                <Button
                  type="primary"
                  ghost
                  loading={actState.loading}
                  disabled={viewer.actingAs?.id === p.id}
                  onClick={() => void onActAs(p.id)}
                  data-testid={`act-as-${p.loginName}`}
                >
                  {t.startActing}
                </Button>
              </Flex>
            ))}
          </Flex>
        )}
      </Card>
    </Space>
  );
}
