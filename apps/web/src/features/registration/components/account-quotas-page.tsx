"use client";

import { useMutation, useQuery } from "@apollo/client/react";
import { mayRegisterDeals } from "@crm/domain";
import {
  Alert,
  App,
  Button,
  Card,
  Empty,
  Flex,
  Input,
  InputNumber,
  Skeleton,
  Space,
  Switch,
  Table,
  Tag,
  Tooltip,
  Typography,
} from "antd";
import type { TableColumnsType } from "antd";
import { useState, type CSSProperties } from "react";
import type { AccountQuotasQuery, QuotaFieldsFragment } from "@/gql/graphql";
import { describeError } from "@/shared/apollo/error-message";
import { accountTypeLabel } from "@/shared/domain-labels";
import { useLang, useMessages } from "@/shared/i18n/lang-provider";
import { CursorPager } from "@/shared/ui/cursor-pager";
import { tableEmptyText } from "@/shared/ui/table-empty";
import { useCursorPaging } from "@/shared/ui/use-cursor-paging";
import {
  AccountQuotasQuery as AccountQuotasDocument,
  MyQuotasQuery,
  SetAccountQuotasMutation,
} from "../graphql/quota.operations";
import { quotaMessages } from "../quota.messages";

type AccountRow = AccountQuotasQuery["accounts"]["edges"][number]["node"];

/** One product line of the row being edited: enabled or not, and the maximum typed. */
type Draft = Record<string, { on: boolean; max: number | null }>;

const CHIP: CSSProperties = {
  border: "1px solid #f0f0f0",
  background: "#fafafa",
  borderRadius: 6,
  padding: "4px 12px",
  lineHeight: "22px",
  whiteSpace: "nowrap",
};

function draftOf(account: AccountRow, lines: readonly QuotaFieldsFragment[]): Draft {
  const draft: Draft = {};
  for (const line of lines) {
    const own = account.quotas.find((q) => q.productLine.id === line.productLine.id);
    draft[line.productLine.id] = { on: own !== undefined, max: own?.max ?? null };
  }
  return draft;
}

/**
 * 帐号管理 › 分配报备名额 (dealer admins): the dealer's maximum per product line (set by the
 * channel manager) and, per account, the personal maximum and what it holds; one account is
 * edited at a time (开通 switch + maximum ≤ the dealer's) and saved with setAccountQuotas.
 */
export function AccountQuotasPage() {
  const lang = useLang();
  const t = useMessages(quotaMessages);
  const { message } = App.useApp();
  const paging = useCursorPaging(20);
  const [text, setText] = useState<string | null>(null);
  const [editing, setEditing] = useState<{ id: string; draft: Draft } | null>(null);
  const [saveError, setSaveError] = useState<{ name: string; message: string } | null>(null);

  const dealer = useQuery(MyQuotasQuery, { fetchPolicy: "cache-and-network" });
  const accounts = useQuery(AccountQuotasDocument, {
    variables: { filter: { kind: "DEALER", text }, first: paging.pageSize, after: paging.after },
    fetchPolicy: "cache-and-network",
    notifyOnNetworkStatusChange: true,
  });
  const [save, { loading: saving }] = useMutation(SetAccountQuotasMutation);

  const lines = dealer.data?.myDealer.quotas ?? [];
  const connection = accounts.data?.accounts;
  const rows = connection?.edges.map((e) => e.node) ?? [];

  function startEditing(account: AccountRow) {
    setSaveError(null);
    setEditing({ id: account.id, draft: draftOf(account, lines) });
  }

  function setDraft(lineId: string, next: { on: boolean; max: number | null }) {
    setEditing((current) => (current ? { ...current, draft: { ...current.draft, [lineId]: next } } : current));
  }

  async function submit(account: AccountRow) {
    if (!editing) return;
    const changes: { productLineId: string; max: number | null }[] = [];
    for (const line of lines) {
      const id = line.productLine.id;
      const next = editing.draft[id];
      if (!next) continue;
      if (next.on && next.max === null) return; // the cell says 请填写上限
      const before = account.quotas.find((q) => q.productLine.id === id)?.max ?? null;
      const after = next.on ? next.max : null;
      if (before !== after) changes.push({ productLineId: id, max: after });
    }
    if (changes.length === 0) {
      setEditing(null);
      message.info(t.nothingChanged);
      return;
    }
    setSaveError(null);
    try {
      await save({ variables: { accountId: account.id, input: { quotas: changes } } });
      setEditing(null);
      message.success(t.saved(account.realName));
      void dealer.refetch().catch(() => undefined);
    } catch (e) {
      setSaveError({ name: account.realName, message: describeError(e, lang).message });
    }
  }

  const lineColumns: TableColumnsType<AccountRow> = lines.map((line) => ({
    key: `line-${line.productLine.id}`,
    width: 230,
    title: (
      <Space orientation="vertical" size={0}>
        <span>{line.productLine.name}</span>
        <Typography.Text type="secondary" style={{ fontSize: 12, fontWeight: "normal" }}>
          {t.cellHint}
        </Typography.Text>
      </Space>
    ),
    render: (_, account) => {
      const own = account.quotas.find((q) => q.productLine.id === line.productLine.id);
      const draft = editing?.id === account.id ? editing.draft[line.productLine.id] : undefined;
      if (!draft) {
        return own ? (
          <span style={{ whiteSpace: "nowrap" }} data-testid={`account-quota-${line.productLine.code}`}>
            {t.cell(own.used, own.max)}
          </span>
        ) : (
          <Typography.Text type="secondary">{t.notEnabled}</Typography.Text>
        );
      }
      const used = own?.used ?? 0;
      return (
        <Space orientation="vertical" size={2}>
          <Space size={8} wrap={false}>
            <Switch
              size="small"
              checked={draft.on}
              aria-label={`${line.productLine.name} ${t.enabled}`}
              onChange={(on) =>
                setDraft(line.productLine.id, { on, max: on ? (draft.max ?? own?.max ?? 0) : draft.max })
              }
            />
            <InputNumber<number>
              size="small"
              min={0}
              max={line.max}
              precision={0}
              value={draft.on ? draft.max : null}
              disabled={!draft.on}
              status={draft.on && draft.max === null ? "error" : undefined}
              onChange={(max) => setDraft(line.productLine.id, { on: true, max })}
              style={{ width: 76 }}
              aria-label={line.productLine.name}
              data-testid={`account-quota-input-${line.productLine.code}`}
            />
            <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: "nowrap" }}>
              {t.upTo(line.max)}
            </Typography.Text>
          </Space>
          {draft.on && draft.max === null ? (
            <Typography.Text type="danger" style={{ fontSize: 12 }}>
              {t.maxRequired}
            </Typography.Text>
          ) : draft.on && draft.max !== null && draft.max < used ? (
            <Tooltip title={t.belowUsedHint}>
              <Typography.Text type="warning" style={{ fontSize: 12 }}>
                {t.belowUsed(used)}
              </Typography.Text>
            </Tooltip>
          ) : null}
        </Space>
      );
    },
  }));

  const columns: TableColumnsType<AccountRow> = [
    {
      title: t.colAccount,
      key: "account",
      width: 220,
      render: (_, a) => (
        <Space orientation="vertical" size={0}>
          <Space size={4} wrap>
            <Typography.Text strong>{a.realName}</Typography.Text>
            {a.status === "DISABLED" ? <Tag>{t.disabledTag}</Tag> : null}
            {!mayRegisterDeals(a.permissions) ? (
              <Tooltip title={t.noRegisterPermissionHint}>
                <Tag color="orange">{t.noRegisterPermission}</Tag>
              </Tooltip>
            ) : null}
          </Space>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {a.loginName}
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: t.colAccountType,
      key: "accountType",
      width: lang === "zh" ? 90 : 110,
      render: (_, a) => accountTypeLabel(lang, a.accountType),
    },
    ...lineColumns,
    {
      title: t.colActions,
      key: "actions",
      fixed: "right",
      width: lang === "zh" ? 120 : 140,
      render: (_, a) =>
        editing?.id === a.id ? (
          <Space size={0}>
            <Button
              type="link"
              size="small"
              loading={saving}
              onClick={() => void submit(a)}
              data-testid="account-quota-save"
            >
              {t.save}
            </Button>
            <Button type="link" size="small" onClick={() => setEditing(null)} disabled={saving}>
              {t.cancel}
            </Button>
          </Space>
        ) : (
          <Tooltip title={editing ? t.editingOther : undefined}>
            <Button
              type="link"
              size="small"
              disabled={editing !== null}
              onClick={() => startEditing(a)}
              data-testid="account-quota-edit"
            >
              {t.edit}
            </Button>
          </Tooltip>
        ),
    },
  ];

  const dealerLoaded = dealer.data !== undefined;
  const noDealerQuota = dealerLoaded && lines.length === 0;

  return (
    <Card title={t.accountTitle}>
      <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
        <Typography.Text type="secondary">{t.accountIntro}</Typography.Text>
        {dealer.error && !dealer.data ? (
          <Alert type="error" showIcon title={t.loadFailed} description={describeError(dealer.error, lang).message} />
        ) : null}
        {!dealerLoaded && !dealer.error ? <Skeleton.Input active size="small" style={{ width: 360 }} /> : null}
        {dealerLoaded && lines.length > 0 ? (
          <Flex wrap gap={8} align="center" data-testid="dealer-quota-summary">
            <Typography.Text type="secondary">{t.labelled(t.dealerSummary)}</Typography.Text>
            {lines.map((line) => (
              <span key={line.productLine.id} style={CHIP} data-testid={`dealer-quota-${line.productLine.code}`}>
                <Typography.Text strong>{t.labelled(line.productLine.name)}</Typography.Text>
                <Typography.Text>
                  {t.dealerMax(line.max)} · {t.dealerUsed(line.used)} ·{" "}
                </Typography.Text>
                <Typography.Text type={line.available > 0 ? "success" : "danger"} strong>
                  {t.dealerLeft(line.available)}
                </Typography.Text>
              </span>
            ))}
          </Flex>
        ) : null}
        {noDealerQuota ? (
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={
              <Space orientation="vertical" size={4}>
                <Typography.Text strong>{t.noDealerQuota}</Typography.Text>
                <Typography.Text type="secondary">{t.noDealerQuotaHint}</Typography.Text>
              </Space>
            }
          />
        ) : (
          <>
            <Input.Search
              allowClear
              placeholder={t.searchPlaceholder}
              style={{ maxWidth: 320 }}
              onSearch={(value) => {
                setText(value.trim() || null);
                setEditing(null);
                paging.reset();
              }}
            />
            {saveError ? (
              <Alert
                type="error"
                showIcon
                closable={{ onClose: () => setSaveError(null) }}
                title={t.saveFailed(saveError.name)}
                description={saveError.message}
                data-testid="account-quota-error"
              />
            ) : null}
            {accounts.error ? (
              <Alert
                type="error"
                showIcon
                title={t.loadFailed}
                description={describeError(accounts.error, lang).message}
              />
            ) : null}
            <div>
              <Table<AccountRow>
                rowKey="id"
                columns={columns}
                dataSource={rows}
                loading={accounts.loading || !dealerLoaded}
                pagination={false}
                size="middle"
                tableLayout="fixed"
                scroll={{ x: columns.reduce((sum, c) => sum + (typeof c.width === "number" ? c.width : 120), 0) }}
                locale={{ emptyText: tableEmptyText(accounts.loading, t.empty) }}
                data-testid="account-quota-table"
              />
              <CursorPager
                paging={paging}
                totalCount={connection?.totalCount ?? 0}
                hasNextPage={connection?.pageInfo.hasNextPage ?? false}
                endCursor={connection?.pageInfo.endCursor}
                loading={accounts.loading}
              />
            </div>
          </>
        )}
      </Space>
    </Card>
  );
}
