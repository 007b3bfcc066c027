"use client";

import { ReloadOutlined } from "@ant-design/icons";
import { skipToken, useQuery } from "@apollo/client/react";
import { Alert, Button, Drawer, Space, Table, Tag, Typography } from "antd";
import type { TableColumnsType } from "antd";
import { useEffect } from "react";
import type { ApiKeyCallsQuery as ApiKeyCallsData } from "@/gql/graphql";
import { describeError } from "@/shared/apollo/error-message";
import { formatDateTime } from "@/shared/format";
import { useLang, useMessages } from "@/shared/i18n/lang-provider";
import { CursorPager } from "@/shared/ui/cursor-pager";
import { useCursorPaging } from "@/shared/ui/use-cursor-paging";
import { apiKeyMessages } from "../api-key.messages";
import { ApiKeyCallsQuery } from "../graphql/api-key.operations";

type CallRow = ApiKeyCallsData["apiKeyCalls"]["edges"][number]["node"];

/** 调用记录 of one key, newest first, paged like every list (the API keeps them 90 days). */
export function ApiKeyCallsDrawer({
  apiKey,
  onClose,
}: {
  apiKey: { id: string; name: string } | null;
  onClose: () => void;
}) {
  const lang = useLang();
  const t = useMessages(apiKeyMessages);
  const paging = useCursorPaging(20);
  const { reset } = paging;
  // another key: back to its first page
  useEffect(() => reset(), [apiKey?.id, reset]);
  const { data, loading, error, refetch } = useQuery(
    ApiKeyCallsQuery,
    apiKey
      ? { variables: { apiKeyId: apiKey.id, first: paging.pageSize, after: paging.after }, fetchPolicy: "network-only" }
      : skipToken,
  );

  const columns: TableColumnsType<CallRow> = [
    {
      title: t.callAt,
      dataIndex: "at",
      width: 170,
      render: (v: string) => formatDateTime(v, lang, { seconds: true }),
    },
    {
      title: t.callOperation,
      key: "operation",
      render: (_: unknown, call) =>
        call.operationType === "INVALID" ? (
          <Typography.Text type="secondary">{t.callInvalid}</Typography.Text>
        ) : (
          <Space size={4}>
            <Tag color={call.operationType === "MUTATION" ? "purple" : "blue"}>{call.operationType.toLowerCase()}</Tag>
            {call.operationName ? <Typography.Text>{call.operationName}</Typography.Text> : null}
          </Space>
        ),
    },
    {
      title: t.callFields,
      dataIndex: "rootFields",
      render: (fields: string[]) =>
        fields.length ? (
          <Space size={[4, 4]} wrap>
            {fields.map((f) => (
              <Typography.Text key={f} code>
                {f}
              </Typography.Text>
            ))}
          </Space>
        ) : (
          "—"
        ),
    },
    {
      title: t.callOutcome,
      dataIndex: "outcome",
      render: (outcome: string) =>
        outcome === "OK" ? <Tag color="green">{t.callOk}</Tag> : <Tag color="red">{outcome}</Tag>,
    },
    { title: t.callIp, dataIndex: "clientIp", render: (ip: string | null) => ip ?? "—" },
    {
      title: t.callDuration,
      dataIndex: "durationMs",
      align: "right",
      width: 110,
      render: (ms: number | null) => (ms === null ? "—" : ms.toLocaleString(lang === "zh" ? "zh-CN" : "en-GB")),
    },
  ];

  return (
    <Drawer
      open={apiKey !== null}
      onClose={onClose}
      size={960}
      destroyOnHidden
      title={apiKey ? t.callsTitle(apiKey.name) : t.calls}
      extra={
        <Button icon={<ReloadOutlined />} onClick={() => void refetch()} loading={loading && !!data}>
          {t.refresh}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">{t.callsIntro}</Typography.Paragraph>
      {error ? (
        <Alert type="error" showIcon title={t.callsLoadFailed} description={describeError(error, lang).message} />
      ) : null}
      <Table
        data-testid="api-key-calls-table"
        rowKey="id"
        size="small"
        loading={loading && !data}
        columns={columns}
        dataSource={data?.apiKeyCalls.edges.map((e) => e.node) ?? []}
        pagination={false}
        locale={{ emptyText: t.callsEmpty }}
      />
      <CursorPager
        paging={paging}
        totalCount={data?.apiKeyCalls.totalCount ?? 0}
        hasNextPage={data?.apiKeyCalls.pageInfo.hasNextPage ?? false}
        endCursor={data?.apiKeyCalls.pageInfo.endCursor}
        loading={loading}
      />
    </Drawer>
  );
}
