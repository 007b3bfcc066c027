"use client";

import { useMutation } from "@apollo/client/react";
import { CATALOG_SORT_MAX, GIFT_PER_PAID_MONTHS_MAX, giftRuleProblem } from "@crm/domain";
import { Alert, App, Col, Form, InputNumber, Modal, Row, Typography } from "antd";
import { useState } from "react";
import type { CatalogProductLineFragment } from "@/gql/graphql";
import { describeError } from "@/shared/apollo/error-message";
import { useLang, useMessages } from "@/shared/i18n/lang-provider";
import { catalogMessages } from "../catalog.messages";
import { CatalogCodeNameFields } from "./catalog-code-name-fields";
import {
  CreateProductLineMutation,
  ProductCatalogQuery,
  UpdateProductLineMutation,
} from "../graphql/catalog.operations";

interface LineValues {
  code: string;
  name: string;
  sortOrder: number | null;
  perPaidMonths: number | null;
  maxGiftMonths: number | null;
}

export type ProductLineModalMode = { kind: "create" } | { kind: "edit"; line: CatalogProductLineFragment };

/** 新建/编辑产品线: name, order and the gift rule (the code is fixed once created). */
export function ProductLineModal({
  mode,
  onClose,
  onCreated,
}: {
  mode: ProductLineModalMode | null;
  onClose: () => void;
  onCreated?: (id: string) => void;
}) {
  return mode ? (
    <LineDialog
      key={mode.kind === "edit" ? mode.line.id : "create"}
      mode={mode}
      onClose={onClose}
      onCreated={onCreated}
    />
  ) : null;
}

function LineDialog({
  mode,
  onClose,
  onCreated,
}: {
  mode: ProductLineModalMode;
  onClose: () => void;
  onCreated?: (id: string) => void;
}) {
  const lang = useLang();
  const t = useMessages(catalogMessages);
  const { message } = App.useApp();
  const [form] = Form.useForm<LineValues>();
  const [error, setError] = useState<string | null>(null);
  const [create, createState] = useMutation(CreateProductLineMutation, { refetchQueries: [ProductCatalogQuery] });
  const [update, updateState] = useMutation(UpdateProductLineMutation);
  const saving = createState.loading || updateState.loading;
  const editing = mode.kind === "edit" ? mode.line : null;

  async function onFinish(values: LineValues) {
    setError(null);
    const giftRule = { perPaidMonths: values.perPaidMonths ?? 12, maxGiftMonths: values.maxGiftMonths ?? 0 };
    const common = { name: values.name.trim(), sortOrder: values.sortOrder ?? null, giftRule };
    try {
      if (editing) {
        await update({ variables: { id: editing.id, input: common } });
        message.success(t.saved);
      } else {
        const result = await create({ variables: { input: { ...common, code: values.code.trim().toUpperCase() } } });
        message.success(t.created(common.name));
        if (result.data) onCreated?.(result.data.createProductLine.id);
      }
      onClose();
    } catch (e) {
      setError(describeError(e, lang).message);
    }
  }

  return (
    <Modal
      open
      title={editing ? t.lineTitleEdit(editing.name) : t.lineTitleNew}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t.save}
      cancelText={t.cancel}
      confirmLoading={saving}
      okButtonProps={{ "data-testid": "product-line-form-submit" }}
      width={560}
      destroyOnHidden
    >
      <Form<LineValues>
        form={form}
        name="productLineForm"
        layout="vertical"
        onFinish={(values) => void onFinish(values)}
        disabled={saving}
        style={{ marginTop: 16 }}
        initialValues={
          editing
            ? {
                code: editing.code,
                name: editing.name,
                sortOrder: editing.sortOrder,
                perPaidMonths: editing.giftRule.perPaidMonths,
                maxGiftMonths: editing.giftRule.maxGiftMonths,
              }
            : { sortOrder: null, perPaidMonths: 12, maxGiftMonths: 0 }
        }
        data-testid="product-line-form"
      >
        <Row gutter={16}>
          <CatalogCodeNameFields editing={editing !== null} />
          <Col span={12}>
            <Form.Item label={t.sortOrder} name="sortOrder" extra={t.sortHelp}>
              <InputNumber<number> min={0} max={CATALOG_SORT_MAX} precision={0} style={{ width: "100%" }} />
            </Form.Item>
          </Col>
        </Row>
        <Typography.Text strong>{t.giftRule}</Typography.Text>
        <Row gutter={16} style={{ marginTop: 8 }}>
          <Col span={12}>
            <Form.Item label={t.giftPerPaid} name="perPaidMonths" rules={[{ required: true, message: t.giftInvalid }]}>
              <InputNumber<number> min={1} max={GIFT_PER_PAID_MONTHS_MAX} precision={0} style={{ width: "100%" }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              label={t.giftMax}
              name="maxGiftMonths"
              dependencies={["perPaidMonths"]}
              rules={[
                { required: true, message: t.giftInvalid },
                ({ getFieldValue }) => ({
                  validator: (_, value: number | null) => {
                    const perPaidMonths = getFieldValue("perPaidMonths") as number | null;
                    if (value === null || perPaidMonths === null) return Promise.resolve();
                    return giftRuleProblem({ perPaidMonths, maxGiftMonths: value }) === "GIFT_EXCEEDS_PAID"
                      ? Promise.reject(new Error(t.giftInvalid))
                      : Promise.resolve();
                  },
                }),
              ]}
            >
              <InputNumber<number> min={0} max={GIFT_PER_PAID_MONTHS_MAX} precision={0} style={{ width: "100%" }} />
            </Form.Item>
          </Col>
        </Row>
        <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
          {t.giftHint}
        </Typography.Paragraph>
        {error ? <Alert type="error" showIcon title={error} role="alert" /> : null}
      </Form>
    </Modal>
  );
}
