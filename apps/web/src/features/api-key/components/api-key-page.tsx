"use client";

import { CopyOutlined, HistoryOutlined, PlusOutlined, ReadOutlined } from "@ant-design/icons";
import { useMutation, useQuery } from "@apollo/client/react";
import {
  Alert,
  Button,
  Card,
  Checkbox,
  DatePicker,
  Form,
  Input,
  Modal,
  Popconfirm,
  Space,
  Table,
  Tag,
  Tooltip,
  Typography,
} from "antd";
import type { TableColumnsType } from "antd";
import Link from "next/link";
import { useState } from "react";
import type { ApiKeyOwnerKind, ApiKeyRowFragment, ApiKeyScope } from "@/gql/graphql";
import { describeError } from "@/shared/apollo/error-message";
import { formatDateTime } from "@/shared/format";
import { useLang, useMessages } from "@/shared/i18n/lang-provider";
import { CursorPager } from "@/shared/ui/cursor-pager";
import { useCursorPaging } from "@/shared/ui/use-cursor-paging";
import { apiKeyMessages } from "../api-key.messages";
import { ApiKeysQuery, CreateApiKeyMutation, RevokeApiKeyMutation } from "../graphql/api-key.operations";
import { ApiKeyCallsDrawer } from "./api-key-calls-drawer";

/** Dates and short states on one line (names and creators wrap instead). */
const nowrap = (text: string) => <span style={{ whiteSpace: "nowrap" }}>{text}</span>;

interface CreateValues {
  name: string;
  scopes: ApiKeyScope[];
  expiresAt?: { toISOString(): string } | null;
}

/**
 * API 密钥: a dealer admin's keys for its dealer, or a platform admin's vendor integration keys
 * (the API decides which; `ownerKind` says which page this is, so the form offers only the scopes
 * such a key can hold). The secret is shown once, right after creation, with a copy button.
 */
export function ApiKeyPage({ docsHref, ownerKind }: { docsHref: string; ownerKind: ApiKeyOwnerKind }) {
  const lang = useLang();
  const t = useMessages(apiKeyMessages);
  const [form] = Form.useForm<CreateValues>();
  const [creating, setCreating] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const [callsOf, setCallsOf] = useState<{ id: string; name: string } | null>(null);
  const paging = useCursorPaging(20);
  const { data, loading, error, refetch } = useQuery(ApiKeysQuery, {
    variables: { first: paging.pageSize, after: paging.after },
    fetchPolicy: "cache-and-network",
  });
  const [createKey, createState] = useMutation(CreateApiKeyMutation);
  const [revokeKey] = useMutation(RevokeApiKeyMutation);
  const catalog = data?.apiKeyScopeCatalog ?? [];
  const offered = catalog.filter((c) => c.owner === ownerKind);
  const scopeLabel = (scope: string) => {
    const entry = catalog.find((c) => c.scope === scope);
    return entry ? (lang === "zh" ? entry.label : entry.labelEn) : scope;
  };

  async function submit(values: CreateValues) {
    const result = await createKey({
      variables: {
        input: { name: values.name, scopes: values.scopes, expiresAt: values.expiresAt?.toISOString() ?? null },
      },
    });
    const created = result.data?.createApiKey;
    if (!created) return;
    setCreating(false);
    form.resetFields();
    setCopied(false);
    setSecret(created.secret);
    // the new key is the newest: show the first page
    if (paging.after) paging.reset();
    else await refetch();
  }

  function status(key: ApiKeyRowFragment) {
    switch (key.status) {
      case "REVOKED":
        return <Tag>{t.revoked}</Tag>;
      case "EXPIRED":
        return <Tag color="orange">{t.expired}</Tag>;
      case "SUSPENDED":
        return (
          <Tooltip title={t.suspendedHint}>
            <Tag color="red">{t.suspended}</Tag>
          </Tooltip>
        );
      case "ACTIVE":
        return <Tag color="green">{t.active}</Tag>;
    }
  }

  const columns: TableColumnsType<ApiKeyRowFragment> = [
    { title: t.name, dataIndex: "name", width: 140 },
    { title: t.status, key: "status", render: (_: unknown, key) => status(key) },
    {
      title: t.prefix,
      dataIndex: "prefix",
      render: (p: string) => (
        <Typography.Text code style={{ whiteSpace: "nowrap" }}>
          {p}
        </Typography.Text>
      ),
    },
    {
      title: t.scopes,
      dataIndex: "scopes",
      width: 220,
      render: (scopes: string[]) => scopes.map((s) => <Tag key={s}>{scopeLabel(s)}</Tag>),
    },
    {
      // who and when on two lines: one column less to scroll past
      title: t.created,
      key: "created",
      render: (_: unknown, key) => (
        <>
          <div>{key.createdByName}</div>
          <Typography.Text type="secondary">{nowrap(formatDateTime(key.createdAt, lang))}</Typography.Text>
        </>
      ),
    },
    {
      title: t.lastUsed,
      dataIndex: "lastUsedAt",
      render: (v: string | null) => nowrap(v ? formatDateTime(v, lang) : t.neverUsed),
    },
    {
      title: t.expiresAt,
      dataIndex: "expiresAt",
      render: (v: string | null) => nowrap(v ? formatDateTime(v, lang) : t.never),
    },
    {
      title: "",
      key: "actions",
      // always in view: the table scrolls sideways under it on narrow screens
      fixed: "right",
      render: (_: unknown, key) => (
        <Space>
          <Button
            size="small"
            icon={<HistoryOutlined />}
            onClick={() => setCallsOf({ id: key.id, name: key.name })}
            data-testid={`api-key-calls-${key.name}`}
          >
            {t.calls}
          </Button>
          {key.status === "REVOKED" ? null : (
            <Popconfirm title={t.revokeConfirm} onConfirm={() => revokeKey({ variables: { id: key.id } })}>
              <Button danger size="small" data-testid={`api-key-revoke-${key.name}`}>
                {t.revoke}
              </Button>
            </Popconfirm>
          )}
        </Space>
      ),
    },
  ];

  return (
    <Card
      title={t.title}
      extra={
        <Space>
          <Link href={docsHref} data-testid="api-docs-link">
            <Button icon={<ReadOutlined />}>{t.docs}</Button>
          </Link>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="api-key-create">
            {t.create}
          </Button>
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">{t.intro}</Typography.Paragraph>
      {error ? (
        <Alert type="error" showIcon title={t.loadFailed} description={describeError(error, lang).message} />
      ) : null}
      <Table
        data-testid="api-key-table"
        rowKey="id"
        loading={loading && !data}
        columns={columns}
        dataSource={data?.apiKeys.edges.map((e) => e.node) ?? []}
        pagination={false}
        scroll={{ x: "max-content" }}
      />
      <CursorPager
        paging={paging}
        totalCount={data?.apiKeys.totalCount ?? 0}
        hasNextPage={data?.apiKeys.pageInfo.hasNextPage ?? false}
        endCursor={data?.apiKeys.pageInfo.endCursor}
        loading={loading}
      />
      <ApiKeyCallsDrawer
        apiKey={callsOf}
        onClose={() => {
          setCallsOf(null);
          // the calls just seen may be newer than the list's last-used times
          void refetch();
        }}
      />
      <Modal
        open={creating}
        title={t.create}
        okText={t.submit}
        cancelText={t.cancel}
        confirmLoading={createState.loading}
        onCancel={() => setCreating(false)}
        onOk={() => form.submit()}
        okButtonProps={{ "data-testid": "api-key-submit" }}
      >
        {createState.error ? (
          <Alert type="error" showIcon title={describeError(createState.error, lang).message} />
        ) : null}
        <Form form={form} name="apiKeyForm" layout="vertical" onFinish={submit} data-testid="api-key-form">
          <Form.Item name="name" label={t.name} rules={[{ required: true, whitespace: true, message: t.nameRequired }]}>
            <Input maxLength={60} />
          </Form.Item>
          <Form.Item name="scopes" label={t.scopes} rules={[{ required: true, message: t.scopesRequired }]}>
            <Checkbox.Group
              options={offered.map((c) => ({ value: c.scope, label: lang === "zh" ? c.label : c.labelEn }))}
              style={{ display: "flex", flexDirection: "column", gap: 4 }}
            />
          </Form.Item>
          <Form.Item name="expiresAt" label={t.expiresAt}>
            <DatePicker showTime placeholder={t.never} />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        open={secret !== null}
        title={t.secretTitle}
        closable={false}
        mask={{ closable: false }}
        destroyOnHidden
        footer={
          <Button type="primary" onClick={() => setSecret(null)} data-testid="api-key-secret-done">
            {t.done}
          </Button>
        }
      >
        <Typography.Paragraph type="warning">{t.secretHint}</Typography.Paragraph>
        <Space.Compact style={{ width: "100%" }}>
          <Input readOnly value={secret ?? ""} data-testid="api-key-secret" />
          <Button
            icon={<CopyOutlined />}
            onClick={() => {
              void navigator.clipboard?.writeText(secret ?? "");
              setCopied(true);
            }}
          >
            {copied ? t.copied : t.copy}
          </Button>
        </Space.Compact>
      </Modal>
    </Card>
  );
}
