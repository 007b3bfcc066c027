"use client";

import { useMutation, useQuery } from "@apollo/client/react";
import { bpToPercentText, parsePercentToBp } from "@crm/domain";
import { Alert, App, Input, Modal, Table, Typography } from "antd";
import type { TableColumnsType } from "antd";
import { useState } from "react";
import type { DealerDiscountsQuery } from "@/gql/graphql";
import { describeError } from "@/shared/apollo/error-message";
import { useLang, useMessages } from "@/shared/i18n/lang-provider";
import { ProductLinesQuery } from "../../catalog/graphql/catalog.operations";
import { SetDealerDiscountsMutation } from "../graphql/pricing.operations";
import { formatDiscount } from "../price-format";
import { pricingMessages } from "../pricing.messages";

export type DealerDiscountRow = DealerDiscountsQuery["dealers"]["edges"][number]["node"];

interface Line {
  id: string;
  code: string;
  name: string;
  before: number | null;
}

/** The typed percentage as basis points: empty → no discount (null); invalid → undefined. */
function draftBp(text: string): number | null | undefined {
  if (text.trim() === "") return null;
  return parsePercentToBp(text) ?? undefined;
}

/**
 * 设置折扣 of one dealer (its channel manager; platform admins): a percentage of the list price
 * per product line, converted to basis points exactly (no floating point); only changed lines are
 * sent. The API's refusal (e.g. FORBIDDEN for another manager's dealer) shows in the dialog.
 */
export function DealerDiscountModal({ dealer, onClose }: { dealer: DealerDiscountRow | null; onClose: () => void }) {
  return dealer ? <DiscountDialog key={dealer.id} dealer={dealer} onClose={onClose} /> : null;
}

function DiscountDialog({ dealer, onClose }: { dealer: DealerDiscountRow; onClose: () => void }) {
  const lang = useLang();
  const t = useMessages(pricingMessages);
  const { message } = App.useApp();
  const { data: catalog, loading: catalogLoading } = useQuery(ProductLinesQuery, { fetchPolicy: "cache-first" });
  const [draft, setDraft] = useState<Record<string, string>>(() =>
    Object.fromEntries((dealer.discounts ?? []).map((d) => [d.productLine.id, bpToPercentText(d.rateBp)])),
  );
  const [error, setError] = useState<string | null>(null);
  const [save, { loading }] = useMutation(SetDealerDiscountsMutation);

  const lines: Line[] = (catalog?.productLines ?? []).map((p) => ({
    id: p.id,
    code: p.code,
    name: p.name,
    before: dealer.discounts?.find((d) => d.productLine.id === p.id)?.rateBp ?? null,
  }));
  const textOf = (line: Line) => draft[line.id] ?? "";
  const invalid = lines.some((l) => draftBp(textOf(l)) === undefined);

  async function submit() {
    if (invalid) return;
    const changes = lines
      .map((l) => ({ productLineId: l.id, before: l.before, after: draftBp(textOf(l)) ?? null }))
      .filter((c) => c.before !== c.after)
      .map(({ productLineId, after }) => ({ productLineId, rateBp: after }));
    if (changes.length === 0) {
      message.info(t.nothingChanged);
      onClose();
      return;
    }
    setError(null);
    try {
      await save({ variables: { dealerId: dealer.id, input: { discounts: changes } } });
      message.success(t.saved(dealer.name));
      onClose();
    } catch (e) {
      setError(describeError(e, lang).message);
    }
  }

  const columns: TableColumnsType<Line> = [
    { title: t.colLine, key: "name", render: (_, l) => <Typography.Text strong>{l.name}</Typography.Text> },
    {
      title: t.colRate,
      key: "rate",
      width: 180,
      render: (_, l) => {
        const bad = draftBp(textOf(l)) === undefined;
        return (
          <>
            <Input
              size="small"
              value={textOf(l)}
              placeholder={t.noDiscount}
              suffix="%"
              inputMode="decimal"
              status={bad ? "error" : undefined}
              onChange={(e) => {
                setError(null);
                setDraft((current) => ({ ...current, [l.id]: e.target.value }));
              }}
              style={{ width: 130 }}
              aria-label={`${l.name} ${t.colRate}`}
              data-testid={`discount-input-${l.code}`}
            />
            {bad ? (
              <div>
                <Typography.Text type="danger" style={{ fontSize: 12 }}>
                  {t.percentInvalid}
                </Typography.Text>
              </div>
            ) : null}
          </>
        );
      },
    },
    {
      title: t.colMeaning,
      key: "meaning",
      width: 150,
      render: (_, l) => {
        const bp = draftBp(textOf(l));
        return bp === undefined ? null : (
          <Typography.Text type={bp === null ? "secondary" : undefined} data-testid={`discount-meaning-${l.code}`}>
            {bp === null ? t.noDiscount : formatDiscount(bp, lang)}
          </Typography.Text>
        );
      },
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
      okButtonProps={{ disabled: invalid, "data-testid": "discount-save" }}
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
        data-testid="discount-form"
      />
      {error ? (
        <Alert type="error" showIcon title={error} style={{ marginTop: 12 }} data-testid="discount-error" />
      ) : null}
    </Modal>
  );
}
