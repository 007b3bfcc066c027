"use client";

import { useMutation, useQuery } from "@apollo/client/react";
import { CAMPAIGN_REVIEW_REASON_MAX, normalizeFormFields, shanghaiDateTime } from "@crm/domain";
import { Alert, App, Button, Card, Flex, Form, Input, Modal, Popconfirm, Space, Table, Tag } from "antd";
import { useState } from "react";
import type { CampaignEditorFieldsFragment } from "@/gql/graphql";
import { describeError } from "@/shared/apollo/error-message";
import { useLang, useMessages } from "@/shared/i18n/lang-provider";
import { campaignMessages } from "../campaign.messages";
import { CampaignReviewQueueQuery, ReviewCampaignMutation } from "../graphql/campaign.operations";
import { CampaignPhonePreview } from "./campaign-phone-preview";

type Row = CampaignEditorFieldsFragment;

/** 活动审核 (vendor operations, platform admins): pending campaigns with a phone preview, 通过 / 驳回 with a reason. */
export function CampaignReviewPage() {
  const lang = useLang();
  const t = useMessages(campaignMessages);
  const { message } = App.useApp();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(10);
  const { data, loading, error, refetch } = useQuery(CampaignReviewQueueQuery, {
    variables: { page, pageSize },
    fetchPolicy: "cache-and-network",
  });
  const [review, reviewState] = useMutation(ReviewCampaignMutation);
  const [previewing, setPreviewing] = useState<Row | null>(null);
  const [rejecting, setRejecting] = useState<Row | null>(null);
  const [form] = Form.useForm<{ reason: string }>();

  const decide = async (row: Row, decision: "APPROVE" | "REJECT", reason?: string) => {
    try {
      await review({ variables: { id: row.id, decision, reason: reason ?? null } });
      message.success(decision === "APPROVE" ? t.approved : t.rejected);
      setRejecting(null);
      form.resetFields();
      await refetch();
    } catch (e) {
      message.error(describeError(e, lang).message);
    }
  };

  return (
    <Card title={t.reviewTitle} data-testid="campaign-review">
      {error ? (
        <Alert type="error" showIcon title={describeError(error, lang).message} style={{ marginBottom: 16 }} />
      ) : null}
      <Table<Row>
        rowKey="id"
        loading={loading}
        dataSource={data?.campaigns.items ?? []}
        locale={{ emptyText: t.reviewEmpty }}
        pagination={{
          current: page,
          pageSize,
          total: data?.campaigns.totalCount ?? 0,
          pageSizeOptions: [10, 20, 50],
          showSizeChanger: true,
          showTotal: (total) => t.total(total),
          onChange: (p, size) => {
            setPage(size === pageSize ? p : 1);
            setPageSize(size);
          },
        }}
        columns={[
          { title: t.name, dataIndex: "name" },
          { title: t.pageTitle, dataIndex: "title" },
          { title: t.partner, dataIndex: "dealerName" },
          { title: t.creator, dataIndex: "creatorName" },
          {
            title: t.channels,
            render: (_, row) => (
              <Space size={[4, 4]} wrap>
                {row.channels.map((c) => (
                  <Tag key={c.code}>{c.name}</Tag>
                ))}
              </Space>
            ),
          },
          {
            title: t.validity,
            render: (_, row) => (
              <span style={{ whiteSpace: "nowrap" }}>
                {shanghaiDateTime(new Date(row.validFrom)).slice(0, 16)} ~{" "}
                {shanghaiDateTime(new Date(row.validTo)).slice(0, 16)}
              </span>
            ),
          },
          { title: t.createdAt, render: (_, row) => shanghaiDateTime(new Date(row.createdAt)).slice(0, 16) },
          {
            title: t.actions,
            render: (_, row) => (
              <Space>
                <Button size="small" onClick={() => setPreviewing(row)} data-testid={`review-preview-${row.slug}`}>
                  {t.previewAction}
                </Button>
                <Popconfirm
                  title={t.approveConfirm(row.name)}
                  okText={t.approve}
                  cancelText={t.cancel}
                  onConfirm={() => decide(row, "APPROVE")}
                >
                  <Button size="small" type="primary" data-testid={`review-approve-${row.slug}`}>
                    {t.approve}
                  </Button>
                </Popconfirm>
                <Button size="small" danger onClick={() => setRejecting(row)} data-testid={`review-reject-${row.slug}`}>
                  {t.reject}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      <Modal
        open={previewing !== null}
        title={previewing ? t.previewTitle(previewing.name) : ""}
        footer={null}
        width={460}
        onCancel={() => setPreviewing(null)}
        destroyOnHidden
      >
        {previewing ? (
          <Flex justify="center">
            <CampaignPhonePreview
              label={t.preview}
              content={{
                title: previewing.title,
                bodyHtml: previewing.bodyHtml,
                bannerUrl: previewing.bannerUrl ?? null,
                formFields: normalizeFormFields(previewing.formFields),
              }}
            />
          </Flex>
        ) : null}
      </Modal>
      <Modal
        open={rejecting !== null}
        title={rejecting ? t.rejectTitle(rejecting.name) : ""}
        okText={t.reject}
        okButtonProps={{ danger: true, loading: reviewState.loading, "data-testid": "review-reject-submit" }}
        cancelText={t.cancel}
        onCancel={() => {
          setRejecting(null);
          form.resetFields();
        }}
        onOk={() => {
          void form
            .validateFields()
            .then((v) => (rejecting ? decide(rejecting, "REJECT", v.reason.trim()) : undefined))
            .catch(() => undefined);
        }}
        destroyOnHidden
      >
        <Form form={form} layout="vertical">
          <Form.Item
            name="reason"
            label={t.rejectReason}
            rules={[{ required: true, whitespace: true, message: t.rejectReasonRequired }]}
          >
            <Input.TextArea
              rows={4}
              maxLength={CAMPAIGN_REVIEW_REASON_MAX}
              showCount
              placeholder={t.rejectReasonPlaceholder}
              data-testid="review-reason"
            />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
