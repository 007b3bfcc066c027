"use client";

import { useQuery } from "@apollo/client/react";
import { Alert, Card, Col, Row, Statistic, Table } from "antd";
import { useMemo } from "react";
import { describeError } from "@/shared/apollo/error-message";
import { useLang } from "@/shared/i18n/lang-provider";
import { CampaignStatsQuery } from "../graphql/campaign.operations";
import { CampaignDailyChart } from "./campaign-daily-chart";

/** 活动统计: totals, the daily chart and the per-channel table of one campaign. */
export function CampaignStatsPage({ id }: { id: string }) {
  const lang = useLang();
  const zh = lang === "zh";
  const { data, error, loading } = useQuery(CampaignStatsQuery, { variables: { id }, fetchPolicy: "network-only" });
  const labels = useMemo<[string, string, string]>(() => ["PV", "UV", zh ? "登记数量" : "Sign-ups"], [zh]);
  if (error) return <Alert type="error" showIcon title={describeError(error, lang).message} />;
  const s = data?.campaignStats;
  return (
    <Card
      title={`${zh ? "活动统计" : "Statistics"}${data ? ` · ${data.campaign.name}` : ""}`}
      loading={loading && !data}
    >
      <Row gutter={16} style={{ marginBottom: 24 }} data-testid="campaign-totals">
        <Col span={8}>
          <Statistic title="PV" value={s?.totals.pv ?? 0} />
        </Col>
        <Col span={8}>
          <Statistic title="UV" value={s?.totals.uv ?? 0} />
        </Col>
        <Col span={8}>
          <Statistic title={labels[2]} value={s?.totals.signups ?? 0} />
        </Col>
      </Row>
      <CampaignDailyChart points={s?.daily ?? []} labels={labels} />
      <Table
        style={{ marginTop: 24 }}
        rowKey="code"
        pagination={false}
        data-testid="campaign-channel-stats"
        dataSource={s?.channels ?? []}
        columns={[
          { title: zh ? "传播途径" : "Channel", dataIndex: "name" },
          { title: "PV", dataIndex: "pv" },
          { title: "UV", dataIndex: "uv" },
          { title: labels[2], dataIndex: "signups" },
        ]}
      />
    </Card>
  );
}
