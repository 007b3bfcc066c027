"use client";

import { useMutation, useQuery } from "@apollo/client/react";
import { CAMPAIGN_REVIEW_STATUSES, shanghaiDateTime } from "@crm/domain";
import { PlusOutlined } from "@ant-design/icons";
import { Alert, App, Button, Card, Space, Table, Tag, Typography } from "antd";
import Link from "next/link";
import { useState } from "react";
import type { CampaignListQuery as CampaignListData } from "@/gql/graphql";
import { describeError } from "@/shared/apollo/error-message";
import { useLang, useMessages } from "@/shared/i18n/lang-provider";
import { campaignMessages } from "../campaign.messages";
import { CampaignListQuery, SetCampaignEnabledMutation } from "../graphql/campaign.operations";

type Row = CampaignListData["campaigns"]["items"][number];
import { REVIEW_STATUS_COLOR as STATUS_COLOR } from "./campaign-edit-page";

/** 活动列表: name, partner, creator, channels, created, validity, review status and actions. */
export function CampaignListPage() {
  const lang = useLang();
  const t = useMessages(campaignMessages);
  const { message } = App.useApp();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(10);
  const { data, loading, error } = useQuery(CampaignListQuery, {
    variables: { page, pageSize },
    fetchPolicy: "cache-and-network",
  });
  const [setEnabled] = useMutation(SetCampaignEnabledMutation);
  const toggle = async (row: Row) => {
    try {
      await setEnabled({ variables: { id: row.id, enabled: !row.enabled } });
      void message.success(row.enabled ? t.disabledDone : t.enabledDone);
    } catch (e) {
      void message.error(describeError(e, lang).message);
    }
  };
  return (
    <Card
      title={t.listTitle}
      data-testid="campaign-list"
      extra={
        <Link href="/campaigns/new">
          <Button type="primary" icon={<PlusOutlined />} data-testid="campaign-new">
            {t.create}
          </Button>
        </Link>
      }
    >
      {error && <Alert type="error" showIcon title={describeError(error, lang).message} style={{ marginBottom: 16 }} />}
      <Table<Row>
        rowKey="id"
        loading={loading}
        dataSource={data?.campaigns.items ?? []}
        pagination={{
          current: page,
          pageSize,
          total: data?.campaigns.totalCount ?? 0,
          pageSizeOptions: [10, 20, 50],
          showSizeChanger: true,
          showTotal: (total) => t.total(total),
          onChange: (p, size) => {
            setPage(size === pageSize ? p : 1);
            setPageSize(size);
          },
        }}
        columns={[
          {
            title: t.name,
            render: (_, row) => <Link href={`/campaigns/${row.id}/edit`}>{row.name}</Link>,
          },
          { title: t.partner, dataIndex: "dealerName" },
          { title: t.creator, dataIndex: "creatorName" },
          {
            title: t.channels,
            render: (_, row) => (
              <Space size={[4, 4]} wrap>
                {row.channels.map((c) => (
                  <Tag key={c.code}>{c.name}</Tag>
                ))}
              </Space>
            ),
          },
          { title: t.createdAt, render: (_, row) => shanghaiDateTime(new Date(row.createdAt)) },
          {
            title: t.validity,
            render: (_, row) => (
              <span style={{ whiteSpace: "nowrap" }}>
                {shanghaiDateTime(new Date(row.validFrom)).slice(0, 10)} ~{" "}
                {shanghaiDateTime(new Date(row.validTo)).slice(0, 10)}
              </span>
            ),
          },
          {
            title: t.review,
            render: (_, row) => {
              const s = CAMPAIGN_REVIEW_STATUSES.find((x) => x.code === row.reviewStatus);
              return (
                <Space orientation="vertical" size={0}>
                  <Tag color={STATUS_COLOR[row.reviewStatus]}>{lang === "zh" ? s?.zh : s?.en}</Tag>
                  {row.reviewReason && <Typography.Text type="secondary">{row.reviewReason}</Typography.Text>}
                </Space>
              );
            },
          },
          {
            title: t.status,
            render: (_, row) => (row.enabled ? <Tag color="green">{t.enabledOn}</Tag> : <Tag>{t.enabledOff}</Tag>),
          },
          {
            title: t.actions,
            render: (_, row) => (
              <Space>
                <Link href={`/campaigns/${row.id}/edit`} data-testid={`detail-${row.slug}`}>
                  {t.detail}
                </Link>
                <Link href={`/campaigns/${row.id}/stats`}>{t.stats}</Link>
                <Button type="link" size="small" onClick={() => void toggle(row)} data-testid={`toggle-${row.slug}`}>
                  {row.enabled ? t.disable : t.enable}
                </Button>
              </Space>
            ),
          },
        ]}
      />
    </Card>
  );
}
