"use client";

import { SendOutlined } from "@ant-design/icons";
import { useMutation } from "@apollo/client/react";
import { ANNOUNCEMENT_BODY_MAX, ANNOUNCEMENT_TITLE_MAX, NOTICE_LINK_MAX, isSafeNoticeLink } from "@crm/domain";
import { Alert, App, Button, Card, Col, Form, Input, Radio, Row, Typography } from "antd";
import { useState } from "react";
import { describeError } from "@/shared/apollo/error-message";
import { useLang, useMessages } from "@/shared/i18n/lang-provider";
import { PublishAnnouncementMutation } from "../graphql/notice.operations";
import { noticeMessages } from "../notice.messages";
import { DealerMultiSelect } from "./dealer-multi-select";

type Audience = "ALL" | "CHOSEN";

interface AnnouncementValues {
  title: string;
  body: string;
  link?: string;
  audience: Audience;
  dealerIds?: string[];
}

/** 发布公告: to all dealers or to chosen ones, after a confirmation. */
export function AnnouncementFormCard({ onPublished }: { onPublished: () => void }) {
  const lang = useLang();
  const t = useMessages(noticeMessages);
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<AnnouncementValues>();
  const audience = Form.useWatch("audience", form);
  const [error, setError] = useState<string | null>(null);
  const [publish, { loading }] = useMutation(PublishAnnouncementMutation);

  async function send(values: AnnouncementValues): Promise<void> {
    setError(null);
    try {
      await publish({
        variables: {
          input: {
            title: values.title.trim(),
            body: values.body.trim(),
            link: values.link?.trim() || null,
            dealerIds: values.audience === "CHOSEN" ? (values.dealerIds ?? []) : null,
          },
        },
      });
      message.success(t.published);
      form.resetFields();
      onPublished();
    } catch (e) {
      setError(describeError(e, lang).message);
    }
  }

  function confirm(values: AnnouncementValues): void {
    const chosen = values.audience === "CHOSEN" ? (values.dealerIds ?? []).length : 0;
    modal.confirm({
      title: values.audience === "CHOSEN" ? t.publishConfirmChosen(chosen) : t.publishConfirmAll,
      content: t.publishConfirmHint,
      okText: t.confirm,
      cancelText: t.cancel,
      onOk: () => send(values),
    });
  }

  return (
    <Card title={t.publishTitle} data-testid="announcement-form-card">
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        {t.publishIntro}
      </Typography.Paragraph>
      <Form<AnnouncementValues>
        form={form}
        name="announcement"
        layout="vertical"
        initialValues={{ audience: "ALL" }}
        onFinish={confirm}
        data-testid="announcement-form"
      >
        <Row gutter={16}>
          <Col xs={24} lg={12}>
            <Form.Item
              label={t.fieldTitle}
              name="title"
              rules={[
                { required: true, whitespace: true, message: t.fieldTitleRequired },
                { max: ANNOUNCEMENT_TITLE_MAX },
              ]}
            >
              <Input maxLength={ANNOUNCEMENT_TITLE_MAX} showCount />
            </Form.Item>
          </Col>
          <Col xs={24} lg={12}>
            <Form.Item
              label={t.fieldLink}
              name="link"
              extra={t.fieldLinkHelp}
              rules={[
                {
                  validator: (_, v: string | undefined) =>
                    v?.trim() && !isSafeNoticeLink(v.trim())
                      ? Promise.reject(new Error(t.fieldLinkInvalid))
                      : Promise.resolve(),
                },
              ]}
            >
              <Input maxLength={NOTICE_LINK_MAX} placeholder="/enterprises" />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item
              label={t.fieldBody}
              name="body"
              rules={[
                { required: true, whitespace: true, message: t.fieldBodyRequired },
                { max: ANNOUNCEMENT_BODY_MAX },
              ]}
            >
              <Input.TextArea maxLength={ANNOUNCEMENT_BODY_MAX} showCount autoSize={{ minRows: 4, maxRows: 12 }} />
            </Form.Item>
          </Col>
          <Col xs={24} lg={8}>
            <Form.Item label={t.fieldAudience} name="audience">
              <Radio.Group
                optionType="button"
                options={[
                  { value: "ALL", label: t.audienceAll },
                  { value: "CHOSEN", label: t.audienceChosen },
                ]}
              />
            </Form.Item>
          </Col>
          {audience === "CHOSEN" ? (
            <Col xs={24} lg={16}>
              <Form.Item
                label={t.fieldDealers}
                name="dealerIds"
                rules={[{ required: true, type: "array", min: 1, message: t.fieldDealersRequired }]}
              >
                <DealerMultiSelect placeholder={t.dealersPlaceholder} />
              </Form.Item>
            </Col>
          ) : null}
        </Row>
        {error ? (
          <Alert
            type="error"
            showIcon
            title={t.publishFailed}
            description={error}
            style={{ marginBottom: 16 }}
            data-testid="announcement-error"
          />
        ) : null}
        <Button
          type="primary"
          htmlType="submit"
          icon={<SendOutlined />}
          loading={loading}
          data-testid="announcement-submit"
        >
          {t.publish}
        </Button>
      </Form>
    </Card>
  );
}
