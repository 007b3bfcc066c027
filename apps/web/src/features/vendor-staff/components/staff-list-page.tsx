"use client";

import { PlusOutlined } from "@ant-design/icons";
import { useMutation, useQuery } from "@apollo/client/react";
import { Alert, App, Button, Card, Input, Popconfirm, Space, Table, Tag, Tooltip } from "antd";
import type { TableColumnsType } from "antd";
import { useState } from "react";
import { ResetPasswordModal, type ResetTarget } from "@/features/account/components/reset-password-modal";
import { AccountListQuery, SetAccountStatusMutation } from "@/features/account/graphql/account.operations";
import type { AccountRowFragment } from "@/gql/graphql";
import { describeError } from "@/shared/apollo/error-message";
import { accountStatusLabel, vendorRoleLabel } from "@/shared/domain-labels";
import { formatDateTime } from "@/shared/format";
import { useLang, useMessages } from "@/shared/i18n/lang-provider";
import { CursorPager } from "@/shared/ui/cursor-pager";
import { tableEmptyText } from "@/shared/ui/table-empty";
import { useCursorPaging } from "@/shared/ui/use-cursor-paging";
import { useViewer } from "../../session/components/viewer-provider";
import { vendorStaffMessages } from "../vendor-staff.messages";
import { StaffFormDrawer, type StaffFormMode } from "./staff-form-drawer";

/** Vendor › 厂商员工 (platform admins). */
export function StaffListPage() {
  const lang = useLang();
  const t = useMessages(vendorStaffMessages);
  const viewer = useViewer();
  const { message } = App.useApp();
  const paging = useCursorPaging(20);
  const [text, setText] = useState<string | null>(null);
  const [formMode, setFormMode] = useState<StaffFormMode | null>(null);
  const [resetTarget, setResetTarget] = useState<ResetTarget | null>(null);
  const { data, loading, error, refetch } = useQuery(AccountListQuery, {
    variables: { filter: { kind: "VENDOR", text }, first: paging.pageSize, after: paging.after },
    fetchPolicy: "cache-and-network",
    notifyOnNetworkStatusChange: true,
  });
  const [setStatus] = useMutation(SetAccountStatusMutation);
  const connection = data?.accounts;

  async function toggleStatus(account: AccountRowFragment) {
    const next = account.status === "ACTIVE" ? "DISABLED" : "ACTIVE";
    try {
      await setStatus({ variables: { id: account.id, status: next } });
      message.success(next === "DISABLED" ? t.disabled(account.loginName) : t.enabled(account.loginName));
    } catch (e) {
      message.error(describeError(e, lang).message);
    }
  }

  const columns: TableColumnsType<AccountRowFragment> = [
    {
      title: t.colLoginName,
      key: "loginName",
      render: (_, a) => (
        <Space size={4}>
          {a.loginName}
          {a.id === viewer.actor.id ? <Tag>{t.isSelf}</Tag> : null}
        </Space>
      ),
    },
    { title: t.colRealName, dataIndex: "realName", key: "realName" },
    { title: t.colMobile, key: "mobile", render: (_, a) => a.mobile ?? "—" },
    {
      title: t.colRoles,
      key: "roles",
      render: (_, a) => (
        <Space size={[4, 4]} wrap>
          {a.vendorRoles.map((r) => (
            <Tag key={r} color="purple">
              {vendorRoleLabel(lang, r)}
            </Tag>
          ))}
        </Space>
      ),
    },
    {
      title: t.colStatus,
      key: "status",
      render: (_, a) => (
        <Tag color={a.status === "ACTIVE" ? "green" : "default"}>{accountStatusLabel(lang, a.status)}</Tag>
      ),
    },
    { title: t.colCreatedAt, key: "createdAt", render: (_, a) => formatDateTime(a.createdAt, lang) },
    {
      title: t.colActions,
      key: "actions",
      render: (_, a) => {
        const self = a.id === viewer.actor.id;
        const disabling = a.status === "ACTIVE";
        return (
          <Space size={0}>
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
          data-testid="staff-create"
        >
          {t.create}
        </Button>
      }
    >
      <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
        <Input.Search
          allowClear
          placeholder={t.searchPlaceholder}
          style={{ maxWidth: 360 }}
          onSearch={(value) => {
            setText(value.trim() || null);
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
            dataSource={connection?.edges.map((e) => e.node) ?? []}
            loading={loading}
            pagination={false}
            locale={{ emptyText: tableEmptyText(loading, t.empty) }}
            data-testid="staff-table"
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
      <StaffFormDrawer
        mode={formMode}
        onClose={() => setFormMode(null)}
        onSaved={(_, created) => {
          setFormMode(null);
          if (created) {
            paging.reset();
            void refetch();
          }
        }}
      />
      <ResetPasswordModal target={resetTarget} onClose={() => setResetTarget(null)} />
    </Card>
  );
}
