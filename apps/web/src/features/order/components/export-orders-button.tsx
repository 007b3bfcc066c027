"use client";

import { DownloadOutlined } from "@ant-design/icons";
import { useApolloClient } from "@apollo/client/react";
import { App, Button, Tooltip } from "antd";
import { useState } from "react";
import type { OrderFilter, OrderRowFragment, OrdersQuery as OrdersQueryResult } from "@/gql/graphql";
import { describeError } from "@/shared/apollo/error-message";
import { shanghaiWallClock } from "@/shared/format";
import { useLang, useMessages } from "@/shared/i18n/lang-provider";
import { useViewer } from "../../session/components/viewer-provider";
import { downloadText, ordersCsv } from "../export-orders";
import { OrdersQuery } from "../graphql/order.operations";
import { amountVisibility } from "../order-access";
import { orderMessages } from "../order.messages";

const PAGE = 100;
/** A browser-side export stops here; beyond it, narrow the filter. */
const MAX_ROWS = 10_000;
const MESSAGE_KEY = "order-export";

/** 导出 CSV of every order matching the list's filter, fetched page by page in the browser. */
export function ExportOrdersButton({ filter, fileStem }: { filter: OrderFilter; fileStem: string }) {
  const lang = useLang();
  const t = useMessages(orderMessages);
  const viewer = useViewer();
  const client = useApolloClient();
  const { message } = App.useApp();
  const [running, setRunning] = useState(false);

  async function run() {
    setRunning(true);
    message.open({ key: MESSAGE_KEY, type: "loading", content: t.exporting(0, 0), duration: 0 });
    try {
      const rows: OrderRowFragment[] = [];
      let after: string | null = null;
      for (;;) {
        const result: { data?: OrdersQueryResult } = await client.query({
          query: OrdersQuery,
          variables: { filter, first: PAGE, after },
          fetchPolicy: "network-only",
        });
        const connection = result.data?.orders;
        if (!connection) break;
        rows.push(...connection.edges.map((e) => e.node));
        message.open({
          key: MESSAGE_KEY,
          type: "loading",
          content: t.exporting(rows.length, Math.min(connection.totalCount, MAX_ROWS)),
          duration: 0,
        });
        if (!connection.pageInfo.hasNextPage || !connection.pageInfo.endCursor || rows.length >= MAX_ROWS) break;
        after = connection.pageInfo.endCursor;
      }
      if (rows.length === 0) {
        message.open({ key: MESSAGE_KEY, type: "info", content: t.exportEmpty, duration: 3 });
        return;
      }
      const stamp = shanghaiWallClock().slice(0, 16).replace(/[-:]/g, "").replace("T", "-");
      downloadText(`${fileStem}-${stamp}.csv`, ordersCsv(rows, lang, t, amountVisibility(viewer)));
      message.open({ key: MESSAGE_KEY, type: "success", content: t.exportDone(rows.length), duration: 3 });
    } catch (error) {
      message.open({
        key: MESSAGE_KEY,
        type: "error",
        content: t.exportFailed(describeError(error, lang).message),
        duration: 6,
      });
    } finally {
      setRunning(false);
    }
  }

  return (
    <Tooltip title={t.exportHint} mouseEnterDelay={0.6}>
      <Button icon={<DownloadOutlined />} loading={running} onClick={() => void run()} data-testid="order-export">
        {t.exportCsv}
      </Button>
    </Tooltip>
  );
}
