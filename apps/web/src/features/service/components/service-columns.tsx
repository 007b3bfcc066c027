"use client";

import { Flex, Tag, Tooltip, Typography } from "antd";
import type { TableColumnsType } from "antd";
import Link from "next/link";
import type { ServiceRowFragment } from "@/gql/graphql";
import { formatDate, formatDateTime } from "@/shared/format";
import type { Lang } from "@/shared/i18n/lang";
import type { serviceMessages } from "../service.messages";
import { ServiceRowActions } from "./service-row-actions";

type Texts = (typeof serviceMessages)["zh"];

const nowrap = { whiteSpace: "nowrap" } as const;
/** Days left from which the expiry is highlighted (renewal time). */
const SOON_DAYS = 30;

/**
 * The columns of 已开通服务 and of an enterprise's 已开通服务 tab (which leaves out 企业): domain,
 * product line, edition with 试用/正式, seats, start and expiry (Beijing time), status, and the
 * actions (扩容 / 续费 …, 增值服务).
 */
export function serviceColumns({
  lang,
  t,
  withEnterprise,
  onOrderCreated,
}: {
  lang: Lang;
  t: Texts;
  withEnterprise: boolean;
  onOrderCreated?: () => void;
}): TableColumnsType<ServiceRowFragment> {
  const columns: TableColumnsType<ServiceRowFragment> = [];
  if (withEnterprise) {
    columns.push({
      title: t.colEnterprise,
      key: "enterprise",
      ellipsis: { showTitle: false },
      render: (_, s) =>
        s.enterprise ? (
          <Tooltip title={s.enterprise.name}>
            <Link href={`/enterprises/${s.enterprise.id}`} data-testid="service-enterprise-link">
              {s.enterprise.name}
            </Link>
          </Tooltip>
        ) : (
          <Typography.Text type="secondary">{t.hiddenEnterprise}</Typography.Text>
        ),
    });
  }
  columns.push(
    {
      title: t.colDomain,
      key: "domain",
      ellipsis: { showTitle: false },
      render: (_, s) => (
        <Tooltip title={s.domainUnicode !== s.domain ? `${s.domainUnicode}（${s.domain}）` : s.domainUnicode}>
          <Typography.Text strong data-testid="service-domain">
            {s.domainUnicode}
          </Typography.Text>
        </Tooltip>
      ),
    },
    { title: t.colProductLine, key: "productLine", width: 90, render: (_, s) => s.productLine?.name ?? "—" },
    {
      title: t.colEdition,
      key: "edition",
      width: lang === "zh" ? 130 : 150,
      render: (_, s) => (
        <Flex gap={6} align="center" wrap={false}>
          <span style={nowrap}>{s.edition?.name ?? t.noEdition}</span>
          {s.kind === "TRIAL" ? (
            <Tag color="blue" style={{ marginInlineEnd: 0 }}>
              {t.kindTrial}
            </Tag>
          ) : null}
        </Flex>
      ),
    },
    { title: t.colSeats, key: "seats", width: 70, align: "right", render: (_, s) => s.seats },
    {
      title: <Tooltip title={t.beijingTime}>{t.colStartsAt}</Tooltip>,
      key: "startsAt",
      width: 105,
      render: (_, s) => (
        <Tooltip title={formatDateTime(s.startsAt, lang)}>
          <span style={nowrap}>{formatDate(s.startsAt, lang)}</span>
        </Tooltip>
      ),
    },
    {
      title: <Tooltip title={t.beijingTime}>{t.colExpiresAt}</Tooltip>,
      key: "expiresAt",
      width: 105,
      render: (_, s) => (
        <>
          <Tooltip title={formatDateTime(s.expiresAt, lang)}>
            <Typography.Text type={s.status === "ACTIVE" ? undefined : "secondary"} style={nowrap}>
              {formatDate(s.expiresAt, lang)}
            </Typography.Text>
          </Tooltip>
          {s.status === "ACTIVE" && s.daysLeft <= SOON_DAYS ? (
            <div>
              <Typography.Text
                type={s.daysLeft <= 7 ? "danger" : "warning"}
                style={{ ...nowrap, fontSize: 12 }}
                data-testid="service-days-left"
              >
                {t.daysLeft(s.daysLeft)}
              </Typography.Text>
            </div>
          ) : null}
        </>
      ),
    },
    {
      title: t.colStatus,
      key: "status",
      width: lang === "zh" ? 90 : 100,
      render: (_, s) =>
        s.status === "ACTIVE" ? (
          <Tag color="green" style={{ marginInlineEnd: 0 }} data-testid="service-status">
            {t.statusActive}
          </Tag>
        ) : (
          <Tag style={{ marginInlineEnd: 0 }} data-testid="service-status">
            {t.statusExpired}
          </Tag>
        ),
    },
    {
      title: t.colActions,
      key: "actions",
      width: lang === "zh" ? 210 : 240,
      fixed: "right",
      render: (_, s) => <ServiceRowActions service={s} onOrderCreated={onOrderCreated} />,
    },
  );
  return columns;
}

const FLEXIBLE_MIN = 150;

/** The table's minimum width (the horizontal scroll starts below it). */
export function serviceColumnsWidth(columns: TableColumnsType<ServiceRowFragment>): number {
  return columns.reduce((sum, c) => sum + (typeof c.width === "number" ? c.width : FLEXIBLE_MIN), 0);
}
