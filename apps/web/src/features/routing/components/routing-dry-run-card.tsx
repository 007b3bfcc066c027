"use client";

import { ProductLineSelect } from "@/features/catalog/components/product-line-select";
import { ExperimentOutlined } from "@ant-design/icons";
import { useMutation } from "@apollo/client/react";
import { Alert, Button, Card, Col, Descriptions, Form, Input, Row, Space, Tag, Typography } from "antd";
import { useState } from "react";
import type { LeadSource, RoutingDryRunMutation as DryRunResult } from "@/gql/graphql";
import { describeError } from "@/shared/apollo/error-message";
import { useLang, useMessages } from "@/shared/i18n/lang-provider";
import { RoutingDryRunMutation } from "../graphql/routing.operations";
import { routingMessages } from "../routing.messages";
import { RegionSelect } from "./region-inputs";
import { LeadSourcePicker } from "./routing-inputs";
import { TraceLines } from "./trace-lines";

interface DryRunValues {
  regionCode?: string | null;
  productLineId?: string | null;
  source?: LeadSource | null;
  domain?: string;
}

/** 试算: where a hypothetical lead would go now. Changes nothing. */
export function RoutingDryRunCard() {
  const lang = useLang();
  const t = useMessages(routingMessages);
  const [form] = Form.useForm<DryRunValues>();
  const [result, setResult] = useState<DryRunResult["routingDryRun"] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [run, { loading }] = useMutation(RoutingDryRunMutation);

  async function submit(values: DryRunValues) {
    setError(null);
    try {
      const { data } = await run({
        variables: {
          input: {
            source: values.source ?? "HOTLINE",
            regionCode: values.regionCode ?? null,
            productLineId: values.productLineId ?? null,
            domain: values.domain?.trim() || null,
          },
        },
      });
      setResult(data?.routingDryRun ?? null);
    } catch (e) {
      setResult(null);
      setError(describeError(e, lang).message);
    }
  }

  return (
    <Card
      title={
        <Space>
          <ExperimentOutlined />
          {t.dryRunTitle}
        </Space>
      }
      data-testid="dry-run-card"
    >
      <Alert type="info" showIcon title={t.dryRunNote} style={{ marginBottom: 16 }} />
      <Form<DryRunValues>
        form={form}
        name="dryRun"
        layout="vertical"
        onFinish={submit}
        initialValues={{ source: "HOTLINE" }}
      >
        <Row gutter={16}>
          <Col span={6}>
            <Form.Item label={t.dryRunRegion} name="regionCode">
              <RegionSelect placeholder={t.any} />
            </Form.Item>
          </Col>
          <Col span={5}>
            <Form.Item label={t.dryRunProductLine} name="productLineId">
              <ProductLineSelect placeholder={t.any} />
            </Form.Item>
          </Col>
          <Col span={5}>
            <Form.Item label={t.dryRunSource} name="source" rules={[{ required: true, message: t.sourceRequired }]}>
              <LeadSourcePicker />
            </Form.Item>
          </Col>
          <Col span={5}>
            <Form.Item label={t.dryRunDomain} name="domain" tooltip={t.dryRunDomainHelp}>
              <Input allowClear placeholder="example.com" />
            </Form.Item>
          </Col>
          <Col span={3}>
            <Form.Item label=" ">
              <Button type="primary" htmlType="submit" loading={loading} block data-testid="dry-run-submit">
                {t.dryRunSubmit}
              </Button>
            </Form.Item>
          </Col>
        </Row>
      </Form>
      {error ? <Alert type="error" showIcon title={error} /> : null}
      {result ? (
        <div data-testid="dry-run-result">
          {result.outcome === "ROUTED" && result.dealer ? (
            <Alert
              type="success"
              showIcon
              title={
                <span>
                  {t.dryRunRouted} <Typography.Text strong>{result.dealer.name}</Typography.Text>
                </span>
              }
              description={
                result.existingEnterpriseId ? (
                  <Typography.Text type="warning">{t.dryRunExisting}</Typography.Text>
                ) : null
              }
            />
          ) : (
            <Alert type="warning" showIcon title={t.dryRunUnrouted} />
          )}
          <Descriptions size="small" column={2} style={{ marginTop: 12 }} bordered>
            <Descriptions.Item label={t.dryRunRule}>
              {result.rule ? (
                <Space size={4}>
                  <Tag>#{result.rule.priority}</Tag>
                  {result.rule.name}
                </Space>
              ) : (
                "—"
              )}
            </Descriptions.Item>
            <Descriptions.Item label={t.dryRunDealer}>{result.dealer?.name ?? "—"}</Descriptions.Item>
            <Descriptions.Item label={t.trace} span={2}>
              <TraceLines lines={result.traceLines} />
            </Descriptions.Item>
          </Descriptions>
        </div>
      ) : null}
    </Card>
  );
}
