"use client";

import { DownloadOutlined, PlusOutlined } from "@ant-design/icons";
import { useQuery } from "@apollo/client/react";
import { Alert, Button, Card, Empty, Space, Table, Tag, Tooltip, Typography } from "antd";
import type { TableColumnsType } from "antd";
import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { useMemo, useState } from "react";
import type { BusinessRequestRowFragment } from "@/gql/graphql";
import { describeError } from "@/shared/apollo/error-message";
import { vendorRoleLabel } from "@/shared/domain-labels";
import { formatDateTime } from "@/shared/format";
import { useLang, useMessages } from "@/shared/i18n/lang-provider";
import { CursorPager } from "@/shared/ui/cursor-pager";
import { tableEmptyText } from "@/shared/ui/table-empty";
import { useCursorPaging } from "@/shared/ui/use-cursor-paging";
import { formatMoney } from "../../order/order-labels";
import { useViewer } from "../../session/components/viewer-provider";
import { hasPermission, isVendorViewer } from "../../session/viewer";
import { BusinessRequestsQuery } from "../graphql/request.operations";
import {
  isFiltered,
  parseRequestFilter,
  requestExportUrl,
  requestFilterToQuery,
  toRequestFilter,
  type RequestFilterValues,
  type RequestListKind,
} from "../request-filter";
import { requestGroupLabel, requestStatusColor, requestStatusLabel } from "../request-labels";
import { requestMessages } from "../request.messages";
import { RequestFilterForm } from "./request-filter-form";

/**
 * 业务申请 lists: 所有业务 and 待办业务 for dealers, 待审批 and 所有业务 for vendor staff. Filters
 * live in the URL; paging is cursor-based with the total; the export downloads the same filter.
 */
export function RequestListPage({ kind }: { kind: RequestListKind }) {
  const lang = useLang();
  const t = useMessages(requestMessages);
  const viewer = useViewer();
  const vendor = isVendorViewer(viewer);
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const paging = useCursorPaging(20);
  const query = searchParams.toString();
  const values = useMemo(() => parseRequestFilter(new URLSearchParams(query)), [query]);
  const [pagedQuery, setPagedQuery] = useState(query);
  if (pagedQuery !== query) {
    setPagedQuery(query);
    paging.reset();
  }
  const filter = useMemo(() => toRequestFilter(values, kind), [values, kind]);
  const { data, loading, error } = useQuery(BusinessRequestsQuery, {
    variables: { filter, first: paging.pageSize, after: paging.after },
    fetchPolicy: "cache-and-network",
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.businessRequests;
  const rows = connection?.edges.map((e) => e.node) ?? [];

  function navigate(next: RequestFilterValues) {
    const qs = requestFilterToQuery(next);
    window.history.pushState(null, "", qs ? `${pathname}?${qs}` : pathname);
  }

  const columns: TableColumnsType<BusinessRequestRowFragment> = [
    {
      title: t.colNo,
      key: "no",
      width: 170,
      render: (_, r) => (
        <Link href={`/requests/${r.id}`} data-testid="request-no-link">
          {r.requestNo}
        </Link>
      ),
    },
    {
      title: t.colType,
      key: "type",
      width: 200,
      render: (_, r) => (
        <Space orientation="vertical" size={0}>
          <Typography.Text>{r.type.name}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {requestGroupLabel(lang, r.type.groupCode)}
          </Typography.Text>
        </Space>
      ),
    },
    ...(vendor
      ? [
          {
            title: t.colDealer,
            key: "dealer",
            width: 170,
            render: (_: unknown, r: BusinessRequestRowFragment) => r.dealer?.name ?? "—",
          },
        ]
      : []),
    {
      title: t.colSubmitter,
      key: "submitter",
      width: 120,
      render: (_, r) => r.submitter?.realName ?? "—",
    },
    {
      title: t.colOrder,
      key: "order",
      width: 190,
      render: (_, r) =>
        r.order ? (
          <Space orientation="vertical" size={0}>
            <Link href={`/orders/${r.order.id}`}>{r.order.orderNo}</Link>
            {r.amount !== null && r.amount !== undefined ? (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t.colAmount} {formatMoney(r.amount)}
              </Typography.Text>
            ) : null}
          </Space>
        ) : (
          "—"
        ),
    },
    {
      title: t.colStatus,
      key: "status",
      width: 160,
      render: (_, r) => (
        <Space orientation="vertical" size={0}>
          <Tag color={requestStatusColor(r.status)} data-testid="request-status" style={{ marginInlineEnd: 0 }}>
            {requestStatusLabel(lang, r.status)}
          </Tag>
          {r.status === "PENDING" ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t.stepOf(r.currentStep, r.chain.length, vendorRoleLabel(lang, r.chain[r.currentStep - 1] ?? ""))}
            </Typography.Text>
          ) : null}
        </Space>
      ),
    },
    {
      title: t.colCreatedAt,
      key: "createdAt",
      width: 170,
      render: (_, r) => formatDateTime(r.createdAt, lang),
    },
    {
      title: t.colActions,
      key: "actions",
      width: 80,
      render: (_, r) => (
        <Link href={`/requests/${r.id}`} data-testid="request-open">
          {kind === "approvals" ? t.handle : t.view}
        </Link>
      ),
    },
  ];

  const title = { all: t.titleAll, todo: t.titleTodo, approvals: t.titleApprovals, "vendor-all": t.titleVendorAll }[
    kind
  ];
  const intro = { all: t.introAll, todo: t.introTodo, approvals: t.introApprovals, "vendor-all": t.introVendorAll }[
    kind
  ];
  const mayExport = kind === "all" || kind === "vendor-all";
  const maySubmit = !vendor && hasPermission(viewer, "BUSINESS_REQUEST");
  const emptyText = isFiltered(values) ? (
    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.emptyFiltered} />
  ) : kind === "all" ? (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={
        <Space orientation="vertical" size={4}>
          <Typography.Text strong>{t.empty}</Typography.Text>
          {maySubmit ? <Typography.Text type="secondary">{t.emptyHint}</Typography.Text> : null}
        </Space>
      }
    />
  ) : (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={kind === "todo" ? t.emptyTodo : kind === "approvals" ? t.emptyApprovals : t.empty}
    />
  );

  return (
    <Card
      title={title}
      extra={
        <Space>
          {mayExport ? (
            <Tooltip title={t.exportHint} mouseEnterDelay={0.6}>
              <Button icon={<DownloadOutlined />} href={requestExportUrl(filter)} data-testid="request-export">
                {t.exportCsv}
              </Button>
            </Tooltip>
          ) : null}
          {maySubmit ? (
            <Link href="/requests/new">
              <Button type="primary" icon={<PlusOutlined />} data-testid="request-new">
                {t.newRequest}
              </Button>
            </Link>
          ) : null}
        </Space>
      }
    >
      <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
        <Typography.Text type="secondary">{intro}</Typography.Text>
        <RequestFilterForm
          value={values}
          withStatus={kind === "all" || kind === "vendor-all"}
          withDealer={vendor}
          onSearch={navigate}
        />
        {error ? (
          <Alert type="error" showIcon title={t.loadFailed} description={describeError(error, lang).message} />
        ) : null}
        <div>
          <Table<BusinessRequestRowFragment>
            rowKey="id"
            columns={columns}
            dataSource={rows}
            loading={loading}
            pagination={false}
            size="middle"
            tableLayout="fixed"
            scroll={{ x: columns.reduce((sum, c) => sum + (typeof c.width === "number" ? c.width : 120), 0) }}
            locale={{ emptyText: tableEmptyText(loading, emptyText) }}
            data-testid="request-table"
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
