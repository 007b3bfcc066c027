"use client";

import { useQuery } from "@apollo/client/react";
import { Typography } from "antd";
import type { TableColumnsType } from "antd";
import { useState } from "react";
import { useLang, useMessages } from "@/shared/i18n/lang-provider";
import { useCursorPaging } from "@/shared/ui/use-cursor-paging";
import { ProductLinesQuery } from "../../catalog/graphql/catalog.operations";
import { DealerTermsCard } from "../../dealer/components/dealer-terms-card";
import { DealerDiscountsQuery } from "../graphql/pricing.operations";
import { formatDiscount } from "../price-format";
import { pricingMessages } from "../pricing.messages";
import { DealerDiscountModal, type DealerDiscountRow } from "./dealer-discount-modal";
import { PriceListTable } from "./price-list-table";

/**
 * Vendor › 渠道管理 › 折扣: every dealer with its discount per product line, e.g. "8.5 折 (85%)";
 * its channel manager (or a platform admin) edits them in a dialog, and each row expands into the
 * dealer's price list (公开价格 and 结算价). Others' dealers are read-only here; the API refuses
 * them anyway (FORBIDDEN).
 */
export function DealerDiscountsPage() {
  const lang = useLang();
  const t = useMessages(pricingMessages);
  const paging = useCursorPaging(20);
  const [text, setText] = useState<string | null>(null);
  const [editing, setEditing] = useState<DealerDiscountRow | null>(null);
  const { data: catalog } = useQuery(ProductLinesQuery, { fetchPolicy: "cache-first" });
  const { data, loading, error } = useQuery(DealerDiscountsQuery, {
    variables: { text, first: paging.pageSize, after: paging.after },
    fetchPolicy: "cache-and-network",
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.dealers;
  const rows = connection?.edges.map((e) => e.node) ?? [];

  const lineColumns: TableColumnsType<DealerDiscountRow> = (catalog?.productLines ?? []).map((p) => ({
    key: `line-${p.id}`,
    title: p.name,
    width: 110,
    align: "right",
    render: (_, d) => {
      if (d.discounts === null || d.discounts === undefined) {
        return <Typography.Text type="secondary">{t.hidden}</Typography.Text>;
      }
      const discount = d.discounts.find((entry) => entry.productLine.id === p.id);
      return discount ? (
        <Typography.Text style={{ whiteSpace: "nowrap" }} data-testid={`dealer-discount-cell-${p.code}`}>
          {formatDiscount(discount.rateBp, lang)}
        </Typography.Text>
      ) : (
        <Typography.Text type="secondary">{t.noDiscount}</Typography.Text>
      );
    },
  }));

  return (
    <DealerTermsCard<DealerDiscountRow>
      labels={{ ...t, edit: t.setDiscounts }}
      testId="dealer-discount"
      rows={rows}
      connection={connection}
      loading={loading}
      error={error}
      paging={paging}
      onSearch={setText}
      lineColumns={lineColumns}
      dealerWidth={180}
      expandable={{
        expandedRowRender: (d) => (
          <div style={{ padding: "4px 0" }}>
            <Typography.Text strong style={{ display: "block", marginBottom: 8 }}>
              {t.priceListTitle}
            </Typography.Text>
            <PriceListTable dealerId={d.id} size="small" />
          </div>
        ),
        columnTitle: null,
      }}
      onEdit={setEditing}
    >
      <DealerDiscountModal dealer={editing} onClose={() => setEditing(null)} />
    </DealerTermsCard>
  );
}
