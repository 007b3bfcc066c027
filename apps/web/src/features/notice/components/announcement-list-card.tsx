"use client";

import { useQuery } from "@apollo/client/react";
import { Alert, Card, Empty, Space, Table, Tag, Typography } from "antd";
import type { TableColumnsType } from "antd";
import { useEffect } from "react";
import type { AnnouncementRowFragment } from "@/gql/graphql";
import { describeError } from "@/shared/apollo/error-message";
import { formatDateTime } from "@/shared/format";
import { useLang, useMessages } from "@/shared/i18n/lang-provider";
import { CursorPager } from "@/shared/ui/cursor-pager";
import { useCursorPaging } from "@/shared/ui/use-cursor-paging";
import { AnnouncementsQuery } from "../graphql/notice.operations";
import { noticeMessages } from "../notice.messages";

/** 已发布公告, newest first, with whom each went to. `refreshKey` changes after a publication. */
export function AnnouncementListCard({ refreshKey }: { refreshKey: number }) {
  const lang = useLang();
  const t = useMessages(noticeMessages);
  const paging = useCursorPaging(20);
  const { data, loading, error, refetch } = useQuery(AnnouncementsQuery, {
    variables: { first: paging.pageSize, after: paging.after },
    fetchPolicy: "cache-and-network",
    notifyOnNetworkStatusChange: true,
  });
  const { reset } = paging;
  useEffect(() => {
    if (refreshKey === 0) return;
    reset();
    void refetch();
  }, [refreshKey, reset, refetch]);

  const connection = data?.announcements;
  const rows = connection?.edges.map((e) => e.node) ?? [];

  const columns: TableColumnsType<AnnouncementRowFragment> = [
    {
      title: t.colTitle,
      key: "title",
      render: (_, a) => (
        <Space orientation="vertical" size={2} style={{ width: "100%" }}>
          <Typography.Text strong>{a.title}</Typography.Text>
          <Typography.Paragraph
            type="secondary"
            style={{ marginBottom: 0, whiteSpace: "pre-line" }}
            ellipsis={{ rows: 2, expandable: true, symbol: t.expand }}
          >
            {a.body}
          </Typography.Paragraph>
          {a.link ? (
            <Typography.Text type="secondary" copyable style={{ fontSize: 12 }}>
              {a.link}
            </Typography.Text>
          ) : null}
        </Space>
      ),
    },
    {
      title: t.colAudience,
      key: "audience",
      width: 260,
      render: (_, a) =>
        a.allDealers ? (
          <Tag color="purple">{t.audienceAll}</Tag>
        ) : (
          <Space size={[4, 4]} wrap>
            {a.dealers.map((d) => (
              <Tag key={d.id}>{d.name}</Tag>
            ))}
          </Space>
        ),
    },
    { title: t.colPublisher, key: "publisher", width: 140, render: (_, a) => a.publishedByName ?? "—" },
    {
      title: t.colPublishedAt,
      key: "createdAt",
      width: 160,
      render: (_, a) => <span style={{ whiteSpace: "nowrap" }}>{formatDateTime(a.createdAt, lang)}</span>,
    },
  ];

  return (
    <Card title={t.listTitle}>
      {error ? (
        <Alert
          type="error"
          showIcon
          title={t.announcementsLoadFailed}
          description={describeError(error, lang).message}
          style={{ marginBottom: 16 }}
        />
      ) : null}
      <Table<AnnouncementRowFragment>
        rowKey="id"
        columns={columns}
        dataSource={rows}
        loading={loading}
        pagination={false}
        size="middle"
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.noAnnouncements} /> }}
        data-testid="announcement-table"
      />
      <CursorPager
        paging={paging}
        totalCount={connection?.totalCount ?? 0}
        hasNextPage={connection?.pageInfo.hasNextPage ?? false}
        endCursor={connection?.pageInfo.endCursor}
        loading={loading}
      />
    </Card>
  );
}
