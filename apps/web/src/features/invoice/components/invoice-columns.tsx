"use client";

import { formatFen } from "@crm/domain";
import { Space, Tag, Typography } from "antd";
import type { TableColumnsType } from "antd";
import type { InvoiceRequestRowFragment } from "@/gql/graphql";
import { formatDateTime } from "@/shared/format";
import type { Lang } from "@/shared/i18n/lang";
import { invoiceStatusColor, invoiceStatusLabel } from "../invoice-status";
import type { invoiceMessages } from "../invoice.messages";

type T = (typeof invoiceMessages)["zh"];

/** The columns both sides show; the dealer column only for vendor staff. */
export function invoiceColumns(
  lang: Lang,
  t: T,
  options: { showDealer: boolean },
): TableColumnsType<InvoiceRequestRowFragment> {
  return [
    {
      title: t.colCreatedAt,
      key: "createdAt",
      width: 140,
      render: (_, r) => <span style={{ whiteSpace: "nowrap" }}>{formatDateTime(r.createdAt, lang)}</span>,
    },
    ...(options.showDealer
      ? [
          {
            title: t.colDealer,
            key: "dealer",
            width: 140,
            ellipsis: true,
            render: (_: unknown, r: InvoiceRequestRowFragment) => r.dealer.name,
          },
        ]
      : []),
    {
      title: t.colOrder,
      key: "order",
      width: 165,
      render: (_, r) => r.orderNo ?? "—",
    },
    {
      title: t.colTitle,
      key: "title",
      width: 180,
      render: (_, r) => (
        <Space orientation="vertical" size={0}>
          <span>{r.title}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {r.taxNumber}
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: t.colAmount,
      key: "amount",
      width: 110,
      align: "right",
      render: (_, r) => <span style={{ fontVariantNumeric: "tabular-nums" }}>{formatFen(r.amount)}</span>,
    },
    {
      title: t.colStatus,
      key: "status",
      width: 80,
      render: (_, r) => (
        <Tag color={invoiceStatusColor(r.status)} data-testid="invoice-status">
          {invoiceStatusLabel(lang, r.status)}
        </Tag>
      ),
    },
    {
      title: t.colHandled,
      key: "handled",
      render: (_, r) => {
        if (r.status === "REQUESTED") {
          return r.note ? <Typography.Text type="secondary">{r.note}</Typography.Text> : "—";
        }
        return (
          <Space orientation="vertical" size={0}>
            {r.invoiceNo ? (
              <Typography.Text strong copyable data-testid="invoice-no">
                {r.invoiceNo}
              </Typography.Text>
            ) : null}
            {r.handledNote ? (
              <Typography.Text type={r.status === "REJECTED" ? "danger" : undefined}>{r.handledNote}</Typography.Text>
            ) : null}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t.handledBy(r.handledBy?.realName ?? "—", formatDateTime(r.handledAt, lang))}
            </Typography.Text>
          </Space>
        );
      },
    },
  ];
}
