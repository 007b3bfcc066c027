"use client";

import { Button, Space, Tag, Tooltip, Typography } from "antd";
import type { TableColumnsType } from "antd";
import type { SortOrder } from "antd/es/table/interface";
import Link from "next/link";
import type { ReactNode } from "react";
import type { EnterpriseDetailFragment, EnterpriseRowFragment, EnterpriseSort, SortDirection } from "@/gql/graphql";
import {
  enterpriseScaleLabel,
  enterpriseSourceLabel,
  enterpriseStatusColor,
  enterpriseStatusLabel,
  industryLabel,
} from "@/shared/domain-labels";
import { formatDate, formatDateTime } from "@/shared/format";
import type { Lang } from "@/shared/i18n/lang";
import type { enterpriseMessages } from "../enterprise.messages";
import type { EnterpriseListKind } from "../enterprise-list-state";
import { EnterpriseTags } from "./enterprise-tags";
import { RoutingTracePopover } from "./routing-trace-popover";

/** A row of any of the four lists: the common columns plus the list's own date. */
export type EnterpriseListRow = EnterpriseRowFragment & {
  nextPaidExpiresAt?: string | null;
  trialExpiredAt?: string | null;
  routedAt?: string | null;
  routingTrace?: unknown;
  /** 企业待续费 / 试用过期企业: the services their order actions act on. */
  services?: EnterpriseDetailFragment["services"];
};

const DAY_MS = 24 * 60 * 60 * 1000;

function daysUntil(iso: string): number {
  return Math.ceil((new Date(iso).getTime() - Date.now()) / DAY_MS);
}

function nowrap(text: string) {
  return <span style={{ whiteSpace: "nowrap" }}>{text}</span>;
}

export interface ColumnOptions {
  kind: EnterpriseListKind;
  lang: Lang;
  t: (typeof enterpriseMessages)["zh"];
  sort: EnterpriseSort;
  direction: SortDirection;
  canEdit: boolean;
  onEdit: (row: EnterpriseListRow) => void;
  /** More buttons in 操作 (the order feature's 续费 / 转正 / 延期), with the width they need. */
  rowActions?: { render: (row: EnterpriseListRow) => ReactNode; width: number };
}

/**
 * The enterprise table's columns. Sortable columns map to the API's EnterpriseSort (sorted on
 * the server); a list's own date and the status come right after the name, where they are seen
 * without scrolling.
 */
export function enterpriseColumns(o: ColumnOptions): TableColumnsType<EnterpriseListRow> {
  const { t, lang } = o;
  const sortable = (key: EnterpriseSort, firstDirection: SortDirection = "DESC") => {
    const order: SortOrder = o.sort === key ? (o.direction === "ASC" ? "ascend" : "descend") : null;
    const first: SortOrder = firstDirection === "ASC" ? "ascend" : "descend";
    const second: SortOrder = firstDirection === "ASC" ? "descend" : "ascend";
    // Cycling back to the first direction instead of "unsorted": the lists are always sorted.
    return { key, sorter: true, sortOrder: order, sortDirections: [first, second, first] };
  };

  const name: TableColumnsType<EnterpriseListRow>[number] = {
    title: t.colName,
    ...sortable("NAME", "ASC"),
    fixed: "left",
    width: 220,
    render: (_, e) => (
      <Space orientation="vertical" size={0} style={{ minWidth: 0 }}>
        <Link href={`/enterprises/${e.id}`} data-testid="enterprise-name-link">
          {e.name}
        </Link>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {e.mainDomainUnicode}
        </Typography.Text>
      </Space>
    ),
  };

  const own: TableColumnsType<EnterpriseListRow> = [];
  if (o.kind === "renewal") {
    own.push({
      title: t.colNextPaidExpires,
      ...sortable("NEXT_PAID_EXPIRES_AT", "ASC"),
      width: 130,
      render: (_, e) => {
        if (!e.nextPaidExpiresAt) return "—";
        const left = daysUntil(e.nextPaidExpiresAt);
        return (
          <Space orientation="vertical" size={0}>
            {nowrap(formatDate(e.nextPaidExpiresAt, lang))}
            <Typography.Text type={left <= 7 ? "danger" : "warning"} style={{ fontSize: 12 }}>
              {t.svcDaysLeft(Math.max(0, left))}
            </Typography.Text>
          </Space>
        );
      },
    });
  }
  if (o.kind === "trial-expired") {
    own.push({
      title: t.colTrialExpired,
      ...sortable("TRIAL_EXPIRED_AT"),
      width: 130,
      render: (_, e) => nowrap(formatDate(e.trialExpiredAt, lang)),
    });
  }
  if (o.kind === "routed") {
    own.push(
      {
        title: t.colRoutedAt,
        ...sortable("ROUTED_AT"),
        width: 160,
        render: (_, e) => nowrap(formatDateTime(e.routedAt, lang)),
      },
      {
        title: t.colRoutingTrace,
        key: "routingTrace",
        width: lang === "zh" ? 90 : 110,
        render: (_, e) => <RoutingTracePopover trace={e.routingTrace} />,
      },
    );
  }

  const common: TableColumnsType<EnterpriseListRow> = [
    {
      title: t.colStatus,
      key: "status",
      width: lang === "zh" ? 90 : 100,
      render: (_, e) => (
        <Tag color={enterpriseStatusColor(e.status)} style={{ marginInlineEnd: 0 }}>
          {enterpriseStatusLabel(lang, e.status)}
        </Tag>
      ),
    },
    { title: t.colRegion, key: "region", width: 120, ellipsis: true, render: (_, e) => e.regionName ?? "—" },
    {
      title: t.colIndustry,
      key: "industry",
      width: lang === "zh" ? 100 : 130,
      ellipsis: true,
      render: (_, e) => industryLabel(lang, e.industry),
    },
    {
      title: t.colScale,
      key: "scale",
      width: lang === "zh" ? 104 : 80,
      render: (_, e) => nowrap(enterpriseScaleLabel(lang, e.scale)),
    },
    {
      title: t.colSource,
      key: "source",
      width: lang === "zh" ? 100 : 116,
      render: (_, e) => nowrap(enterpriseSourceLabel(lang, e.source)),
    },
    { title: t.colTags, key: "tags", width: 160, render: (_, e) => <EnterpriseTags tags={e.tags} /> },
    {
      title: t.colOwner,
      key: "owner",
      width: 120,
      ellipsis: { showTitle: false },
      render: (_, e) =>
        e.owner ? (
          <Tooltip title={t.ownerWithLogin(e.owner.realName, e.owner.loginName)}>
            <span>{e.owner.realName}</span>
          </Tooltip>
        ) : (
          <Typography.Text type="secondary">{t.noOwner}</Typography.Text>
        ),
    },
    {
      title: t.colLastFollowUp,
      ...sortable("LAST_FOLLOW_UP_AT"),
      width: lang === "zh" ? 150 : 160,
      render: (_, e) => nowrap(formatDateTime(e.lastFollowUpAt, lang)),
    },
    {
      title: t.colCreatedAt,
      ...sortable("CREATED_AT"),
      width: 120,
      render: (_, e) => (
        <Tooltip title={formatDateTime(e.createdAt, lang)}>{nowrap(formatDate(e.createdAt, lang))}</Tooltip>
      ),
    },
    {
      title: t.colActions,
      key: "actions",
      fixed: "right",
      width: (lang === "zh" ? 104 : 120) + (o.rowActions?.width ?? 0),
      render: (_, e) => (
        <Space size={0}>
          {o.rowActions?.render(e)}
          <Link href={`/enterprises/${e.id}`} style={{ paddingInline: 7 }}>
            {t.detail}
          </Link>
          {o.canEdit ? (
            <Button type="link" size="small" onClick={() => o.onEdit(e)} data-testid="enterprise-edit">
              {t.edit}
            </Button>
          ) : null}
        </Space>
      ),
    },
  ];
  return [name, ...own, ...common];
}

/** The table's scroll width: the sum of the columns' widths. */
export function columnsWidth(columns: TableColumnsType<EnterpriseListRow>): number {
  return columns.reduce((sum, c) => sum + (typeof c.width === "number" ? c.width : 120), 0);
}
