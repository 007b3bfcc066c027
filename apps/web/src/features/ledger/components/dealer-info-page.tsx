"use client";

import { useQuery } from "@apollo/client/react";
import { formatFen } from "@crm/domain";
import { Alert, Card, Col, Descriptions, Empty, Row, Skeleton, Space, Statistic, Table, Tag, Typography } from "antd";
import type { TableColumnsType } from "antd";
import type { DealerInfoQuery as DealerInfoData } from "@/gql/graphql";
import { describeError } from "@/shared/apollo/error-message";
import { useLang, useMessages } from "@/shared/i18n/lang-provider";
import { InvoiceRequestsCard } from "../../invoice/components/invoice-requests-card";
import { BalanceHistoryQuery, DealerInfoQuery } from "../graphql/ledger.operations";
import { ledgerMessages } from "../ledger.messages";
import { BalanceChart } from "./balance-chart";
import { LedgerTable } from "./ledger-table";

const CHART_DAYS = 90;

type Dealer = DealerInfoData["myDealer"];

interface LineRow {
  id: string;
  name: string;
  quota: { used: number; max: number } | null;
  rateBp: number | null;
}

/** Product lines the dealer has a quota or a discount on, in the order the quotas list them. */
function lineRows(dealer: Dealer): LineRow[] {
  const rows = new Map<string, LineRow>();
  for (const q of dealer.quotas) {
    rows.set(q.productLine.id, {
      id: q.productLine.id,
      name: q.productLine.name,
      quota: { used: q.used, max: q.max },
      rateBp: null,
    });
  }
  for (const d of dealer.discounts ?? []) {
    const row = rows.get(d.productLine.id);
    if (row) row.rateBp = d.rateBp;
    else rows.set(d.productLine.id, { id: d.productLine.id, name: d.productLine.name, quota: null, rateBp: d.rateBp });
  }
  return [...rows.values()];
}

/**
 * 虚拟账户/经销商信息 (SPEC §7): the dealer's profile, product lines with quotas and discounts,
 * the prepaid balance with its 90-day chart, the ledger and the invoice requests. The menu shows
 * it to holders of 查看经销商财务信息, and the API answers balance and ledger to them only.
 */
export function DealerInfoPage() {
  const lang = useLang();
  const t = useMessages(ledgerMessages);
  const { data, loading, error } = useQuery(DealerInfoQuery, { fetchPolicy: "cache-and-network" });
  const dealer = data?.myDealer;

  if (error && !dealer) {
    return <Alert type="error" showIcon title={t.loadFailed} description={describeError(error, lang).message} />;
  }
  if (!dealer) return <Skeleton active paragraph={{ rows: 8 }} />;

  const lines = lineRows(dealer);
  const discountsVisible = dealer.discounts !== null && dealer.discounts !== undefined;
  const lineColumns: TableColumnsType<LineRow> = [
    { title: t.colLine, dataIndex: "name", key: "name" },
    {
      title: t.colQuota,
      key: "quota",
      align: "right",
      render: (_, row) => (row.quota ? `${row.quota.used} / ${row.quota.max}` : t.none),
    },
    ...(discountsVisible
      ? [
          {
            title: t.colDiscount,
            key: "discount",
            align: "right" as const,
            render: (_: unknown, row: LineRow) => (row.rateBp === null ? t.noDiscount : t.discountValue(row.rateBp)),
          },
        ]
      : []),
  ];

  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }} data-testid="dealer-info-page">
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={9}>
          <Card title={t.balanceTitle} style={{ height: "100%" }}>
            <Statistic
              value={dealer.balance === null || dealer.balance === undefined ? "—" : formatFen(dealer.balance)}
              prefix="¥"
              styles={{ content: { fontSize: 36, fontWeight: 600, fontVariantNumeric: "tabular-nums" } }}
              data-testid="dealer-balance"
            />
            <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
              {t.balanceHint}
            </Typography.Paragraph>
          </Card>
        </Col>
        <Col xs={24} xl={15}>
          <Card title={t.chartTitle(CHART_DAYS)} style={{ height: "100%" }} styles={{ body: { paddingTop: 8 } }}>
            <BalanceHistory dealerId={dealer.id} />
          </Card>
        </Col>
      </Row>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={9}>
          <Card title={t.profileTitle} style={{ height: "100%" }} loading={loading && !dealer}>
            <Descriptions column={1} size="small" data-testid="dealer-profile">
              <Descriptions.Item label={t.dealerName}>{dealer.name}</Descriptions.Item>
              <Descriptions.Item label={t.region}>{dealer.regionName ?? t.none}</Descriptions.Item>
              <Descriptions.Item label={t.channelManager}>
                {dealer.channelManager?.realName ?? t.none}
              </Descriptions.Item>
              <Descriptions.Item label={t.status}>
                {dealer.status === "ACTIVE" ? <Tag color="green">{t.statusActive}</Tag> : <Tag>{t.statusDisabled}</Tag>}
              </Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} xl={15}>
          <Card title={t.linesTitle} style={{ height: "100%" }}>
            <Table<LineRow>
              rowKey="id"
              columns={lineColumns}
              dataSource={lines}
              pagination={false}
              size="small"
              locale={{ emptyText: t.noLines }}
              data-testid="dealer-lines"
            />
          </Card>
        </Col>
      </Row>
      <Card title={t.ledgerTitle}>
        <LedgerTable dealerId={dealer.id} />
      </Card>
      <InvoiceRequestsCard />
    </Space>
  );
}

function BalanceHistory({ dealerId }: { dealerId: string }) {
  const lang = useLang();
  const t = useMessages(ledgerMessages);
  const { data, error } = useQuery(BalanceHistoryQuery, {
    variables: { dealerId, days: CHART_DAYS },
    fetchPolicy: "cache-and-network",
  });
  if (error)
    return <Alert type="error" showIcon title={t.loadFailed} description={describeError(error, lang).message} />;
  if (!data) return <Skeleton.Node active style={{ width: "100%", height: 260 }} />;
  const points = data.balanceHistory;
  if (points.every((p) => p.balance === 0)) {
    return (
      <div style={{ height: 260, display: "flex", alignItems: "center", justifyContent: "center" }}>
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.chartEmpty} />
      </div>
    );
  }
  return <BalanceChart points={points} lang={lang} seriesName={t.chartBalance} />;
}
