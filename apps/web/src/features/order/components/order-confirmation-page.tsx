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
import { OrdersQuery } from "../graphql/order.operations";
import {
  isFiltered,
  orderFilterToQuery,
  parseOrderFilter,
  toOrderFilter,
  type OrderFilterValues,
} from "../order-filter";
import { orderMessages } from "../order.messages";
import { DecideOrderActions, RejectOrderModal } from "./decide-order-actions";
import { orderColumns, orderColumnsWidth } from "./order-columns";
import { OrderFilterForm } from "./order-filter-form";

/**
 * 运营 › 订单确认: every dealer's 待确认 orders (newest first) with the reasons they wait and the
 * filters in the URL; 确认 makes one payable, 驳回 needs a reason the dealer will read.
 */
export function OrderConfirmationPage() {
  const lang = useLang();
  const t = useMessages(orderMessages);
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const paging = useCursorPaging(20);
  const [rejecting, setRejecting] = useState<OrderRowFragment | null>(null);

  const query = searchParams.toString();
  const values = useMemo(() => parseOrderFilter(new URLSearchParams(query)), [query]);
  const [pagedQuery, setPagedQuery] = useState(query);
  if (pagedQuery !== query) {
    setPagedQuery(query);
    paging.reset();
  }
  const filter = useMemo(() => toOrderFilter(values, "pending-confirmation"), [values]);

  const { data, loading, error, refetch } = useQuery(OrdersQuery, {
    variables: { filter, first: paging.pageSize, after: paging.after },
    fetchPolicy: "cache-and-network",
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.orders;
  const rows = connection?.edges.map((e) => e.node) ?? [];

  function refresh() {
    void refetch().catch(() => undefined);
  }

  function navigate(next: OrderFilterValues) {
    const qs = orderFilterToQuery(next);
    window.history.pushState(null, "", qs ? `${pathname}?${qs}` : pathname);
  }

  const columns = orderColumns({
    lang,
    t,
    amounts: { list: true, settlement: true, due: false },
    withDealer: true,
    withReasons: true,
    actionsWidth: lang === "zh" ? 110 : 140,
    actions: (order) => <DecideOrderActions order={order} onDecided={refresh} onReject={setRejecting} />,
  });

  return (
    <Card title={t.queueTitle}>
      <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
        <Typography.Text type="secondary">{t.queueIntro}</Typography.Text>
        <OrderFilterForm value={values} withStatus={false} onSearch={navigate} />
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
            locale={{
              emptyText: tableEmptyText(
                loading,
                <Empty
                  image={Empty.PRESENTED_IMAGE_SIMPLE}
                  description={isFiltered(values) ? t.emptyFiltered : t.queueEmpty}
                />,
              ),
            }}
            data-testid="order-confirmation-table"
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
      {rejecting ? (
        <RejectOrderModal
          order={rejecting}
          onClose={() => setRejecting(null)}
          onRejected={() => {
            setRejecting(null);
            refresh();
          }}
        />
      ) : null}
    </Card>
  );
}
