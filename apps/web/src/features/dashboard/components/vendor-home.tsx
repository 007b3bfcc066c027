"use client";

import { useQuery } from "@apollo/client/react";
import { discountLabel, formatFen } from "@crm/domain";
import {
  Alert,
  Badge,
  Button,
  Card,
  Col,
  Empty,
  List,
  Row,
  Skeleton,
  Space,
  Statistic,
  Table,
  Tag,
  Typography,
} from "antd";
import type { TableColumnsType } from "antd";
import Link from "next/link";
import { useMemo, type ReactNode } from "react";
import type { VendorHomeQuery as VendorHomeData } from "@/gql/graphql";
import { describeError } from "@/shared/apollo/error-message";
import { formatDate, formatDateTime } from "@/shared/format";
import type { Lang } from "@/shared/i18n/lang";
import { useLang, useMessages } from "@/shared/i18n/lang-provider";
import { dashboardMessages } from "../dashboard.messages";
import { VendorHomeQuery } from "../graphql/dashboard.operations";
import { axisYuan, EChart, type EChartOption } from "./echart";

type Home = VendorHomeData["vendorHome"];
type T = (typeof dashboardMessages)["zh"];
type ManagedDealer = NonNullable<Home["channelManager"]>["dealers"][number];
type Decision = NonNullable<Home["salesDirector"]>["recentDecisions"][number];

function Figure({
  title,
  value,
  note,
  href,
  testId,
}: {
  title: string;
  value: ReactNode;
  note?: ReactNode;
  href?: string;
  testId?: string;
}) {
  const body = (
    <Card size="small" hoverable={!!href} style={{ height: "100%" }} data-testid={testId}>
      <Statistic title={title} value={value as string | number} />
      {note ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {note}
        </Typography.Text>
      ) : null}
    </Card>
  );
  return href ? (
    <Link href={href} style={{ display: "block", height: "100%" }}>
      {body}
    </Link>
  ) : (
    body
  );
}

function Figures({ children }: { children: ReactNode[] }) {
  return (
    <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
      {children.map((child, i) => (
        <Col key={i} flex="1 1 180px">
          {child}
        </Col>
      ))}
    </Row>
  );
}

function ChannelManagerPanel({ panel, t, lang }: { panel: NonNullable<Home["channelManager"]>; t: T; lang: Lang }) {
  const open = panel.dealers.reduce((sum, d) => sum + d.openRegistrations, 0);
  const balance = panel.dealers.reduce((sum, d) => sum + d.balance, 0);
  const columns: TableColumnsType<ManagedDealer> = [
    {
      key: "name",
      title: t.colDealer,
      render: (_: unknown, d) => (
        <Space>
          <Typography.Text strong>{d.name}</Typography.Text>
          {d.status !== "ACTIVE" ? <Tag>{t.disabled}</Tag> : null}
        </Space>
      ),
    },
    {
      key: "quotas",
      title: t.colQuotas,
      render: (_: unknown, d) =>
        d.quotas.length > 0 ? (
          <Space size={[4, 4]} wrap>
            {d.quotas.map((q) => (
              <Tag
                key={q.productLineName}
                color={q.used >= q.max ? "red" : "blue"}
              >{`${q.productLineName} ${q.used}/${q.max}`}</Tag>
            ))}
          </Space>
        ) : (
          t.none
        ),
    },
    {
      key: "discounts",
      title: t.colDiscounts,
      render: (_: unknown, d) =>
        d.discounts.length > 0 ? (
          <Space size={[4, 4]} wrap>
            {d.discounts.map((x) => (
              <Tag key={x.productLineName}>{`${x.productLineName} ${discountLabel(x.rateBp, lang)}`}</Tag>
            ))}
          </Space>
        ) : (
          t.none
        ),
    },
    {
      key: "balance",
      title: t.colBalance,
      align: "right",
      width: 140,
      render: (_: unknown, d) => `¥${formatFen(d.balance)}`,
    },
    { key: "open", title: t.colOpenRegistrations, align: "right", width: 110, dataIndex: "openRegistrations" },
    {
      key: "approvals",
      title: t.colApprovals,
      align: "right",
      width: 100,
      render: (_: unknown, d) => (
        <Badge count={d.pendingApprovals} showZero color={d.pendingApprovals > 0 ? "#fa541c" : "#d9d9d9"} />
      ),
    },
  ];
  return (
    <>
      <Figures>
        {[
          <Figure key="dealers" title={t.dealerCount} value={panel.dealers.length} href="/vendor/dealers" />,
          <Figure key="approvals" title={t.approvalsWaiting} value={panel.pendingApprovals} href="/vendor/approvals" />,
          <Figure key="open" title={t.openRegistrations} value={open} />,
          <Figure key="balance" title={t.totalBalance} value={`¥${formatFen(balance)}`} />,
        ]}
      </Figures>
      <Card size="small" title={t.myDealers} extra={<Link href="/vendor/dealers">{t.allDealers}</Link>}>
        <Table<ManagedDealer>
          rowKey="id"
          size="small"
          pagination={false}
          columns={columns}
          dataSource={panel.dealers}
          data-testid="my-dealers"
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.noDealers} /> }}
        />
      </Card>
    </>
  );
}

function SalesDirectorPanel({ panel, t, lang }: { panel: NonNullable<Home["salesDirector"]>; t: T; lang: Lang }) {
  const columns: TableColumnsType<Decision> = [
    { key: "no", title: t.colRequestNo, dataIndex: "requestNo", width: 160 },
    { key: "type", title: t.colType, dataIndex: "typeName" },
    { key: "dealer", title: t.colDealer, dataIndex: "dealerName" },
    {
      key: "decision",
      title: t.colDecision,
      width: 90,
      render: (_: unknown, d) =>
        d.decision === "APPROVED" ? <Tag color="green">{t.approved}</Tag> : <Tag color="red">{t.rejected}</Tag>,
    },
    { key: "by", title: t.colDecidedBy, width: 110, render: (_: unknown, d) => d.decidedByName ?? t.none },
    { key: "at", title: t.colDecidedAt, width: 150, render: (_: unknown, d) => formatDateTime(d.decidedAt, lang) },
  ];
  return (
    <>
      <Figures>
        {[
          <Figure
            key="queue"
            title={t.queueSize}
            value={panel.queueSize}
            href="/vendor/approvals"
            testId="director-queue"
          />,
          <Figure
            key="oldest"
            title={t.oldestWaiting}
            value={panel.oldestWaitingSince ? formatDate(panel.oldestWaitingSince, lang) : t.none}
          />,
        ]}
      </Figures>
      <Card size="small" title={t.recentDecisions}>
        <Table<Decision>
          rowKey={(d) => `${d.requestId}-${d.decidedAt}`}
          size="small"
          pagination={false}
          columns={columns}
          dataSource={panel.recentDecisions}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.noDecisions} /> }}
        />
      </Card>
    </>
  );
}

function FinancePanel({ panel, t, lang }: { panel: NonNullable<Home["finance"]>; t: T; lang: Lang }) {
  const option = useMemo<EChartOption>(
    () => ({
      grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
      tooltip: {
        trigger: "axis",
        formatter: (params: unknown) => {
          const first = (Array.isArray(params) ? params[0] : params) as { dataIndex: number } | undefined;
          const day = first ? panel.dailyTopUps[first.dataIndex] : undefined;
          return day ? `${day.date}<br/>${t.topUp}：<b>¥${formatFen(day.amount)}</b>` : "";
        },
      },
      xAxis: {
        type: "category",
        data: panel.dailyTopUps.map((d) => d.date.slice(5)),
        axisLabel: { color: "#8c8c8c" },
        axisLine: { lineStyle: { color: "#d9d9d9" } },
        axisTick: { show: false },
      },
      yAxis: {
        type: "value",
        min: 0,
        minInterval: 100,
        axisLabel: { color: "#8c8c8c", formatter: (v: number) => axisYuan(v, lang) },
        splitLine: { lineStyle: { color: "#f0f0f0" } },
      },
      series: [
        {
          type: "bar",
          name: t.topUp,
          data: panel.dailyTopUps.map((d) => d.amount),
          itemStyle: { color: "#52c41a" },
          barMaxWidth: 24,
        },
      ],
    }),
    [panel, t, lang],
  );
  return (
    <>
      <Figures>
        {[
          <Figure
            key="topups"
            title={t.topUpsThisMonth}
            value={`¥${formatFen(panel.topUpsThisMonth)}`}
            note={t.topUpCount(panel.topUpCountThisMonth)}
            href="/vendor/top-ups"
          />,
          <Figure key="balance" title={t.totalBalance} value={`¥${formatFen(panel.totalBalance)}`} />,
          <Figure key="invoices" title={t.invoicesPending} value={panel.invoicesPending} href="/vendor/invoices" />,
        ]}
      </Figures>
      <Card size="small" title={t.dailyTopUps}>
        <EChart option={option} height={240} testId="finance-chart" />
      </Card>
    </>
  );
}

function OperationsPanel({ panel, t, lang }: { panel: NonNullable<Home["operations"]>; t: T; lang: Lang }) {
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={14}>
        <Row gutter={[16, 16]}>
          <Col flex="1 1 180px">
            <Figure
              title={t.pendingConfirmation}
              value={panel.ordersPendingConfirmation}
              href="/vendor/order-confirmation"
              testId="ops-confirm"
            />
          </Col>
          <Col flex="1 1 180px">
            <Figure title={t.unroutedLeads} value={panel.unroutedLeads} href="/vendor/leads" />
          </Col>
          <Col flex="1 1 180px">
            <Figure title={t.routedLast7Days} value={panel.routedLeadsLast7Days} href="/vendor/leads" />
          </Col>
        </Row>
      </Col>
      <Col xs={24} xl={10}>
        <Card
          size="small"
          title={t.recentAnnouncements}
          extra={
            <Link href="/vendor/announcements">
              <Button size="small" type="link">
                {t.goAnnouncements}
              </Button>
            </Link>
          }
        >
          <List
            size="small"
            dataSource={panel.recentAnnouncements}
            locale={{ emptyText: t.noAnnouncements }}
            renderItem={(a) => (
              <List.Item extra={<Typography.Text type="secondary">{formatDate(a.createdAt, lang)}</Typography.Text>}>
                <Typography.Text ellipsis>{a.title}</Typography.Text>
              </List.Item>
            )}
          />
        </Card>
      </Col>
    </Row>
  );
}

function PlatformAdminPanel({ panel, t, lang }: { panel: NonNullable<Home["platformAdmin"]>; t: T; lang: Lang }) {
  const option = useMemo<EChartOption>(
    () => ({
      grid: { left: 8, right: 8, top: 40, bottom: 8, containLabel: true },
      legend: { top: 0, data: [t.seriesOrders, t.seriesPaid, t.seriesRevenue] },
      tooltip: {
        trigger: "axis",
        formatter: (params: unknown) => {
          const first = (Array.isArray(params) ? params[0] : params) as { dataIndex: number } | undefined;
          const line = first ? panel.productLines[first.dataIndex] : undefined;
          return line
            ? `${line.productLineName}<br/>${t.seriesOrders}：<b>${line.orders}</b><br/>${t.seriesPaid}：<b>${line.paidOrders}</b><br/>${t.seriesRevenue}：<b>¥${formatFen(line.revenue)}</b>`
            : "";
        },
      },
      xAxis: {
        type: "category",
        data: panel.productLines.map((l) => l.productLineName),
        axisLabel: { color: "#595959", interval: 0 },
        axisTick: { show: false },
        axisLine: { lineStyle: { color: "#d9d9d9" } },
      },
      yAxis: [
        {
          type: "value",
          minInterval: 1,
          axisLabel: { color: "#8c8c8c" },
          splitLine: { lineStyle: { color: "#f0f0f0" } },
        },
        {
          type: "value",
          min: 0,
          minInterval: 100,
          axisLabel: { color: "#8c8c8c", formatter: (v: number) => axisYuan(v, lang) },
          splitLine: { show: false },
        },
      ],
      series: [
        {
          type: "bar",
          name: t.seriesOrders,
          data: panel.productLines.map((l) => l.orders),
          itemStyle: { color: "#91caff" },
          barMaxWidth: 28,
        },
        {
          type: "bar",
          name: t.seriesPaid,
          data: panel.productLines.map((l) => l.paidOrders),
          itemStyle: { color: "#1677ff" },
          barMaxWidth: 28,
        },
        {
          type: "line",
          name: t.seriesRevenue,
          yAxisIndex: 1,
          data: panel.productLines.map((l) => l.revenue),
          itemStyle: { color: "#fa8c16" },
          lineStyle: { width: 2 },
          symbolSize: 7,
        },
      ],
    }),
    [panel, t, lang],
  );
  return (
    <>
      <Figures>
        {[
          <Figure
            key="dealers"
            title={t.activeDealers}
            value={panel.activeDealers}
            note={t.disabledDealers(panel.disabledDealers)}
            href="/vendor/dealers"
          />,
          <Figure
            key="accounts"
            title={t.activeAccounts}
            value={panel.activeAccounts}
            note={t.signedIn30(panel.signedInLast30Days)}
          />,
        ]}
      </Figures>
      <Card
        size="small"
        title={t.productLineFigures}
        extra={<Typography.Text type="secondary">{t.funnelSince(formatDate(panel.periodStart, lang))}</Typography.Text>}
      >
        <EChart option={option} height={300} testId="platform-chart" />
      </Card>
    </>
  );
}

/** 厂商首页: one panel per role the viewer holds, each with the numbers that role acts on. */
export function VendorHome() {
  const lang = useLang();
  const t = useMessages(dashboardMessages);
  const { data, error } = useQuery(VendorHomeQuery, { fetchPolicy: "cache-and-network" });
  const home = data?.vendorHome;

  if (error && !home) {
    return <Alert type="error" showIcon title={t.loadFailed} description={describeError(error, lang).message} />;
  }
  if (!home) return <Skeleton active paragraph={{ rows: 10 }} />;
  if (home.panels.length === 0) return <Alert type="info" showIcon title={t.noPanels} />;

  const sections: { key: string; title: string; body: ReactNode }[] = [];
  if (home.channelManager) {
    sections.push({
      key: "cm",
      title: t.panelChannelManager,
      body: <ChannelManagerPanel panel={home.channelManager} t={t} lang={lang} />,
    });
  }
  if (home.salesDirector) {
    sections.push({
      key: "sd",
      title: t.panelSalesDirector,
      body: <SalesDirectorPanel panel={home.salesDirector} t={t} lang={lang} />,
    });
  }
  if (home.finance) {
    sections.push({ key: "fin", title: t.panelFinance, body: <FinancePanel panel={home.finance} t={t} lang={lang} /> });
  }
  if (home.operations) {
    sections.push({
      key: "ops",
      title: t.panelOperations,
      body: <OperationsPanel panel={home.operations} t={t} lang={lang} />,
    });
  }
  if (home.platformAdmin) {
    sections.push({
      key: "admin",
      title: t.panelPlatformAdmin,
      body: <PlatformAdminPanel panel={home.platformAdmin} t={t} lang={lang} />,
    });
  }
  return (
    <Space orientation="vertical" size="large" style={{ width: "100%" }}>
      {sections.map((s) => (
        <section key={s.key} data-testid={`panel-${s.key}`}>
          {sections.length > 1 ? (
            <Typography.Title level={5} style={{ marginTop: 0 }}>
              {s.title}
            </Typography.Title>
          ) : null}
          {s.body}
        </section>
      ))}
    </Space>
  );
}
