"use client";

import { Empty, Table, Tag, Typography } from "antd";
import type { TableColumnsType } from "antd";
import type { EnterpriseDetailFragment } from "@/gql/graphql";
import { formatDate } from "@/shared/format";
import { useLang, useMessages } from "@/shared/i18n/lang-provider";
import { enterpriseMessages } from "../enterprise.messages";

type ServiceRow = EnterpriseDetailFragment["services"][number];

const DAY_MS = 24 * 60 * 60 * 1000;

/** 已开通服务 of the enterprise: product line, domain, 试用/正式, seats, start and expiry. */
export function ServicesPanel({ services }: { services: readonly ServiceRow[] }) {
  const lang = useLang();
  const t = useMessages(enterpriseMessages);
  if (services.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.servicesEmpty} data-testid="services-empty" />;
  }
  const columns: TableColumnsType<ServiceRow> = [
    { title: t.svcProductLine, key: "productLine", render: (_, s) => s.productLine?.name ?? "—" },
    { title: t.svcDomain, key: "domain", render: (_, s) => s.domainUnicode },
    {
      title: t.svcKind,
      key: "kind",
      width: 90,
      render: (_, s) =>
        s.kind === "PAID" ? <Tag color="green">{t.svcKindPaid}</Tag> : <Tag color="blue">{t.svcKindTrial}</Tag>,
    },
    { title: t.svcSeats, key: "seats", width: 90, align: "right", render: (_, s) => s.seats },
    { title: t.svcStartsAt, key: "startsAt", width: 130, render: (_, s) => formatDate(s.startsAt, lang) },
    {
      title: t.svcExpiresAt,
      key: "expiresAt",
      width: 200,
      render: (_, s) => {
        const left = Math.ceil((new Date(s.expiresAt).getTime() - Date.now()) / DAY_MS);
        return (
          <span style={{ whiteSpace: "nowrap" }}>
            {formatDate(s.expiresAt, lang)}{" "}
            {left <= 0 ? (
              <Tag color="default">{t.svcExpired}</Tag>
            ) : left <= 30 ? (
              <Typography.Text type={left <= 7 ? "danger" : "warning"}>{t.svcDaysLeft(left)}</Typography.Text>
            ) : null}
          </span>
        );
      },
    },
  ];
  return (
    <Table<ServiceRow>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={[...services]}
      pagination={false}
      data-testid="services-table"
    />
  );
}
