"use client";

import { PlusOutlined } from "@ant-design/icons";
import { useMutation, useQuery } from "@apollo/client/react";
import { Alert, App, Button, Card, Popconfirm, Space, Table, Tag, Tooltip, Typography } from "antd";
import type { TableColumnsType } from "antd";
import { useMemo, useState } from "react";
import type { AccountFilter, AccountRowFragment } from "@/gql/graphql";
import { describeError } from "@/shared/apollo/error-message";
import { accountStatusLabel, accountTypeLabel, permissionLabel } from "@/shared/domain-labels";
import { formatDateTime } from "@/shared/format";
import { useLang, useMessages } from "@/shared/i18n/lang-provider";
import { CursorPager } from "@/shared/ui/cursor-pager";
import { tableEmptyText } from "@/shared/ui/table-empty";
import { useCursorPaging } from "@/shared/ui/use-cursor-paging";
import { useViewer } from "../../session/components/viewer-provider";
import { accountMessages } from "../account.messages";
import { manageBlock } from "../grantable";
import { AccountListQuery, SetAccountStatusMutation } from "../graphql/account.operations";
import { AccountFilterForm } from "./account-filter-form";
import { AccountFormDrawer, type AccountFormMode } from "./account-form-drawer";
import { ResetPasswordModal, type ResetTarget } from "./reset-password-modal";

/** 帐号管理 › 帐号列表 (dealer accounts). */
export function AccountListPage() {
  const lang = useLang();
  const t = useMessages(accountMessages);
  const viewer = useViewer();
  const { message } = App.useApp();
  const paging = useCursorPaging(20);
  const [filter, setFilter] = useState<AccountFilter>({});
  const [formMode, setFormMode] = useState<AccountFormMode | null>(null);
  const [resetTarget, setResetTarget] = useState<ResetTarget | null>(null);
  const [justCreated, setJustCreated] = useState<AccountRowFragment | null>(null);

  const { data, loading, error, refetch } = useQuery(AccountListQuery, {
    variables: { filter: { ...filter, kind: "DEALER" }, first: paging.pageSize, after: paging.after },
    fetchPolicy: "cache-and-network",
    notifyOnNetworkStatusChange: true,
  });
  const [setStatus] = useMutation(SetAccountStatusMutation);

  const connection = data?.accounts;
  const rows = useMemo(() => {
    const list = connection?.edges.map((e) => e.node) ?? [];
    // After a create, keep the new account in view even if the list's order puts it elsewhere.
    if (justCreated && paging.page === 1 && !list.some((a) => a.id === justCreated.id)) {
      return [justCreated, ...list];
    }
    return list;
  }, [connection, justCreated, paging.page]);

  async function toggleStatus(account: AccountRowFragment) {
    const next = account.status === "ACTIVE" ? "DISABLED" : "ACTIVE";
    try {
      await setStatus({ variables: { id: account.id, status: next } });
      message.success(next === "DISABLED" ? t.disabled(account.loginName) : t.enabled(account.loginName));
    } catch (e) {
      message.error(describeError(e, lang).message);
    }
  }

  function blockReason(account: AccountRowFragment): string | null {
    const block = manageBlock(viewer, account);
    if (!block) return null;
    if (block.kind === "actingAs") return t.blockedActingAs;
    if (block.kind === "accountType") return t.blockedAccountType(accountTypeLabel(lang, account.accountType));
    return t.blockedPermissions(block.permissions.map((p) => permissionLabel(lang, p)).join("、"));
  }

  const columns: TableColumnsType<AccountRowFragment> = [
    {
      title: t.colLoginName,
      dataIndex: "loginName",
      key: "loginName",
      width: 150,
      render: (_, a) => (
        <Space size={4}>
          <Typography.Text>{a.loginName}</Typography.Text>
          {a.id === viewer.actor.id ? <Tag>{t.isSelf}</Tag> : null}
          {a.id === justCreated?.id ? <Tag color="green">{t.isNew}</Tag> : null}
        </Space>
      ),
    },
    {
      title: t.colRealName,
      dataIndex: "realName",
      key: "realName",
      width: 120,
      ellipsis: true,
      render: (_, a) => <span style={{ whiteSpace: "nowrap" }}>{a.realName}</span>,
    },
    {
      title: t.colMobile,
      dataIndex: "mobile",
      key: "mobile",
      width: 130,
      render: (_, a) => <span style={{ whiteSpace: "nowrap" }}>{a.mobile ?? "—"}</span>,
    },
    {
      title: t.colAccountType,
      key: "accountType",
      width: lang === "zh" ? 90 : 120,
      render: (_, a) => accountTypeLabel(lang, a.accountType),
    },
    {
      title: t.colSuperior,
      key: "superior",
      width: 150,
      render: (_, a) =>
        a.superior ? (
          <Space orientation="vertical" size={0}>
            <span>{a.superior.realName}</span>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {a.superior.loginName}
            </Typography.Text>
          </Space>
        ) : (
          <Typography.Text type="secondary">{t.noSuperior}</Typography.Text>
        ),
    },
    {
      title: t.colStatus,
      key: "status",
      width: 90,
      render: (_, a) => (
        <Tag color={a.status === "ACTIVE" ? "green" : "default"}>{accountStatusLabel(lang, a.status)}</Tag>
      ),
    },
    {
      title: t.colPermissions,
      key: "permissions",
      width: lang === "zh" ? 80 : 115,
      render: (_, a) => (
        <Tooltip
          title={a.permissions.map((p) => permissionLabel(lang, p)).join("\n")}
          styles={{ root: { whiteSpace: "pre-line", maxWidth: 360 } }}
        >
          <Typography.Link>{t.permissionCount(a.permissions.length)}</Typography.Link>
        </Tooltip>
      ),
    },
    {
      title: t.colCreatedAt,
      key: "createdAt",
      width: 150,
      render: (_, a) => <span style={{ whiteSpace: "nowrap" }}>{formatDateTime(a.createdAt, lang)}</span>,
    },
    {
      title: t.colActions,
      key: "actions",
      fixed: "right",
      width: lang === "zh" ? 190 : 250,
      render: (_, a) => {
        const self = a.id === viewer.actor.id;
        const disabling = a.status === "ACTIVE";
        const blocked = blockReason(a);
        if (blocked) {
          // Shown but disabled, with the reason: the API would refuse these (assertMayManage).
          return (
            <Tooltip title={blocked}>
              <Space size={0} wrap={false} data-testid="account-actions-blocked">
                <Button type="link" size="small" disabled>
                  {t.edit}
                </Button>
                <Button type="link" size="small" disabled>
                  {disabling ? t.disable : t.enable}
                </Button>
                <Button type="link" size="small" disabled>
                  {t.resetPassword}
                </Button>
              </Space>
            </Tooltip>
          );
        }
        return (
          <Space size={0} wrap={false}>
            <Button type="link" size="small" onClick={() => setFormMode({ kind: "edit", account: a })}>
              {t.edit}
            </Button>
            {self && disabling ? (
              <Tooltip title={t.cannotDisableSelf}>
                <Button type="link" size="small" disabled>
                  {t.disable}
                </Button>
              </Tooltip>
            ) : (
              <Popconfirm
                title={disabling ? t.confirmDisable(a.loginName) : t.confirmEnable(a.loginName)}
                okText={t.ok}
                cancelText={t.cancel}
                onConfirm={() => toggleStatus(a)}
              >
                <Button type="link" size="small" danger={disabling}>
                  {disabling ? t.disable : t.enable}
                </Button>
              </Popconfirm>
            )}
            <Button type="link" size="small" onClick={() => setResetTarget({ id: a.id, loginName: a.loginName })}>
              {t.resetPassword}
            </Button>
          </Space>
        );
      },
    },
  ];

  return (
    <Card
      title={t.title}
      extra={
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setFormMode({ kind: "create" })}
          disabled={viewer.actingAs !== null}
          title={viewer.actingAs ? t.blockedActingAs : undefined}
          data-testid="account-create"
        >
          {t.create}
        </Button>
      }
    >
      <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
        <AccountFilterForm
          onSearch={(next) => {
            setFilter(next);
            setJustCreated(null);
            paging.reset();
          }}
        />
        {error ? (
          <Alert type="error" showIcon title={t.loadFailed} description={describeError(error, lang).message} />
        ) : null}
        <div>
          <Table<AccountRowFragment>
            rowKey="id"
            columns={columns}
            dataSource={rows}
            loading={loading}
            pagination={false}
            size="middle"
            // At least the columns' widths, so nothing hides behind the fixed 操作 column at 1024–1440 px.
            scroll={{ x: lang === "zh" ? 1200 : 1340 }}
            tableLayout="fixed"
            locale={{ emptyText: tableEmptyText(loading, t.empty) }}
            data-testid="account-table"
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
      <AccountFormDrawer
        mode={formMode}
        onClose={() => setFormMode(null)}
        onSaved={(account, created) => {
          setFormMode(null);
          if (created) {
            setJustCreated(account);
            paging.reset();
            void refetch();
          }
        }}
      />
      <ResetPasswordModal target={resetTarget} onClose={() => setResetTarget(null)} />
    </Card>
  );
}
