"use client";

import { ArrowLeftOutlined, CheckOutlined, CloseOutlined, RollbackOutlined } from "@ant-design/icons";
import { useMutation, useQuery } from "@apollo/client/react";
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Flex,
  Form,
  Input,
  Modal,
  Popconfirm,
  Result,
  Row,
  Skeleton,
  Space,
  Steps,
  Tag,
  Typography,
} from "antd";
import type { DescriptionsProps, StepsProps } from "antd";
import Link from "next/link";
import { useState } from "react";
import type { BusinessRequestDetailFragment, StepDecision } from "@/gql/graphql";
import { describeError, errorCode } from "@/shared/apollo/error-message";
import { vendorRoleLabel } from "@/shared/domain-labels";
import { formatDateTime } from "@/shared/format";
import type { Lang } from "@/shared/i18n/lang";
import { useLang, useMessages } from "@/shared/i18n/lang-provider";
import { formatMoney, orderStatusLabel } from "../../order/order-labels";
import { useViewer } from "../../session/components/viewer-provider";
import { hasPermission, isVendorViewer } from "../../session/viewer";
import {
  BusinessRequestQuery,
  DecideBusinessRequestMutation,
  WithdrawBusinessRequestMutation,
} from "../graphql/request.operations";
import { payloadText, requestGroupLabel, requestStatusColor, requestStatusLabel } from "../request-labels";
import { requestMessages } from "../request.messages";
import { RequestAttachments } from "./request-attachments";

type Texts = (typeof requestMessages)["zh"];

/** 申请详情: the form's values, every step (who, when, decision, comment), attachments and the actions. */
export function RequestDetailPage({ id }: { id: string }) {
  const lang = useLang();
  const t = useMessages(requestMessages);
  const viewer = useViewer();
  const { data, loading, error, refetch } = useQuery(BusinessRequestQuery, {
    variables: { id },
    fetchPolicy: "cache-and-network",
  });
  const back = (
    <Link
      href={isVendorViewer(viewer) ? "/vendor/requests" : "/requests"}
      style={{ display: "inline-block", marginBottom: 12 }}
    >
      <ArrowLeftOutlined /> {t.back}
    </Link>
  );
  if (!data && loading) {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 8 }} />
      </Card>
    );
  }
  if (!data?.businessRequest) {
    return (
      <>
        {back}
        <Card>
          {error && errorCode(error) !== "NOT_FOUND" ? (
            <Alert type="error" showIcon title={t.loadFailed} description={describeError(error, lang).message} />
          ) : (
            <Result status="404" title={t.notFound} />
          )}
        </Card>
      </>
    );
  }
  const r = data.businessRequest;
  const refresh = () => void refetch().catch(() => undefined);
  const mayUpload = !isVendorViewer(viewer) && hasPermission(viewer, "BUSINESS_REQUEST");

  // A reduction's order and amount are shown with the order above: not twice.
  const shownAbove = new Set(r.order ? ["orderNo", "amount"] : []);
  const fieldItems: DescriptionsProps["items"] = r.type.fields
    .filter((f) => !shownAbove.has(f.key))
    .map((f) => ({
      key: f.key,
      label: f.label,
      span: f.kind === "TEXTAREA" ? "filled" : 1,
      children: (
        <span style={{ whiteSpace: "pre-wrap" }} data-testid={`request-field-${f.key}`}>
          {payloadText(f.kind, (r.payload as Record<string, unknown> | null)?.[f.key])}
        </span>
      ),
    }));
  if (r.remark) fieldItems.push({ key: "remark", label: t.fieldRemark, span: "filled", children: r.remark });

  const infoItems: DescriptionsProps["items"] = [
    { key: "type", label: t.fieldType, children: r.type.name },
    { key: "group", label: t.fieldGroup, children: requestGroupLabel(lang, r.type.groupCode) },
    ...(isVendorViewer(viewer) ? [{ key: "dealer", label: t.fieldDealer, children: r.dealer?.name ?? "—" }] : []),
    { key: "submitter", label: t.fieldSubmitter, children: r.submitter?.realName ?? "—" },
    { key: "createdAt", label: t.fieldCreatedAt, children: formatDateTime(r.createdAt, lang) },
    ...(r.endedAt ? [{ key: "endedAt", label: t.fieldEndedAt, children: formatDateTime(r.endedAt, lang) }] : []),
    ...(r.order
      ? [
          {
            key: "order",
            label: t.fieldOrder,
            children: (
              <Space size={8} wrap>
                <Link href={`/orders/${r.order.id}`} data-testid="request-order-link">
                  {r.order.orderNo}
                </Link>
                <Tag style={{ marginInlineEnd: 0 }}>{orderStatusLabel(lang, r.order.status)}</Tag>
              </Space>
            ),
          },
          ...(r.amount !== null && r.amount !== undefined
            ? [
                {
                  key: "amount",
                  label: t.fieldAmount,
                  children: (
                    <Typography.Text strong data-testid="request-amount">
                      {formatMoney(r.amount)}
                    </Typography.Text>
                  ),
                },
              ]
            : []),
          ...(r.order.amountDue !== null && r.order.amountDue !== undefined && r.order.status === "PENDING_PAYMENT"
            ? [{ key: "due", label: t.fieldOrderDue, children: formatMoney(r.order.amountDue) }]
            : []),
        ]
      : []),
  ];

  return (
    <>
      {back}
      <Card style={{ marginBottom: 16 }} data-testid="request-header">
        <Flex justify="space-between" align="flex-start" gap={16} wrap>
          <div style={{ minWidth: 0, flex: "1 1 420px" }}>
            <Flex align="center" gap={12} wrap>
              <Typography.Title
                level={4}
                style={{ margin: 0 }}
                copyable={{ text: r.requestNo }}
                data-testid="request-title"
              >
                {r.requestNo}
              </Typography.Title>
              <Tag
                color={requestStatusColor(r.status)}
                style={{ marginInlineEnd: 0 }}
                data-testid="request-detail-status"
              >
                {requestStatusLabel(lang, r.status)}
              </Tag>
            </Flex>
            <Typography.Text type="secondary" style={{ display: "block", marginTop: 8 }}>
              {[r.type.name, requestGroupLabel(lang, r.type.groupCode), r.dealer?.name].filter(Boolean).join(" · ")}
            </Typography.Text>
          </div>
          <RequestActions request={r} onChanged={refresh} />
        </Flex>
        <StatusAlert request={r} t={t} />
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={15}>
          <Card title={t.sectionContent} style={{ marginBottom: 16 }}>
            <Descriptions
              bordered
              size="middle"
              column={{ xs: 1, lg: 2 }}
              items={infoItems}
              styles={{ label: { width: lang === "zh" ? 110 : 150 } }}
              style={{ marginBottom: 16 }}
              data-testid="request-info"
            />
            <Descriptions
              bordered
              size="middle"
              column={{ xs: 1, lg: 2 }}
              items={fieldItems}
              styles={{ label: { width: lang === "zh" ? 110 : 150 } }}
              data-testid="request-fields"
            />
          </Card>
        </Col>
        <Col xs={24} xl={9}>
          <Card title={t.sectionSteps} style={{ marginBottom: 16 }}>
            <Steps orientation="vertical" size="small" items={stepItems(r, t, lang)} data-testid="request-steps" />
          </Card>
          <Card title={t.sectionAttachments}>
            <RequestAttachments request={r} canUpload={mayUpload && r.dealer !== null} onChanged={refresh} />
          </Card>
        </Col>
      </Row>
    </>
  );
}

function StatusAlert({ request: r, t }: { request: BusinessRequestDetailFragment; t: Texts }) {
  if (r.status === "PENDING") {
    return r.viewerMayDecide ? (
      <Alert
        type="info"
        showIcon
        style={{ marginTop: 16 }}
        title={t.waitingOnYou}
        data-testid="request-waiting-alert"
      />
    ) : null;
  }
  if (r.status === "APPROVED") {
    return (
      <Alert
        type="success"
        showIcon
        style={{ marginTop: 16 }}
        title={r.order && r.amount ? t.approvedReductionAlert(formatMoney(r.amount)) : t.approvedAlert}
      />
    );
  }
  if (r.status === "REJECTED") {
    const last = r.steps[r.steps.length - 1];
    return (
      <Alert
        type="error"
        showIcon
        style={{ marginTop: 16 }}
        title={t.rejectedAlert}
        description={last?.comment ? t.comment(last.comment) : undefined}
      />
    );
  }
  return <Alert type="warning" showIcon style={{ marginTop: 16 }} title={t.withdrawnAlert} />;
}

/** The submission, then one step per role of the chain with its decision (who, when, comment). */
function stepItems(r: BusinessRequestDetailFragment, t: Texts, lang: Lang): StepsProps["items"] {
  const items: NonNullable<StepsProps["items"]> = [
    {
      title: t.submitted,
      status: "finish",
      content: t.decidedBy(r.submitter?.realName ?? "—", formatDateTime(r.createdAt, lang)),
    },
  ];
  r.chain.forEach((role, index) => {
    const stepNo = index + 1;
    const decided = r.steps.find((s) => s.stepNo === stepNo);
    const roleName = vendorRoleLabel(lang, role);
    if (decided) {
      items.push({
        title: `${roleName} · ${decided.decision === "APPROVED" ? t.stepApproved : t.stepRejected}`,
        status: decided.decision === "APPROVED" ? "finish" : "error",
        content: (
          <div data-testid={`request-step-${stepNo}`}>
            <div>{t.decidedBy(decided.decider?.realName ?? "—", formatDateTime(decided.decidedAt, lang))}</div>
            {decided.comment ? <div style={{ whiteSpace: "pre-wrap" }}>{t.comment(decided.comment)}</div> : null}
          </div>
        ),
      });
    } else if (r.status === "PENDING" && stepNo === r.currentStep) {
      items.push({ title: `${roleName} · ${t.stepWaiting}`, status: "process", content: null });
    } else {
      items.push({
        title: `${roleName} · ${r.status === "PENDING" ? t.stepLater : t.stepSkipped}`,
        status: "wait",
      });
    }
  });
  if (r.status === "WITHDRAWN") {
    items.push({
      title: t.withdrawn,
      status: "error",
      content: r.endedAt ? formatDateTime(r.endedAt, lang) : null,
    });
  }
  return items;
}

/** 通过 / 驳回 for the vendor staff whose step it is; 撤回 for the submitter while pending. */
function RequestActions({ request: r, onChanged }: { request: BusinessRequestDetailFragment; onChanged: () => void }) {
  const lang = useLang();
  const t = useMessages(requestMessages);
  const { message, notification } = App.useApp();
  const [deciding, setDeciding] = useState<StepDecision | null>(null);
  const [withdraw, withdrawState] = useMutation(WithdrawBusinessRequestMutation);
  if (r.status !== "PENDING") return null;

  async function onWithdraw() {
    try {
      await withdraw({ variables: { id: r.id } });
      message.success(t.withdrawn);
    } catch (e) {
      notification.error({ title: t.actionFailed, description: describeError(e, lang).message });
      onChanged();
    }
  }

  return (
    <Space>
      {r.viewerMayDecide ? (
        <>
          <Button
            type="primary"
            icon={<CheckOutlined />}
            onClick={() => setDeciding("APPROVED")}
            data-testid="request-approve"
          >
            {t.approve}
          </Button>
          <Button danger icon={<CloseOutlined />} onClick={() => setDeciding("REJECTED")} data-testid="request-reject">
            {t.reject}
          </Button>
        </>
      ) : null}
      {r.viewerIsSubmitter ? (
        <Popconfirm
          title={t.withdrawConfirm}
          okText={t.withdraw}
          okButtonProps={{ danger: true, "data-testid": "request-withdraw-confirm" }}
          cancelText={t.cancel}
          onConfirm={onWithdraw}
        >
          <Button icon={<RollbackOutlined />} loading={withdrawState.loading} data-testid="request-withdraw">
            {t.withdraw}
          </Button>
        </Popconfirm>
      ) : null}
      <DecideModal request={r} decision={deciding} onClose={() => setDeciding(null)} onChanged={onChanged} />
    </Space>
  );
}

function DecideModal({
  request: r,
  decision,
  onClose,
  onChanged,
}: {
  request: BusinessRequestDetailFragment;
  decision: StepDecision | null;
  onClose: () => void;
  onChanged: () => void;
}) {
  const lang = useLang();
  const t = useMessages(requestMessages);
  const { message, notification } = App.useApp();
  const [form] = Form.useForm<{ comment: string }>();
  const [decide, { loading }] = useMutation(DecideBusinessRequestMutation);
  const reject = decision === "REJECTED";

  async function submit(values: { comment: string }) {
    if (!decision) return;
    try {
      await decide({
        variables: { id: r.id, step: r.currentStep, decision, comment: values.comment?.trim() || null },
      });
      message.success(t.decided);
      form.resetFields();
      onClose();
    } catch (e) {
      notification.error({ title: t.actionFailed, description: describeError(e, lang).message });
      onChanged();
    }
  }

  return (
    <Modal
      open={decision !== null}
      title={reject ? t.decideTitleReject : t.decideTitleApprove}
      okText={reject ? t.reject : t.approve}
      okButtonProps={{ danger: reject, loading, "data-testid": "request-decide-submit" }}
      cancelText={t.cancel}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        {r.requestNo} · {r.type.name}
        {r.amount ? ` · ${t.fieldAmount} ${formatMoney(r.amount)}` : ""}
      </Typography.Paragraph>
      <Form form={form} layout="vertical" name="decide" onFinish={submit} preserve={false}>
        <Form.Item
          name="comment"
          label={t.decideComment}
          rules={reject ? [{ required: true, whitespace: true, message: t.decideCommentRequired }] : []}
        >
          <Input.TextArea
            rows={3}
            maxLength={500}
            showCount
            placeholder={reject ? t.decideCommentPlaceholderReject : t.decideCommentPlaceholderApprove}
            data-testid="request-decide-comment"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
