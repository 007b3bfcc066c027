"use client";

import { useMutation, useQuery } from "@apollo/client/react";
import { QUOTA_MAX_LIMIT } from "@crm/domain";
import { Alert, App, InputNumber, Modal, Space, Switch, Table, Typography } from "antd";
import type { TableColumnsType } from "antd";
import { useState } from "react";
import type { DealerQuotasQuery } from "@/gql/graphql";
import { describeError } from "@/shared/apollo/error-message";
import { useLang, useMessages } from "@/shared/i18n/lang-provider";
import { ProductLinesQuery } from "../../catalog/graphql/catalog.operations";
import { SetDealerQuotasMutation } from "../graphql/quota.operations";
import { quotaMessages } from "../quota.messages";

export type DealerQuotaRow = DealerQuotasQuery["dealers"]["edges"][number]["node"];

interface LineDraft {
  on: boolean;
  max: number | null;
}

interface Line {
  id: string;
  code: string;
  name: string;
  before: { max: number; used: number } | null;
}

/**
 * 设置报备名额 of one dealer (its channel manager; platform admins): per product line 开通 and
 * a maximum; only the lines changed are sent. The API's refusal (e.g. FORBIDDEN for another
 * manager's dealer) is shown in the dialog.
 */
export function DealerQuotaModal({ dealer, onClose }: { dealer: DealerQuotaRow | null; onClose: () => void }) {
  return dealer ? <DealerQuotaDialog key={dealer.id} dealer={dealer} onClose={onClose} /> : null;
}

function DealerQuotaDialog({ dealer, onClose }: { dealer: DealerQuotaRow; onClose: () => void }) {
  const lang = useLang();
  const t = useMessages(quotaMessages);
  const { message } = App.useApp();
  const { data: catalog, loading: catalogLoading } = useQuery(ProductLinesQuery, { fetchPolicy: "cache-first" });
  const [draft, setDraft] = useState<Record<string, LineDraft>>(() =>
    Object.fromEntries(dealer.quotas.map((q) => [q.productLine.id, { on: true, max: q.max }])),
  );
  const [error, setError] = useState<string | null>(null);
  const [save, { loading }] = useMutation(SetDealerQuotasMutation);

  const lines: Line[] = (catalog?.productLines ?? []).map((p) => {
    const q = dealer.quotas.find((entry) => entry.productLine.id === p.id);
    return { id: p.id, code: p.code, name: p.name, before: q ? { max: q.max, used: q.used } : null };
  });
  const draftOf = (line: Line): LineDraft => draft[line.id] ?? { on: false, max: null };
  const update = (id: string, next: LineDraft) => {
    setError(null);
    setDraft((current) => ({ ...current, [id]: next }));
  };

  const missing = lines.some((l) => draftOf(l).on && draftOf(l).max === null);
  const closing = lines.filter((l) => l.before && !draftOf(l).on);

  async function submit() {
    if (missing) return;
    const changes = lines
      .map((l) => ({
        productLineId: l.id,
        before: l.before?.max ?? null,
        after: draftOf(l).on ? draftOf(l).max : null,
      }))
      .filter((c) => c.before !== c.after)
      .map(({ productLineId, after }) => ({ productLineId, max: after }));
    if (changes.length === 0) {
      message.info(t.nothingChanged);
      onClose();
      return;
    }
    setError(null);
    try {
      await save({ variables: { dealerId: dealer.id, input: { quotas: changes } } });
      message.success(t.dealerSaved(dealer.name));
      onClose();
    } catch (e) {
      setError(describeError(e, lang).message);
    }
  }

  const columns: TableColumnsType<Line> = [
    { title: t.colLine, key: "name", render: (_, l) => <Typography.Text strong>{l.name}</Typography.Text> },
    {
      title: t.colOpen,
      key: "on",
      width: 80,
      render: (_, l) => {
        const d = draftOf(l);
        return (
          <Switch
            size="small"
            checked={d.on}
            aria-label={`${l.name} ${t.colOpen}`}
            onChange={(on) => update(l.id, { on, max: on ? (d.max ?? l.before?.max ?? 0) : d.max })}
            data-testid={`dealer-quota-switch-${l.code}`}
          />
        );
      },
    },
    {
      title: t.colMax,
      key: "max",
      width: 190,
      render: (_, l) => {
        const d = draftOf(l);
        const used = l.before?.used ?? 0;
        return (
          <Space orientation="vertical" size={2}>
            <InputNumber<number>
              size="small"
              min={0}
              max={QUOTA_MAX_LIMIT}
              precision={0}
              value={d.on ? d.max : null}
              disabled={!d.on}
              status={d.on && d.max === null ? "error" : undefined}
              onChange={(max) => update(l.id, { on: true, max })}
              style={{ width: 100 }}
              aria-label={`${l.name} ${t.colMax}`}
              data-testid={`dealer-quota-input-${l.code}`}
            />
            {d.on && d.max === null ? (
              <Typography.Text type="danger" style={{ fontSize: 12 }}>
                {t.maxRequired}
              </Typography.Text>
            ) : d.on && d.max !== null && d.max < used ? (
              <Typography.Text type="warning" style={{ fontSize: 12 }}>
                {t.belowUsed(used)}
              </Typography.Text>
            ) : null}
          </Space>
        );
      },
    },
    {
      title: t.colUsed,
      key: "used",
      width: 70,
      align: "right",
      render: (_, l) => l.before?.used ?? <Typography.Text type="secondary">—</Typography.Text>,
    },
  ];

  return (
    <Modal
      open
      title={t.modalTitle(dealer.name)}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t.save}
      cancelText={t.cancel}
      confirmLoading={loading}
      okButtonProps={{ disabled: missing, "data-testid": "dealer-quota-save" }}
      width={560}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
        {t.modalIntro}
      </Typography.Paragraph>
      <Table<Line>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={lines}
        loading={catalogLoading}
        pagination={false}
        data-testid="dealer-quota-form"
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0, fontSize: 13 }}>
        {t.lowerNote}
      </Typography.Paragraph>
      {closing.map((l) => (
        <Typography.Paragraph key={l.id} type="warning" style={{ marginTop: 4, marginBottom: 0, fontSize: 13 }}>
          {t.closeNote(l.name)}
        </Typography.Paragraph>
      ))}
      {error ? (
        <Alert type="error" showIcon title={error} style={{ marginTop: 12 }} data-testid="dealer-quota-error" />
      ) : null}
    </Modal>
  );
}
