"use client";

import { PlayCircleOutlined } from "@ant-design/icons";
import { useMutation, useQuery } from "@apollo/client/react";
import { POOL_SETTINGS } from "@crm/domain";
import { Alert, App, Button, Card, Divider, Form, InputNumber, Popconfirm, Typography } from "antd";
import { useEffect, useState } from "react";
import { describeError } from "@/shared/apollo/error-message";
import { useLang, useMessages } from "@/shared/i18n/lang-provider";
import {
  PoolSettingsQuery,
  RunPublicPoolJobMutation,
  UpdatePoolSettingsMutation,
} from "../graphql/public-pool.operations";
import { publicPoolMessages } from "../public-pool.messages";

interface SettingsValues {
  graceDays: number;
  dailyClaimCap: number;
}

/** 公海库设置 (operations): grace period, daily claim cap, and running the pool job by hand. */
export function PoolSettingsCard() {
  const lang = useLang();
  const t = useMessages(publicPoolMessages);
  const { message } = App.useApp();
  const [form] = Form.useForm<SettingsValues>();
  const { data, error } = useQuery(PoolSettingsQuery, { fetchPolicy: "cache-and-network" });
  const [update, { loading: saving }] = useMutation(UpdatePoolSettingsMutation);
  const [runJob, { loading: running }] = useMutation(RunPublicPoolJobMutation);
  const [entered, setEntered] = useState<number | null>(null);

  useEffect(() => {
    if (data) form.setFieldsValue(data.poolSettings);
  }, [data, form]);

  async function save(values: SettingsValues) {
    try {
      await update({ variables: { input: values } });
      message.success(t.saved);
    } catch (e) {
      message.error(describeError(e, lang).message);
    }
  }

  async function run() {
    try {
      const { data: out } = await runJob();
      setEntered(out?.runPublicPoolJob ?? 0);
    } catch (e) {
      message.error(describeError(e, lang).message);
    }
  }

  return (
    <Card title={t.settingsTitle} style={{ height: "100%" }} data-testid="pool-settings">
      {error ? (
        <Alert type="error" showIcon title={t.settingsLoadFailed} description={describeError(error, lang).message} />
      ) : null}
      <Form<SettingsValues> form={form} name="poolSettings" layout="vertical" onFinish={save}>
        <Form.Item
          label={t.graceDays}
          name="graceDays"
          extra={t.graceDaysHelp}
          rules={[
            { required: true, type: "integer", min: POOL_SETTINGS.graceDays.min, max: POOL_SETTINGS.graceDays.max },
          ]}
        >
          <InputNumber
            min={POOL_SETTINGS.graceDays.min}
            max={POOL_SETTINGS.graceDays.max}
            precision={0}
            suffix={t.days}
            style={{ width: "100%" }}
          />
        </Form.Item>
        <Form.Item
          label={t.dailyClaimCap}
          name="dailyClaimCap"
          extra={t.dailyClaimCapHelp}
          rules={[
            {
              required: true,
              type: "integer",
              min: POOL_SETTINGS.dailyClaimCap.min,
              max: POOL_SETTINGS.dailyClaimCap.max,
            },
          ]}
        >
          <InputNumber
            min={POOL_SETTINGS.dailyClaimCap.min}
            max={POOL_SETTINGS.dailyClaimCap.max}
            precision={0}
            suffix={t.perDay}
            style={{ width: "100%" }}
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={saving} disabled={!data}>
          {t.save}
        </Button>
      </Form>
      <Divider style={{ margin: "20px 0 16px" }} />
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
        {t.runJobHint}
      </Typography.Paragraph>
      <Popconfirm title={t.runJobConfirm} okText={t.runJob} cancelText={t.cancel} onConfirm={run}>
        <Button icon={<PlayCircleOutlined />} loading={running} block data-testid="pool-run-job">
          {t.runJob}
        </Button>
      </Popconfirm>
      {entered !== null ? (
        <Alert
          type={entered > 0 ? "success" : "info"}
          showIcon
          title={t.runJobDone(entered)}
          style={{ marginTop: 12 }}
          data-testid="pool-job-result"
        />
      ) : null}
    </Card>
  );
}
