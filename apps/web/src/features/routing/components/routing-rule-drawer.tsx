"use client";

import { ProductLineMultiSelect } from "@/features/catalog/components/product-line-select";
import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { useMutation } from "@apollo/client/react";
import { Alert, App, Button, Drawer, Flex, Form, Input, InputNumber, Space, Switch } from "antd";
import { useEffect, useState } from "react";
import type { LeadSource, RoutingRuleRowFragment } from "@/gql/graphql";
import { describeError } from "@/shared/apollo/error-message";
import { useLang, useMessages } from "@/shared/i18n/lang-provider";
import { CreateRoutingRuleMutation, UpdateRoutingRuleMutation } from "../graphql/routing.operations";
import { routingMessages } from "../routing.messages";
import { RegionMultiSelect } from "./region-inputs";
import { LeadSourceMultiPicker, RoutingDealerPicker } from "./routing-inputs";

export type RuleDrawerMode = { kind: "create" } | { kind: "edit"; rule: RoutingRuleRowFragment };

interface RuleValues {
  name: string;
  regionCodes: string[];
  productLineIds: string[];
  sources: LeadSource[];
  targets: { dealerId?: string | null; weight?: number | null }[];
  enabled: boolean;
}

function initialValues(mode: RuleDrawerMode): RuleValues {
  if (mode.kind === "create") {
    return { name: "", regionCodes: [], productLineIds: [], sources: [], targets: [{ weight: 1 }], enabled: true };
  }
  const { rule } = mode;
  return {
    name: rule.name,
    regionCodes: [...rule.regionCodes],
    productLineIds: [...rule.productLineIds],
    sources: [...rule.sources],
    targets: rule.targets.map((t) => ({ dealerId: t.dealerId, weight: t.weight })),
    enabled: rule.enabled,
  };
}

/** 新建/编辑甩单规则: conditions (empty = any) and eligible dealers with weights. */
export function RoutingRuleDrawer({
  mode,
  onClose,
  onSaved,
}: {
  mode: RuleDrawerMode | null;
  onClose: () => void;
  onSaved: (rule: RoutingRuleRowFragment) => void;
}) {
  const lang = useLang();
  const t = useMessages(routingMessages);
  const { message } = App.useApp();
  const [form] = Form.useForm<RuleValues>();
  const [error, setError] = useState<string | null>(null);
  const [create, { loading: creating }] = useMutation(CreateRoutingRuleMutation);
  const [update, { loading: updating }] = useMutation(UpdateRoutingRuleMutation);
  const known =
    mode?.kind === "edit"
      ? mode.rule.targets.flatMap((x) => (x.dealer ? [{ id: x.dealer.id, name: x.dealer.name }] : []))
      : [];

  useEffect(() => {
    if (mode) {
      form.setFieldsValue(initialValues(mode));
      setError(null);
    }
  }, [mode, form]);

  async function submit(values: RuleValues) {
    if (!mode) return;
    setError(null);
    const input = {
      name: values.name.trim(),
      regionCodes: values.regionCodes ?? [],
      productLineIds: values.productLineIds ?? [],
      sources: values.sources ?? [],
      enabled: values.enabled,
      targets: values.targets.map((x) => ({ dealerId: x.dealerId ?? "", weight: x.weight ?? 1 })),
    };
    try {
      if (mode.kind === "create") {
        const { data } = await create({ variables: { input } });
        if (data) {
          message.success(t.created(data.createRoutingRule.name));
          onSaved(data.createRoutingRule);
        }
      } else {
        const { data } = await update({ variables: { id: mode.rule.id, input } });
        if (data) {
          message.success(t.saved(data.updateRoutingRule.name));
          onSaved(data.updateRoutingRule);
        }
      }
    } catch (e) {
      setError(describeError(e, lang).message);
    }
  }

  return (
    <Drawer
      open={mode !== null}
      onClose={onClose}
      size={640}
      destroyOnHidden
      title={mode?.kind === "edit" ? t.editRuleTitle(mode.rule.name) : t.createRuleTitle}
      footer={
        <Flex justify="end" gap={8}>
          <Button onClick={onClose}>{t.cancel}</Button>
          <Button type="primary" loading={creating || updating} onClick={() => form.submit()} data-testid="rule-save">
            {t.save}
          </Button>
        </Flex>
      }
    >
      <Form<RuleValues> form={form} name="ruleForm" layout="vertical" onFinish={submit} data-testid="rule-form">
        {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} /> : null}
        <Form.Item
          label={t.ruleName}
          name="name"
          rules={[{ required: true, whitespace: true, message: t.ruleNameRequired }]}
        >
          <Input maxLength={100} placeholder={t.ruleNamePlaceholder} />
        </Form.Item>
        <Form.Item label={t.regions} name="regionCodes" extra={t.regionsHelp}>
          <RegionMultiSelect placeholder={t.anyPlaceholder} />
        </Form.Item>
        <Form.Item label={t.productLines} name="productLineIds" extra={t.productLinesHelp}>
          <ProductLineMultiSelect placeholder={t.anyPlaceholder} />
        </Form.Item>
        <Form.Item label={t.sources} name="sources" extra={t.sourcesHelp}>
          <LeadSourceMultiPicker placeholder={t.anyPlaceholder} />
        </Form.Item>
        <Form.Item label={t.targets} required extra={t.targetsHelp} style={{ marginBottom: 8 }}>
          <Form.List
            name="targets"
            rules={[
              {
                validator: (_, targets: RuleValues["targets"] | undefined) => {
                  if (!targets || targets.length === 0) return Promise.reject(new Error(t.targetsRequired));
                  const ids = targets.map((x) => x?.dealerId).filter(Boolean);
                  if (new Set(ids).size !== ids.length) return Promise.reject(new Error(t.duplicateDealer));
                  return Promise.resolve();
                },
              },
            ]}
          >
            {(fields, { add, remove }, { errors }) => (
              <>
                {fields.map((field, index) => (
                  <Space key={field.key} align="start" style={{ display: "flex" }} data-testid={`rule-target-${index}`}>
                    <Form.Item
                      name={[field.name, "dealerId"]}
                      rules={[{ required: true, message: t.targetDealerRequired }]}
                      style={{ marginBottom: 8 }}
                    >
                      <RoutingDealerPicker placeholder={t.chooseDealer} known={known} style={{ width: 360 }} />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, "weight"]}
                      rules={[{ required: true, type: "integer", min: 1, max: 1000, message: t.targetWeightRequired }]}
                      style={{ marginBottom: 8 }}
                    >
                      <InputNumber min={1} max={1000} precision={0} prefix={t.targetWeight} style={{ width: 150 }} />
                    </Form.Item>
                    <Button
                      type="text"
                      icon={<DeleteOutlined />}
                      aria-label={t.delete}
                      disabled={fields.length <= 1}
                      onClick={() => remove(field.name)}
                    />
                  </Space>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ weight: 1 })} block>
                  {t.addTarget}
                </Button>
                <Form.ErrorList errors={errors} />
              </>
            )}
          </Form.List>
        </Form.Item>
        <Form.Item label={t.enabledField} name="enabled" valuePropName="checked" style={{ marginTop: 16 }}>
          <Switch />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
