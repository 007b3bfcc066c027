"use client";

import { SearchOutlined } from "@ant-design/icons";
import { useMutation, useQuery } from "@apollo/client/react";
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Form,
  Input,
  Popover,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from "antd";
import type { TableColumnsType } from "antd";
import type { Dayjs } from "dayjs";
import { useEffect, useState } from "react";
import type { LeadFilter, LeadRowFragment, LeadSource, LeadStatus } from "@/gql/graphql";
import { describeError } from "@/shared/apollo/error-message";
import { enterpriseSourceLabel } from "@/shared/domain-labels";
import { formatDateTime, shanghaiWallClockToIso } from "@/shared/format";
import { useLang, useMessages } from "@/shared/i18n/lang-provider";
import { CursorPager } from "@/shared/ui/cursor-pager";
import { useCursorPaging } from "@/shared/ui/use-cursor-paging";
import { LeadListQuery, RerouteLeadMutation } from "../graphql/routing.operations";
import { routingMessages } from "../routing.messages";
import { LeadSourcePicker, RoutingDealerPicker } from "./routing-inputs";
import { TraceLines } from "./trace-lines";

interface FilterValues {
  text?: string;
  status?: LeadStatus;
  source?: LeadSource | null;
  dealerId?: string | null;
  dates?: [Dayjs | null, Dayjs | null] | null;
}

/** A calendar day in Asia/Shanghai as the instant it starts. */
function dayStart(day: Dayjs): string {
  return shanghaiWallClockToIso(`${day.format("YYYY-MM-DD")}T00:00:00`);
}

function toFilter(values: FilterValues): LeadFilter {
  const [from, to] = values.dates ?? [null, null];
  return {
    text: values.text?.trim() || null,
    status: values.status ?? null,
    source: values.source ?? null,
    dealerId: values.dealerId ?? null,
    from: from ? dayStart(from) : null,
    to: to ? dayStart(to.add(1, "day")) : null,
  };
}

/** 已录入线索: filters, where each went and why, 重新分配 for unrouted ones. */
export function LeadListCard({ refreshKey }: { refreshKey: number }) {
  const lang = useLang();
  const t = useMessages(routingMessages);
  const { message } = App.useApp();
  const [form] = Form.useForm<FilterValues>();
  const paging = useCursorPaging(20);
  const [filter, setFilter] = useState<LeadFilter>({});
  const { data, loading, error, refetch } = useQuery(LeadListQuery, {
    variables: { filter, first: paging.pageSize, after: paging.after },
    fetchPolicy: "cache-and-network",
    notifyOnNetworkStatusChange: true,
  });
  const [reroute] = useMutation(RerouteLeadMutation);
  const connection = data?.leads;
  const { reset } = paging;
  // A lead was just entered above: show the first page again, newest first.
  useEffect(() => {
    if (refreshKey === 0) return;
    reset();
    void refetch();
  }, [refreshKey, reset, refetch]);
  const rows = connection?.edges.map((e) => e.node) ?? [];

  async function doReroute(lead: LeadRowFragment) {
    try {
      const { data: out } = await reroute({ variables: { id: lead.id } });
      const next = out?.rerouteLead;
      if (next?.status === "ROUTED" && next.dealer) message.success(t.rerouted(next.companyName, next.dealer.name));
      else message.warning(t.stillUnrouted(lead.companyName));
      void refetch();
    } catch (e) {
      message.error(describeError(e, lang).message);
    }
  }

  function search(values: FilterValues) {
    setFilter(toFilter(values));
    paging.reset();
  }

  const columns: TableColumnsType<LeadRowFragment> = [
    {
      title: t.colCompany,
      key: "company",
      width: 200,
      render: (_, l) => (
        <Space orientation="vertical" size={0}>
          <Typography.Text strong>{l.companyName}</Typography.Text>
          {l.regionName ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {l.regionName}
              {l.productLine ? ` · ${l.productLine.name}` : ""}
            </Typography.Text>
          ) : null}
        </Space>
      ),
    },
    { title: t.colDomain, key: "domain", width: 150, render: (_, l) => l.domainUnicode },
    {
      title: t.colSource,
      key: "source",
      width: 100,
      render: (_, l) => enterpriseSourceLabel(lang, l.source),
    },
    {
      title: t.colStatus,
      key: "status",
      width: 80,
      render: (_, l) =>
        l.status === "ROUTED" ? (
          <Tag color="green">{t.statusRouted}</Tag>
        ) : (
          <Tag color="orange">{t.statusUnrouted}</Tag>
        ),
    },
    { title: t.colDealer, key: "dealer", width: 130, render: (_, l) => l.dealer?.name ?? "—" },
    { title: t.colRuleName, key: "rule", width: 140, render: (_, l) => l.rule?.name ?? "—" },
    {
      title: t.colCreatedAt,
      key: "createdAt",
      width: 140,
      render: (_, l) => <span style={{ whiteSpace: "nowrap" }}>{formatDateTime(l.createdAt, lang)}</span>,
    },
    {
      title: t.colActions,
      key: "actions",
      fixed: "right",
      width: lang === "zh" ? 150 : 180,
      render: (_, l) => (
        <Space size={0}>
          <Popover
            title={t.trace}
            trigger="click"
            content={
              <div style={{ maxWidth: 460 }}>
                <TraceLines lines={l.traceLines} empty={t.noTrace} />
              </div>
            }
          >
            <Button type="link" size="small" data-testid="lead-trace">
              {t.trace}
            </Button>
          </Popover>
          {l.status === "UNROUTED" ? (
            <Button type="link" size="small" onClick={() => doReroute(l)}>
              {t.reroute}
            </Button>
          ) : null}
        </Space>
      ),
    },
  ];

  return (
    <Card title={t.leadListTitle}>
      <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
        <Form<FilterValues>
          form={form}
          name="leadFilter"
          layout="inline"
          onFinish={search}
          style={{ rowGap: 12 }}
          data-testid="lead-filter"
        >
          <Form.Item label={t.filterText} name="text">
            <Input allowClear placeholder={t.filterTextPlaceholder} style={{ width: 180 }} />
          </Form.Item>
          <Form.Item label={t.filterStatus} name="status">
            <Select<LeadStatus>
              allowClear
              placeholder={t.all}
              style={{ width: 110 }}
              options={[
                { value: "ROUTED", label: t.statusRouted },
                { value: "UNROUTED", label: t.statusUnrouted },
              ]}
            />
          </Form.Item>
          <Form.Item label={t.filterSource} name="source">
            <LeadSourcePicker placeholder={t.all} style={{ width: 130 }} />
          </Form.Item>
          <Form.Item label={t.filterDealer} name="dealerId">
            <RoutingDealerPicker placeholder={t.all} style={{ width: 180 }} />
          </Form.Item>
          <Form.Item label={t.filterDate} name="dates">
            <DatePicker.RangePicker style={{ width: 240 }} />
          </Form.Item>
          <Form.Item>
            <Space>
              <Button type="primary" htmlType="submit" icon={<SearchOutlined />} data-testid="lead-search">
                {t.search}
              </Button>
              <Button
                onClick={() => {
                  form.resetFields();
                  search({});
                }}
              >
                {t.reset}
              </Button>
            </Space>
          </Form.Item>
        </Form>
        {error ? (
          <Alert type="error" showIcon title={t.leadsLoadFailed} description={describeError(error, lang).message} />
        ) : null}
        <div>
          <Table<LeadRowFragment>
            rowKey="id"
            columns={columns}
            dataSource={rows}
            loading={loading}
            pagination={false}
            size="middle"
            scroll={{ x: 1050 }}
            locale={{ emptyText: t.leadsEmpty }}
            data-testid="lead-table"
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
