"use client";

import { SearchOutlined } from "@ant-design/icons";
import { useQuery } from "@apollo/client/react";
import { Alert, AutoComplete, Button, Card, DatePicker, Form, Space, Table, Tag, Typography } from "antd";
import type { GetProps, TableColumnsType } from "antd";
import { useState } from "react";
import type { AuditLogFilter, AuditLogRowFragment } from "@/gql/graphql";
import { describeError } from "@/shared/apollo/error-message";
import { formatDateTime } from "@/shared/format";
import { useLang, useMessages } from "@/shared/i18n/lang-provider";
import { CursorPager } from "@/shared/ui/cursor-pager";
import { useCursorPaging } from "@/shared/ui/use-cursor-paging";
import { DealerSelect } from "../../dealer/components/dealer-select";
import { useViewer } from "../../session/components/viewer-provider";
import { isVendorViewer } from "../../session/viewer";
import { auditMessages } from "../audit.messages";
import { AuditLogListQuery } from "../graphql/audit.operations";
import { AuditDiffView } from "./audit-diff-view";

type RangeValue = GetProps<typeof DatePicker.RangePicker>["value"];

interface FilterValues {
  dealerId?: string | null;
  entityType?: string;
  range?: RangeValue;
}

/** 操作日志: who did what (as whom), when, with the before/after snapshot. */
export function AuditLogPage() {
  const lang = useLang();
  const t = useMessages(auditMessages);
  const [form] = Form.useForm<FilterValues>();
  const vendor = isVendorViewer(useViewer());
  const paging = useCursorPaging(20);
  const [filter, setFilter] = useState<AuditLogFilter>({});
  const { data, loading, error } = useQuery(AuditLogListQuery, {
    variables: { filter, first: paging.pageSize, after: paging.after },
    fetchPolicy: "cache-and-network",
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.auditLogs;

  function entityLabel(type: string): string {
    return t.entityTypes[type] ?? type;
  }

  function actionLabel(action: string): string {
    const dot = action.indexOf(".");
    const entity = dot >= 0 ? action.slice(0, dot) : "";
    const verb = dot >= 0 ? action.slice(dot + 1) : action;
    const verbLabel = t.actions[verb];
    if (!verbLabel) return action;
    return entity ? `${entityLabel(entity)} · ${verbLabel}` : verbLabel;
  }

  function submit(values: FilterValues) {
    const [from, to] = values.range ?? [null, null];
    setFilter({
      dealerId: values.dealerId ?? null,
      entityType: values.entityType?.trim() || null,
      from: from ? from.startOf("day").toISOString() : null,
      to: to ? to.endOf("day").toISOString() : null,
    });
    paging.reset();
  }

  const columns: TableColumnsType<AuditLogRowFragment> = [
    { title: t.colAt, key: "at", width: 180, render: (_, e) => formatDateTime(e.at, lang) },
    {
      title: t.colActor,
      key: "actor",
      render: (_, e) => (
        <Space size={4}>
          <Typography.Text>{e.actorName}</Typography.Text>
          {e.principalName && e.principalName !== e.actorName ? (
            <Tag color="gold">{t.actingFor(e.principalName)}</Tag>
          ) : null}
        </Space>
      ),
    },
    {
      title: t.colAction,
      key: "action",
      render: (_, e) => (
        <Space size={4}>
          <span>{actionLabel(e.action)}</span>
          <Typography.Text type="secondary" code>
            {e.action}
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: t.colEntity,
      key: "entity",
      render: (_, e) => (
        <Space size={4}>
          <Tag>{entityLabel(e.entityType)}</Tag>
          {e.entityId ? <Typography.Text type="secondary">#{e.entityId}</Typography.Text> : null}
        </Space>
      ),
    },
  ];

  return (
    <Card title={t.title}>
      <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
        <Form<FilterValues> name="auditFilter" form={form} layout="inline" onFinish={submit} style={{ rowGap: 12 }}>
          {vendor ? (
            <Form.Item label={t.dealer} name="dealerId">
              <DealerSelect style={{ width: 220 }} />
            </Form.Item>
          ) : null}
          <Form.Item label={t.entityType} name="entityType">
            <AutoComplete
              allowClear
              placeholder={t.entityTypePlaceholder}
              style={{ width: 200 }}
              options={Object.entries(t.entityTypes).map(([value, label]) => ({
                value,
                label: `${label}（${value}）`,
              }))}
            />
          </Form.Item>
          <Form.Item label={t.dateRange} name="range">
            <DatePicker.RangePicker />
          </Form.Item>
          <Form.Item>
            <Space>
              <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>
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
        {error ? (
          <Alert type="error" showIcon title={t.loadFailed} description={describeError(error, lang).message} />
        ) : null}
        <div>
          <Table<AuditLogRowFragment>
            rowKey="id"
            columns={columns}
            dataSource={connection?.edges.map((e) => e.node) ?? []}
            loading={loading}
            pagination={false}
            size="middle"
            locale={{ emptyText: t.empty }}
            expandable={{
              expandedRowRender: (e) => <AuditDiffView before={e.before} after={e.after} />,
              rowExpandable: (e) => e.before != null || e.after != null,
            }}
            data-testid="audit-table"
          />
          <CursorPager
            paging={paging}
            totalCount={connection?.totalCount ?? 0}
            hasNextPage={connection?.pageInfo.hasNextPage ?? false}
            endCursor={connection?.pageInfo.endCursor}
            loading={loading}
          />
        </div>
      </Space>
    </Card>
  );
}
