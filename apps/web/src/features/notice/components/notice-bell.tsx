"use client";

import { BellOutlined } from "@ant-design/icons";
import { useQuery } from "@apollo/client/react";
import { Badge, Button, Tooltip } from "antd";
import Link from "next/link";
import { useMessages } from "@/shared/i18n/lang-provider";
import { UnreadNoticeCountQuery } from "../graphql/notice.operations";
import { noticeMessages } from "../notice.messages";

/** Polls the unread count this often; marking read refetches it at once. */
const POLL_MS = 60_000;

/** The header's bell (dealer users): the unread count, a click away from 消息中心. */
export function NoticeBell() {
  const t = useMessages(noticeMessages);
  const { data } = useQuery(UnreadNoticeCountQuery, { pollInterval: POLL_MS, fetchPolicy: "cache-and-network" });
  const count = data?.unreadNoticeCount ?? 0;
  return (
    <Tooltip title={t.title}>
      <Link href="/messages" aria-label={t.bellLabel(count)} data-testid="notice-bell" data-count={count}>
        <Badge count={count} size="small" overflowCount={99} offset={[-4, 4]}>
          <Button type="text" shape="circle" icon={<BellOutlined style={{ fontSize: 18 }} />} tabIndex={-1} />
        </Badge>
      </Link>
    </Tooltip>
  );
}
