"use client";

import { Table, Tag, Typography } from "antd";
import type { TableColumnsType } from "antd";
import { useMessages } from "@/shared/i18n/lang-provider";
import { auditMessages } from "../audit.messages";
import { diffSnapshots, formatJsonValue, type DiffRow } from "../audit-diff";

/** Before / after, one line per field, changed fields highlighted. */
export function AuditDiffView({ before, after }: { before: unknown; after: unknown }) {
  const t = useMessages(auditMessages);
  const rows = diffSnapshots(before, after);
  const columns: TableColumnsType<DiffRow> = [
    {
      title: t.field,
      dataIndex: "key",
      key: "key",
      width: 200,
      render: (_, r) => (
        <Typography.Text code strong={r.changed}>
          {r.key}
        </Typography.Text>
      ),
    },
    {
      title: t.before,
      key: "before",
      render: (_, r) => (
        <Typography.Text
          delete={r.changed && r.before !== undefined}
          type={r.changed ? "danger" : "secondary"}
          style={{ whiteSpace: "pre-wrap", wordBreak: "break-all" }}
        >
          {formatJsonValue(r.before)}
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
            style={{ whiteSpace: "pre-wrap", wordBreak: "break-all" }}
          >
            {formatJsonValue(r.after)}
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
  return <Table<DiffRow> rowKey="key" size="small" columns={columns} dataSource={rows} pagination={false} bordered />;
}
