"use client";

import { useQuery } from "@apollo/client/react";
import { Alert, Card, Col, Row, Statistic, Table } from "antd";
import Link from "next/link";
import { useMemo } from "react";
import { describeError } from "@/shared/apollo/error-message";
import { useLang, useMessages } from "@/shared/i18n/lang-provider";
import { campaignMessages } from "../campaign.messages";
import { CampaignStatsQuery } from "../graphql/campaign.operations";
import { CampaignDailyChart } from "./campaign-daily-chart";

/** 活动统计: totals, the daily chart and the per-channel table of one campaign. */
export function CampaignStatsPage({ id }: { id: string }) {
  const lang = useLang();
  const t = useMessages(campaignMessages);
  const { data, error, loading } = useQuery(CampaignStatsQuery, { variables: { id }, fetchPolicy: "network-only" });
  const labels = useMemo<[string, string, string]>(() => ["PV", "UV", t.signups], [t]);
  if (error) return <Alert type="error" showIcon title={describeError(error, lang).message} />;
  const s = data?.campaignStats;
  return (
    <Card
      title={t.statsTitle(data?.campaign.name ?? "")}
      extra={<Link href="/campaigns">{t.back}</Link>}
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
          { title: t.channel, dataIndex: "name" },
          { title: "PV", dataIndex: "pv" },
          { title: "UV", dataIndex: "uv" },
          { title: labels[2], dataIndex: "signups" },
        ]}
      />
    </Card>
  );
}
