"use client";

import { SearchOutlined } from "@ant-design/icons";
import { Button, Form, Input, Select, Space } from "antd";
import type { AccountFilter, ActiveStatus, AccountType } from "@/gql/graphql";
import { ACCOUNT_TYPE_OPTIONS, accountStatusLabel } from "@/shared/domain-labels";
import { pickLabel } from "@/shared/i18n/lang";
import { useLang, useMessages } from "@/shared/i18n/lang-provider";
import { accountMessages } from "../account.messages";
import { AccountSelect } from "./account-select";

interface FilterValues {
  text?: string;
  accountType?: AccountType;
  status?: ActiveStatus;
  superiorId?: string | null;
}

const STATUSES: ActiveStatus[] = ["ACTIVE", "DISABLED"];

/** 查询表单: keyword, account type, status and superior, combined with AND. */
export function AccountFilterForm({ onSearch }: { onSearch: (filter: AccountFilter) => void }) {
  const lang = useLang();
  const t = useMessages(accountMessages);
  const [form] = Form.useForm<FilterValues>();

  function submit(values: FilterValues) {
    onSearch({
      text: values.text?.trim() || null,
      accountType: values.accountType ?? null,
      status: values.status ?? null,
      superiorId: values.superiorId ?? null,
    });
  }

  return (
    <Form<FilterValues>
      name="accountFilter"
      form={form}
      layout="inline"
      onFinish={submit}
      style={{ rowGap: 12 }}
      aria-label={t.search}
    >
      <Form.Item label={t.filterText} name="text">
        <Input allowClear placeholder={t.filterTextPlaceholder} style={{ width: 200 }} />
      </Form.Item>
      <Form.Item label={t.filterAccountType} name="accountType">
        <Select<AccountType>
          allowClear
          placeholder={t.all}
          style={{ width: 120 }}
          options={ACCOUNT_TYPE_OPTIONS.map((o) => ({ value: o.code, label: pickLabel(lang, o) }))}
        />
      </Form.Item>
      <Form.Item label={t.filterStatus} name="status">
        <Select<ActiveStatus>
          allowClear
          placeholder={t.all}
          style={{ width: 110 }}
          options={STATUSES.map((s) => ({ value: s, label: accountStatusLabel(lang, s) }))}
        />
      </Form.Item>
      <Form.Item label={t.filterSuperior} name="superiorId">
        <AccountSelect placeholder={t.all} kind="DEALER" style={{ width: 200 }} />
      </Form.Item>
      <Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" icon={<SearchOutlined />} data-testid="account-search">
            {t.search}
          </Button>
          <Button
            onClick={() => {
              form.resetFields();
              submit({});
            }}
          >
            {t.reset}
          </Button>
        </Space>
      </Form.Item>
    </Form>
  );
}
