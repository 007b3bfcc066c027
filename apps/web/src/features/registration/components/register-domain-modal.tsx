"use client";

import { useMutation } from "@apollo/client/react";
import { domainNameErrorMessage, normalizeDomain, toUnicodeDomain } from "@crm/domain";
import { Alert, App, Form, Input, Modal, Select, Space, Tag, Typography } from "antd";
import { useEffect, useState } from "react";
import type { RegistrationRowFragment } from "@/gql/graphql";
import { describeError } from "@/shared/apollo/error-message";
import { formatDate } from "@/shared/format";
import { pickLabel } from "@/shared/i18n/lang";
import { useLang, useMessages } from "@/shared/i18n/lang-provider";
import { ProductLineSelect } from "../../catalog/components/product-line-select";
import { RegisterDomainMutation } from "../graphql/registration.operations";
import { registrationMessages } from "../registration.messages";
import { usedOfMax, type MyQuotas } from "./use-my-quotas";

/** The enterprise a registration is added for, with the domains it may lock. */
export interface RegistrationEnterprise {
  id: string;
  name: string;
  domains: readonly { domain: string; unicode: string; isMain: boolean }[];
}

interface FormValues {
  productLineId?: string | null;
  domain?: string;
}

/** Under the product line: what the viewer can still register on it, or why it will be refused. */
function QuotaHint({ quotas, productLineId }: { quotas: MyQuotas; productLineId: string | null | undefined }) {
  const t = useMessages(registrationMessages);
  if (!productLineId || !quotas.loaded) return null;
  const line = quotas.lines.find((l) => l.productLine.id === productLineId);
  const own = line?.own ?? null;
  const dealer = line?.dealer ?? null;
  let type: "secondary" | "warning" = "warning";
  let text: string;
  if (!own || own.max === 0) text = t.quotaHintNotAssigned;
  else if (own.available > 0) {
    type = "secondary";
    text = t.quotaHintOk(own.available, usedOfMax(own), usedOfMax(dealer));
  } else if (own.used >= own.max) text = t.quotaHintOwnFull(usedOfMax(own));
  else text = t.quotaHintDealerFull(usedOfMax(dealer));
  return (
    <Typography.Text type={type} style={{ fontSize: 13 }} data-testid="register-quota-hint">
      {text}
    </Typography.Text>
  );
}

/**
 * 报备锁定: product line + domain → registerDomain. From 报备列表 the domain is typed (any form,
 * normalized live); from an enterprise it is one of the enterprise's domains. Refusals
 * (DOMAIN_LOCKED, ALREADY_REGISTERED, QUOTA_EXCEEDED …) are shown in the dialog in the API's words.
 */
export function RegisterDomainModal({
  open,
  enterprise,
  quotas,
  onClose,
  onRegistered,
}: {
  open: boolean;
  enterprise?: RegistrationEnterprise;
  quotas: MyQuotas;
  onClose: () => void;
  onRegistered: (registration: RegistrationRowFragment) => void;
}) {
  const lang = useLang();
  const t = useMessages(registrationMessages);
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const [error, setError] = useState<string | null>(null);
  const [register, { loading }] = useMutation(RegisterDomainMutation);
  const productLineId = Form.useWatch("productLineId", form);
  const domainInput = Form.useWatch("domain", form);
  const { refetch } = quotas;

  // Fresh numbers each time the dialog opens: another employee may have taken the last slot.
  useEffect(() => {
    if (open) {
      setError(null);
      refetch();
    }
  }, [open, refetch]);

  const firstWithRoom = quotas.lines.find((l) => (l.own?.available ?? 0) > 0)?.productLine.id ?? null;
  // Suggest the first product line with room once the quotas are in (unless one was picked already).
  useEffect(() => {
    if (open && firstWithRoom && !form.isFieldTouched("productLineId") && !form.getFieldValue("productLineId")) {
      form.setFieldValue("productLineId", firstWithRoom);
    }
  }, [open, firstWithRoom, form]);
  const mainDomain = enterprise?.domains.find((d) => d.isMain)?.domain ?? enterprise?.domains[0]?.domain;

  async function submit(values: FormValues) {
    if (!values.productLineId || !values.domain) return;
    setError(null);
    try {
      const { data } = await register({
        variables: {
          input: { productLineId: values.productLineId, domain: values.domain, enterpriseId: enterprise?.id ?? null },
        },
      });
      const row = data?.registerDomain;
      if (!row) return;
      message.success(t.registered(row.domainUnicode, formatDate(row.expiresAt, lang)));
      onRegistered(row);
    } catch (e) {
      setError(describeError(e, lang).message);
    }
  }

  const normalized = !enterprise && domainInput?.trim() ? normalizeDomain(domainInput) : null;

  return (
    <Modal
      open={open}
      title={enterprise ? t.registerFor(enterprise.name) : t.registerTitle}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t.submitRegister}
      cancelText={t.cancel}
      confirmLoading={loading}
      destroyOnHidden
      width={520}
      okButtonProps={{ "data-testid": "register-submit" }}
    >
      <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
        {t.registerIntro}
      </Typography.Paragraph>
      <Form<FormValues>
        name="registerDomain"
        form={form}
        layout="vertical"
        onFinish={submit}
        onValuesChange={() => setError(null)}
        initialValues={{ productLineId: firstWithRoom, domain: mainDomain }}
        preserve={false}
        data-testid="register-form"
      >
        <Form.Item
          label={t.productLine}
          name="productLineId"
          rules={[{ required: true, message: t.productLineRequired }]}
          extra={<QuotaHint quotas={quotas} productLineId={productLineId} />}
        >
          <ProductLineSelect />
        </Form.Item>
        {enterprise ? (
          <Form.Item label={t.domain} name="domain" rules={[{ required: true, message: t.domainPick }]}>
            <Select<string>
              placeholder={t.domainPick}
              options={enterprise.domains.map((d) => ({
                value: d.domain,
                label: (
                  <Space size={8}>
                    <span>{d.unicode}</span>
                    {d.isMain ? <Tag color="blue">{t.mainDomain}</Tag> : null}
                  </Space>
                ),
              }))}
            />
          </Form.Item>
        ) : (
          <Form.Item
            label={t.domain}
            name="domain"
            validateFirst
            rules={[
              { required: true, whitespace: true, message: t.domainRequired },
              {
                validator: (_rule, value: string | undefined) => {
                  if (!value?.trim()) return Promise.resolve(); // the required rule says so
                  const result = normalizeDomain(value);
                  return result.ok
                    ? Promise.resolve()
                    : Promise.reject(new Error(pickLabel(lang, domainNameErrorMessage(result.reason))));
                },
              },
            ]}
            extra={
              normalized?.ok ? (
                <Typography.Text type="success" style={{ fontSize: 13 }} data-testid="register-domain-preview">
                  {t.willLock}
                  <Typography.Text strong type="success">
                    {toUnicodeDomain(normalized.registrable)}
                  </Typography.Text>
                </Typography.Text>
              ) : null
            }
          >
            <Input placeholder={t.domainPlaceholder} maxLength={253} autoComplete="off" />
          </Form.Item>
        )}
      </Form>
      {error ? (
        <Alert type="error" showIcon title={t.registerFailed} description={error} data-testid="register-error" />
      ) : null}
    </Modal>
  );
}
