"use client";

import { useQuery } from "@apollo/client/react";
import { formatFen } from "@crm/domain";
import { Alert, Card, Col, Empty, Progress, Row, Skeleton, Statistic, Table, Typography } from "antd";
import type { TableColumnsType } from "antd";
import Link from "next/link";
import { useMemo } from "react";
import type { DealerHomeQuery as DealerHomeData } from "@/gql/graphql";
import { describeError } from "@/shared/apollo/error-message";
import { formatDate } from "@/shared/format";
import { useLang, useMessages } from "@/shared/i18n/lang-provider";
import { dashboardMessages } from "../dashboard.messages";
import { DealerHomeQuery } from "../graphql/dashboard.operations";
import { EChart, type EChartOption } from "./echart";

type Home = DealerHomeData["dealerHome"];
type Quota = Home["quotas"][number];
type T = (typeof dashboardMessages)["zh"];

interface Todo {
  key: string;
  title: string;
  hint: string;
  count: number;
  href: string;
}

function todosOf(home: Home, t: T): Todo[] {
  return [
    {
      key: "routed",
      title: t.todoRouted,
      hint: t.todoRoutedHint,
      count: home.routedNotFollowedUp,
      href: "/enterprises/routed?awaitingFollowUp=1",
    },
    {
      key: "ending",
      title: t.todoEnding,
      hint: t.todoEndingHint(home.endingSoonDays),
      count: home.registrationsEndingSoon,
      href: `/registrations?endingWithinDays=${home.endingSoonDays}`,
    },
    {
      key: "payment",
      title: t.todoPayment,
      hint: t.todoPaymentHint,
      count: home.ordersPendingPayment,
      href: "/orders/pending-payment",
    },
    {
      key: "requests",
      title: t.todoRequests,
      hint: t.todoRequestsHint,
      count: home.requestsPending,
      href: "/requests/todo",
    },
    { key: "unread", title: t.todoUnread, hint: t.todoUnreadHint, count: home.unreadNotices, href: "/messages" },
  ];
}

function TodoCard({ todo }: { todo: Todo }) {
  const active = todo.count > 0;
  return (
    <Link href={todo.href} data-testid={`todo-${todo.key}`} style={{ display: "block", height: "100%" }}>
      <Card hoverable size="small" style={{ height: "100%", borderTop: `3px solid ${active ? "#1677ff" : "#f0f0f0"}` }}>
        <Statistic
          title={todo.title}
          value={todo.count}
          styles={{ content: { color: active ? "#1677ff" : "#8c8c8c", fontWeight: 600 } }}
        />
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {todo.hint}
        </Typography.Text>
      </Card>
    </Link>
  );
}

const FUNNEL_COLORS = ["#91caff", "#4096ff", "#1677ff", "#0958d9"];

function funnelOption(home: Home, t: T): EChartOption {
  const labels: Record<string, string> = {
    LEADS: t.stageLeads,
    REGISTRATIONS: t.stageRegistrations,
    ORDERS: t.stageOrders,
    PAID: t.stagePaid,
  };
  const first = home.funnel[0]?.count ?? 0;
  const data = home.funnel.map((s, i) => ({
    name: labels[s.stage] ?? s.stage,
    value: s.count,
    itemStyle: { color: FUNNEL_COLORS[i] },
  }));
  return {
    tooltip: {
      trigger: "item",
      formatter: (p: unknown) => {
        const { name, value } = p as { name: string; value: number };
        const rate = first > 0 ? ` · ${t.conversion} ${Math.round((value / first) * 100)}%` : "";
        return `${name}：<b>${value}</b>${rate}`;
      },
    },
    series: [
      {
        type: "funnel",
        left: "8%",
        right: "28%",
        top: 12,
        bottom: 12,
        // Keep the stages in their order (not sorted by value) and give empty stages a visible sliver;
        // labels sit beside the shape so a narrow stage never cuts them off.
        sort: "none",
        minSize: "12%",
        gap: 4,
        label: {
          show: true,
          position: "right",
          color: "#262626",
          fontSize: 13,
          formatter: (p: unknown) => {
            const { name, value, dataIndex } = p as { name: string; value: number; dataIndex: number };
            const rate = dataIndex > 0 && first > 0 ? `  (${Math.round((value / first) * 100)}%)` : "";
            return `${name}  {b|${value}}${rate}`;
          },
          rich: { b: { fontWeight: "bold", fontSize: 15, color: "#262626" } },
        },
        labelLine: { show: true, length: 16, lineStyle: { color: "#bfbfbf" } },
        data,
      },
    ],
  };
}

function QuotaTable({ quotas, t }: { quotas: Home["quotas"]; t: T }) {
  const columns: TableColumnsType<Quota> = [
    { key: "line", title: "", dataIndex: "productLineName", ellipsis: true },
    {
      key: "dealer",
      title: t.quotaDealer,
      width: 150,
      render: (_: unknown, q) => (
        <div>
          <Typography.Text>{`${q.dealerUsed}/${q.dealerMax}`}</Typography.Text>
          <Progress
            percent={q.dealerMax > 0 ? Math.round((q.dealerUsed / q.dealerMax) * 100) : 0}
            showInfo={false}
            size="small"
            status={q.dealerUsed >= q.dealerMax ? "exception" : "normal"}
          />
        </div>
      ),
    },
    {
      key: "own",
      title: t.quotaOwn,
      width: 110,
      render: (_: unknown, q) =>
        q.ownMax === null ? (
          <Typography.Text type="secondary">{t.quotaNotEnabled}</Typography.Text>
        ) : (
          `${q.ownUsed}/${q.ownMax}`
        ),
    },
    {
      key: "available",
      title: t.quotaAvailable,
      width: 96,
      align: "right",
      render: (_: unknown, q) => <Typography.Text strong>{q.available}</Typography.Text>,
    },
  ];
  return (
    <Table<Quota>
      rowKey="productLineId"
      size="small"
      pagination={false}
      columns={columns}
      dataSource={quotas}
      data-testid="home-quotas"
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.quotaEmpty} /> }}
    />
  );
}

/** 经销商首页: what needs action today, quotas, balance and the 90-day funnel (the API scopes every number). */
export function DealerHome() {
  const lang = useLang();
  const t = useMessages(dashboardMessages);
  const { data, error } = useQuery(DealerHomeQuery, { fetchPolicy: "cache-and-network" });
  const home = data?.dealerHome;
  const option = useMemo(() => (home ? funnelOption(home, t) : null), [home, t]);

  if (error && !home) {
    return <Alert type="error" showIcon title={t.loadFailed} description={describeError(error, lang).message} />;
  }
  if (!home || !option) return <Skeleton active paragraph={{ rows: 10 }} />;

  return (
    <>
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t.todoTitle}
      </Typography.Title>
      <Row gutter={[16, 16]} wrap data-testid="home-todos">
        {todosOf(home, t).map((todo) => (
          <Col key={todo.key} flex="1 1 200px">
            <TodoCard todo={todo} />
          </Col>
        ))}
      </Row>
      <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
        <Col xs={24} xl={13}>
          <Card
            title={t.funnelTitle}
            extra={
              <Typography.Text type="secondary">{t.funnelSince(formatDate(home.periodStart, lang))}</Typography.Text>
            }
            style={{ height: "100%" }}
          >
            <EChart option={option} height={300} testId="home-funnel" />
          </Card>
        </Col>
        <Col xs={24} xl={11}>
          <Row gutter={[16, 16]}>
            {home.balance !== null && home.balance !== undefined ? (
              <Col span={24}>
                <Card size="small" data-testid="home-balance">
                  <Statistic title={t.balanceTitle} prefix="¥" value={formatFen(home.balance)} />
                  <Link href="/finance">{t.balanceLink}</Link>
                </Card>
              </Col>
            ) : null}
            <Col span={24}>
              <Card title={t.quotaTitle} size="small">
                <QuotaTable quotas={home.quotas} t={t} />
              </Card>
            </Col>
          </Row>
        </Col>
      </Row>
    </>
  );
}
