"use client";

import { ArrowLeftOutlined, UploadOutlined } from "@ant-design/icons";
import { useMutation, useQuery } from "@apollo/client/react";
import {
  CONTRACT_ACCEPT,
  CONTRACT_MAX_BYTES,
  ERROR_MESSAGES,
  contractKindOfName,
  formatFileSize,
  isErrorCode,
  parseYuanToFen,
} from "@crm/domain";
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Empty,
  Flex,
  Form,
  Input,
  InputNumber,
  Radio,
  Select,
  Skeleton,
  Space,
  Tag,
  Typography,
  Upload,
} from "antd";
import type { UploadFile } from "antd";
import type { Dayjs } from "dayjs";
import Link from "next/link";
import { useRouter, useSearchParams } from "next/navigation";
import { useEffect, useMemo, useState } from "react";
import type { RequestTypeFieldsFragment } from "@/gql/graphql";
import { describeError } from "@/shared/apollo/error-message";
import { vendorRoleLabel } from "@/shared/domain-labels";
import type { Lang } from "@/shared/i18n/lang";
import { useLang, useMessages } from "@/shared/i18n/lang-provider";
import { RequestTypesQuery, SubmitBusinessRequestMutation } from "../graphql/request.operations";
import { REQUEST_GROUP_CODES, requestGroupLabel } from "../request-labels";
import { requestMessages } from "../request.messages";

type Field = RequestTypeFieldsFragment["fields"][number];
type Texts = (typeof requestMessages)["zh"];
type FormValue = string | number | Dayjs | null | undefined;

const MAX_SIZE_LABEL = formatFileSize(CONTRACT_MAX_BYTES).replace(".0 ", " ");

function fieldName(key: string): string[] {
  return ["payload", key];
}

/**
 * One typed form control per field kind (money typed in yuan, sent in 分). Form.Item hands its
 * child `id`, `value` and `onChange`: they are passed on to the control.
 */
function FieldControl({ field, ...control }: { field: Field; id?: string; value?: never; onChange?: never }) {
  const props = { ...control, "data-testid": `request-input-${field.key}` };
  switch (field.kind) {
    case "TEXTAREA":
      return <Input.TextArea rows={3} maxLength={2000} showCount {...props} />;
    case "NUMBER":
      return <InputNumber min={0} precision={0} style={{ width: 200 }} {...props} />;
    case "MONEY":
      return <Input prefix="¥" style={{ width: 200 }} placeholder="0.00" {...props} />;
    case "DATE":
      return <DatePicker style={{ width: 200 }} {...props} />;
    case "SELECT":
      return (
        <Select
          style={{ width: 240 }}
          allowClear
          options={(field.options ?? []).map((o) => ({ value: o, label: o }))}
          {...props}
        />
      );
    case "DOMAIN":
      return <Input style={{ width: 320 }} maxLength={200} placeholder="example.com" {...props} />;
    default:
      return <Input style={{ width: 320 }} maxLength={200} {...props} />;
  }
}

function fieldRules(field: Field, t: Texts) {
  const rules: {
    required?: boolean;
    whitespace?: boolean;
    message?: string;
    validator?: (_: unknown, v: FormValue) => Promise<void>;
  }[] = [];
  if (field.required) rules.push({ required: true, whitespace: true, message: t.required(field.label) });
  if (field.kind === "MONEY") {
    rules.push({
      validator: (_: unknown, v: FormValue) => {
        if (v === undefined || v === null || v === "") return Promise.resolve();
        const parsed = parseYuanToFen(String(v));
        return parsed.ok ? Promise.resolve() : Promise.reject(new Error(t.invalidMoney));
      },
    });
  }
  if (field.kind === "DOMAIN") {
    rules.push({
      validator: (_: unknown, v: FormValue) =>
        !v || /^[^\s.]+(\.[^\s.]+)+$/.test(String(v).trim())
          ? Promise.resolve()
          : Promise.reject(new Error(t.invalidDomain)),
    });
  }
  return rules;
}

/** The form's values as the API wants them: money in 分, dates as YYYY-MM-DD, blanks left out. */
function toPayload(fields: readonly Field[], values: Record<string, FormValue>): Record<string, string | number> {
  const payload: Record<string, string | number> = {};
  for (const field of fields) {
    const v = values[field.key];
    if (v === undefined || v === null || v === "") continue;
    if (field.kind === "MONEY") {
      const parsed = parseYuanToFen(String(v));
      if (parsed.ok) payload[field.key] = parsed.fen;
    } else if (field.kind === "DATE" && typeof v === "object") {
      payload[field.key] = v.format("YYYY-MM-DD");
    } else if (typeof v === "number") {
      payload[field.key] = v;
    } else if (typeof v === "string") {
      payload[field.key] = v.trim();
    }
  }
  return payload;
}

async function uploadAttachment(requestId: string, file: File, lang: Lang): Promise<string | null> {
  const body = new FormData();
  body.append("file", file, file.name);
  const response = await fetch(`/requests/${requestId}/attachments`, {
    method: "POST",
    headers: { "X-Requested-With": "XMLHttpRequest" },
    body,
  });
  if (response.ok) return null;
  const json = (await response.json().catch(() => null)) as {
    error?: { code?: string; messageZh?: string; messageEn?: string };
  } | null;
  const text = lang === "zh" ? json?.error?.messageZh : json?.error?.messageEn;
  if (text) return text;
  const code = json?.error?.code;
  return isErrorCode(code) ? ERROR_MESSAGES[code][lang] : ERROR_MESSAGES.INTERNAL[lang];
}

/**
 * 提交业务申请: pick a type (grouped 销售辅助流程 / 邮箱配置 / 售后服务), fill the form its fields
 * define, add attachments (uploaded right after the request is created), submit. `?type=<code>`
 * and `?orderNo=` pre-fill (the order page's 申请减免 uses them).
 */
export function RequestSubmitPage() {
  const lang = useLang();
  const t = useMessages(requestMessages);
  const router = useRouter();
  const params = useSearchParams();
  const { message, notification } = App.useApp();
  const { data, loading, error } = useQuery(RequestTypesQuery, { variables: { includeInactive: false } });
  const types = useMemo(() => data?.requestTypes ?? [], [data]);
  const presetCode = params.get("type");
  const presetOrderNo = params.get("orderNo");
  const [chosenId, setChosenId] = useState<string | null>(null);
  const chosen = types.find((ty) => ty.id === chosenId) ?? types.find((ty) => ty.code === presetCode) ?? null;
  const [form] = Form.useForm<{ payload: Record<string, FormValue>; remark: string }>();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [submit, { loading: submitting }] = useMutation(SubmitBusinessRequestMutation);
  const [busy, setBusy] = useState(false);
  const formTypeId = chosen?.id ?? null;
  const prefillOrder = chosen?.action === "ORDER_REDUCTION" ? presetOrderNo : null;
  // The order page's 申请减免 names the order: fill it in once the form is there.
  useEffect(() => {
    if (formTypeId && prefillOrder) form.setFieldValue(["payload", "orderNo"], prefillOrder);
  }, [form, formTypeId, prefillOrder]);

  if (!data && loading) {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 8 }} />
      </Card>
    );
  }

  async function onFinish(values: { payload?: Record<string, FormValue>; remark?: string }) {
    if (!chosen) return;
    setBusy(true);
    try {
      const result = await submit({
        variables: {
          input: {
            typeId: chosen.id,
            payload: toPayload(chosen.fields, values.payload ?? {}),
            remark: values.remark?.trim() || null,
          },
        },
      });
      const created = result.data?.submitBusinessRequest;
      if (!created) return;
      for (const file of files) {
        if (!file.originFileObj) continue;
        const problem = await uploadAttachment(created.id, file.originFileObj, lang);
        if (problem) notification.error({ title: t.uploadFailed(file.name), description: problem });
      }
      message.success(t.submittedOk(created.requestNo));
      router.push(`/requests/${created.id}`);
    } catch (e) {
      notification.error({ title: t.submitFailed, description: describeError(e, lang).message });
    } finally {
      setBusy(false);
    }
  }

  const max = chosen?.maxAttachments ?? 0;
  return (
    <>
      <Link href="/requests" style={{ display: "inline-block", marginBottom: 12 }}>
        <ArrowLeftOutlined /> {t.back}
      </Link>
      <Card title={t.submitTitle}>
        <Space orientation="vertical" size="large" style={{ width: "100%" }}>
          <Typography.Text type="secondary">{t.submitIntro}</Typography.Text>
          {error ? (
            <Alert type="error" showIcon title={t.loadFailed} description={describeError(error, lang).message} />
          ) : null}
          {types.length === 0 ? <Empty description={t.noTypes} /> : null}
          <Flex vertical gap={12} data-testid="request-type-picker">
            {REQUEST_GROUP_CODES.map((group) => {
              const inGroup = types.filter((ty) => ty.groupCode === group);
              if (inGroup.length === 0) return null;
              return (
                <Flex key={group} gap={16} align="baseline" wrap>
                  <Typography.Text strong style={{ width: lang === "zh" ? 100 : 160, flex: "none" }}>
                    {requestGroupLabel(lang, group)}
                  </Typography.Text>
                  <Radio.Group
                    value={chosen?.id ?? null}
                    onChange={(e) => {
                      setChosenId(e.target.value as string);
                      form.resetFields();
                      setFiles([]);
                    }}
                    optionType="button"
                    options={inGroup.map((ty) => ({ value: ty.id, label: ty.name }))}
                  />
                </Flex>
              );
            })}
          </Flex>
          {chosen ? (
            <Card size="small" type="inner" title={chosen.name} data-testid="request-form-card">
              {chosen.description ? (
                <Typography.Paragraph type="secondary">{chosen.description}</Typography.Paragraph>
              ) : null}
              <Flex align="center" gap={8} style={{ marginBottom: 16 }} wrap data-testid="request-chain">
                <Typography.Text type="secondary">{t.chain}：</Typography.Text>
                {chosen.chain.map((role, index) => (
                  <Flex key={`${role}-${index}`} align="center" gap={8}>
                    {index > 0 ? <Typography.Text type="secondary">→</Typography.Text> : null}
                    <Tag color="blue" style={{ marginInlineEnd: 0 }}>
                      {index + 1}. {vendorRoleLabel(lang, role)}
                    </Tag>
                  </Flex>
                ))}
              </Flex>
              <Form
                key={chosen.id}
                form={form}
                name="requestSubmit"
                layout="horizontal"
                labelCol={{ flex: lang === "zh" ? "130px" : "190px" }}
                labelWrap
                initialValues={{
                  payload: chosen.action === "ORDER_REDUCTION" && presetOrderNo ? { orderNo: presetOrderNo } : {},
                }}
                onFinish={onFinish}
                data-testid="request-form"
              >
                {chosen.fields.map((field) => (
                  <Form.Item
                    key={field.key}
                    name={fieldName(field.key)}
                    label={field.label}
                    required={field.required}
                    rules={fieldRules(field, t)}
                  >
                    <FieldControl field={field} />
                  </Form.Item>
                ))}
                {max > 0 ? (
                  <Form.Item label={t.sectionAttachments}>
                    <Typography.Text
                      type="secondary"
                      style={{ display: "block", fontSize: 12, marginBottom: 8, marginTop: 5 }}
                    >
                      {t.attachmentsLimits(max, MAX_SIZE_LABEL)}
                    </Typography.Text>
                    <Upload
                      accept={CONTRACT_ACCEPT}
                      multiple
                      fileList={files}
                      beforeUpload={(file) => {
                        if (!contractKindOfName(file.name)) {
                          message.error(t.wrongType(file.name));
                          return Upload.LIST_IGNORE;
                        }
                        if (file.size > CONTRACT_MAX_BYTES) {
                          message.error(t.tooLarge(file.name, MAX_SIZE_LABEL));
                          return Upload.LIST_IGNORE;
                        }
                        return false;
                      }}
                      onChange={({ fileList }) => {
                        if (fileList.length > max) message.error(t.full(max));
                        setFiles(fileList.slice(0, max));
                      }}
                    >
                      <Button icon={<UploadOutlined />} disabled={files.length >= max} data-testid="request-form-files">
                        {t.upload}
                      </Button>
                    </Upload>
                  </Form.Item>
                ) : null}
                <Form.Item label=" " colon={false}>
                  <Button type="primary" htmlType="submit" loading={submitting || busy} data-testid="request-submit">
                    {t.submit}
                  </Button>
                </Form.Item>
              </Form>
            </Card>
          ) : null}
        </Space>
      </Card>
    </>
  );
}
