"use client";

import { PlusOutlined } from "@ant-design/icons";
import { useQuery } from "@apollo/client/react";
import { Alert, Button, Card, Input, Space, Table, Tag, Typography } from "antd";
import type { TableColumnsType } from "antd";
import { useState } from "react";
import type { DealerRowFragment } from "@/gql/graphql";
import { describeError } from "@/shared/apollo/error-message";
import { formatDateTime } from "@/shared/format";
import { useLang, useMessages } from "@/shared/i18n/lang-provider";
import { CursorPager } from "@/shared/ui/cursor-pager";
import { useCursorPaging } from "@/shared/ui/use-cursor-paging";
import { useViewer } from "../../session/components/viewer-provider";
import { isPlatformAdmin } from "../../session/viewer";
import { dealerMessages } from "../dealer.messages";
import { DealerListQuery } from "../graphql/dealer.operations";
import { CreateDealerDrawer } from "./create-dealer-drawer";
import { DealerRegionsModal } from "./dealer-regions-modal";

/** Vendor › 经销商列表. */
export function DealerListPage() {
  const lang = useLang();
  const t = useMessages(dealerMessages);
  const viewer = useViewer();
  const paging = useCursorPaging(20);
  const [text, setText] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const { data, loading, error, refetch } = useQuery(DealerListQuery, {
    variables: { text, first: paging.pageSize, after: paging.after },
    fetchPolicy: "cache-and-network",
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.dealers;
  const [editingRegions, setEditingRegions] = useState<DealerRowFragment | null>(null);
  // The API allows platform admins and the dealer's own channel manager (setDealerRegions).
  const mayEditRegions = (d: DealerRowFragment) =>
    isPlatformAdmin(viewer) || (d.channelManager !== null && d.channelManager?.id === viewer.account.id);

  const columns: TableColumnsType<DealerRowFragment> = [
    { title: t.colName, key: "name", render: (_, d) => <Typography.Text strong>{d.name}</Typography.Text> },
    { title: t.colRegion, key: "region", render: (_, d) => d.regionName ?? "—" },
    {
      title: t.colChannelManager,
      key: "channelManager",
      render: (_, d) => (d.channelManager ? d.channelManager.realName : "—"),
    },
    {
      title: t.colRegions,
      key: "regions",
      render: (_, d) =>
        d.regions.length === 0 ? (
          <Typography.Text type="secondary">{t.regionsNotSet}</Typography.Text>
        ) : (
          <Space size={[4, 4]} wrap>
            {d.regions.map((r) => (
              <Tag key={r.code} color="blue">
                {r.name}
              </Tag>
            ))}
          </Space>
        ),
    },
    {
      title: t.colQuotas,
      key: "quotas",
      render: (_, d) =>
        d.quotas.length === 0 ? (
          <Typography.Text type="secondary">{t.noQuotas}</Typography.Text>
        ) : (
          <Space size={[4, 4]} wrap>
            {d.quotas.map((q) => (
              <Tag key={q.productLine.id}>{`${q.productLine.name} ${q.max}`}</Tag>
            ))}
          </Space>
        ),
    },
    {
      title: t.colStatus,
      key: "status",
      render: (_, d) => (
        <Tag color={d.status === "ACTIVE" ? "green" : "default"}>
          {d.status === "ACTIVE" ? t.statusActive : t.statusDisabled}
        </Tag>
      ),
    },
    { title: t.colCreatedAt, key: "createdAt", render: (_, d) => formatDateTime(d.createdAt, lang) },
    {
      title: t.colActions,
      key: "actions",
      render: (_, d) =>
        mayEditRegions(d) ? (
          <Button type="link" size="small" onClick={() => setEditingRegions(d)} data-testid="dealer-regions">
            {t.regionsAction}
          </Button>
        ) : null,
    },
  ];

  return (
    <Card
      title={t.title}
      extra={
        isPlatformAdmin(viewer) ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="dealer-create">
            {t.create}
          </Button>
        ) : null
      }
    >
      <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
        <Input.Search
          allowClear
          placeholder={t.searchPlaceholder}
          style={{ maxWidth: 360 }}
          onSearch={(value) => {
            setText(value.trim() || null);
            paging.reset();
          }}
        />
        {error ? (
          <Alert type="error" showIcon title={t.loadFailed} description={describeError(error, lang).message} />
        ) : null}
        <div>
          <Table<DealerRowFragment>
            rowKey="id"
            columns={columns}
            dataSource={connection?.edges.map((e) => e.node) ?? []}
            loading={loading}
            pagination={false}
            locale={{ emptyText: t.empty }}
            data-testid="dealer-table"
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
      <DealerRegionsModal dealer={editingRegions} onClose={() => setEditingRegions(null)} />
      <CreateDealerDrawer
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={() => {
          setCreating(false);
          paging.reset();
          void refetch();
        }}
      />
    </Card>
  );
}
