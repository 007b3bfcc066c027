"use client";

import { DeleteOutlined, PlusOutlined, UploadOutlined } from "@ant-design/icons";
import { useMutation } from "@apollo/client/react";
import {
  CAMPAIGN_BANNER_MAX_BYTES,
  CAMPAIGN_FORM_FIELDS,
  CAMPAIGN_NAME_MAX,
  CAMPAIGN_RICH_TEXT_MAX,
  CAMPAIGN_TITLE_MAX,
  CAMPAIGN_CHANNELS_MAX,
  ERROR_MESSAGES,
  formatFileSize,
  isErrorCode,
  isValidChannelCode,
  normalizeFormFields,
  type CampaignFormField,
} from "@crm/domain";
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  DatePicker,
  Flex,
  Form,
  Input,
  Space,
  Typography,
  Upload,
  type UploadProps,
} from "antd";
import type { TextAreaRef } from "antd/es/input/TextArea";
import type { Dayjs } from "dayjs";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import type { CampaignEditorFieldsFragment, CampaignFormField as GqlFormField } from "@/gql/graphql";
import { describeError } from "@/shared/apollo/error-message";
import type { Lang } from "@/shared/i18n/lang";
import { useLang, useMessages } from "@/shared/i18n/lang-provider";
import { fromShanghaiPickerValue, toShanghaiPickerValue } from "@/shared/shanghai-time";
import { campaignMessages } from "../campaign.messages";
import { CreateCampaignMutation, UpdateCampaignMutation } from "../graphql/campaign.operations";
import { CampaignPhonePreview } from "./campaign-phone-preview";
import { CampaignSharePanel } from "./campaign-share-panel";

interface EditorValues {
  name: string;
  range: [Dayjs | null, Dayjs | null] | null;
  channels: { name: string; code: string }[];
  title: string;
  bodyHtml: string;
  optionalFields: CampaignFormField[];
}

const OPTIONAL_FIELDS = CAMPAIGN_FORM_FIELDS.filter((f) => !f.required);
const REQUIRED_FIELDS = CAMPAIGN_FORM_FIELDS.filter((f) => f.required);
const BANNER_SIZE_LABEL = formatFileSize(CAMPAIGN_BANNER_MAX_BYTES).replace(".0 ", " ");

const SNIPPETS = {
  h: "<h3>小标题</h3>\n",
  b: "<b>重点内容</b>",
  p: "<p>段落内容</p>\n",
  ul: "<ul>\n  <li>要点一</li>\n  <li>要点二</li>\n</ul>\n",
  a: '<a href="https://">链接文字</a>',
} as const;

function initialValues(campaign: CampaignEditorFieldsFragment | null): EditorValues {
  if (!campaign) {
    const from = toShanghaiPickerValue(new Date().toISOString())?.startOf("day") ?? null;
    return {
      name: "",
      range: [from, from ? from.add(30, "day").endOf("day").startOf("minute") : null],
      channels: [{ name: "", code: "ch1" }],
      title: "",
      bodyHtml: "",
      optionalFields: ["SCALE", "REGION"],
    };
  }
  return {
    name: campaign.name,
    range: [toShanghaiPickerValue(campaign.validFrom), toShanghaiPickerValue(campaign.validTo)],
    channels: campaign.channels.map((c) => ({ name: c.name, code: c.code })),
    title: campaign.title,
    bodyHtml: campaign.bodyHtml,
    optionalFields: campaign.formFields.filter((f) => OPTIONAL_FIELDS.some((o) => o.code === f)),
  };
}

/** The upload route's error body: `{ error: { code, messageZh, messageEn } }`. */
function uploadErrorMessage(response: unknown, lang: Lang): string {
  const error =
    typeof response === "object" && response !== null && "error" in response
      ? (response as { error?: { code?: unknown; messageZh?: unknown; messageEn?: unknown } }).error
      : undefined;
  const text = lang === "zh" ? error?.messageZh : error?.messageEn;
  if (typeof text === "string" && text) return text;
  return isErrorCode(error?.code) ? ERROR_MESSAGES[error.code][lang] : ERROR_MESSAGES.INTERNAL[lang];
}

/**
 * 新建 / 编辑活动: name, validity (Beijing time), share channels, the H5 page (title, banner, rich
 * text, sign-up fields) beside a live 375-px phone preview; on an existing campaign, each
 * channel's share link and QR codes.
 */
export function CampaignEditor({ campaign }: { campaign: CampaignEditorFieldsFragment | null }) {
  const lang = useLang();
  const t = useMessages(campaignMessages);
  const router = useRouter();
  const { message, notification } = App.useApp();
  const [form] = Form.useForm<EditorValues>();
  const [initial] = useState(() => initialValues(campaign));
  const [bannerUrl, setBannerUrl] = useState<string | null>(campaign?.bannerUrl ?? null);
  const [uploading, setUploading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const bodyRef = useRef<TextAreaRef>(null);
  const [create, createState] = useMutation(CreateCampaignMutation);
  const [update, updateState] = useMutation(UpdateCampaignMutation);

  const title = Form.useWatch("title", form) ?? initial.title;
  const bodyHtml = Form.useWatch("bodyHtml", form) ?? initial.bodyHtml;
  const optional = Form.useWatch("optionalFields", form) ?? initial.optionalFields;

  const insert = (snippet: string) => {
    const area = bodyRef.current?.resizableTextArea?.textArea;
    const current = (form.getFieldValue("bodyHtml") as string | undefined) ?? "";
    const start = area?.selectionStart ?? current.length;
    const end = area?.selectionEnd ?? current.length;
    form.setFieldValue("bodyHtml", `${current.slice(0, start)}${snippet}${current.slice(end)}`);
    requestAnimationFrame(() => {
      area?.focus();
      area?.setSelectionRange(start + snippet.length, start + snippet.length);
    });
  };

  const onFinish = async (values: EditorValues) => {
    setError(null);
    const [from, to] = values.range ?? [null, null];
    if (!from || !to) return;
    const input = {
      name: values.name.trim(),
      title: values.title.trim(),
      bodyHtml: values.bodyHtml ?? "",
      formFields: normalizeFormFields(values.optionalFields ?? []) as GqlFormField[],
      validFrom: fromShanghaiPickerValue(from),
      validTo: fromShanghaiPickerValue(to),
      channels: values.channels.map((c) => ({ name: c.name.trim(), code: c.code.trim() })),
    };
    try {
      if (campaign) {
        const result = await update({ variables: { id: campaign.id, input } });
        const after = result.data?.updateCampaign.reviewStatus;
        message.success(after === "PENDING" && campaign.reviewStatus !== "PENDING" ? t.savedBackToReview : t.saved);
      } else {
        const result = await create({ variables: { input } });
        const id = result.data?.createCampaign.id;
        message.success(t.created);
        if (id) router.push(`/campaigns/${id}/edit`);
      }
    } catch (e) {
      setError(describeError(e, lang).message);
    }
  };

  const beforeUpload: UploadProps["beforeUpload"] = (file) => {
    if (file.size > CAMPAIGN_BANNER_MAX_BYTES) {
      message.error(t.bannerTooLarge(BANNER_SIZE_LABEL));
      return Upload.LIST_IGNORE;
    }
    return true;
  };
  const onUploadChange: UploadProps["onChange"] = ({ file }) => {
    setUploading(file.status === "uploading");
    if (file.status === "done") {
      const url = (file.response as { bannerUrl?: unknown } | undefined)?.bannerUrl;
      if (typeof url === "string") setBannerUrl(url);
      message.success(t.bannerUploaded);
    }
    if (file.status === "error") {
      notification.error({ title: t.bannerFailed, description: uploadErrorMessage(file.response, lang) });
    }
  };

  const requiredRule = (label: string) => ({ required: true, whitespace: true, message: t.requiredField(label) });

  return (
    <Flex gap={24} align="flex-start" wrap data-testid="campaign-editor">
      <Flex vertical gap={16} style={{ flex: "1 1 520px", minWidth: 0 }}>
        <Form<EditorValues>
          form={form}
          layout="vertical"
          initialValues={initial}
          onFinish={(v) => void onFinish(v)}
          requiredMark
          scrollToFirstError
        >
          <Card title={t.basics} style={{ marginBottom: 16 }}>
            <Form.Item name="name" label={t.name} rules={[requiredRule(t.name)]}>
              <Input
                maxLength={CAMPAIGN_NAME_MAX}
                showCount
                placeholder={t.namePlaceholder}
                data-testid="campaign-name"
              />
            </Form.Item>
            <Form.Item
              name="range"
              label={t.validity}
              extra={t.validityHint}
              rules={[{ required: true, message: t.requiredField(t.validity) }]}
            >
              <DatePicker.RangePicker
                showTime={{ format: "HH:mm" }}
                format="YYYY-MM-DD HH:mm"
                style={{ width: "100%", maxWidth: 420 }}
                data-testid="campaign-range"
              />
            </Form.Item>
            <Form.Item label={t.channels} extra={t.channelsHint} required>
              <Form.List
                name="channels"
                rules={[
                  {
                    validator: (_, value: unknown[] | undefined) =>
                      !value || value.length === 0 ? Promise.reject(new Error(t.atLeastOneChannel)) : Promise.resolve(),
                  },
                ]}
              >
                {(fields, { add, remove }, { errors }) => (
                  <Flex vertical gap={0}>
                    {fields.map((field, index) => (
                      <Flex key={field.key} gap={8} align="flex-start" data-testid="campaign-channel-row">
                        <Form.Item
                          name={[field.name, "name"]}
                          rules={[requiredRule(t.channelName)]}
                          style={{ flex: "1 1 200px", marginBottom: 12 }}
                        >
                          <Input
                            maxLength={40}
                            placeholder={t.channelNamePlaceholder}
                            aria-label={t.channelName}
                            data-testid={`channel-name-${index}`}
                          />
                        </Form.Item>
                        <Form.Item
                          name={[field.name, "code"]}
                          rules={[
                            requiredRule(t.channelCode),
                            {
                              validator: (_, value: string | undefined) => {
                                if (value && !isValidChannelCode(value.trim())) {
                                  return Promise.reject(new Error(t.channelCodeInvalid));
                                }
                                const all = (form.getFieldValue("channels") as { code?: string }[] | undefined) ?? [];
                                if (value && all.filter((c) => c?.code?.trim() === value.trim()).length > 1) {
                                  return Promise.reject(new Error(t.channelCodeRepeated));
                                }
                                return Promise.resolve();
                              },
                            },
                          ]}
                          style={{ flex: "1 1 160px", marginBottom: 12 }}
                        >
                          <Input
                            maxLength={32}
                            prefix={<Typography.Text type="secondary">?ch=</Typography.Text>}
                            aria-label={t.channelCode}
                            data-testid={`channel-code-${index}`}
                          />
                        </Form.Item>
                        <Button
                          type="text"
                          icon={<DeleteOutlined />}
                          aria-label={t.removeChannel}
                          disabled={fields.length <= 1}
                          onClick={() => remove(field.name)}
                        />
                      </Flex>
                    ))}
                    <Form.ErrorList errors={errors} />
                    <Button
                      type="dashed"
                      icon={<PlusOutlined />}
                      disabled={fields.length >= CAMPAIGN_CHANNELS_MAX}
                      onClick={() => {
                        const used = new Set(
                          ((form.getFieldValue("channels") as { code?: string }[] | undefined) ?? []).map(
                            (c) => c?.code,
                          ),
                        );
                        let n = fields.length + 1;
                        while (used.has(`ch${n}`)) n += 1;
                        add({ name: "", code: `ch${n}` });
                      }}
                      style={{ alignSelf: "flex-start" }}
                      data-testid="add-channel"
                    >
                      {t.addChannel}
                    </Button>
                    <Typography.Text type="secondary" style={{ fontSize: 12, marginTop: 4 }}>
                      {t.channelCodeHint}
                    </Typography.Text>
                  </Flex>
                )}
              </Form.List>
            </Form.Item>
          </Card>
          <Card title={t.h5} style={{ marginBottom: 16 }}>
            <Form.Item name="title" label={t.pageTitle} rules={[requiredRule(t.pageTitle)]}>
              <Input
                maxLength={CAMPAIGN_TITLE_MAX}
                showCount
                placeholder={t.pageTitlePlaceholder}
                data-testid="campaign-title"
              />
            </Form.Item>
            <Form.Item label={t.banner} extra={campaign ? t.bannerHint(BANNER_SIZE_LABEL) : t.bannerAfterSave}>
              {campaign ? (
                <Flex gap={12} align="center" wrap>
                  {bannerUrl ? (
                    <img
                      src={bannerUrl}
                      alt=""
                      style={{ width: 200, aspectRatio: "750 / 360", objectFit: "cover", borderRadius: 6 }}
                    />
                  ) : null}
                  <Upload
                    name="file"
                    action={`/campaign-files/banner/${campaign.id}`}
                    accept="image/jpeg,image/png,image/webp"
                    maxCount={1}
                    showUploadList={false}
                    beforeUpload={beforeUpload}
                    onChange={onUploadChange}
                  >
                    <Button icon={<UploadOutlined />} loading={uploading} data-testid="banner-upload">
                      {bannerUrl ? t.bannerReplace : t.bannerUpload}
                    </Button>
                  </Upload>
                </Flex>
              ) : null}
            </Form.Item>
            <Form.Item label={t.body} extra={t.bodyHint} style={{ marginBottom: 16 }}>
              <Space size={4} wrap style={{ marginBottom: 6 }}>
                {(Object.keys(SNIPPETS) as (keyof typeof SNIPPETS)[]).map((k) => (
                  <Button key={k} size="small" onClick={() => insert(SNIPPETS[k])}>
                    {t.tool[k]}
                  </Button>
                ))}
              </Space>
              <Form.Item name="bodyHtml" noStyle>
                <Input.TextArea
                  ref={bodyRef}
                  rows={8}
                  maxLength={CAMPAIGN_RICH_TEXT_MAX}
                  style={{ fontFamily: "ui-monospace, SFMono-Regular, Menlo, monospace", fontSize: 13 }}
                  data-testid="campaign-body"
                />
              </Form.Item>
            </Form.Item>
            <Form.Item label={t.formFields} extra={t.formFieldsHint} style={{ marginBottom: 0 }}>
              <Flex vertical gap={8}>
                <Space size={[16, 8]} wrap>
                  {REQUIRED_FIELDS.map((f) => (
                    <Checkbox key={f.code} checked disabled>
                      {lang === "zh" ? f.zh : f.en}
                    </Checkbox>
                  ))}
                </Space>
                <Form.Item name="optionalFields" noStyle>
                  <Checkbox.Group
                    options={OPTIONAL_FIELDS.map((f) => ({ value: f.code, label: lang === "zh" ? f.zh : f.en }))}
                    data-testid="campaign-optional-fields"
                  />
                </Form.Item>
              </Flex>
            </Form.Item>
          </Card>
          {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" /> : null}
          <Space>
            <Button
              type="primary"
              htmlType="submit"
              loading={createState.loading || updateState.loading}
              data-testid="campaign-submit"
            >
              {campaign ? t.save : t.createSubmit}
            </Button>
            <Link href="/campaigns">
              <Button>{t.cancel}</Button>
            </Link>
          </Space>
        </Form>
        {campaign ? <CampaignSharePanel campaign={campaign} /> : null}
      </Flex>
      <div style={{ position: "sticky", top: 24, flex: "0 0 auto" }}>
        <Typography.Title level={5} style={{ marginTop: 0 }}>
          {t.preview}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
          {t.previewHint}
        </Typography.Paragraph>
        <CampaignPhonePreview
          label={t.preview}
          content={{ title, bodyHtml, bannerUrl, formFields: normalizeFormFields(optional) }}
        />
      </div>
    </Flex>
  );
}
