"use client";

import { useQuery } from "@apollo/client/react";
import { LEDGER_ENTRY_KINDS, formatFen } from "@crm/domain";
import { Alert, Select, Table, Tag, Typography } from "antd";
import type { TableColumnsType } from "antd";
import { useState } from "react";
import type { LedgerEntryKind, LedgerEntryRowFragment } from "@/gql/graphql";
import { describeError } from "@/shared/apollo/error-message";
import { formatDateTime } from "@/shared/format";
import { pickLabel } from "@/shared/i18n/lang";
import { useLang, useMessages } from "@/shared/i18n/lang-provider";
import { CursorPager } from "@/shared/ui/cursor-pager";
import { tableEmptyText } from "@/shared/ui/table-empty";
import { useCursorPaging } from "@/shared/ui/use-cursor-paging";
import { LedgerEntriesQuery } from "../graphql/ledger.operations";
import { ledgerKindColor, ledgerKindLabel, signedYuan } from "../ledger-format";
import { ledgerMessages } from "../ledger.messages";

/**
 * 账户流水: time, type, amount ±, balance after, order no. / bank reference, note — newest first,
 * paged by cursor. `dealerId` narrows it to one dealer (the API narrows it to what the viewer may
 * see anyway); `kind` fixes the type (else a type filter is offered).
 */
export function LedgerTable({
  dealerId,
  kind,
  showDealer = false,
  pageSize = 10,
  testId = "ledger-table",
}: {
  dealerId?: string | null;
  kind?: LedgerEntryKind;
  showDealer?: boolean;
  pageSize?: number;
  testId?: string;
}) {
  const lang = useLang();
  const t = useMessages(ledgerMessages);
  const paging = useCursorPaging(pageSize);
  const [kindFilter, setKindFilter] = useState<LedgerEntryKind | null>(null);
  const { data, loading, error } = useQuery(LedgerEntriesQuery, {
    variables: {
      filter: { dealerId: dealerId ?? null, kind: kind ?? kindFilter },
      first: paging.pageSize,
      after: paging.after,
    },
    fetchPolicy: "cache-and-network",
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.ledgerEntries;
  const rows = connection?.edges.map((e) => e.node) ?? [];

  const columns: TableColumnsType<LedgerEntryRowFragment> = [
    {
      title: t.colTime,
      key: "time",
      width: 150,
      render: (_, e) => <span style={{ whiteSpace: "nowrap" }}>{formatDateTime(e.createdAt, lang)}</span>,
    },
    ...(showDealer
      ? [
          {
            title: t.colDealer,
            key: "dealer",
            width: 170,
            ellipsis: true,
            render: (_: unknown, e: LedgerEntryRowFragment) => e.dealer.name,
          },
        ]
      : []),
    // With the type fixed (e.g. 最近充值) the column would say the same thing on every row.
    ...(kind
      ? []
      : [
          {
            title: t.colKind,
            key: "kind",
            width: 100,
            render: (_: unknown, e: LedgerEntryRowFragment) => (
              <Tag color={ledgerKindColor(e.kind)}>{ledgerKindLabel(lang, e.kind)}</Tag>
            ),
          },
        ]),
    {
      title: t.colAmount,
      key: "amount",
      width: 140,
      align: "right",
      render: (_, e) => (
        <Typography.Text
          type={e.amount > 0 ? "success" : undefined}
          style={{ fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" }}
          data-testid="ledger-amount"
        >
          {signedYuan(e.amount)}
        </Typography.Text>
      ),
    },
    {
      title: t.colBalanceAfter,
      key: "balanceAfter",
      width: 150,
      align: "right",
      render: (_, e) => (
        <span style={{ fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" }} data-testid="ledger-balance-after">
          {formatFen(e.balanceAfter)}
        </span>
      ),
    },
    {
      title: t.colRef,
      key: "ref",
      width: 200,
      render: (_, e) =>
        e.orderNo ? (
          <Typography.Text copyable={{ text: e.orderNo }}>{e.orderNo}</Typography.Text>
        ) : e.reference ? (
          <Typography.Text type="secondary" copyable={{ text: e.reference }} data-testid="ledger-reference">
            {e.reference}
          </Typography.Text>
        ) : (
          t.none
        ),
    },
    {
      title: t.colNote,
      key: "note",
      ellipsis: true,
      render: (_, e) => e.note ?? <Typography.Text type="secondary">{t.none}</Typography.Text>,
    },
    {
      title: t.colBy,
      key: "by",
      width: 120,
      ellipsis: true,
      render: (_, e) => e.createdBy?.realName ?? t.none,
    },
  ];

  return (
    <div>
      {kind ? null : (
        <Select<LedgerEntryKind | "ALL">
          value={kindFilter ?? "ALL"}
          style={{ width: 160, marginBottom: 16 }}
          aria-label={t.colKind}
          onChange={(value) => {
            setKindFilter(value === "ALL" ? null : value);
            paging.reset();
          }}
          options={[
            { value: "ALL", label: t.allKinds },
            ...LEDGER_ENTRY_KINDS.map((k) => ({ value: k.code, label: pickLabel(lang, k) })),
          ]}
          data-testid="ledger-kind-filter"
        />
      )}
      {error ? (
        <Alert
          type="error"
          showIcon
          title={t.loadFailed}
          description={describeError(error, lang).message}
          style={{ marginBottom: 16 }}
        />
      ) : null}
      <div>
        <Table<LedgerEntryRowFragment>
          rowKey="id"
          columns={columns}
          dataSource={rows}
          loading={loading}
          pagination={false}
          size="middle"
          tableLayout="fixed"
          scroll={{ x: 1040 }}
          locale={{ emptyText: tableEmptyText(loading, t.ledgerEmpty) }}
          data-testid={testId}
        />
        <CursorPager
          paging={paging}
          totalCount={connection?.totalCount ?? 0}
          hasNextPage={connection?.pageInfo.hasNextPage ?? false}
          endCursor={connection?.pageInfo.endCursor}
          loading={loading}
        />
      </div>
    </div>
  );
}
