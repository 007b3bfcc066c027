"use client";

import { SearchOutlined } from "@ant-design/icons";
import { Button, Form, Input, Select, Space } from "antd";
import { useEffect } from "react";
import type { ServiceKind, ServiceStatus } from "@/gql/graphql";
import { useMessages } from "@/shared/i18n/lang-provider";
import { ProductLineSelect } from "../../catalog/components/product-line-select";
import { EXPIRING_WINDOWS, type ServiceFilterValues } from "../service-filter";
import { serviceMessages } from "../service.messages";

interface FormValues {
  productLineId: string | null;
  kind: ServiceKind | null;
  status: ServiceStatus | null;
  expiringWithinDays: number | null;
  text: string;
}

function toFormValues(value: ServiceFilterValues): FormValues {
  return {
    productLineId: value.productLineId ?? null,
    kind: value.kind ?? null,
    status: value.status ?? null,
    expiringWithinDays: value.expiringWithinDays ?? null,
    text: value.text ?? "",
  };
}

/** 查询表单 of 已开通服务: product line, 试用/正式, status, expiring within N days, enterprise or domain. */
export function ServiceFilterForm({
  value,
  onSearch,
}: {
  value: ServiceFilterValues;
  onSearch: (filter: ServiceFilterValues) => void;
}) {
  const t = useMessages(serviceMessages);
  const [form] = Form.useForm<FormValues>();
  const valueKey = JSON.stringify(value);

  // The URL is the truth: back/forward or a shared link set the form again.
  useEffect(() => {
    form.setFieldsValue(toFormValues(JSON.parse(valueKey) as ServiceFilterValues));
  }, [form, valueKey]);

  return (
    <Form<FormValues>
      form={form}
      name="serviceFilter"
      layout="inline"
      initialValues={toFormValues(value)}
      onFinish={(v) =>
        onSearch({
          productLineId: v.productLineId ?? undefined,
          kind: v.kind ?? undefined,
          status: v.status ?? undefined,
          expiringWithinDays: v.expiringWithinDays ?? undefined,
          text: v.text?.trim() || undefined,
        })
      }
      style={{ rowGap: 12 }}
      data-testid="service-filter"
    >
      <Form.Item label={t.filterProductLine} name="productLineId">
        <ProductLineSelect placeholder={t.all} style={{ width: 130 }} />
      </Form.Item>
      <Form.Item label={t.filterKind} name="kind">
        <Select<ServiceKind>
          allowClear
          placeholder={t.all}
          style={{ width: 100 }}
          options={[
            { value: "PAID", label: t.kindPaid },
            { value: "TRIAL", label: t.kindTrial },
          ]}
        />
      </Form.Item>
      <Form.Item label={t.filterStatus} name="status">
        <Select<ServiceStatus>
          allowClear
          placeholder={t.all}
          style={{ width: 110 }}
          options={[
            { value: "ACTIVE", label: t.statusActive },
            { value: "EXPIRED", label: t.statusExpired },
          ]}
        />
      </Form.Item>
      <Form.Item label={t.filterExpiring} name="expiringWithinDays">
        <Select<number>
          allowClear
          placeholder={t.all}
          style={{ width: 140 }}
          options={EXPIRING_WINDOWS.map((n) => ({ value: n, label: t.filterExpiringOption(n) }))}
        />
      </Form.Item>
      <Form.Item label={t.filterText} name="text">
        <Input allowClear placeholder={t.filterTextPlaceholder} style={{ width: 200 }} maxLength={100} />
      </Form.Item>
      <Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" icon={<SearchOutlined />} data-testid="service-search">
            {t.search}
          </Button>
          <Button onClick={() => onSearch({})} data-testid="service-reset">
            {t.reset}
          </Button>
        </Space>
      </Form.Item>
    </Form>
  );
}
