"use client";

import { Space, Tag, Tooltip, Typography } from "antd";
import type { TableColumnsType } from "antd";
import Link from "next/link";
import type { ReactNode } from "react";
import type { OrderRowFragment } from "@/gql/graphql";
import { formatDateTime } from "@/shared/format";
import type { Lang } from "@/shared/i18n/lang";
import type { AmountVisibility } from "../order-access";
import {
  confirmationReasonLabel,
  confirmationReasonsText,
  formatMoney,
  isTrialType,
  orderTermText,
  orderStatusColor,
  orderStatusLabel,
  orderTypeColor,
  orderTypeLabel,
} from "../order-labels";
import type { orderMessages } from "../order.messages";

type Texts = (typeof orderMessages)["zh"];

const nowrap = { whiteSpace: "nowrap" } as const;

export interface OrderColumnOptions {
  lang: Lang;
  t: Texts;
  amounts: AmountVisibility;
  /** Leave out 企业 (an enterprise's own 订单 tab). */
  withEnterprise?: boolean;
  /** Show 经销商 (vendor views). */
  withDealer?: boolean;
  /** Show the confirmation reasons (订单确认). */
  withReasons?: boolean;
  /** The 操作 column's content; none: no column. */
  actions?: (order: OrderRowFragment) => ReactNode;
  actionsWidth?: number;
}

function amountCell(fen: number | null | undefined, testId: string) {
  return fen === null || fen === undefined ? (
    <Typography.Text type="secondary">—</Typography.Text>
  ) : (
    <span style={nowrap} data-testid={testId}>
      {formatMoney(fen)}
    </span>
  );
}

/**
 * The order table's columns: 订单号 (to the detail), 企业, 域名, 产品线, 类型, 版本, 数量,
 * 时长(+赠送), the amounts the viewer may see (原价 / 结算价 / 应付金额), 状态, 创建时间, 操作.
 */
export function orderColumns(o: OrderColumnOptions): TableColumnsType<OrderRowFragment> {
  const { t, lang } = o;
  const secondary = (text: string) => (
    <Typography.Text type="secondary" style={{ fontSize: 12, ...nowrap }}>
      {text}
    </Typography.Text>
  );
  const columns: TableColumnsType<OrderRowFragment> = [
    {
      // The status under the number: seen first, without scrolling.
      title: t.colOrderNoStatus,
      key: "orderNo",
      fixed: "left",
      width: lang === "zh" ? 172 : 166,
      render: (_, r) => (
        <Space orientation="vertical" size={2}>
          <Link href={`/orders/${r.id}`} data-testid="order-no-link" style={nowrap}>
            {r.orderNo}
          </Link>
          <Tooltip
            title={
              r.status === "PENDING_CONFIRMATION" && r.confirmationReasons.length > 0
                ? confirmationReasonsText(lang, r.confirmationReasons)
                : undefined
            }
          >
            <Tag color={orderStatusColor(r.status)} style={{ marginInlineEnd: 0 }} data-testid="order-status">
              {orderStatusLabel(lang, r.status)}
            </Tag>
          </Tooltip>
        </Space>
      ),
    },
  ];
  if (o.withDealer) {
    columns.push({
      title: t.colDealer,
      key: "dealer",
      width: 120,
      ellipsis: true,
      render: (_, r) => r.dealer?.name ?? "—",
    });
  }
  const withEnterprise = o.withEnterprise !== false;
  columns.push({
    title: withEnterprise ? t.colEnterpriseDomain : t.colDomain,
    key: "enterprise",
    width: withEnterprise ? (lang === "zh" ? 200 : 190) : 160,
    ellipsis: { showTitle: false },
    render: (_, r) => {
      const domainTitle = r.domainUnicode !== r.domain ? `${r.domainUnicode}（${r.domain}）` : r.domainUnicode;
      if (!withEnterprise) {
        return (
          <Tooltip title={domainTitle}>
            <span data-testid="order-domain">{r.domainUnicode}</span>
          </Tooltip>
        );
      }
      const name = !r.enterprise ? (
        <Typography.Text type="secondary">{t.hidden}</Typography.Text>
      ) : o.withDealer ? (
        r.enterprise.name
      ) : (
        <Link href={`/enterprises/${r.enterprise.id}`}>{r.enterprise.name}</Link>
      );
      return (
        <Tooltip title={r.enterprise ? `${r.enterprise.name} · ${domainTitle}` : domainTitle}>
          <div style={{ minWidth: 0 }}>
            <div style={{ overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" }}>{name}</div>
            <div
              style={{ overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap", fontSize: 12 }}
              data-testid="order-domain"
            >
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {r.domainUnicode}
              </Typography.Text>
            </div>
          </div>
        </Tooltip>
      );
    },
  });
  columns.push(
    {
      title: t.colType,
      key: "type",
      width: lang === "zh" ? 86 : 110,
      render: (_, r) => (
        <Tag color={orderTypeColor(r.type)} style={{ marginInlineEnd: 0 }} data-testid="order-type">
          {orderTypeLabel(lang, r.type)}
        </Tag>
      ),
    },
    {
      title: t.colProductEdition,
      key: "edition",
      width: lang === "zh" ? 120 : 130,
      ellipsis: { showTitle: false },
      render: (_, r) => (
        <Tooltip title={`${r.productLine.name} · ${r.editionName}`}>
          <Space orientation="vertical" size={0} style={{ minWidth: 0 }}>
            <span style={nowrap}>{r.productLine.name}</span>
            {secondary(r.editionName)}
          </Space>
        </Tooltip>
      ),
    },
    {
      title: t.colSeats,
      key: "seats",
      width: lang === "zh" ? 64 : 60,
      align: "right",
      render: (_, r) => (r.type === "EXPANSION" ? t.seatsAdded(r.seats) : r.seats),
    },
    {
      title: t.colDuration,
      key: "duration",
      width: 96,
      render: (_, r) => (
        <Space orientation="vertical" size={0}>
          <span style={nowrap}>{orderTermText(t, r)}</span>
          {!isTrialType(r.type) && r.giftMonths > 0 ? secondary(t.gift(r.giftMonths)) : null}
        </Space>
      ),
    },
  );
  const shownAmounts = amountLines(o);
  if (shownAmounts.length > 0) {
    columns.push({
      title: t.colAmount,
      key: "amount",
      width: shownAmounts.length > 1 ? (lang === "zh" ? 170 : 176) : 120,
      align: "right",
      render: (_, r) =>
        shownAmounts.length === 1 ? (
          amountCell(shownAmounts[0]?.value(r), shownAmounts[0]?.testId ?? "")
        ) : (
          <Space orientation="vertical" size={0} style={{ alignItems: "flex-end" }}>
            {shownAmounts.map((a) => (
              <span key={a.testId} style={nowrap}>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {a.label}{" "}
                </Typography.Text>
                {amountCell(a.value(r), a.testId)}
              </span>
            ))}
          </Space>
        ),
    });
  }
  if (o.withReasons) {
    columns.push({
      title: t.colReasons,
      key: "reasons",
      width: 250,
      render: (_, r) => (
        <Space orientation="vertical" size={2}>
          {r.confirmationReasons.map((reason) => (
            <Typography.Text key={reason} type="warning" style={{ fontSize: 13 }} data-testid="order-reason">
              {confirmationReasonLabel(lang, reason)}
            </Typography.Text>
          ))}
        </Space>
      ),
    });
  }
  columns.push({
    title: t.colCreatedAt,
    key: "createdAt",
    width: lang === "zh" ? 104 : 100,
    render: (_, r) => {
      const [day, time] = splitDateTime(formatDateTime(r.createdAt, lang));
      return (
        <Space orientation="vertical" size={0}>
          <span style={nowrap}>{day}</span>
          {time ? secondary(time) : null}
        </Space>
      );
    },
  });
  if (o.withReasons) {
    // 订单确认: what the decision rests on (who, for whom, how much, why) before the details.
    const rank = (key: unknown) => {
      const i = DECISION_ORDER.indexOf(String(key));
      return i < 0 ? DECISION_ORDER.length : i;
    };
    columns.sort((a, b) => rank(a.key) - rank(b.key));
  }
  if (o.actions) {
    const render = o.actions;
    columns.push({
      title: t.colActions,
      key: "actions",
      fixed: "right",
      width: o.actionsWidth ?? (lang === "zh" ? 100 : 120),
      render: (_, r) => render(r),
    });
  }
  return columns;
}

const DECISION_ORDER = ["orderNo", "dealer", "enterprise", "amount", "reasons"];

/** "2026/12/04 04:14" → ["2026/12/04", "04:14"] (both languages put the time last). */
function splitDateTime(text: string): [string, string | null] {
  const at = text.lastIndexOf(" ");
  return at > 0 ? [text.slice(0, at).replace(/,$/, ""), text.slice(at + 1)] : [text, null];
}

interface AmountLine {
  label: string;
  testId: string;
  value: (r: OrderRowFragment) => number | null | undefined;
}

/** 金额: the amounts the viewer may see, 原价 / 结算价 / 应付, each on its own line. */
function amountLines(o: OrderColumnOptions): AmountLine[] {
  const lines: AmountLine[] = [];
  if (o.amounts.list) lines.push({ label: o.t.colListAmount, testId: "order-list-amount", value: (r) => r.listAmount });
  if (o.amounts.settlement) {
    lines.push({ label: o.t.colSettlementAmount, testId: "order-settlement-amount", value: (r) => r.settlementAmount });
  }
  if (o.amounts.due)
    lines.push({ label: o.t.colAmountDueShort, testId: "order-amount-due", value: (r) => r.amountDue });
  return lines;
}

/** The table's scroll width: the sum of the columns' widths. */
export function orderColumnsWidth(columns: TableColumnsType<OrderRowFragment>): number {
  return columns.reduce((sum, c) => sum + (typeof c.width === "number" ? c.width : 120), 0);
}
