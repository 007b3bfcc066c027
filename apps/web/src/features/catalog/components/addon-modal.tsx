"use client";

import { useMutation } from "@apollo/client/react";
import { ADDON_DESCRIPTION_MAX, CATALOG_SORT_MAX } from "@crm/domain";
import { Alert, App, Col, Form, Input, InputNumber, Modal, Row, Switch } from "antd";
import { useState } from "react";
import type { CatalogAddonFragment } from "@/gql/graphql";
import { describeError } from "@/shared/apollo/error-message";
import { useLang, useMessages } from "@/shared/i18n/lang-provider";
import { catalogMessages } from "../catalog.messages";
import { CatalogCodeNameFields } from "./catalog-code-name-fields";
import { CreateAddonMutation, ProductCatalogQuery, UpdateAddonMutation } from "../graphql/catalog.operations";

interface AddonValues {
  code: string;
  name: string;
  description?: string;
  active: boolean;
  sortOrder: number | null;
}

export type AddonModalMode =
  { kind: "create"; productLine: { id: string; name: string } } | { kind: "edit"; addon: CatalogAddonFragment };

/** 新增/编辑增值服务 of a product line. */
export function AddonModal({ mode, onClose }: { mode: AddonModalMode | null; onClose: () => void }) {
  return mode ? (
    <AddonDialog key={mode.kind === "edit" ? mode.addon.id : mode.productLine.id} mode={mode} onClose={onClose} />
  ) : null;
}

function AddonDialog({ mode, onClose }: { mode: AddonModalMode; onClose: () => void }) {
  const lang = useLang();
  const t = useMessages(catalogMessages);
  const { message } = App.useApp();
  const [form] = Form.useForm<AddonValues>();
  const [error, setError] = useState<string | null>(null);
  const [create, createState] = useMutation(CreateAddonMutation, { refetchQueries: [ProductCatalogQuery] });
  const [update, updateState] = useMutation(UpdateAddonMutation);
  const saving = createState.loading || updateState.loading;
  const editing = mode.kind === "edit" ? mode.addon : null;

  async function onFinish(values: AddonValues) {
    setError(null);
    const common = {
      name: values.name.trim(),
      description: values.description?.trim() ?? "",
      active: values.active,
      sortOrder: values.sortOrder ?? null,
    };
    try {
      if (editing) {
        await update({ variables: { id: editing.id, input: common } });
        message.success(t.saved);
      } else if (mode.kind === "create") {
        await create({
          variables: {
            input: { ...common, productLineId: mode.productLine.id, code: values.code.trim().toUpperCase() },
          },
        });
        message.success(t.created(common.name));
      }
      onClose();
    } catch (e) {
      setError(describeError(e, lang).message);
    }
  }

  return (
    <Modal
      open
      title={
        editing ? t.addonTitleEdit(editing.name) : mode.kind === "create" ? t.addonTitleNew(mode.productLine.name) : ""
      }
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t.save}
      cancelText={t.cancel}
      confirmLoading={saving}
      okButtonProps={{ "data-testid": "addon-form-submit" }}
      width={560}
      destroyOnHidden
    >
      <Form<AddonValues>
        form={form}
        name="addonForm"
        layout="vertical"
        onFinish={(values) => void onFinish(values)}
        disabled={saving}
        style={{ marginTop: 16 }}
        initialValues={
          editing
            ? {
                code: editing.code,
                name: editing.name,
                description: editing.description ?? "",
                active: editing.active,
                sortOrder: editing.sortOrder,
              }
            : { active: true, sortOrder: null }
        }
        data-testid="addon-form"
      >
        <Row gutter={16}>
          <CatalogCodeNameFields editing={editing !== null} />
        </Row>
        <Form.Item label={t.description} name="description" rules={[{ max: ADDON_DESCRIPTION_MAX }]}>
          <Input.TextArea rows={3} showCount maxLength={ADDON_DESCRIPTION_MAX} />
        </Form.Item>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item label={t.sortOrder} name="sortOrder" extra={t.sortHelp}>
              <InputNumber<number> min={0} max={CATALOG_SORT_MAX} precision={0} style={{ width: "100%" }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item label={t.addonActiveLabel} name="active" valuePropName="checked">
              <Switch />
            </Form.Item>
          </Col>
        </Row>
        {error ? <Alert type="error" showIcon title={error} role="alert" /> : null}
      </Form>
    </Modal>
  );
}
