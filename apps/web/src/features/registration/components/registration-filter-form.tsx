"use client";

import { SearchOutlined } from "@ant-design/icons";
import { skipToken, useQuery } from "@apollo/client/react";
import { Button, Form, Input, Select, Space } from "antd";
import { useEffect } from "react";
import type { RegistrationStatus } from "@/gql/graphql";
import { useMessages } from "@/shared/i18n/lang-provider";
import { AccountSelect } from "../../account/components/account-select";
import { ProductLineSelect } from "../../catalog/components/product-line-select";
import { HolderLabelQuery } from "../graphql/registration.operations";
import { ENDING_WITHIN_PRESETS, type RegistrationFilterValues } from "../registration-filter";
import { REGISTRATION_STATUSES, registrationStatusLabel } from "../registration-status";
import { registrationMessages } from "../registration.messages";

interface FormValues {
  productLineId: string | null;
  domain: string;
  accountId: string | null;
  status: RegistrationStatus | null;
  endingWithinDays: number | null;
}

function toFormValues(value: RegistrationFilterValues): FormValues {
  return {
    productLineId: value.productLineId ?? null,
    domain: value.domain ?? "",
    accountId: value.accountId ?? null,
    status: value.status ?? null,
    endingWithinDays: value.endingWithinDays ?? null,
  };
}

/** 查询表单 of 报备列表: product line, domain, 报备帐号 (for viewers who see others), status, 即将到期. */
export function RegistrationFilterForm({
  value,
  showHolder,
  onSearch,
}: {
  value: RegistrationFilterValues;
  showHolder: boolean;
  onSearch: (filter: RegistrationFilterValues) => void;
}) {
  const t = useMessages(registrationMessages);
  const [form] = Form.useForm<FormValues>();
  const valueKey = JSON.stringify(value);
  // A link may carry another window than the presets (e.g. a changed 首页 setting): show it as chosen.
  const endingOptions = [
    ...new Set<number>([...ENDING_WITHIN_PRESETS, ...(value.endingWithinDays ? [value.endingWithinDays] : [])]),
  ].sort((a, b) => a - b);

  // The URL is the truth: back/forward or a shared link set the form again.
  useEffect(() => {
    form.setFieldsValue(toFormValues(JSON.parse(valueKey) as RegistrationFilterValues));
  }, [form, valueKey]);

  // A shared link names the holder by id: fetch the name for the picker's label.
  const holder = useQuery(
    HolderLabelQuery,
    showHolder && value.accountId ? { variables: { id: value.accountId }, fetchPolicy: "cache-first" } : skipToken,
  );

  return (
    <Form<FormValues>
      form={form}
      name="registrationFilter"
      layout="inline"
      initialValues={toFormValues(value)}
      onFinish={(v) =>
        onSearch({
          productLineId: v.productLineId ?? undefined,
          domain: v.domain?.trim() || undefined,
          accountId: showHolder ? (v.accountId ?? undefined) : undefined,
          status: v.status ?? undefined,
          endingWithinDays: v.endingWithinDays ?? undefined,
        })
      }
      style={{ rowGap: 12 }}
      data-testid="registration-filter"
    >
      <Form.Item label={t.filterProductLine} name="productLineId">
        <ProductLineSelect placeholder={t.all} style={{ width: 130 }} />
      </Form.Item>
      <Form.Item label={t.filterDomain} name="domain">
        <Input allowClear placeholder={t.filterDomainPlaceholder} style={{ width: 180 }} maxLength={253} />
      </Form.Item>
      {showHolder ? (
        <Form.Item label={t.filterHolder} name="accountId">
          <AccountSelect
            kind="DEALER"
            placeholder={t.all}
            current={holder.data?.account ?? null}
            style={{ width: 180 }}
          />
        </Form.Item>
      ) : null}
      <Form.Item label={t.filterStatus} name="status">
        <Select<RegistrationStatus>
          allowClear
          placeholder={t.all}
          style={{ width: 120 }}
          options={REGISTRATION_STATUSES.map((s) => ({ value: s, label: registrationStatusLabel(t, s) }))}
        />
      </Form.Item>
      <Form.Item label={t.filterEnding} name="endingWithinDays">
        <Select<number>
          allowClear
          placeholder={t.all}
          style={{ width: 120 }}
          data-testid="registration-filter-ending"
          options={endingOptions.map((days) => ({ value: days, label: t.endingWithin(days) }))}
        />
      </Form.Item>
      <Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" icon={<SearchOutlined />} data-testid="registration-search">
            {t.search}
          </Button>
          <Button onClick={() => onSearch({})} data-testid="registration-reset">
            {t.reset}
          </Button>
        </Space>
      </Form.Item>
    </Form>
  );
}
