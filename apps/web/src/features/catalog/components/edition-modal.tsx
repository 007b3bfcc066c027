"use client";

import { useMutation } from "@apollo/client/react";
import { CATALOG_SORT_MAX, LIST_PRICE_MAX_FEN, fenToYuanString, parseYuanToFen } from "@crm/domain";
import { Alert, App, Col, Form, Input, InputNumber, Modal, Row, Switch } from "antd";
import { useState } from "react";
import type { CatalogEditionFragment } from "@/gql/graphql";
import { describeError } from "@/shared/apollo/error-message";
import { useLang, useMessages } from "@/shared/i18n/lang-provider";
import { catalogMessages } from "../catalog.messages";
import { CatalogCodeNameFields } from "./catalog-code-name-fields";
import { CreateEditionMutation, ProductCatalogQuery, UpdateEditionMutation } from "../graphql/catalog.operations";

interface EditionValues {
  code: string;
  name: string;
  listPrice: string;
  isSpecial: boolean;
  active: boolean;
  sortOrder: number | null;
}

export type EditionModalMode =
  { kind: "create"; productLine: { id: string; name: string } } | { kind: "edit"; edition: CatalogEditionFragment };

/** The yuan typed, as exact 分, or the reason it is not an amount. */
function listPriceFen(text: string | undefined): { ok: true; fen: number } | { ok: false; empty: boolean } {
  const parsed = parseYuanToFen(text ?? "");
  if (parsed.ok) return parsed;
  return { ok: false, empty: parsed.reason === "EMPTY" };
}

/** 新增/编辑版本: code (fixed once created), name, 公开价格 in yuan (sent as exact 分), flags and order. */
export function EditionModal({ mode, onClose }: { mode: EditionModalMode | null; onClose: () => void }) {
  return mode ? (
    <EditionDialog key={mode.kind === "edit" ? mode.edition.id : mode.productLine.id} mode={mode} onClose={onClose} />
  ) : null;
}

function EditionDialog({ mode, onClose }: { mode: EditionModalMode; onClose: () => void }) {
  const lang = useLang();
  const t = useMessages(catalogMessages);
  const { message } = App.useApp();
  const [form] = Form.useForm<EditionValues>();
  const [error, setError] = useState<string | null>(null);
  const [create, createState] = useMutation(CreateEditionMutation, { refetchQueries: [ProductCatalogQuery] });
  const [update, updateState] = useMutation(UpdateEditionMutation);
  const saving = createState.loading || updateState.loading;
  const editing = mode.kind === "edit" ? mode.edition : null;

  async function onFinish(values: EditionValues) {
    setError(null);
    const price = listPriceFen(values.listPrice);
    if (!price.ok) return;
    const common = {
      name: values.name.trim(),
      listPrice: price.fen,
      isSpecial: values.isSpecial,
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
        editing
          ? t.editionTitleEdit(editing.name)
          : mode.kind === "create"
            ? t.editionTitleNew(mode.productLine.name)
            : ""
      }
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t.save}
      cancelText={t.cancel}
      confirmLoading={saving}
      okButtonProps={{ "data-testid": "edition-form-submit" }}
      width={560}
      destroyOnHidden
    >
      <Form<EditionValues>
        form={form}
        name="editionForm"
        layout="vertical"
        onFinish={(values) => void onFinish(values)}
        disabled={saving}
        style={{ marginTop: 16 }}
        initialValues={
          editing
            ? {
                code: editing.code,
                name: editing.name,
                listPrice:
                  editing.listPrice === null || editing.listPrice === undefined
                    ? ""
                    : fenToYuanString(editing.listPrice),
                isSpecial: editing.isSpecial,
                active: editing.active,
                sortOrder: editing.sortOrder,
              }
            : { isSpecial: false, active: true, sortOrder: null }
        }
        data-testid="edition-form"
      >
        <Row gutter={16}>
          <CatalogCodeNameFields editing={editing !== null} />
          <Col span={12}>
            <Form.Item
              label={t.listPrice}
              name="listPrice"
              extra={t.listPriceHelp}
              rules={[
                {
                  validator: (_, value: string | undefined) => {
                    const price = listPriceFen(value);
                    if (!price.ok)
                      return Promise.reject(new Error(price.empty ? t.listPriceRequired : t.listPriceInvalid));
                    if (price.fen > LIST_PRICE_MAX_FEN) return Promise.reject(new Error(t.listPriceTooHigh));
                    return Promise.resolve();
                  },
                },
              ]}
            >
              <Input prefix="¥" suffix={t.perSeatMonth} inputMode="decimal" autoComplete="off" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item label={t.sortOrder} name="sortOrder" extra={t.sortHelp}>
              <InputNumber<number> min={0} max={CATALOG_SORT_MAX} precision={0} style={{ width: "100%" }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item label={t.isSpecial} name="isSpecial" valuePropName="checked" extra={t.isSpecialHelp}>
              <Switch />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item label={t.activeLabel} name="active" valuePropName="checked">
              <Switch />
            </Form.Item>
          </Col>
        </Row>
        {error ? <Alert type="error" showIcon title={error} role="alert" data-testid="edition-form-error" /> : null}
      </Form>
    </Modal>
  );
}
