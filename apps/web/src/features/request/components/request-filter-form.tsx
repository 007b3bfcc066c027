"use client";

import { SearchOutlined } from "@ant-design/icons";
import { useQuery } from "@apollo/client/react";
import { Button, Form, Input, Select, Space } from "antd";
import { useEffect } from "react";
import { DealerSelect } from "@/features/dealer/components/dealer-select";
import type { RequestGroup, RequestStatus } from "@/gql/graphql";
import { useLang, useMessages } from "@/shared/i18n/lang-provider";
import { RequestTypesQuery } from "../graphql/request.operations";
import type { RequestFilterValues } from "../request-filter";
import { REQUEST_GROUP_CODES, REQUEST_STATUS_CODES, requestGroupLabel, requestStatusLabel } from "../request-labels";
import { requestMessages } from "../request.messages";

interface FormValues {
  text: string;
  status: RequestStatus | null;
  groupCode: RequestGroup | null;
  typeId: string | null;
  dealerId: string | null;
}

function toFormValues(v: RequestFilterValues): FormValues {
  return {
    text: v.text ?? "",
    status: v.status ?? null,
    groupCode: v.groupCode ?? null,
    typeId: v.typeId ?? null,
    dealerId: v.dealerId ?? null,
  };
}

/** 查询表单 of the request lists: number, status (not on to-do lists), group, type, dealer (vendor staff). */
export function RequestFilterForm({
  value,
  withStatus,
  withDealer,
  onSearch,
}: {
  value: RequestFilterValues;
  withStatus: boolean;
  withDealer: boolean;
  onSearch: (values: RequestFilterValues) => void;
}) {
  const lang = useLang();
  const t = useMessages(requestMessages);
  const [form] = Form.useForm<FormValues>();
  const types = useQuery(RequestTypesQuery, { variables: { includeInactive: false } });
  const group = Form.useWatch("groupCode", form);
  const valueKey = JSON.stringify(value);

  useEffect(() => {
    form.setFieldsValue(toFormValues(JSON.parse(valueKey) as RequestFilterValues));
  }, [form, valueKey]);

  const typeOptions = (types.data?.requestTypes ?? [])
    .filter((ty) => !group || ty.groupCode === group)
    .map((ty) => ({ value: ty.id, label: ty.name }));

  return (
    <Form<FormValues>
      form={form}
      name="requestFilter"
      layout="inline"
      initialValues={toFormValues(value)}
      style={{ rowGap: 12 }}
      onFinish={(v) =>
        onSearch({
          text: v.text?.trim() || undefined,
          status: withStatus ? (v.status ?? undefined) : undefined,
          groupCode: v.groupCode ?? undefined,
          typeId: v.typeId ?? undefined,
          dealerId: withDealer ? (v.dealerId ?? undefined) : undefined,
        })
      }
      data-testid="request-filter"
    >
      <Form.Item label={t.filterText} name="text">
        <Input allowClear placeholder={t.filterTextPlaceholder} style={{ width: 190 }} maxLength={40} />
      </Form.Item>
      {withStatus ? (
        <Form.Item label={t.filterStatus} name="status">
          <Select<RequestStatus>
            allowClear
            placeholder={t.all}
            style={{ width: 120 }}
            options={REQUEST_STATUS_CODES.map((s) => ({ value: s, label: requestStatusLabel(lang, s) }))}
          />
        </Form.Item>
      ) : null}
      <Form.Item label={t.filterGroup} name="groupCode">
        <Select<RequestGroup>
          allowClear
          placeholder={t.all}
          style={{ width: 150 }}
          onChange={() => form.setFieldValue("typeId", null)}
          options={REQUEST_GROUP_CODES.map((g) => ({ value: g, label: requestGroupLabel(lang, g) }))}
        />
      </Form.Item>
      <Form.Item label={t.filterType} name="typeId">
        <Select<string> allowClear placeholder={t.all} style={{ width: 210 }} options={typeOptions} />
      </Form.Item>
      {withDealer ? (
        <Form.Item label={t.filterDealer} name="dealerId">
          <DealerSelect style={{ width: 200 }} />
        </Form.Item>
      ) : null}
      <Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" icon={<SearchOutlined />} data-testid="request-search">
            {t.search}
          </Button>
          <Button onClick={() => onSearch({})} data-testid="request-reset">
            {t.reset}
          </Button>
        </Space>
      </Form.Item>
    </Form>
  );
}
