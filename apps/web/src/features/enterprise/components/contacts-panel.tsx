"use client";

import { PlusOutlined } from "@ant-design/icons";
import { useMutation } from "@apollo/client/react";
import { CONTACT_NAME_MAX, CONTACT_TITLE_MAX, isValidEmail, isValidMobile } from "@crm/domain";
import { Alert, App, Button, Empty, Flex, Form, Input, Modal, Popconfirm, Space, Table } from "antd";
import type { TableColumnsType } from "antd";
import { useState } from "react";
import type { EnterpriseDetailFragment } from "@/gql/graphql";
import { describeError } from "@/shared/apollo/error-message";
import { useLang, useMessages } from "@/shared/i18n/lang-provider";
import { enterpriseMessages } from "../enterprise.messages";
import {
  AddEnterpriseContactMutation,
  RemoveEnterpriseContactMutation,
  UpdateEnterpriseContactMutation,
} from "../graphql/enterprise.operations";

type Contact = EnterpriseDetailFragment["contacts"][number];

interface ContactValues {
  name: string;
  mobile?: string;
  email?: string;
  title?: string;
}

type ContactEdit = { kind: "add" } | { kind: "edit"; contact: Contact };

function orNull(value: string | undefined): string | null {
  return value?.trim() ? value.trim() : null;
}

/** 联系人: the list, and add / edit / remove for those who may change the enterprise. */
export function ContactsPanel({
  enterpriseId,
  contacts,
  canEdit,
  onChanged,
}: {
  enterpriseId: string;
  contacts: readonly Contact[];
  canEdit: boolean;
  onChanged: () => void;
}) {
  const lang = useLang();
  const t = useMessages(enterpriseMessages);
  const { message } = App.useApp();
  const [editing, setEditing] = useState<ContactEdit | null>(null);
  const [removeContact] = useMutation(RemoveEnterpriseContactMutation);

  async function remove(contact: Contact) {
    try {
      await removeContact({ variables: { id: contact.id } });
      message.success(t.contactRemoved);
      onChanged();
    } catch (e) {
      message.error(describeError(e, lang).message);
    }
  }

  const columns: TableColumnsType<Contact> = [
    { title: t.contactName, dataIndex: "name", key: "name", width: 160 },
    { title: t.contactMobile, key: "mobile", width: 160, render: (_, c) => c.mobile ?? "—" },
    { title: t.contactEmail, key: "email", render: (_, c) => c.email ?? "—" },
    { title: t.contactTitle, key: "title", width: 180, render: (_, c) => c.title ?? "—" },
  ];
  if (canEdit) {
    columns.push({
      title: t.colActions,
      key: "actions",
      width: lang === "zh" ? 120 : 150,
      render: (_, c) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => setEditing({ kind: "edit", contact: c })}>
            {t.edit}
          </Button>
          <Popconfirm
            title={t.confirmRemoveContact(c.name)}
            okText={t.removeRow}
            okButtonProps={{ danger: true }}
            cancelText={t.cancel}
            onConfirm={() => remove(c)}
          >
            <Button type="link" size="small" danger>
              {t.removeRow}
            </Button>
          </Popconfirm>
        </Space>
      ),
    });
  }

  return (
    <>
      {canEdit ? (
        <Flex justify="flex-end" style={{ marginBottom: 12 }}>
          <Button icon={<PlusOutlined />} onClick={() => setEditing({ kind: "add" })} data-testid="contact-add">
            {t.addContact}
          </Button>
        </Flex>
      ) : null}
      {contacts.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.contactsEmpty} />
      ) : (
        <Table<Contact>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={[...contacts]}
          pagination={false}
          data-testid="contacts-table"
        />
      )}
      <ContactModal
        enterpriseId={enterpriseId}
        editing={editing}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          onChanged();
        }}
      />
    </>
  );
}

function ContactModal({
  enterpriseId,
  editing,
  onClose,
  onSaved,
}: {
  enterpriseId: string;
  editing: ContactEdit | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const lang = useLang();
  const t = useMessages(enterpriseMessages);
  const { message } = App.useApp();
  const [form] = Form.useForm<ContactValues>();
  const [formError, setFormError] = useState<string | null>(null);
  const [addContact, addState] = useMutation(AddEnterpriseContactMutation);
  const [updateContact, updateState] = useMutation(UpdateEnterpriseContactMutation);
  const contact = editing?.kind === "edit" ? editing.contact : null;

  async function save(values: ContactValues) {
    setFormError(null);
    const input = {
      name: values.name.trim(),
      mobile: orNull(values.mobile),
      email: orNull(values.email),
      title: orNull(values.title),
    };
    try {
      if (contact) await updateContact({ variables: { id: contact.id, input } });
      else await addContact({ variables: { enterpriseId, input } });
      message.success(t.contactSaved);
      onSaved();
    } catch (e) {
      setFormError(describeError(e, lang).message);
    }
  }

  return (
    <Modal
      open={editing !== null}
      title={contact ? t.contactEditTitle(contact.name) : t.contactAddTitle}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t.save}
      cancelText={t.cancel}
      confirmLoading={addState.loading || updateState.loading}
      destroyOnHidden
      width={520}
    >
      {editing ? (
        <Form<ContactValues>
          name="contactForm"
          form={form}
          layout="vertical"
          initialValues={
            contact
              ? {
                  name: contact.name,
                  mobile: contact.mobile ?? undefined,
                  email: contact.email ?? undefined,
                  title: contact.title ?? undefined,
                }
              : {}
          }
          onFinish={save}
        >
          <Form.Item
            label={t.contactName}
            name="name"
            rules={[{ required: true, whitespace: true, message: t.contactNameRequired }, { max: CONTACT_NAME_MAX }]}
          >
            <Input autoComplete="off" />
          </Form.Item>
          <Form.Item
            label={t.contactMobile}
            name="mobile"
            rules={[
              {
                validator: (_, v: string | undefined) =>
                  !v?.trim() || isValidMobile(v.trim())
                    ? Promise.resolve()
                    : Promise.reject(new Error(t.contactMobileInvalid)),
              },
            ]}
          >
            <Input inputMode="numeric" autoComplete="off" />
          </Form.Item>
          <Form.Item
            label={t.contactEmail}
            name="email"
            rules={[
              {
                validator: (_, v: string | undefined) =>
                  !v?.trim() || isValidEmail(v) ? Promise.resolve() : Promise.reject(new Error(t.contactEmailInvalid)),
              },
            ]}
          >
            <Input inputMode="email" autoComplete="off" />
          </Form.Item>
          <Form.Item label={t.contactTitle} name="title" rules={[{ max: CONTACT_TITLE_MAX }]}>
            <Input autoComplete="off" />
          </Form.Item>
          {formError ? <Alert type="error" showIcon title={formError} /> : null}
        </Form>
      ) : null}
    </Modal>
  );
}
