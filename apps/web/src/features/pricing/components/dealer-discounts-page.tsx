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
import { DealerDiscountsQuery } from "../graphql/pricing.operations";
import { formatDiscount } from "../price-format";
import { pricingMessages } from "../pricing.messages";
import { DealerDiscountModal, type DealerDiscountRow } from "./dealer-discount-modal";
import { PriceListTable } from "./price-list-table";

/**
 * Vendor › 渠道管理 › 折扣: every dealer with its discount per product line, e.g. "8.5 折 (85%)";
 * its channel manager (or a platform admin) edits them in a dialog, and each row expands into the
 * dealer's price list (公开价格 and 结算价). Others' dealers are read-only here; the API refuses
 * them anyway (FORBIDDEN).
 */
export function DealerDiscountsPage() {
  const lang = useLang();
  const t = useMessages(pricingMessages);
  const viewer = useViewer();
  const paging = useCursorPaging(20);
  const [text, setText] = useState<string | null>(null);
  const [editing, setEditing] = useState<DealerDiscountRow | null>(null);
  const { data: catalog } = useQuery(ProductLinesQuery, { fetchPolicy: "cache-first" });
  const { data, loading, error } = useQuery(DealerDiscountsQuery, {
    variables: { text, first: paging.pageSize, after: paging.after },
    fetchPolicy: "cache-and-network",
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.dealers;
  const rows = connection?.edges.map((e) => e.node) ?? [];
  const isMine = (d: DealerDiscountRow) => d.channelManager !== null && d.channelManager?.id === viewer.account.id;
  const mayEdit = (d: DealerDiscountRow) => isPlatformAdmin(viewer) || isMine(d);

  const lineColumns: TableColumnsType<DealerDiscountRow> = (catalog?.productLines ?? []).map((p) => ({
    key: `line-${p.id}`,
    title: p.name,
    width: 110,
    align: "right",
    render: (_, d) => {
      if (d.discounts === null || d.discounts === undefined) {
        return <Typography.Text type="secondary">{t.hidden}</Typography.Text>;
      }
      const discount = d.discounts.find((entry) => entry.productLine.id === p.id);
      return discount ? (
        <Typography.Text style={{ whiteSpace: "nowrap" }} data-testid={`dealer-discount-cell-${p.code}`}>
          {formatDiscount(discount.rateBp, lang)}
        </Typography.Text>
      ) : (
        <Typography.Text type="secondary">{t.noDiscount}</Typography.Text>
      );
    },
  }));

  const columns: TableColumnsType<DealerDiscountRow> = [
    {
      title: t.colDealer,
      key: "dealer",
      width: 180,
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
      width: 150,
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
      width: lang === "zh" ? 100 : 130,
      fixed: "right",
      render: (_, d) =>
        mayEdit(d) ? (
          <Button type="link" size="small" onClick={() => setEditing(d)} data-testid="dealer-discount-edit">
            {t.setDiscounts}
          </Button>
        ) : null,
    },
  ];

  return (
    <Card title={t.title}>
      <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
        <Typography.Text type="secondary">{t.intro}</Typography.Text>
        <Input.Search
          allowClear
          placeholder={t.search}
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
          <Table<DealerDiscountRow>
            rowKey="id"
            columns={columns}
            dataSource={rows}
            loading={loading}
            pagination={false}
            size="middle"
            tableLayout="fixed"
            scroll={{ x: columns.reduce((sum, c) => sum + (typeof c.width === "number" ? c.width : 120), 48) }}
            expandable={{
              expandedRowRender: (d) => (
                <div style={{ padding: "4px 0" }}>
                  <Typography.Text strong style={{ display: "block", marginBottom: 8 }}>
                    {t.priceListTitle}
                  </Typography.Text>
                  <PriceListTable dealerId={d.id} size="small" />
                </div>
              ),
              columnTitle: null,
            }}
            locale={{ emptyText: tableEmptyText(loading, t.empty) }}
            data-testid="dealer-discount-table"
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
      <DealerDiscountModal dealer={editing} onClose={() => setEditing(null)} />
    </Card>
  );
}
