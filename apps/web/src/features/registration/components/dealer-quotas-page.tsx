"use client";

import { useQuery } from "@apollo/client/react";
import { Space, Typography } from "antd";
import type { TableColumnsType } from "antd";
import { useState } from "react";
import { useMessages } from "@/shared/i18n/lang-provider";
import { useCursorPaging } from "@/shared/ui/use-cursor-paging";
import { ProductLinesQuery } from "../../catalog/graphql/catalog.operations";
import { DealerTermsCard } from "../../dealer/components/dealer-terms-card";
import { DealerQuotasQuery } from "../graphql/quota.operations";
import { quotaMessages } from "../quota.messages";
import { DealerQuotaModal, type DealerQuotaRow } from "./dealer-quota-modal";

/**
 * Vendor › 渠道管理 › 报备名额: every dealer with its maximum and usage per product line; its
 * channel manager (or a platform admin) sets them in a dialog. Others' dealers are read-only here
 * and the API refuses them anyway (FORBIDDEN).
 */
export function DealerQuotasPage() {
  const t = useMessages(quotaMessages);
  const paging = useCursorPaging(20);
  const [text, setText] = useState<string | null>(null);
  const [editing, setEditing] = useState<DealerQuotaRow | null>(null);
  const { data: catalog } = useQuery(ProductLinesQuery, { fetchPolicy: "cache-first" });
  const { data, loading, error } = useQuery(DealerQuotasQuery, {
    variables: { text, first: paging.pageSize, after: paging.after },
    fetchPolicy: "cache-and-network",
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.dealers;
  const rows = connection?.edges.map((e) => e.node) ?? [];

  const lineColumns: TableColumnsType<DealerQuotaRow> = (catalog?.productLines ?? []).map((p) => ({
    key: `line-${p.id}`,
    width: 110,
    align: "right",
    title: (
      <Space orientation="vertical" size={0} style={{ alignItems: "flex-end" }}>
        <span>{p.name}</span>
        <Typography.Text type="secondary" style={{ fontSize: 12, fontWeight: "normal" }}>
          {t.cellHint}
        </Typography.Text>
      </Space>
    ),
    render: (_, d) => {
      const q = d.quotas.find((entry) => entry.productLine.id === p.id);
      return q ? (
        <Typography.Text
          type={q.available === 0 && q.max > 0 ? "danger" : undefined}
          style={{ whiteSpace: "nowrap" }}
          data-testid={`dealer-quota-cell-${p.code}`}
        >
          {t.cell(q.used, q.max)}
        </Typography.Text>
      ) : (
        <Typography.Text type="secondary">{t.notSet}</Typography.Text>
      );
    },
  }));

  return (
    <DealerTermsCard<DealerQuotaRow>
      labels={{
        ...t,
        title: t.vendorTitle,
        intro: t.vendorIntro,
        search: t.vendorSearch,
        empty: t.vendorEmpty,
        edit: t.setQuotas,
      }}
      testId="dealer-quota"
      rows={rows}
      connection={connection}
      loading={loading}
      error={error}
      paging={paging}
      onSearch={setText}
      lineColumns={lineColumns}
      dealerWidth={220}
      onEdit={setEditing}
    >
      <DealerQuotaModal dealer={editing} onClose={() => setEditing(null)} />
    </DealerTermsCard>
  );
}
