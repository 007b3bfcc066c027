"use client";

import { Tag, Tooltip, Typography } from "antd";
import type { TableColumnsType } from "antd";
import Link from "next/link";
import type { RegistrationRowFragment } from "@/gql/graphql";
import { formatDate, formatDateTime } from "@/shared/format";
import type { Lang } from "@/shared/i18n/lang";
import type { registrationMessages } from "../registration.messages";
import { registrationStatusColor, registrationStatusLabel } from "../registration-status";
import { UnlockAction } from "./unlock-action";

type Texts = (typeof registrationMessages)["zh"];

const nowrap = { whiteSpace: "nowrap" } as const;

/**
 * The columns of 报备列表 and of an enterprise's 报备状态 tab (which leaves out 企业): domain in
 * Unicode, product line, holder, 报备时间, 到期时间, 剩余天数, status and 解锁.
 */
export function registrationColumns({
  lang,
  t,
  withEnterprise,
  onUnlocked,
}: {
  lang: Lang;
  t: Texts;
  withEnterprise: boolean;
  onUnlocked: () => void;
}): TableColumnsType<RegistrationRowFragment> {
  const columns: TableColumnsType<RegistrationRowFragment> = [
    {
      title: t.colDomain,
      key: "domain",
      // domain and 企业 share what the fixed columns leave (at least FLEXIBLE_MIN each)
      ellipsis: { showTitle: false },
      render: (_, r) => (
        <Tooltip title={r.domainUnicode !== r.domain ? `${r.domainUnicode}（${r.domain}）` : r.domainUnicode}>
          <Typography.Text strong data-testid="registration-domain">
            {r.domainUnicode}
          </Typography.Text>
        </Tooltip>
      ),
    },
    { title: t.colProductLine, key: "productLine", width: 100, render: (_, r) => r.productLine.name },
    {
      title: t.colHolder,
      key: "holder",
      width: 120,
      ellipsis: { showTitle: false },
      render: (_, r) =>
        r.account ? (
          <Tooltip title={r.account.loginName}>
            <span>{r.account.realName}</span>
          </Tooltip>
        ) : (
          <Typography.Text type="secondary">{t.hiddenHolder}</Typography.Text>
        ),
    },
  ];
  if (withEnterprise) {
    columns.push({
      title: t.colEnterprise,
      key: "enterprise",
      ellipsis: { showTitle: false },
      render: (_, r) =>
        r.enterprise ? (
          <Tooltip title={r.enterprise.name}>
            <Link href={`/enterprises/${r.enterprise.id}`} data-testid="registration-enterprise-link">
              {r.enterprise.name}
            </Link>
          </Tooltip>
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
    });
  }
  columns.push(
    {
      title: t.colStartsAt,
      key: "startsAt",
      width: 150,
      render: (_, r) => <span style={nowrap}>{formatDateTime(r.startsAt, lang)}</span>,
    },
    {
      title: t.colExpiresAt,
      key: "expiresAt",
      width: 110,
      render: (_, r) => (
        <Typography.Text type={r.status === "ACTIVE" ? undefined : "secondary"} style={nowrap}>
          {formatDate(r.expiresAt, lang)}
        </Typography.Text>
      ),
    },
    {
      title: t.colDaysLeft,
      key: "daysLeft",
      width: 90,
      align: "right",
      render: (_, r) =>
        r.status === "ACTIVE" ? (
          <Typography.Text
            type={r.daysLeft <= 7 ? "danger" : undefined}
            style={nowrap}
            data-testid="registration-days-left"
          >
            {t.daysLeft(r.daysLeft)}
          </Typography.Text>
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
    },
    {
      title: t.colStatus,
      key: "status",
      width: lang === "zh" ? 100 : 110,
      render: (_, r) => {
        const tag = (
          <Tag
            color={registrationStatusColor(r.status)}
            style={{ marginInlineEnd: 0 }}
            data-testid="registration-status"
          >
            {registrationStatusLabel(t, r.status)}
          </Tag>
        );
        return r.endedAt ? <Tooltip title={t.endedAt(formatDateTime(r.endedAt, lang))}>{tag}</Tooltip> : tag;
      },
    },
    {
      title: t.colActions,
      key: "actions",
      width: lang === "zh" ? 80 : 100,
      fixed: "right",
      render: (_, r) => <UnlockAction row={r} onUnlocked={onUnlocked} />,
    },
  );
  return columns;
}

const FLEXIBLE_MIN = 170;

/** The table's minimum width (the horizontal scroll starts below it): fixed widths + the flexible columns' minimum. */
export function registrationColumnsWidth(columns: TableColumnsType<RegistrationRowFragment>): number {
  return columns.reduce((sum, c) => sum + (typeof c.width === "number" ? c.width : FLEXIBLE_MIN), 0);
}
