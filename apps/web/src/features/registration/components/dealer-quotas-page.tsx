"use client";

import { useQuery } from "@apollo/client/react";
import { Alert, Button, Card, Input, Space, Table, Tag, Typography } from "antd";
import type { TableColumnsType } from "antd";
import { useState } from "react";
import { describeError } from "@/shared/apollo/error-message";
import { useLang, useMessages } from "@/shared/i18n/lang-provider";
import { CursorPager } from "@/shared/ui/cursor-pager";
import { tableEmptyText } from "@/shared/ui/table-empty";
import { useCursorPaging } from "@/shared/ui/use-cursor-paging";
import { ProductLinesQuery } from "../../catalog/graphql/catalog.operations";
import { useViewer } from "../../session/components/viewer-provider";
import { isPlatformAdmin } from "../../session/viewer";
import { DealerQuotasQuery } from "../graphql/quota.operations";
import { quotaMessages } from "../quota.messages";
import { DealerQuotaModal, type DealerQuotaRow } from "./dealer-quota-modal";

/**
 * Vendor › 渠道管理 › 报备名额: every dealer with its maximum and usage per product line; its
 * channel manager (or a platform admin) sets them in a dialog. Others' dealers are read-only here
 * and the API refuses them anyway (FORBIDDEN).
 */
export function DealerQuotasPage() {
  const lang = useLang();
  const t = useMessages(quotaMessages);
  const viewer = useViewer();
  const paging = useCursorPaging(20);
  const [text, setText] = useState<string | null>(null);
  const [editing, setEditing] = useState<DealerQuotaRow | null>(null);
  const { data: catalog } = useQuery(ProductLinesQuery, { fetchPolicy: "cache-first" });
  const { data, loading, error } = useQuery(DealerQuotasQuery, {
    variables: { text, first: paging.pageSize, after: paging.after },
    fetchPolicy: "cache-and-network",
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.dealers;
  const rows = connection?.edges.map((e) => e.node) ?? [];
  const isMine = (d: DealerQuotaRow) => d.channelManager !== null && d.channelManager?.id === viewer.account.id;
  const mayEdit = (d: DealerQuotaRow) => isPlatformAdmin(viewer) || isMine(d);

  const lineColumns: TableColumnsType<DealerQuotaRow> = (catalog?.productLines ?? []).map((p) => ({
    key: `line-${p.id}`,
    width: 110,
    align: "right",
    title: (
      <Space orientation="vertical" size={0} style={{ alignItems: "flex-end" }}>
        <span>{p.name}</span>
        <Typography.Text type="secondary" style={{ fontSize: 12, fontWeight: "normal" }}>
          {t.cellHint}
        </Typography.Text>
      </Space>
    ),
    render: (_, d) => {
      const q = d.quotas.find((entry) => entry.productLine.id === p.id);
      return q ? (
        <Typography.Text
          type={q.available === 0 && q.max > 0 ? "danger" : undefined}
          style={{ whiteSpace: "nowrap" }}
          data-testid={`dealer-quota-cell-${p.code}`}
        >
          {t.cell(q.used, q.max)}
        </Typography.Text>
      ) : (
        <Typography.Text type="secondary">{t.notSet}</Typography.Text>
      );
    },
  }));

  const columns: TableColumnsType<DealerQuotaRow> = [
    {
      title: t.colDealer,
      key: "dealer",
      width: 220,
      render: (_, d) => (
        <Space orientation="vertical" size={0}>
          <Space size={4}>
            <Typography.Text strong>{d.name}</Typography.Text>
            {d.status !== "ACTIVE" ? <Tag>{t.disabledTag}</Tag> : null}
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
      title: t.colChannelManager,
      key: "channelManager",
      width: 170,
      render: (_, d) =>
        d.channelManager ? (
          <Space size={4}>
            <span>{d.channelManager.realName}</span>
            {isMine(d) ? <Tag color="blue">{t.mine}</Tag> : null}
          </Space>
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
    },
    ...lineColumns,
    {
      title: t.colActions,
      key: "actions",
      width: lang === "zh" ? 100 : 120,
      fixed: "right",
      render: (_, d) =>
        mayEdit(d) ? (
          <Button type="link" size="small" onClick={() => setEditing(d)} data-testid="dealer-quota-edit">
            {t.setQuotas}
          </Button>
        ) : null,
    },
  ];

  return (
    <Card title={t.vendorTitle}>
      <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
        <Typography.Text type="secondary">{t.vendorIntro}</Typography.Text>
        <Input.Search
          allowClear
          placeholder={t.vendorSearch}
          style={{ maxWidth: 320 }}
          onSearch={(value) => {
            setText(value.trim() || null);
            paging.reset();
          }}
        />
        {error ? (
          <Alert type="error" showIcon title={t.loadFailed} description={describeError(error, lang).message} />
        ) : null}
        <div>
          <Table<DealerQuotaRow>
            rowKey="id"
            columns={columns}
            dataSource={rows}
            loading={loading}
            pagination={false}
            size="middle"
            tableLayout="fixed"
            scroll={{ x: columns.reduce((sum, c) => sum + (typeof c.width === "number" ? c.width : 120), 0) }}
            locale={{ emptyText: tableEmptyText(loading, t.vendorEmpty) }}
            data-testid="dealer-quota-table"
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
      <DealerQuotaModal dealer={editing} onClose={() => setEditing(null)} />
    </Card>
  );
}
