"use client";

import { CheckOutlined, ExportOutlined } from "@ant-design/icons";
import { useMutation, useQuery } from "@apollo/client/react";
import { NOTICE_TYPES } from "@crm/domain";
import {
  Alert,
  App,
  Badge,
  Button,
  Card,
  Empty,
  Flex,
  Modal,
  Popconfirm,
  Segmented,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from "antd";
import type { TableColumnsType } from "antd";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { NoticeRowFragment, NoticeType } from "@/gql/graphql";
import { describeError } from "@/shared/apollo/error-message";
import { formatDateTime } from "@/shared/format";
import { useLang, useMessages } from "@/shared/i18n/lang-provider";
import { CursorPager } from "@/shared/ui/cursor-pager";
import { useCursorPaging } from "@/shared/ui/use-cursor-paging";
import {
  MarkAllNoticesReadMutation,
  MarkNoticeReadMutation,
  NoticesQuery,
  UnreadNoticeCountQuery,
} from "../graphql/notice.operations";
import {
  NOTICE_TYPE_COLORS,
  aggregatedCount,
  isInternalLink,
  noticeHeading,
  noticeText,
  noticeTypeText,
} from "../notice-display";
import { noticeMessages } from "../notice.messages";

type ReadFilter = "all" | "unread";

/** 消息中心: the viewer's notices, newest event first; clicking one marks it read and opens it. */
export function MessagesPage() {
  const lang = useLang();
  const t = useMessages(noticeMessages);
  const router = useRouter();
  const { message } = App.useApp();
  const paging = useCursorPaging(20);
  const [readFilter, setReadFilter] = useState<ReadFilter>("all");
  const [type, setType] = useState<NoticeType | null>(null);
  const [opened, setOpened] = useState<NoticeRowFragment | null>(null);

  const filter = { type, unreadOnly: readFilter === "unread" };
  const { data, loading, error, refetch } = useQuery(NoticesQuery, {
    variables: { filter, first: paging.pageSize, after: paging.after },
    fetchPolicy: "cache-and-network",
    notifyOnNetworkStatusChange: true,
  });
  const { data: unreadData } = useQuery(UnreadNoticeCountQuery, { fetchPolicy: "cache-and-network" });
  const refetchUnread = { refetchQueries: [UnreadNoticeCountQuery], awaitRefetchQueries: true };
  const [markRead] = useMutation(MarkNoticeReadMutation, refetchUnread);
  const [markAll, { loading: markingAll }] = useMutation(MarkAllNoticesReadMutation, refetchUnread);

  const connection = data?.notices;
  const rows = connection?.edges.map((e) => e.node) ?? [];
  const unread = unreadData?.unreadNoticeCount ?? 0;
  const now = new Date();

  async function read(notice: NoticeRowFragment): Promise<void> {
    if (notice.read) return;
    try {
      await markRead({ variables: { id: notice.id } });
    } catch (e) {
      message.error(`${t.markFailed}：${describeError(e, lang).message}`);
    }
  }

  /** Marks it read, then follows its link — or shows it whole when it has none. */
  async function open(notice: NoticeRowFragment): Promise<void> {
    await read(notice);
    if (!notice.link) {
      setOpened(notice);
    } else if (isInternalLink(notice.link)) {
      router.push(notice.link);
    } else {
      window.open(notice.link, "_blank", "noopener,noreferrer");
    }
  }

  async function onMarkAll(): Promise<void> {
    try {
      const { data: out } = await markAll();
      message.success(t.markAllDone(out?.markAllNoticesRead ?? 0));
      await refetch();
    } catch (e) {
      message.error(describeError(e, lang).message);
    }
  }

  const columns: TableColumnsType<NoticeRowFragment> = [
    {
      title: t.colType,
      key: "type",
      width: 150,
      render: (_, n) => (
        <Space size={8}>
          <Badge status={n.read ? "default" : "processing"} aria-label={n.read ? undefined : t.unread} />
          <Tag color={NOTICE_TYPE_COLORS[n.type]} style={{ marginInlineEnd: 0 }}>
            {noticeTypeText(n.type, lang)}
          </Tag>
        </Space>
      ),
    },
    {
      title: t.colContent,
      key: "content",
      render: (_, n) => {
        const text = noticeText(n, lang);
        const aggregated = aggregatedCount(n, now);
        return (
          <Space orientation="vertical" size={2} style={{ width: "100%" }}>
            <Space size={8} wrap>
              <Typography.Text strong={!n.read} type={n.read ? "secondary" : undefined} data-testid="notice-title">
                {noticeHeading(n, lang)}
              </Typography.Text>
              {aggregated ? (
                <Tag color={aggregated.today ? "red" : "default"} data-testid="notice-count">
                  {aggregated.today ? t.countToday(aggregated.count) : t.countOnDay(aggregated.count)}
                </Tag>
              ) : null}
            </Space>
            <Typography.Paragraph
              type="secondary"
              style={{ marginBottom: 0, whiteSpace: "pre-line" }}
              ellipsis={{
                rows: 2,
                expandable: true,
                symbol: t.expand,
                onExpand: (e) => e.stopPropagation(),
              }}
            >
              {text.body}
            </Typography.Paragraph>
          </Space>
        );
      },
    },
    {
      title: t.colTime,
      key: "time",
      width: 160,
      render: (_, n) => (
        <Typography.Text type="secondary" style={{ whiteSpace: "nowrap" }}>
          {formatDateTime(n.lastEventAt, lang)}
        </Typography.Text>
      ),
    },
    {
      title: t.colActions,
      key: "actions",
      width: 170,
      render: (_, n) => (
        <Space size={0} onClick={(e) => e.stopPropagation()}>
          {n.link ? (
            <Button type="link" size="small" icon={<ExportOutlined />} onClick={() => void open(n)}>
              {t.open}
            </Button>
          ) : null}
          {n.read ? null : (
            <Button type="link" size="small" onClick={() => void read(n)} data-testid="notice-mark-read">
              {t.markRead}
            </Button>
          )}
        </Space>
      ),
    },
  ];

  const filtered = type !== null || readFilter === "unread";
  const emptyText = filtered ? (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={readFilter === "unread" && type === null ? t.emptyUnread : t.emptyFiltered}
    />
  ) : (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={
        <Space orientation="vertical" size={4}>
          <Typography.Text strong>{t.empty}</Typography.Text>
          <Typography.Text type="secondary">{t.emptyHint}</Typography.Text>
        </Space>
      }
    />
  );

  const openedText = opened ? noticeText(opened, lang) : null;

  return (
    <Card
      title={t.title}
      extra={
        <Popconfirm
          title={t.markAllConfirm(unread)}
          okText={t.markAllRead}
          cancelText={t.cancel}
          onConfirm={onMarkAll}
          disabled={unread === 0}
        >
          <Button icon={<CheckOutlined />} disabled={unread === 0} loading={markingAll} data-testid="notice-mark-all">
            {t.markAllRead}
          </Button>
        </Popconfirm>
      }
    >
      <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
        <Typography.Text type="secondary">{t.intro}</Typography.Text>
        <Flex gap={12} wrap align="center">
          <Segmented<ReadFilter>
            value={readFilter}
            onChange={(v) => {
              setReadFilter(v);
              paging.reset();
            }}
            options={[
              { value: "all", label: t.filterAll },
              { value: "unread", label: t.filterUnread(unread) },
            ]}
            data-testid="notice-read-filter"
          />
          <Select<NoticeType | "ALL">
            aria-label={t.filterType}
            value={type ?? "ALL"}
            onChange={(v) => {
              setType(v === "ALL" ? null : v);
              paging.reset();
            }}
            style={{ width: 200 }}
            options={[
              { value: "ALL", label: t.allTypes },
              ...NOTICE_TYPES.map((nt) => ({ value: nt.code, label: noticeTypeText(nt.code, lang) })),
            ]}
            data-testid="notice-type-filter"
          />
        </Flex>
        {error ? (
          <Alert type="error" showIcon title={t.loadFailed} description={describeError(error, lang).message} />
        ) : null}
        <div>
          <Table<NoticeRowFragment>
            rowKey="id"
            columns={columns}
            dataSource={rows}
            loading={loading}
            pagination={false}
            size="middle"
            locale={{ emptyText }}
            onRow={(n) => ({
              onClick: () => void open(n),
              style: { cursor: "pointer" },
              "data-testid": "notice-row",
              "data-read": n.read ? "true" : "false",
            })}
            data-testid="notice-table"
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
      <Modal
        open={opened !== null}
        title={
          opened ? (
            <Space size={8}>
              <Tag color={NOTICE_TYPE_COLORS[opened.type]}>{noticeTypeText(opened.type, lang)}</Tag>
              <span>{noticeHeading(opened, lang)}</span>
            </Space>
          ) : null
        }
        onCancel={() => setOpened(null)}
        footer={
          <Button type="primary" onClick={() => setOpened(null)}>
            {t.close}
          </Button>
        }
        data-testid="notice-detail"
      >
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
          {opened ? formatDateTime(opened.lastEventAt, lang) : null}
        </Typography.Paragraph>
        <Typography.Paragraph style={{ whiteSpace: "pre-line" }}>{openedText?.body}</Typography.Paragraph>
      </Modal>
    </Card>
  );
}
