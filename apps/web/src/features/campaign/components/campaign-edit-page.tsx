"use client";

import { skipToken, useQuery } from "@apollo/client/react";
import { CAMPAIGN_REVIEW_STATUSES } from "@crm/domain";
import { Alert, Card, Flex, Skeleton, Space, Tag, Typography } from "antd";
import Link from "next/link";
import { describeError } from "@/shared/apollo/error-message";
import { useLang, useMessages } from "@/shared/i18n/lang-provider";
import { campaignMessages } from "../campaign.messages";
import { CampaignEditorQuery } from "../graphql/campaign.operations";
import { CampaignEditor } from "./campaign-editor";

export const REVIEW_STATUS_COLOR = { PENDING: "processing", APPROVED: "success", REJECTED: "error" } as const;

/** 新建活动 (no id) or the campaign's detail and edit page. */
export function CampaignEditPage({ id }: { id: string | null }) {
  const lang = useLang();
  const t = useMessages(campaignMessages);
  const { data, loading, error } = useQuery(
    CampaignEditorQuery,
    id ? { variables: { id }, fetchPolicy: "cache-and-network" } : skipToken,
  );
  if (!id) {
    return (
      <Flex vertical gap={16}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t.newTitle}
        </Typography.Title>
        <CampaignEditor campaign={null} />
      </Flex>
    );
  }
  if (error && !data) {
    return <Alert type="error" showIcon title={t.loadFailed} description={describeError(error, lang).message} />;
  }
  const campaign = data?.campaign;
  if (!campaign || (loading && !data))
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 8 }} />
      </Card>
    );
  const status = CAMPAIGN_REVIEW_STATUSES.find((s) => s.code === campaign.reviewStatus);
  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Space size={12} wrap>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t.editTitle(campaign.name)}
          </Typography.Title>
          <Tag color={REVIEW_STATUS_COLOR[campaign.reviewStatus]} data-testid="campaign-review-status">
            {lang === "zh" ? status?.zh : status?.en}
          </Tag>
          <Tag color={campaign.liveness === "LIVE" ? "green" : undefined}>{t.liveness[campaign.liveness]}</Tag>
        </Space>
        <Space size={16}>
          <Link href={`/campaigns/${campaign.id}/stats`}>{t.stats}</Link>
          <Link href="/campaigns">{t.back}</Link>
        </Space>
      </Flex>
      {campaign.reviewStatus === "REJECTED" && campaign.reviewReason ? (
        <Alert type="warning" showIcon title={`${t.reviewReason}：${campaign.reviewReason}`} />
      ) : null}
      <CampaignEditor key={campaign.id} campaign={campaign} />
    </Flex>
  );
}
