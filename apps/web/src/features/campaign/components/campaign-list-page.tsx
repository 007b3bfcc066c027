"use client";

import { useMutation, useQuery } from "@apollo/client/react";
import { CAMPAIGN_REVIEW_STATUSES, shanghaiDateTime } from "@crm/domain";
import { Alert, App, Button, Card, Space, Table, Tag, Typography } from "antd";
import Link from "next/link";
import { useState } from "react";
import type { CampaignListQuery as CampaignListData } from "@/gql/graphql";
import { describeError } from "@/shared/apollo/error-message";
import { useLang } from "@/shared/i18n/lang-provider";
import { CampaignListQuery, SetCampaignEnabledMutation } from "../graphql/campaign.operations";

type Row = CampaignListData["campaigns"]["items"][number];
const STATUS_COLOR = { PENDING: "processing", APPROVED: "success", REJECTED: "error" } as const;

/** 活动列表: name, partner, creator, channels, created, validity, review status and actions. */
export function CampaignListPage() {
  const lang = useLang();
  const zh = lang === "zh";
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
      void message.success(zh ? (row.enabled ? "已停用" : "已启用") : row.enabled ? "Disabled" : "Enabled");
    } catch (e) {
      void message.error(describeError(e, lang).message);
    }
  };
  return (
    <Card title={zh ? "活动列表" : "Campaigns"} data-testid="campaign-list">
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
          showTotal: (total) => (zh ? `共 ${total} 条` : `${total} in total`),
          onChange: (p, size) => {
            setPage(size === pageSize ? p : 1);
            setPageSize(size);
          },
        }}
        columns={[
          { title: zh ? "活动名称" : "Name", dataIndex: "name" },
          { title: zh ? "合作商名称" : "Partner", dataIndex: "dealerName" },
          { title: zh ? "创建人" : "Creator", dataIndex: "creatorName" },
          {
            title: zh ? "传播途径" : "Channels",
            render: (_, row) => (
              <Space size={[4, 4]} wrap>
                {row.channels.map((c) => (
                  <Tag key={c.code}>{c.name}</Tag>
                ))}
              </Space>
            ),
          },
          { title: zh ? "创建时间" : "Created", render: (_, row) => shanghaiDateTime(new Date(row.createdAt)) },
          {
            title: zh ? "有效期" : "Validity",
            render: (_, row) => (
              <span style={{ whiteSpace: "nowrap" }}>
                {shanghaiDateTime(new Date(row.validFrom)).slice(0, 10)} ~{" "}
                {shanghaiDateTime(new Date(row.validTo)).slice(0, 10)}
              </span>
            ),
          },
          {
            title: zh ? "审核状态" : "Review",
            render: (_, row) => {
              const s = CAMPAIGN_REVIEW_STATUSES.find((x) => x.code === row.reviewStatus);
              return (
                <Space orientation="vertical" size={0}>
                  <Tag color={STATUS_COLOR[row.reviewStatus]}>{zh ? s?.zh : s?.en}</Tag>
                  {row.reviewReason && <Typography.Text type="secondary">{row.reviewReason}</Typography.Text>}
                </Space>
              );
            },
          },
          {
            title: zh ? "状态" : "Status",
            render: (_, row) =>
              row.enabled ? <Tag color="green">{zh ? "启用" : "On"}</Tag> : <Tag>{zh ? "停用" : "Off"}</Tag>,
          },
          {
            title: zh ? "操作" : "Actions",
            render: (_, row) => (
              <Space>
                <Link href={`/campaigns/${row.id}/stats`}>{zh ? "统计" : "Stats"}</Link>
                <Button type="link" size="small" onClick={() => void toggle(row)} data-testid={`toggle-${row.slug}`}>
                  {row.enabled ? (zh ? "停用" : "Disable") : zh ? "启用" : "Enable"}
                </Button>
              </Space>
            ),
          },
        ]}
      />
    </Card>
  );
}
