"use client";

import { useQuery } from "@apollo/client/react";
import { Alert, Card, Empty, Space, Table, Typography } from "antd";
import { usePathname, useSearchParams } from "next/navigation";
import { useMemo, useState } from "react";
import type { OrderRowFragment } from "@/gql/graphql";
import { describeError } from "@/shared/apollo/error-message";
import { useLang, useMessages } from "@/shared/i18n/lang-provider";
import { CursorPager } from "@/shared/ui/cursor-pager";
import { tableEmptyText } from "@/shared/ui/table-empty";
import { useCursorPaging } from "@/shared/ui/use-cursor-paging";
import { useViewer } from "../../session/components/viewer-provider";
import { OrdersQuery } from "../graphql/order.operations";
import { amountVisibility } from "../order-access";
import {
  LIST_STATUS,
  isFiltered,
  orderFilterToQuery,
  parseOrderFilter,
  toOrderFilter,
  type OrderFilterValues,
  type OrderListKind,
} from "../order-filter";
import { orderMessages } from "../order.messages";
import { ExportOrdersButton } from "./export-orders-button";
import { OrderRowActions } from "./order-actions";
import { orderColumns, orderColumnsWidth } from "./order-columns";
import { OrderFilterForm } from "./order-filter-form";
import { PayOrderModal } from "./pay-order-modal";

const FILE_STEM: Readonly<Record<OrderListKind, string>> = {
  all: "orders",
  "pending-confirmation": "orders-pending-confirmation",
  "pending-payment": "orders-pending-payment",
};

/**
 * 订单管理 › 全部订单 / 待确认订单 / 待扣款订单: one page told which list it is. Filters live in
 * the URL (a filtered list can be shared and reloaded); paging is cursor-based with the total.
 */
export function OrderListPage({ kind }: { kind: OrderListKind }) {
  const lang = useLang();
  const t = useMessages(orderMessages);
  const viewer = useViewer();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const paging = useCursorPaging(20);
  const [paying, setPaying] = useState<OrderRowFragment | null>(null);

  const query = searchParams.toString();
  const values = useMemo(() => parseOrderFilter(new URLSearchParams(query)), [query]);
  // A cursor only works with the filter it came from: a new URL starts again at page 1.
  const [pagedQuery, setPagedQuery] = useState(query);
  if (pagedQuery !== query) {
    setPagedQuery(query);
    paging.reset();
  }
  const filter = useMemo(() => toOrderFilter(values, kind), [values, kind]);

  const { data, loading, error, refetch } = useQuery(OrdersQuery, {
    variables: { filter, first: paging.pageSize, after: paging.after },
    fetchPolicy: "cache-and-network",
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.orders;
  const rows = connection?.edges.map((e) => e.node) ?? [];

  function navigate(next: OrderFilterValues) {
    const qs = orderFilterToQuery(next);
    window.history.pushState(null, "", qs ? `${pathname}?${qs}` : pathname);
  }

  function refresh() {
    void refetch().catch(() => undefined);
  }

  const columns = orderColumns({
    lang,
    t,
    amounts: amountVisibility(viewer),
    actions: (order) => <OrderRowActions order={order} onPay={setPaying} onChanged={refresh} />,
  });

  const title = {
    all: t.titleAll,
    "pending-confirmation": t.titlePendingConfirmation,
    "pending-payment": t.titlePendingPayment,
  }[kind];
  const intro = {
    all: t.introAll,
    "pending-confirmation": t.introPendingConfirmation,
    "pending-payment": t.introPendingPayment,
  }[kind];
  const emptyText = isFiltered(values) ? (
    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.emptyFiltered} />
  ) : kind === "all" ? (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={
        <Space orientation="vertical" size={4}>
          <Typography.Text strong>{t.empty}</Typography.Text>
          <Typography.Text type="secondary">{t.emptyHint}</Typography.Text>
        </Space>
      }
    />
  ) : (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={kind === "pending-confirmation" ? t.emptyPendingConfirmation : t.emptyPendingPayment}
    />
  );

  return (
    <Card title={title} extra={<ExportOrdersButton filter={filter} fileStem={FILE_STEM[kind]} />}>
      <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
        <Typography.Text type="secondary">{intro}</Typography.Text>
        <OrderFilterForm value={values} withStatus={LIST_STATUS[kind] === null} onSearch={navigate} />
        {error ? (
          <Alert type="error" showIcon title={t.loadFailed} description={describeError(error, lang).message} />
        ) : null}
        <div>
          <Table<OrderRowFragment>
            rowKey="id"
            columns={columns}
            dataSource={rows}
            loading={loading}
            pagination={false}
            size="middle"
            tableLayout="fixed"
            scroll={{ x: orderColumnsWidth(columns) }}
            locale={{ emptyText: tableEmptyText(loading, emptyText) }}
            data-testid="order-table"
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
      <PayOrderModal order={paying} onClose={() => setPaying(null)} onChanged={refresh} />
    </Card>
  );
}
