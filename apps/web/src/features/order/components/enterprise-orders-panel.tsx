"use client";

import { PlusOutlined } from "@ant-design/icons";
import { useQuery } from "@apollo/client/react";
import { Alert, Button, Empty, Flex, Space, Table, Tooltip, Typography } from "antd";
import { useState } from "react";
import type { OrderRowFragment } from "@/gql/graphql";
import { describeError } from "@/shared/apollo/error-message";
import { useLang, useMessages } from "@/shared/i18n/lang-provider";
import { CursorPager } from "@/shared/ui/cursor-pager";
import { tableEmptyText } from "@/shared/ui/table-empty";
import { useCursorPaging } from "@/shared/ui/use-cursor-paging";
import { useViewer } from "../../session/components/viewer-provider";
import { OrdersQuery } from "../graphql/order.operations";
import { amountVisibility, canSubmitOrders } from "../order-access";
import { orderMessages } from "../order.messages";
import { OrderRowActions } from "./order-actions";
import { orderColumns, orderColumnsWidth } from "./order-columns";
import { OrderCreateDialog, type OrderDialogEnterprise } from "./order-create-dialog";
import { PayOrderModal } from "./pay-order-modal";

/**
 * 企业详情 › 订单: the enterprise's orders (newest first) with 扣款 / 关闭, and 新建订单 — 新开通 or
 * 试用 for its domains, or 扩容 / 续费 / 转正 / 延期 of its services.
 */
export function EnterpriseOrdersPanel({
  enterprise,
  onChanged,
}: {
  enterprise: OrderDialogEnterprise;
  /** An order was created or paid: the enterprise's services and status may have changed. */
  onChanged?: () => void;
}) {
  const lang = useLang();
  const t = useMessages(orderMessages);
  const viewer = useViewer();
  const paging = useCursorPaging(10);
  const maySubmit = canSubmitOrders(viewer);
  const [creating, setCreating] = useState(false);
  const [paying, setPaying] = useState<OrderRowFragment | null>(null);

  const { data, loading, error, refetch } = useQuery(OrdersQuery, {
    variables: { filter: { enterpriseId: enterprise.id }, first: paging.pageSize, after: paging.after },
    fetchPolicy: "cache-and-network",
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.orders;
  const rows = connection?.edges.map((e) => e.node) ?? [];

  function refresh() {
    void refetch().catch(() => undefined);
    onChanged?.();
  }

  const columns = orderColumns({
    lang,
    t,
    amounts: amountVisibility(viewer),
    withEnterprise: false,
    actions: (order) => <OrderRowActions order={order} onPay={setPaying} onChanged={refresh} />,
  });

  const createButton = maySubmit ? (
    <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="order-new">
      {t.newOrder}
    </Button>
  ) : (
    <Tooltip title={t.cannotSubmit}>
      <Button type="primary" icon={<PlusOutlined />} disabled data-testid="order-new">
        {t.newOrder}
      </Button>
    </Tooltip>
  );

  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }} data-testid="enterprise-orders">
      <Flex justify="flex-end" align="center" gap={12} wrap>
        {createButton}
      </Flex>
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
                description={
                  <Space orientation="vertical" size={4}>
                    <Typography.Text strong>{t.tabEmpty}</Typography.Text>
                    {maySubmit ? <Typography.Text type="secondary">{t.tabEmptyHint}</Typography.Text> : null}
                  </Space>
                }
              />,
            ),
          }}
          data-testid="order-table"
        />
        {(connection?.totalCount ?? 0) > paging.pageSize || paging.page > 1 ? (
          <CursorPager
            paging={paging}
            totalCount={connection?.totalCount ?? 0}
            hasNextPage={connection?.pageInfo.hasNextPage ?? false}
            endCursor={connection?.pageInfo.endCursor}
            loading={loading}
          />
        ) : null}
      </div>
      <OrderCreateDialog
        open={creating}
        type="NEW"
        enterprise={enterprise}
        allowTypeChange
        onClose={() => setCreating(false)}
        onCreated={() => {
          paging.reset();
          refresh();
        }}
      />
      <PayOrderModal order={paying} onClose={() => setPaying(null)} onChanged={refresh} />
    </Space>
  );
}
