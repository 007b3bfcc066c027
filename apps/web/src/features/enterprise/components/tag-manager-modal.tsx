"use client";

import { PlusOutlined } from "@ant-design/icons";
import { useMutation, useQuery } from "@apollo/client/react";
import { TAG_NAME_MAX } from "@crm/domain";
import { Alert, App, Button, Flex, Form, Input, Modal, Popconfirm, Space, Table, Tag } from "antd";
import type { TableColumnsType } from "antd";
import { useState } from "react";
import type { TagItemFragment } from "@/gql/graphql";
import { describeError } from "@/shared/apollo/error-message";
import { formatDate } from "@/shared/format";
import { useLang, useMessages } from "@/shared/i18n/lang-provider";
import { tableEmptyText } from "@/shared/ui/table-empty";
import { enterpriseMessages } from "../enterprise.messages";
import { CreateTagMutation, DeleteTagMutation, TagsQuery, UpdateTagMutation } from "../graphql/tag.operations";
import { TagColorPicker } from "./tag-color-picker";

interface TagValues {
  name: string;
  color: string;
}

/** 管理标签 (dealer admins): add, rename, recolour and delete the dealer's tags. */
export function TagManagerModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const lang = useLang();
  const t = useMessages(enterpriseMessages);
  const { message } = App.useApp();
  const [form] = Form.useForm<TagValues>();
  const [editing, setEditing] = useState<TagItemFragment | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const { data, loading, error, refetch } = useQuery(TagsQuery, { fetchPolicy: "cache-and-network" });
  const [createTag, createState] = useMutation(CreateTagMutation);
  const [deleteTag] = useMutation(DeleteTagMutation);

  async function add(values: TagValues) {
    setFormError(null);
    try {
      const result = await createTag({ variables: { input: { name: values.name.trim(), color: values.color } } });
      if (result.data) {
        message.success(t.tagCreated(result.data.createTag.name));
        form.resetFields();
        void refetch();
      }
    } catch (e) {
      setFormError(describeError(e, lang).message);
    }
  }

  async function remove(tag: TagItemFragment) {
    try {
      await deleteTag({ variables: { id: tag.id } });
      message.success(t.tagDeleted(tag.name));
      void refetch();
    } catch (e) {
      message.error(describeError(e, lang).message);
    }
  }

  const columns: TableColumnsType<TagItemFragment> = [
    {
      title: t.tagName,
      key: "name",
      render: (_, tag) => (
        <Tag color={tag.color} style={{ marginInlineEnd: 0 }}>
          {tag.name}
        </Tag>
      ),
    },
    {
      title: t.tagCount,
      key: "count",
      width: lang === "zh" ? 100 : 110,
      align: "right",
      render: (_, tag) => tag.enterpriseCount,
    },
    { title: t.tagCreatedAt, key: "createdAt", width: 120, render: (_, tag) => formatDate(tag.createdAt, lang) },
    {
      title: t.colActions,
      key: "actions",
      width: lang === "zh" ? 120 : 140,
      render: (_, tag) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => setEditing(tag)}>
            {t.tagRename}
          </Button>
          <Popconfirm
            title={t.tagConfirmDelete(tag.name, tag.enterpriseCount)}
            okText={t.tagDelete}
            okButtonProps={{ danger: true }}
            cancelText={t.cancel}
            onConfirm={() => remove(tag)}
          >
            <Button type="link" size="small" danger>
              {t.tagDelete}
            </Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];

  return (
    <Modal
      open={open}
      title={t.tagTitle}
      onCancel={onClose}
      footer={<Button onClick={onClose}>{t.close}</Button>}
      width={760}
      destroyOnHidden
    >
      <Form<TagValues>
        name="tagCreate"
        form={form}
        layout="vertical"
        initialValues={{ color: "blue" }}
        onFinish={add}
        disabled={createState.loading}
        style={{ marginBottom: 12 }}
      >
        <Flex gap={16} align="flex-start" wrap>
          <Form.Item
            label={t.tagName}
            name="name"
            rules={[{ required: true, whitespace: true, message: t.tagNameRequired }, { max: TAG_NAME_MAX }]}
            style={{ flex: "0 0 180px", marginBottom: 8 }}
          >
            <Input placeholder={t.tagNamePlaceholder(TAG_NAME_MAX)} maxLength={TAG_NAME_MAX} />
          </Form.Item>
          <Form.Item label={t.tagColor} name="color" style={{ flex: "1 1 auto", marginBottom: 8 }}>
            <TagColorPicker />
          </Form.Item>
          <Form.Item label=" " colon={false} style={{ marginBottom: 8 }}>
            <Button type="primary" htmlType="submit" icon={<PlusOutlined />} loading={createState.loading}>
              {t.tagAdd}
            </Button>
          </Form.Item>
        </Flex>
        {formError ? <Alert type="error" showIcon title={formError} /> : null}
      </Form>
      {error ? (
        <Alert type="error" showIcon title={t.tagsLoadFailed} description={describeError(error, lang).message} />
      ) : null}
      <Table<TagItemFragment>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={data?.tags ?? []}
        loading={loading}
        pagination={false}
        scroll={{ y: 360 }}
        locale={{ emptyText: tableEmptyText(loading, t.tagEmpty) }}
        data-testid="tag-table"
      />
      <TagEditModal tag={editing} onClose={() => setEditing(null)} />
    </Modal>
  );
}

function TagEditModal({ tag, onClose }: { tag: TagItemFragment | null; onClose: () => void }) {
  const lang = useLang();
  const t = useMessages(enterpriseMessages);
  const { message } = App.useApp();
  const [form] = Form.useForm<TagValues>();
  const [formError, setFormError] = useState<string | null>(null);
  const [updateTag, { loading }] = useMutation(UpdateTagMutation);

  async function save(values: TagValues) {
    if (!tag) return;
    setFormError(null);
    try {
      await updateTag({ variables: { id: tag.id, input: { name: values.name.trim(), color: values.color } } });
      message.success(t.tagUpdated);
      onClose();
    } catch (e) {
      setFormError(describeError(e, lang).message);
    }
  }

  return (
    <Modal
      open={tag !== null}
      title={tag ? `${t.tagRename} · ${tag.name}` : t.tagRename}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t.save}
      cancelText={t.cancel}
      confirmLoading={loading}
      destroyOnHidden
      width={520}
    >
      {tag ? (
        <Form<TagValues>
          name="tagEdit"
          form={form}
          layout="vertical"
          initialValues={{ name: tag.name, color: tag.color }}
          onFinish={save}
        >
          <Form.Item
            label={t.tagName}
            name="name"
            rules={[{ required: true, whitespace: true, message: t.tagNameRequired }, { max: TAG_NAME_MAX }]}
          >
            <Input maxLength={TAG_NAME_MAX} />
          </Form.Item>
          <Form.Item label={t.tagColor} name="color">
            <TagColorPicker />
          </Form.Item>
          {formError ? <Alert type="error" showIcon title={formError} /> : null}
        </Form>
      ) : null}
    </Modal>
  );
}
