"use client";

import { SearchOutlined } from "@ant-design/icons";
import { useQuery } from "@apollo/client/react";
import { auditEntityTypes } from "@crm/domain";
import { Alert, Button, Card, DatePicker, Form, Select, Space, Table, Tag, Tooltip, Typography } from "antd";
import type { GetProps, TableColumnsType } from "antd";
import { useState } from "react";
import type { AuditLogFilter, AuditLogRowFragment } from "@/gql/graphql";
import { describeError } from "@/shared/apollo/error-message";
import { formatDateTime } from "@/shared/format";
import { useLang, useMessages } from "@/shared/i18n/lang-provider";
import { CursorPager } from "@/shared/ui/cursor-pager";
import { tableEmptyText } from "@/shared/ui/table-empty";
import { useCursorPaging } from "@/shared/ui/use-cursor-paging";
import { DealerSelect } from "../../dealer/components/dealer-select";
import { useViewer } from "../../session/components/viewer-provider";
import { isVendorViewer } from "../../session/viewer";
import { auditMessages } from "../audit.messages";
import { shortId, snapshotName } from "../audit-format";
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
  // The entity types this viewer's log holds: a dealer's own records, plus the vendor's.
  const entityTypes = auditEntityTypes(vendor);
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
    const full = t.fullActions[action];
    if (full) return full;
    const dot = action.indexOf(".");
    const entity = dot >= 0 ? action.slice(0, dot) : "";
    const verb = dot >= 0 ? action.slice(dot + 1) : action;
    const verbLabel = t.actions[verb];
    if (!verbLabel) return action;
    return entity ? `${entityLabel(entity)} · ${verbLabel}` : verbLabel;
  }

  /** 经销商 of an entry (vendor view): the acting or represented account's dealer, or the dealer itself. */
  function dealerName(e: AuditLogRowFragment): string {
    const own = e.actor?.dealer?.name ?? e.principal?.dealer?.name;
    if (own) return own;
    if (e.entityType === "dealer") return snapshotName(e.before, e.after) ?? "—";
    return e.actor ? t.vendorSide : "—";
  }

  function submit(values: FilterValues) {
    const [from, to] = values.range ?? [null, null];
    setFilter({
      dealerId: values.dealerId ?? null,
      entityType: values.entityType ?? null,
      from: from ? from.startOf("day").toISOString() : null,
      to: to ? to.endOf("day").toISOString() : null,
    });
    paging.reset();
  }

  const columns: TableColumnsType<AuditLogRowFragment> = [
    {
      title: t.colAt,
      key: "at",
      width: 150,
      render: (_, e) => <span style={{ whiteSpace: "nowrap" }}>{formatDateTime(e.at, lang)}</span>,
    },
    ...(vendor
      ? [
          {
            title: t.colDealer,
            key: "dealer",
            width: 140,
            ellipsis: true,
            render: (_: unknown, e: AuditLogRowFragment) => dealerName(e),
          },
        ]
      : []),
    {
      title: t.colActor,
      key: "actor",
      ellipsis: true,
      render: (_, e) => (
        <span title={e.actorName}>
          {e.actorName}
          {e.principalName && e.principalName !== e.actorName ? (
            <Tag color="gold" style={{ marginInlineStart: 4 }}>
              {t.actingFor(e.principalName)}
            </Tag>
          ) : null}
        </span>
      ),
    },
    {
      title: t.colAction,
      key: "action",
      width: 150,
      ellipsis: true,
      render: (_, e) => (
        <Tooltip title={e.action}>
          <span style={{ whiteSpace: "nowrap" }}>{actionLabel(e.action)}</span>
        </Tooltip>
      ),
    },
    {
      title: t.colEntity,
      key: "entity",
      ellipsis: true,
      render: (_, e) => {
        const name = snapshotName(e.before, e.after);
        return (
          <span>
            <Tag style={{ marginInlineEnd: 4 }}>{entityLabel(e.entityType)}</Tag>
            {name ? (
              <Tooltip title={e.entityId ?? undefined}>
                <span>{name}</span>
              </Tooltip>
            ) : e.entityId ? (
              <Tooltip title={e.entityId}>
                <Typography.Text type="secondary">#{shortId(e.entityId)}</Typography.Text>
              </Tooltip>
            ) : null}
          </span>
        );
      },
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
            <Select<string>
              allowClear
              placeholder={t.entityTypePlaceholder}
              style={{ width: 160 }}
              options={entityTypes.map((value) => ({ value, label: entityLabel(value) }))}
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
            locale={{ emptyText: tableEmptyText(loading, t.empty) }}
            // Fixed layout with ellipsis: fits 1024 px without wrapping names or ids.
            tableLayout="fixed"
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
