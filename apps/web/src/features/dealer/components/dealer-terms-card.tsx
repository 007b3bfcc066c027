"use client";

import type { ErrorLike } from "@apollo/client";
import { Alert, Button, Card, Input, Space, Table, Tag, Typography } from "antd";
import type { TableColumnsType, TableProps } from "antd";
import type { ReactNode } from "react";
import { describeError } from "@/shared/apollo/error-message";
import { useLang } from "@/shared/i18n/lang-provider";
import { CursorPager } from "@/shared/ui/cursor-pager";
import { tableEmptyText } from "@/shared/ui/table-empty";
import type { CursorPaging } from "@/shared/ui/use-cursor-paging";
import { useViewer } from "../../session/components/viewer-provider";
import { isPlatformAdmin } from "../../session/viewer";

/** What a row of a per-dealer terms table needs: the dealer and its channel manager. */
export interface DealerTermsRow {
  id: string;
  name: string;
  status: string;
  regionName?: string | null;
  channelManager?: { id: string; realName: string } | null;
}

export interface DealerTermsLabels {
  title: string;
  intro: string;
  search: string;
  empty: string;
  loadFailed: string;
  colDealer: string;
  colChannelManager: string;
  colActions: string;
  disabledTag: string;
  mine: string;
  edit: string;
}

/**
 * The vendor's per-dealer terms pages (报备名额, 折扣): every dealer with one column per product
 * line, searchable and paged; the dealer's channel manager (or a platform admin) edits a row in
 * the page's own dialog. Others' dealers are read-only here, and the API refuses them anyway.
 */
export function DealerTermsCard<Row extends DealerTermsRow>({
  labels,
  testId,
  rows,
  connection,
  loading,
  error,
  paging,
  onSearch,
  lineColumns,
  dealerWidth,
  expandable,
  onEdit,
  children,
}: {
  labels: DealerTermsLabels;
  /** e.g. "dealer-quota": the table is `${testId}-table`, the edit buttons `${testId}-edit`. */
  testId: string;
  rows: Row[];
  connection: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor?: string | null } } | undefined;
  loading: boolean;
  error: ErrorLike | undefined;
  paging: CursorPaging;
  onSearch: (text: string | null) => void;
  lineColumns: TableColumnsType<Row>;
  dealerWidth: number;
  expandable?: TableProps<Row>["expandable"];
  onEdit: (row: Row) => void;
  /** The edit dialog. */
  children: ReactNode;
}) {
  const lang = useLang();
  const viewer = useViewer();
  const isMine = (d: Row) => d.channelManager !== null && d.channelManager?.id === viewer.account.id;
  const mayEdit = (d: Row) => isPlatformAdmin(viewer) || isMine(d);

  const columns: TableColumnsType<Row> = [
    {
      title: labels.colDealer,
      key: "dealer",
      width: dealerWidth,
      render: (_, d) => (
        <Space orientation="vertical" size={0}>
          <Space size={4}>
            <Typography.Text strong>{d.name}</Typography.Text>
            {d.status !== "ACTIVE" ? <Tag>{labels.disabledTag}</Tag> : null}
          </Space>
          {d.regionName ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {d.regionName}
            </Typography.Text>
          ) : null}
        </Space>
      ),
    },
    {
      title: labels.colChannelManager,
      key: "channelManager",
      width: 160,
      render: (_, d) =>
        d.channelManager ? (
          <Space size={4}>
            <span>{d.channelManager.realName}</span>
            {isMine(d) ? <Tag color="blue">{labels.mine}</Tag> : null}
          </Space>
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
    },
    ...lineColumns,
    {
      title: labels.colActions,
      key: "actions",
      width: lang === "zh" ? 100 : 130,
      fixed: "right",
      render: (_, d) =>
        mayEdit(d) ? (
          <Button type="link" size="small" onClick={() => onEdit(d)} data-testid={`${testId}-edit`}>
            {labels.edit}
          </Button>
        ) : null,
    },
  ];

  return (
    <Card title={labels.title}>
      <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
        <Typography.Text type="secondary">{labels.intro}</Typography.Text>
        <Input.Search
          allowClear
          placeholder={labels.search}
          style={{ maxWidth: 320 }}
          onSearch={(value) => {
            onSearch(value.trim() || null);
            paging.reset();
          }}
        />
        {error ? (
          <Alert type="error" showIcon title={labels.loadFailed} description={describeError(error, lang).message} />
        ) : null}
        <div>
          <Table<Row>
            rowKey="id"
            columns={columns}
            dataSource={rows}
            loading={loading}
            pagination={false}
            size="middle"
            tableLayout="fixed"
            scroll={{
              x: columns.reduce((sum, c) => sum + (typeof c.width === "number" ? c.width : 120), expandable ? 48 : 0),
            }}
            expandable={expandable}
            locale={{ emptyText: tableEmptyText(loading, labels.empty) }}
            data-testid={`${testId}-table`}
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
      {children}
    </Card>
  );
}
