"use client";

import { useMutation, useQuery } from "@apollo/client/react";
import { mayClaimFromPool } from "@crm/domain";
import { Alert, App, Button, Card, Empty, Popconfirm, Space, Table, Tag, Tooltip, Typography } from "antd";
import type { TableColumnsType } from "antd";
import Link from "next/link";
import { useState } from "react";
import type { PoolEntryRowFragment, PublicPoolFilter } from "@/gql/graphql";
import { describeError } from "@/shared/apollo/error-message";
import { enterpriseScaleLabel, industryLabel } from "@/shared/domain-labels";
import { formatDate, formatDateTime } from "@/shared/format";
import { useLang, useMessages } from "@/shared/i18n/lang-provider";
import { CursorPager } from "@/shared/ui/cursor-pager";
import { useCursorPaging } from "@/shared/ui/use-cursor-paging";
import { useViewer } from "../../session/components/viewer-provider";
import {
  ClaimPoolEnterpriseMutation,
  MyDealerRegionsQuery,
  PoolSettingsQuery,
  PublicPoolQuery,
} from "../graphql/public-pool.operations";
import { publicPoolMessages } from "../public-pool.messages";
import { PoolFilterForm } from "./pool-filter-form";

function isFiltered(filter: PublicPoolFilter): boolean {
  return Object.values(filter).some((v) => v !== null && v !== undefined && v !== "");
}

/** 企业信息管理 › 公海库 (dealer users): lapsed enterprises in the dealer's regions, claim one. */
export function PublicPoolPage() {
  const lang = useLang();
  const t = useMessages(publicPoolMessages);
  const viewer = useViewer();
  const { message, notification } = App.useApp();
  const paging = useCursorPaging(20);
  const [filter, setFilter] = useState<PublicPoolFilter>({});
  const [claiming, setClaiming] = useState<string | null>(null);
  const mayClaim = mayClaimFromPool(viewer.account.accountType ?? null, viewer.permissions);

  const { data, loading, error, refetch } = useQuery(PublicPoolQuery, {
    variables: { filter, first: paging.pageSize, after: paging.after },
    fetchPolicy: "cache-and-network",
    notifyOnNetworkStatusChange: true,
  });
  const { data: regionsData } = useQuery(MyDealerRegionsQuery, { fetchPolicy: "cache-and-network" });
  const { data: settingsData } = useQuery(PoolSettingsQuery, { fetchPolicy: "cache-first" });
  const [claim] = useMutation(ClaimPoolEnterpriseMutation);

  const connection = data?.publicPoolEnterprises;
  const rows = connection?.edges.map((e) => e.node) ?? [];
  const regions = regionsData?.myDealer.regions ?? null;
  const settings = settingsData?.poolSettings;

  async function doClaim(entry: PoolEntryRowFragment) {
    setClaiming(entry.id);
    try {
      const { data: out } = await claim({ variables: { id: entry.id } });
      const enterpriseId = out?.claimPoolEnterprise.enterpriseId ?? entry.id;
      notification.success({
        title: t.claimed(entry.name),
        description: (
          <Link href={`/enterprises/${enterpriseId}`} data-testid="claimed-link">
            {t.claimedView}
          </Link>
        ),
        placement: "topRight",
      });
    } catch (e) {
      notification.error({ title: t.claimFailed(entry.name), description: describeError(e, lang).message });
    } finally {
      setClaiming(null);
      // Claimed (by us or someone else): the row leaves the pool either way.
      void refetch().catch(() => message.error(t.loadFailed));
    }
  }

  const columns: TableColumnsType<PoolEntryRowFragment> = [
    {
      title: t.colName,
      key: "name",
      width: 220,
      render: (_, e) => <Typography.Text strong>{e.name}</Typography.Text>,
    },
    { title: t.colRegion, key: "region", width: 140, render: (_, e) => e.regionName ?? "—" },
    { title: t.colIndustry, key: "industry", width: 110, render: (_, e) => industryLabel(lang, e.industry) },
    { title: t.colScale, key: "scale", width: 100, render: (_, e) => enterpriseScaleLabel(lang, e.scale) },
    {
      title: t.colProductLines,
      key: "productLines",
      width: 160,
      render: (_, e) =>
        e.productLines.length === 0 ? (
          "—"
        ) : (
          <Space size={[4, 4]} wrap>
            {e.productLines.map((p) => (
              <Tag key={p.id}>{p.name}</Tag>
            ))}
          </Space>
        ),
    },
    {
      title: t.colExpiredAt,
      key: "expiredAt",
      width: 110,
      render: (_, e) => <span style={{ whiteSpace: "nowrap" }}>{formatDate(e.expiredAt, lang)}</span>,
    },
    {
      title: t.colEnteredAt,
      key: "enteredAt",
      width: 150,
      render: (_, e) => <span style={{ whiteSpace: "nowrap" }}>{formatDateTime(e.enteredAt, lang)}</span>,
    },
    {
      title: t.colActions,
      key: "actions",
      fixed: "right",
      width: 110,
      render: (_, e) =>
        mayClaim ? (
          <Popconfirm
            title={t.confirmClaim(e.name)}
            description={t.confirmClaimHint}
            okText={t.ok}
            cancelText={t.cancel}
            onConfirm={() => doClaim(e)}
          >
            <Button type="link" size="small" loading={claiming === e.id} data-testid="pool-claim">
              {t.claim}
            </Button>
          </Popconfirm>
        ) : (
          <Tooltip title={t.cannotClaim}>
            <Button type="link" size="small" disabled>
              {t.claim}
            </Button>
          </Tooltip>
        ),
    },
  ];

  let emptyText;
  if (regions && regions.length === 0) {
    emptyText = (
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description={
          <Space orientation="vertical" size={4}>
            <Typography.Text strong>{t.emptyNoRegions}</Typography.Text>
            <Typography.Text type="secondary">{t.emptyNoRegionsHint}</Typography.Text>
          </Space>
        }
      />
    );
  } else if (isFiltered(filter)) {
    emptyText = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.emptyFiltered} />;
  } else {
    emptyText = (
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description={
          <Space orientation="vertical" size={4}>
            <Typography.Text strong>{t.emptyNone}</Typography.Text>
            <Typography.Text type="secondary">
              {t.emptyNoneHint((regions ?? []).map((r) => r.name).join("、"))}
            </Typography.Text>
          </Space>
        }
      />
    );
  }

  return (
    <Card title={t.title} extra={settings ? <Tag color="blue">{t.capInfo(settings.dailyClaimCap)}</Tag> : null}>
      <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
        <Typography.Text type="secondary">{t.intro(settings?.graceDays ?? 30)}</Typography.Text>
        <PoolFilterForm
          onSearch={(next) => {
            setFilter(next);
            paging.reset();
          }}
        />
        {error ? (
          <Alert type="error" showIcon title={t.loadFailed} description={describeError(error, lang).message} />
        ) : null}
        <div>
          <Table<PoolEntryRowFragment>
            rowKey="id"
            columns={columns}
            dataSource={rows}
            loading={loading}
            pagination={false}
            size="middle"
            scroll={{ x: 1100 }}
            locale={{ emptyText }}
            data-testid="pool-table"
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
