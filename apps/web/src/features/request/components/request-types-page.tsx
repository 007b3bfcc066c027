"use client";

import { DeleteOutlined, EditOutlined, PlusOutlined } from "@ant-design/icons";
import { useMutation, useQuery } from "@apollo/client/react";
import { APPROVER_ROLES, REQUEST_FIELD_KINDS } from "@crm/domain";
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Drawer,
  Flex,
  Form,
  Input,
  InputNumber,
  Select,
  Space,
  Switch,
  Table,
  Tag,
  Typography,
} from "antd";
import type { TableColumnsType } from "antd";
import { useState } from "react";
import type {
  RequestAction,
  RequestFieldKind,
  RequestGroup,
  RequestTypeFieldsFragment,
  VendorRole,
} from "@/gql/graphql";
import { describeError } from "@/shared/apollo/error-message";
import { vendorRoleLabel } from "@/shared/domain-labels";
import { useLang, useMessages } from "@/shared/i18n/lang-provider";
import { tableEmptyText } from "@/shared/ui/table-empty";
import { RequestTypesQuery, SaveRequestTypeMutation } from "../graphql/request.operations";
import { REQUEST_GROUP_CODES, fieldKindLabel, requestGroupLabel } from "../request-labels";
import { requestMessages } from "../request.messages";

interface FieldRow {
  key: string;
  label: string;
  kind: RequestFieldKind;
  required: boolean;
  options?: string[];
}
interface TypeForm {
  code: string;
  groupCode: RequestGroup;
  name: string;
  description?: string;
  action: RequestAction;
  chain: VendorRole[];
  maxAttachments: number;
  sortOrder: number;
  active: boolean;
  fields: FieldRow[];
}

/** 平台管理 › 申请类型: platform admins view and edit request types (group, form fields, chain, active). */
export function RequestTypesPage() {
  const lang = useLang();
  const t = useMessages(requestMessages);
  const { data, loading, error } = useQuery(RequestTypesQuery, {
    variables: { includeInactive: true },
    fetchPolicy: "cache-and-network",
  });
  const [editing, setEditing] = useState<RequestTypeFieldsFragment | "new" | null>(null);
  const rows = data?.requestTypes ?? [];

  const columns: TableColumnsType<RequestTypeFieldsFragment> = [
    { title: t.colName, key: "name", width: 220, render: (_, r) => <Typography.Text strong>{r.name}</Typography.Text> },
    { title: t.colCode, key: "code", width: 190, render: (_, r) => <Typography.Text code>{r.code}</Typography.Text> },
    { title: t.colGroup, key: "group", width: 130, render: (_, r) => requestGroupLabel(lang, r.groupCode) },
    {
      title: t.colFields,
      key: "fields",
      render: (_, r) => r.fields.map((f) => `${f.label}${f.required ? "*" : ""}`).join("、"),
    },
    {
      title: t.colChain,
      key: "chain",
      width: 220,
      render: (_, r) => r.chain.map((c) => vendorRoleLabel(lang, c)).join(" → "),
    },
    { title: t.colAttachments, key: "max", width: 100, render: (_, r) => r.maxAttachments },
    {
      title: t.colActive,
      key: "active",
      width: 80,
      render: (_, r) => <Tag color={r.active ? "success" : "default"}>{r.active ? t.active : t.inactive}</Tag>,
    },
    {
      title: t.colActions,
      key: "actions",
      width: 90,
      fixed: "right",
      render: (_, r) => (
        <Button
          type="link"
          size="small"
          icon={<EditOutlined />}
          onClick={() => setEditing(r)}
          data-testid="request-type-edit"
        >
          {t.editType}
        </Button>
      ),
    },
  ];

  return (
    <Card
      title={t.typesTitle}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing("new")} data-testid="request-type-new">
          {t.newType}
        </Button>
      }
    >
      <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
        <Typography.Text type="secondary">{t.typesIntro}</Typography.Text>
        {error ? (
          <Alert type="error" showIcon title={t.loadFailed} description={describeError(error, lang).message} />
        ) : null}
        <Table<RequestTypeFieldsFragment>
          rowKey="id"
          columns={columns}
          dataSource={rows}
          loading={loading}
          pagination={false}
          size="middle"
          scroll={{ x: 1150 }}
          locale={{ emptyText: tableEmptyText(loading, t.noTypes) }}
          data-testid="request-type-table"
        />
      </Space>
      <TypeDrawer editing={editing} onClose={() => setEditing(null)} />
    </Card>
  );
}

function TypeDrawer({ editing, onClose }: { editing: RequestTypeFieldsFragment | "new" | null; onClose: () => void }) {
  const lang = useLang();
  const t = useMessages(requestMessages);
  const { message, notification } = App.useApp();
  const [form] = Form.useForm<TypeForm>();
  const [save, { loading }] = useMutation(SaveRequestTypeMutation, { refetchQueries: ["RequestTypes"] });
  const existing = editing && editing !== "new" ? editing : null;
  const initial: TypeForm = existing
    ? {
        code: existing.code,
        groupCode: existing.groupCode,
        name: existing.name,
        description: existing.description ?? undefined,
        action: existing.action,
        chain: existing.chain,
        maxAttachments: existing.maxAttachments,
        sortOrder: existing.sortOrder,
        active: existing.active,
        fields: existing.fields.map((f) => ({
          key: f.key,
          label: f.label,
          kind: f.kind,
          required: f.required,
          options: f.options ?? undefined,
        })),
      }
    : {
        code: "",
        groupCode: "SALES_SUPPORT",
        name: "",
        action: "NONE",
        chain: ["CHANNEL_MANAGER"],
        maxAttachments: 5,
        sortOrder: 100,
        active: true,
        fields: [{ key: "description", label: "说明", kind: "TEXTAREA", required: true }],
      };

  async function onFinish(v: TypeForm) {
    try {
      await save({
        variables: {
          id: existing?.id ?? null,
          input: {
            code: v.code.trim(),
            groupCode: v.groupCode,
            name: v.name.trim(),
            description: v.description?.trim() || null,
            action: v.action,
            chain: v.chain,
            maxAttachments: v.maxAttachments,
            sortOrder: v.sortOrder,
            active: v.active,
            fields: v.fields.map((f) => ({
              key: f.key.trim(),
              label: f.label.trim(),
              kind: f.kind,
              required: f.required ?? false,
              options: f.kind === "SELECT" ? (f.options ?? []) : null,
            })),
          },
        },
      });
      message.success(t.saved);
      onClose();
    } catch (e) {
      notification.error({ title: t.saveFailed, description: describeError(e, lang).message });
    }
  }

  return (
    <Drawer
      open={editing !== null}
      onClose={onClose}
      size={860}
      title={existing ? `${t.editType} · ${existing.name}` : t.newType}
      destroyOnHidden
      extra={
        <Button type="primary" loading={loading} onClick={() => form.submit()} data-testid="request-type-save">
          {t.save}
        </Button>
      }
    >
      <Form<TypeForm> form={form} layout="vertical" name="requestType" initialValues={initial} onFinish={onFinish}>
        <Flex gap={16} wrap>
          <Form.Item
            name="name"
            label={t.fieldName}
            rules={[{ required: true, whitespace: true, max: 60 }]}
            style={{ flex: "1 1 260px" }}
          >
            <Input maxLength={60} />
          </Form.Item>
          <Form.Item
            name="code"
            label={t.fieldCode}
            extra={t.fieldCodeHint}
            rules={[{ required: true, pattern: /^[A-Z0-9_]{1,40}$/, message: t.fieldCodeHint }]}
            style={{ flex: "1 1 200px" }}
          >
            <Input maxLength={40} />
          </Form.Item>
          <Form.Item name="groupCode" label={t.colGroup} rules={[{ required: true }]} style={{ width: 160 }}>
            <Select options={REQUEST_GROUP_CODES.map((g) => ({ value: g, label: requestGroupLabel(lang, g) }))} />
          </Form.Item>
        </Flex>
        <Form.Item name="description" label={t.fieldDescription}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
        <Flex gap={16} wrap>
          <Form.Item
            name="chain"
            label={t.fieldChain}
            rules={[{ required: true, type: "array", min: 1, max: 5 }]}
            style={{ flex: "1 1 320px" }}
          >
            <Select
              mode="multiple"
              options={APPROVER_ROLES.map((r) => ({ value: r, label: vendorRoleLabel(lang, r) }))}
            />
          </Form.Item>
          <Form.Item name="action" label={t.fieldAction} style={{ width: 190 }}>
            <Select
              options={[
                { value: "NONE", label: t.actionNone },
                { value: "ORDER_REDUCTION", label: t.actionReduction },
              ]}
            />
          </Form.Item>
          <Form.Item name="maxAttachments" label={t.fieldMaxAttachments} style={{ width: 110 }}>
            <InputNumber min={0} max={20} precision={0} />
          </Form.Item>
          <Form.Item name="sortOrder" label={t.fieldSort} style={{ width: 100 }}>
            <InputNumber min={0} max={10000} precision={0} />
          </Form.Item>
          <Form.Item name="active" label={t.colActive} valuePropName="checked" style={{ width: 70 }}>
            <Switch />
          </Form.Item>
        </Flex>
        <Typography.Text strong>{t.fieldFields}</Typography.Text>
        <Form.List name="fields">
          {(fields, { add, remove }) => (
            <Flex vertical gap={8} style={{ marginTop: 8 }}>
              {fields.map(({ key, name }) => (
                <Flex key={key} gap={8} align="flex-start" wrap>
                  <Form.Item
                    name={[name, "label"]}
                    rules={[{ required: true, whitespace: true, max: 40 }]}
                    style={{ marginBottom: 0, width: 150 }}
                  >
                    <Input placeholder={t.fieldLabel} />
                  </Form.Item>
                  <Form.Item
                    name={[name, "key"]}
                    rules={[{ required: true, pattern: /^[a-z][a-zA-Z0-9_]{0,39}$/ }]}
                    style={{ marginBottom: 0, width: 130 }}
                  >
                    <Input placeholder={t.fieldKey} />
                  </Form.Item>
                  <Form.Item name={[name, "kind"]} rules={[{ required: true }]} style={{ marginBottom: 0, width: 120 }}>
                    <Select options={REQUEST_FIELD_KINDS.map((k) => ({ value: k, label: fieldKindLabel(lang, k) }))} />
                  </Form.Item>
                  <Form.Item noStyle shouldUpdate>
                    {() =>
                      form.getFieldValue(["fields", name, "kind"]) === "SELECT" ? (
                        <Form.Item
                          name={[name, "options"]}
                          rules={[{ required: true, type: "array", min: 1 }]}
                          style={{ marginBottom: 0, width: 220 }}
                        >
                          <Select mode="tags" placeholder={t.fieldOptions} open={false} />
                        </Form.Item>
                      ) : null
                    }
                  </Form.Item>
                  <Form.Item name={[name, "required"]} valuePropName="checked" style={{ marginBottom: 0 }}>
                    <Checkbox>{t.fieldRequired}</Checkbox>
                  </Form.Item>
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    onClick={() => remove(name)}
                    aria-label="remove"
                  />
                </Flex>
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => add({ kind: "TEXT", required: false })}
                style={{ width: 160 }}
              >
                {t.addField}
              </Button>
            </Flex>
          )}
        </Form.List>
      </Form>
    </Drawer>
  );
}
