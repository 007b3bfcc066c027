"use client";

import { ProductLineSelect } from "@/features/catalog/components/product-line-select";
import { SendOutlined } from "@ant-design/icons";
import { useMutation } from "@apollo/client/react";
import { ENTERPRISE_SCALES, INDUSTRIES, normalizeDomain, toUnicodeDomain } from "@crm/domain";
import { Alert, Button, Card, Col, Form, Input, Row, Select, Space, Typography } from "antd";
import { useState } from "react";
import type { EnterpriseScale, Industry, LeadRowFragment, LeadSource } from "@/gql/graphql";
import { describeError } from "@/shared/apollo/error-message";
import { pickLabel } from "@/shared/i18n/lang";
import { useLang, useMessages } from "@/shared/i18n/lang-provider";
import { IntakeLeadMutation } from "../graphql/routing.operations";
import { routingMessages } from "../routing.messages";
import { RegionSelect } from "./region-inputs";
import { INTAKE_SOURCES, LeadSourcePicker } from "./routing-inputs";
import { TraceLines } from "./trace-lines";

interface LeadValues {
  companyName: string;
  domain: string;
  contactName: string;
  contactMobile?: string;
  contactEmail?: string;
  regionCode?: string | null;
  productLineId?: string | null;
  source: LeadSource;
  scale?: EnterpriseScale;
  industry?: Industry;
  remark?: string;
}

const MOBILE = /^1\d{10}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Under the domain field, live: the registrable domain that will be stored. */
function DomainPreview({ input }: { input: string | undefined }) {
  const t = useMessages(routingMessages);
  if (!input?.trim()) return null;
  const result = normalizeDomain(input);
  if (!result.ok) return null;
  const unicode = toUnicodeDomain(result.registrable);
  return (
    <Typography.Text type="success" style={{ fontSize: 13 }} data-testid="lead-domain-preview">
      {t.willRegisterAs}
      <Typography.Text strong type="success">
        {unicode}
      </Typography.Text>
      {unicode !== result.registrable ? t.punycode(result.registrable) : null}
    </Typography.Text>
  );
}

/** 录入一条线索, then show where it went. */
export function LeadIntakeCard({ onEntered }: { onEntered: (lead: LeadRowFragment) => void }) {
  const lang = useLang();
  const t = useMessages(routingMessages);
  const [form] = Form.useForm<LeadValues>();
  const domainInput = Form.useWatch("domain", form);
  const [result, setResult] = useState<LeadRowFragment | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [intake, { loading }] = useMutation(IntakeLeadMutation);

  async function submit(values: LeadValues) {
    setError(null);
    try {
      const { data } = await intake({
        variables: {
          input: {
            companyName: values.companyName.trim(),
            domain: values.domain.trim(),
            contactName: values.contactName.trim(),
            contactMobile: values.contactMobile?.trim() || null,
            contactEmail: values.contactEmail?.trim() || null,
            regionCode: values.regionCode ?? null,
            productLineId: values.productLineId ?? null,
            source: values.source,
            scale: values.scale ?? null,
            industry: values.industry ?? null,
            remark: values.remark?.trim() || null,
          },
        },
      });
      if (data) {
        setResult(data.intakeLead);
        onEntered(data.intakeLead);
        form.resetFields();
      }
    } catch (e) {
      setResult(null);
      setError(describeError(e, lang).message);
    }
  }

  const contactRule = ({ getFieldValue }: { getFieldValue: (name: string) => unknown }) => ({
    validator: () => {
      const filled = (name: string) => {
        const v = getFieldValue(name);
        return typeof v === "string" && v.trim().length > 0;
      };
      return filled("contactMobile") || filled("contactEmail")
        ? Promise.resolve()
        : Promise.reject(new Error(t.contactRequired));
    },
  });

  return (
    <Card title={t.leadFormTitle} data-testid="lead-intake-card">
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        {t.leadFormIntro}
      </Typography.Paragraph>
      <Form<LeadValues>
        form={form}
        name="leadForm"
        layout="vertical"
        onFinish={submit}
        initialValues={{ source: "HOTLINE" }}
        data-testid="lead-form"
      >
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item
              label={t.companyName}
              name="companyName"
              rules={[{ required: true, whitespace: true, message: t.companyNameRequired }]}
            >
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              label={t.domain}
              name="domain"
              extra={domainInput && normalizeDomain(domainInput).ok ? <DomainPreview input={domainInput} /> : undefined}
              rules={[
                { required: true, whitespace: true, message: t.domainRequired },
                {
                  validator: (_, v: string | undefined) =>
                    v?.trim() && !normalizeDomain(v).ok
                      ? Promise.reject(new Error(t.domainInvalid))
                      : Promise.resolve(),
                },
              ]}
            >
              <Input placeholder={t.domainPlaceholder} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item label={t.source} name="source" rules={[{ required: true, message: t.sourceRequired }]}>
              <LeadSourcePicker sources={INTAKE_SOURCES} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              label={t.contactName}
              name="contactName"
              rules={[{ required: true, whitespace: true, message: t.contactNameRequired }]}
            >
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              label={t.contactMobile}
              name="contactMobile"
              dependencies={["contactEmail"]}
              rules={[{ pattern: MOBILE, message: t.mobileInvalid }, contactRule]}
            >
              <Input maxLength={11} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              label={t.contactEmail}
              name="contactEmail"
              dependencies={["contactMobile"]}
              rules={[{ pattern: EMAIL, message: t.emailInvalid }, contactRule]}
            >
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item label={t.region} name="regionCode">
              <RegionSelect placeholder={t.choose} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item label={t.productLine} name="productLineId">
              <ProductLineSelect placeholder={t.choose} />
            </Form.Item>
          </Col>
          <Col span={4}>
            <Form.Item label={t.scale} name="scale">
              <Select<EnterpriseScale>
                allowClear
                placeholder={t.choose}
                options={ENTERPRISE_SCALES.map((s) => ({ value: s.code, label: pickLabel(lang, s) }))}
              />
            </Form.Item>
          </Col>
          <Col span={4}>
            <Form.Item label={t.industry} name="industry">
              <Select<Industry>
                allowClear
                placeholder={t.choose}
                options={INDUSTRIES.map((s) => ({ value: s.code, label: pickLabel(lang, s) }))}
              />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item label={t.remark} name="remark">
              <Input.TextArea rows={2} maxLength={1000} placeholder={t.remarkPlaceholder} />
            </Form.Item>
          </Col>
        </Row>
        <Space>
          <Button type="primary" htmlType="submit" icon={<SendOutlined />} loading={loading} data-testid="lead-submit">
            {t.submitLead}
          </Button>
          <Button
            onClick={() => {
              form.resetFields();
              setResult(null);
              setError(null);
            }}
          >
            {t.resetForm}
          </Button>
        </Space>
      </Form>
      {error ? <Alert type="error" showIcon title={error} style={{ marginTop: 16 }} /> : null}
      {result ? (
        <Alert
          style={{ marginTop: 16 }}
          type={result.status === "ROUTED" ? "success" : "warning"}
          showIcon
          data-testid="lead-result"
          title={
            result.status === "ROUTED" && result.dealer
              ? t.resultRoutedTitle(result.companyName, result.dealer.name)
              : t.resultUnroutedTitle(result.companyName)
          }
          description={
            <div>
              {result.status === "ROUTED" && result.rule ? <div>{t.resultRule(result.rule.name)}</div> : null}
              {result.status !== "ROUTED" ? <div>{t.resultUnroutedHint}</div> : null}
              <div style={{ marginTop: 8 }}>
                <Typography.Text type="secondary">{t.trace}</Typography.Text>
                <TraceLines lines={result.traceLines} empty={t.noTrace} />
              </div>
            </div>
          }
        />
      ) : null}
    </Card>
  );
}
