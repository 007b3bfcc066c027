"use client";

import { useQuery } from "@apollo/client/react";
import { Table, Tag, Tooltip, Typography } from "antd";
import type { TableColumnsType } from "antd";
import { useLang, useMessages } from "@/shared/i18n/lang-provider";
import { auditMessages } from "../audit.messages";
import { diffSnapshots, type DiffRow } from "../audit-diff";
import { ACCOUNT_ID_FIELDS, formatAuditValue, shortId } from "../audit-format";
import { AuditAccountNameQuery } from "../graphql/audit.operations";

/** An account id from a snapshot, shown by name when the viewer may see that account. */
function AccountName({ id }: { id: string }) {
  const { data } = useQuery(AuditAccountNameQuery, {
    variables: { id },
    fetchPolicy: "cache-first",
    errorPolicy: "all",
  });
  const account = data?.account;
  return (
    <Tooltip title={id}>
      <span>{account ? `${account.realName}（${account.loginName}）` : `#${shortId(id)}`}</span>
    </Tooltip>
  );
}

function Value({ field, value }: { field: string; value: unknown }) {
  const lang = useLang();
  if (ACCOUNT_ID_FIELDS.has(field) && typeof value === "string" && value) return <AccountName id={value} />;
  return <>{formatAuditValue(field, value, lang)}</>;
}

/** Before / after, one line per field in words, changed fields highlighted. */
export function AuditDiffView({ before, after }: { before: unknown; after: unknown }) {
  const t = useMessages(auditMessages);
  const rows = diffSnapshots(before, after);
  const columns: TableColumnsType<DiffRow> = [
    {
      title: t.field,
      dataIndex: "key",
      key: "key",
      width: 140,
      render: (_, r) => (
        <Tooltip title={r.key}>
          <Typography.Text strong={r.changed} style={{ whiteSpace: "nowrap" }}>
            {t.fields[r.key] ?? r.key}
          </Typography.Text>
        </Tooltip>
      ),
    },
    {
      title: t.before,
      key: "before",
      render: (_, r) => (
        <Typography.Text
          delete={r.changed && r.before !== undefined && r.before !== null}
          type={r.changed ? "danger" : "secondary"}
          style={{ whiteSpace: "pre-wrap", wordBreak: "break-word" }}
        >
          <Value field={r.key} value={r.before} />
        </Typography.Text>
      ),
    },
    {
      title: t.after,
      key: "after",
      render: (_, r) => (
        <span>
          <Typography.Text
            type={r.changed ? "success" : "secondary"}
            strong={r.changed}
            style={{ whiteSpace: "pre-wrap", wordBreak: "break-word" }}
          >
            <Value field={r.key} value={r.after} />
          </Typography.Text>
          {r.changed ? (
            <Tag color="orange" style={{ marginInlineStart: 8 }}>
              {t.changed}
            </Tag>
          ) : null}
        </span>
      ),
    },
  ];
  if (rows.length === 0) return <Typography.Text type="secondary">{t.noChange}</Typography.Text>;
  return (
    <Table<DiffRow>
      rowKey="key"
      size="small"
      columns={columns}
      dataSource={rows}
      pagination={false}
      bordered
      tableLayout="fixed"
    />
  );
}
