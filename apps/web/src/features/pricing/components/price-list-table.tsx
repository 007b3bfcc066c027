"use client";

import { useQuery } from "@apollo/client/react";
import { Alert, Space, Table, Tag, Tooltip, Typography } from "antd";
import type { TableColumnsType } from "antd";
import { describeError } from "@/shared/apollo/error-message";
import { useLang, useMessages } from "@/shared/i18n/lang-provider";
import { tableEmptyText } from "@/shared/ui/table-empty";
import { PriceListQuery } from "../graphql/pricing.operations";
import { formatYuan } from "../price-format";
import { pricingMessages } from "../pricing.messages";

interface PriceRow {
  key: string;
  lineName: string;
  giftRule: string;
  /** How many rows the product line's cell spans (0 for all but its first row). */
  span: number;
  editionName: string;
  isSpecial: boolean;
  listPrice: number | null;
  settlementPrice: number | null;
}

/**
 * 价格表 (read-only): every product line's editions on sale with 公开价格 and 结算价 per seat per
 * month. The API decides what the viewer sees — a price the viewer may not see arrives as null
 * and shows as "无权查看". Dealer accounts see their own dealer's settlement prices; vendor staff
 * pass `dealerId`. Mount it anywhere (e.g. the dealer info page); it fetches its own data.
 */
export function PriceListTable({
  dealerId = null,
  size = "middle",
}: {
  dealerId?: string | null;
  size?: "small" | "middle";
}) {
  const lang = useLang();
  const t = useMessages(pricingMessages);
  const { data, loading, error } = useQuery(PriceListQuery, {
    variables: { dealerId },
    fetchPolicy: "cache-and-network",
  });

  const rows: PriceRow[] = (data?.productLines ?? []).flatMap((line) =>
    line.editions.map((e, i) => ({
      key: e.id,
      lineName: line.name,
      giftRule: lang === "zh" ? line.giftRule.labelZh : line.giftRule.labelEn,
      span: i === 0 ? line.editions.length : 0,
      editionName: e.name,
      isSpecial: e.isSpecial,
      listPrice: e.listPrice ?? null,
      settlementPrice: e.settlementPrice ?? null,
    })),
  );

  const price = (fen: number | null) =>
    fen === null ? (
      <Tooltip title={t.priceHiddenHint}>
        <Typography.Text type="secondary">{t.hidden}</Typography.Text>
      </Tooltip>
    ) : (
      <Typography.Text style={{ whiteSpace: "nowrap" }}>{formatYuan(fen)}</Typography.Text>
    );

  const columns: TableColumnsType<PriceRow> = [
    {
      title: t.colLine,
      key: "line",
      width: 240,
      onCell: (r) => ({ rowSpan: r.span }),
      render: (_, r) => (
        <Space orientation="vertical" size={0}>
          <Typography.Text strong>{r.lineName}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {r.giftRule}
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: t.colEdition,
      key: "edition",
      render: (_, r) => (
        <Space size={4}>
          <span>{r.editionName}</span>
          {r.isSpecial ? <Tag color="orange">{t.special}</Tag> : null}
        </Space>
      ),
    },
    {
      title: (
        <span>
          {t.colListPrice}
          <Typography.Text type="secondary" style={{ fontWeight: "normal", fontSize: 12 }}>
            {" "}
            ({t.perSeatMonth})
          </Typography.Text>
        </span>
      ),
      key: "listPrice",
      align: "right",
      width: 170,
      render: (_, r) => price(r.listPrice),
    },
    {
      title: (
        <span>
          {t.colSettlementPrice}
          <Typography.Text type="secondary" style={{ fontWeight: "normal", fontSize: 12 }}>
            {" "}
            ({t.perSeatMonth})
          </Typography.Text>
        </span>
      ),
      key: "settlementPrice",
      align: "right",
      width: 170,
      render: (_, r) => price(r.settlementPrice),
    },
  ];

  return (
    <>
      {error ? (
        <Alert
          type="error"
          showIcon
          title={t.priceListFailed}
          description={describeError(error, lang).message}
          style={{ marginBottom: 12 }}
        />
      ) : null}
      <Table<PriceRow>
        rowKey="key"
        size={size}
        bordered
        columns={columns}
        dataSource={rows}
        loading={loading && !data}
        pagination={false}
        locale={{ emptyText: tableEmptyText(loading, t.priceListEmpty) }}
        data-testid="price-list-table"
      />
    </>
  );
}
