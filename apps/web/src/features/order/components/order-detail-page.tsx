"use client";

import { ArrowLeftOutlined, WalletOutlined } from "@ant-design/icons";
import { skipToken, useQuery } from "@apollo/client/react";
import {
  Alert,
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  Flex,
  Result,
  Row,
  Skeleton,
  Space,
  Tag,
  Timeline,
  Tooltip,
  Typography,
} from "antd";
import type { DescriptionsProps, TimelineItemProps as TimelineItemType } from "antd";
import Link from "next/link";
import { useState, type ReactNode } from "react";
import type { OrderDetailFragment } from "@/gql/graphql";
import { describeError, errorCode } from "@/shared/apollo/error-message";
import { formatDate, formatDateTime } from "@/shared/format";
import type { Lang } from "@/shared/i18n/lang";
import { useLang, useMessages } from "@/shared/i18n/lang-provider";
import { ContractFiles } from "../../contract/components/contract-files";
import { RequestReductionButton } from "../../request/components/request-reduction-button";
import { useViewer } from "../../session/components/viewer-provider";
import { isVendorViewer } from "../../session/viewer";
import { MyBalanceQuery, OrderQuery } from "../graphql/order.operations";
import { amountVisibility, canConfirmOrders, canPayOrders, canUploadContracts, isOpenStatus } from "../order-access";
import {
  confirmationReasonLabel,
  formatMoney,
  isTrialType,
  orderStatusColor,
  orderStatusLabel,
  orderTypeColor,
  orderTypeLabel,
} from "../order-labels";
import { orderMessages } from "../order.messages";
import { DecideOrderActions } from "./decide-order-actions";
import { CloseOrderButton } from "./order-actions";
import { PayOrderModal } from "./pay-order-modal";

type Texts = (typeof orderMessages)["zh"];

/** 订单详情 (/orders/<id>): dealers pay or close it here; vendor operations confirm or reject it. */
export function OrderDetailPage({ id }: { id: string }) {
  const lang = useLang();
  const t = useMessages(orderMessages);
  const viewer = useViewer();
  const vendor = isVendorViewer(viewer);
  const { data, loading, error, refetch } = useQuery(OrderQuery, {
    variables: { id },
    fetchPolicy: "cache-and-network",
  });

  const backHref = vendor ? "/vendor/order-confirmation" : "/orders";
  const backText = vendor ? t.backToQueue : t.backToList;
  const back = (
    <Link href={backHref}>
      <Button type="text" icon={<ArrowLeftOutlined />} style={{ marginBottom: 12 }}>
        {backText}
      </Button>
    </Link>
  );

  if (error && errorCode(error) === "NOT_FOUND") {
    return (
      <Card>
        <Result
          status="404"
          title={t.notFoundTitle}
          subTitle={t.notFoundSubtitle}
          extra={
            <Link href={backHref}>
              <Button type="primary">{backText}</Button>
            </Link>
          }
          data-testid="order-not-found"
        />
      </Card>
    );
  }
  if (error && !data) {
    return (
      <>
        {back}
        <Alert type="error" showIcon title={t.loadDetailFailed} description={describeError(error, lang).message} />
      </>
    );
  }
  if (!data) {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 8 }} loading={loading} />
      </Card>
    );
  }
  return <OrderDetail order={data.order} back={back} onChanged={() => void refetch().catch(() => undefined)} />;
}

function OrderDetail({
  order: o,
  back,
  onChanged,
}: {
  order: OrderDetailFragment;
  back: ReactNode;
  onChanged: () => void;
}) {
  const lang = useLang();
  const t = useMessages(orderMessages);
  const viewer = useViewer();
  const vendor = isVendorViewer(viewer);
  const amounts = amountVisibility(viewer);
  const none = <Typography.Text type="secondary">{t.none}</Typography.Text>;
  const trial = isTrialType(o.type);

  const orderItems: DescriptionsProps["items"] = [
    {
      key: "enterprise",
      label: t.fieldEnterprise,
      children: o.enterprise ? (
        vendor ? (
          o.enterprise.name
        ) : (
          <Link href={`/enterprises/${o.enterprise.id}`} data-testid="order-enterprise-link">
            {o.enterprise.name}
          </Link>
        )
      ) : (
        <Typography.Text type="secondary">{t.hidden}</Typography.Text>
      ),
    },
    ...(vendor ? [{ key: "dealer", label: t.fieldDealer, children: o.dealer?.name ?? "—" }] : []),
    {
      key: "domain",
      label: t.fieldDomain,
      children:
        o.domainUnicode !== o.domain ? (
          <Space size={4}>
            {o.domainUnicode}
            <Typography.Text type="secondary">（{o.domain}）</Typography.Text>
          </Space>
        ) : (
          o.domain
        ),
    },
    { key: "productLine", label: t.fieldProductLine, children: o.productLine.name },
    { key: "edition", label: t.fieldEdition, children: o.editionName },
    {
      key: "seats",
      label: o.type === "EXPANSION" ? t.fieldSeatsExpansion : t.fieldSeats,
      children: o.type === "EXPANSION" ? t.seatsAdded(o.seats) : o.seats,
    },
    ...(trial
      ? [{ key: "trialDays", label: t.fieldTrialDays, children: t.days(o.trialDays) }]
      : o.type === "EXPANSION"
        ? [{ key: "months", label: t.fieldMonths, children: t.toExpiry }]
        : [
            { key: "months", label: t.fieldMonths, children: t.months(o.months) },
            { key: "gift", label: t.fieldGift, children: o.giftMonths > 0 ? t.months(o.giftMonths) : none },
          ]),
    {
      key: "creator",
      label: t.fieldCreator,
      children: o.creator ? (
        <Tooltip title={o.creator.loginName}>
          <span>{o.creator.realName}</span>
        </Tooltip>
      ) : (
        <Typography.Text type="secondary">{t.hidden}</Typography.Text>
      ),
    },
    { key: "createdAt", label: t.fieldCreatedAt, children: formatDateTime(o.createdAt, lang) },
    {
      key: "reasons",
      label: t.fieldReasons,
      span: "filled",
      children:
        o.confirmationReasons.length > 0 ? (
          <Space orientation="vertical" size={2}>
            {o.confirmationReasons.map((r) => (
              <span key={r} data-testid="order-detail-reason">
                {confirmationReasonLabel(lang, r)}
              </span>
            ))}
          </Space>
        ) : (
          none
        ),
    },
    ...(o.rejectReason
      ? [
          {
            key: "rejectReason",
            label: t.fieldRejectReason,
            span: "filled" as const,
            children: <Typography.Text type="danger">{o.rejectReason}</Typography.Text>,
          },
        ]
      : []),
    {
      key: "remark",
      label: t.fieldRemark,
      span: "filled",
      children: o.remark ? <span style={{ whiteSpace: "pre-wrap" }}>{o.remark}</span> : none,
    },
  ];

  const money = (fen: number | null | undefined, testId: string, strong = false) =>
    fen === null || fen === undefined ? (
      <Typography.Text type="secondary">{t.hidden}</Typography.Text>
    ) : (
      <Typography.Text strong={strong} data-testid={testId}>
        {formatMoney(fen)}
      </Typography.Text>
    );
  const amountItems: DescriptionsProps["items"] = [
    ...(amounts.list ? [{ key: "list", label: t.fieldList, children: money(o.listAmount, "order-detail-list") }] : []),
    ...(amounts.settlement
      ? [
          {
            key: "settlement",
            label: t.fieldSettlement,
            children: money(o.settlementAmount, "order-detail-settlement"),
          },
        ]
      : []),
    ...(amounts.due
      ? [
          {
            key: "reduction",
            label: t.fieldReduction,
            children: o.reductionAmount ? money(o.reductionAmount, "order-detail-reduction") : none,
          },
          { key: "due", label: t.fieldDue, children: money(o.amountDue, "order-detail-due", true) },
        ]
      : []),
  ];

  return (
    <>
      {back}
      <Card style={{ marginBottom: 16 }} data-testid="order-header">
        <Flex justify="space-between" align="flex-start" gap={16} wrap>
          <div style={{ minWidth: 0, flex: "1 1 420px" }}>
            <Flex align="center" gap={12} wrap>
              <Typography.Title
                level={4}
                style={{ margin: 0 }}
                copyable={{ text: o.orderNo }}
                data-testid="order-title"
              >
                {o.orderNo}
              </Typography.Title>
              <Tag color={orderStatusColor(o.status)} style={{ marginInlineEnd: 0 }} data-testid="order-detail-status">
                {orderStatusLabel(lang, o.status)}
              </Tag>
              <Tag color={orderTypeColor(o.type)} style={{ marginInlineEnd: 0 }}>
                {orderTypeLabel(lang, o.type)}
              </Tag>
            </Flex>
            <Typography.Text type="secondary" style={{ display: "block", marginTop: 8 }}>
              {[o.enterprise?.name, o.domainUnicode, o.productLine.name, o.editionName].filter(Boolean).join(" · ")}
            </Typography.Text>
          </div>
          {vendor ? (
            o.status === "PENDING_CONFIRMATION" && canConfirmOrders(viewer) ? (
              <DecideOrderActions order={o} onDecided={onChanged} size="middle" />
            ) : null
          ) : (
            <DealerOrderActions order={o} onChanged={onChanged} />
          )}
        </Flex>
        {o.status === "REJECTED" ? (
          <Alert
            type="error"
            showIcon
            style={{ marginTop: 16 }}
            title={t.rejectedAlert}
            description={o.rejectReason ? t.tlReason(o.rejectReason) : undefined}
            data-testid="order-rejected-alert"
          />
        ) : o.status === "PENDING_CONFIRMATION" ? (
          <Alert
            type="warning"
            showIcon
            style={{ marginTop: 16 }}
            title={t.confirmationAlert}
            description={o.confirmationReasons
              .map((r) => confirmationReasonLabel(lang, r))
              .join(lang === "zh" ? "；" : "; ")}
          />
        ) : null}
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={15}>
          <Card title={t.sectionOrder} style={{ marginBottom: 16 }}>
            <Descriptions
              bordered
              size="middle"
              column={{ xs: 1, lg: 2 }}
              items={orderItems}
              styles={{ label: { width: lang === "zh" ? 110 : 150 } }}
              data-testid="order-fields"
            />
          </Card>
          {amountItems.length > 0 ? (
            <Card title={t.sectionAmounts}>
              <Descriptions
                bordered
                size="middle"
                column={{ xs: 1, lg: 2 }}
                items={amountItems}
                styles={{ label: { width: lang === "zh" ? 110 : 150 } }}
                data-testid="order-amounts"
              />
            </Card>
          ) : null}
        </Col>
        <Col xs={24} xl={9}>
          <Card title={t.sectionTimeline} style={{ marginBottom: 16 }}>
            <Timeline items={timelineItems(o, t, lang)} data-testid="order-timeline" />
          </Card>
          <Card title={t.sectionService} style={{ marginBottom: 16 }} data-testid="order-service">
            <OrderServiceCard order={o} />
          </Card>
          <Card title={t.sectionContracts} data-testid="order-contracts">
            <ContractFiles orderId={o.id} canUpload={canUploadContracts(viewer)} />
          </Card>
        </Col>
      </Row>
    </>
  );
}

/**
 * 扣款 with the balance and the amount due beside it (disabled, with the reason, when the balance
 * is short) and 关闭, for a dealer viewer who holds 扣款、关闭订单.
 */
function DealerOrderActions({ order, onChanged }: { order: OrderDetailFragment; onChanged: () => void }) {
  const t = useMessages(orderMessages);
  const viewer = useViewer();
  const mayPay = canPayOrders(viewer);
  const payable = mayPay && order.status === "PENDING_PAYMENT";
  const balance = useQuery(MyBalanceQuery, payable ? { fetchPolicy: "cache-and-network" } : skipToken);
  const [paying, setPaying] = useState(false);
  if (!isOpenStatus(order.status)) return null;
  if (!mayPay) {
    return (
      <Space>
        <RequestReductionButton orderNo={order.orderNo} status={order.status} />
        <Tooltip title={t.cannotPay}>
          <Button icon={<WalletOutlined />} disabled>
            {order.status === "PENDING_PAYMENT" ? t.pay : t.close}
          </Button>
        </Tooltip>
      </Space>
    );
  }

  const balanceFen = balance.data?.myDealer.balance ?? null;
  const due = order.amountDue;
  const short = balanceFen !== null && due !== null && balanceFen < due;
  const payButton = (
    <Button
      type="primary"
      icon={<WalletOutlined />}
      disabled={short}
      onClick={() => setPaying(true)}
      data-testid="order-detail-pay"
    >
      {t.pay}
    </Button>
  );

  return (
    <Flex vertical align="flex-end" gap={8}>
      <Space>
        <RequestReductionButton orderNo={order.orderNo} status={order.status} />
        {payable ? (
          short && due !== null && balanceFen !== null ? (
            <Tooltip title={t.payShort(formatMoney(due - balanceFen))}>{payButton}</Tooltip>
          ) : (
            payButton
          )
        ) : null}
        <CloseOrderButton order={order} onClosed={onChanged} type="default" size="middle" />
      </Space>
      {payable ? (
        <Typography.Text type="secondary" style={{ fontSize: 13 }} data-testid="order-detail-pay-info">
          {t.payAmountDue} <Typography.Text strong>{formatMoney(due)}</Typography.Text>
          {" · "}
          {t.payBalance}{" "}
          {balanceFen === null ? (
            t.hidden
          ) : (
            <Typography.Text type={short ? "danger" : undefined} data-testid="order-detail-balance">
              {formatMoney(balanceFen)}
            </Typography.Text>
          )}
        </Typography.Text>
      ) : null}
      {short && due !== null && balanceFen !== null ? (
        <Typography.Text type="danger" style={{ fontSize: 13, maxWidth: 360, textAlign: "right" }}>
          {t.payShort(formatMoney(due - balanceFen))}
        </Typography.Text>
      ) : null}
      <PayOrderModal
        order={paying ? order : null}
        onClose={() => setPaying(false)}
        onChanged={() => {
          onChanged();
          void balance.refetch().catch(() => undefined);
        }}
      />
    </Flex>
  );
}

/** The service the order opened or acts on. */
function OrderServiceCard({ order: o }: { order: OrderDetailFragment }) {
  const lang = useLang();
  const t = useMessages(orderMessages);
  const s = o.service;
  if (!s) {
    return (
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description={isOpenStatus(o.status) ? t.serviceNotYet : t.orderServiceNone}
      />
    );
  }
  return (
    <Descriptions
      size="small"
      column={1}
      items={[
        {
          key: "kind",
          label: t.svcKind,
          children:
            s.kind === "PAID" ? <Tag color="green">{t.svcKindPaid}</Tag> : <Tag color="blue">{t.svcKindTrial}</Tag>,
        },
        { key: "productLine", label: t.fieldProductLine, children: s.productLine?.name ?? "—" },
        { key: "domain", label: t.svcDomain, children: s.domainUnicode },
        { key: "seats", label: t.svcSeats, children: <span data-testid="order-service-seats">{s.seats}</span> },
        { key: "startsAt", label: t.svcStartsAt, children: formatDate(s.startsAt, lang) },
        {
          key: "expiresAt",
          label: t.svcExpiresAt,
          children: <span data-testid="order-service-expires">{formatDate(s.expiresAt, lang)}</span>,
        },
      ]}
    />
  );
}

/** 创建 → 确认/驳回 → 扣款/关闭, from the order's timestamps; the step it waits for, greyed. */
function timelineItems(o: OrderDetailFragment, t: Texts, lang: Lang): TimelineItemType[] {
  const step = (title: string, at: string | null, detail?: string | null) => (
    <Space orientation="vertical" size={0}>
      <Typography.Text strong>{title}</Typography.Text>
      {at ? <Typography.Text type="secondary">{formatDateTime(at, lang)}</Typography.Text> : null}
      {detail ? <Typography.Text type="secondary">{detail}</Typography.Text> : null}
    </Space>
  );
  const items: TimelineItemType[] = [
    {
      key: "created",
      color: "blue",
      content: step(t.tlCreated, o.createdAt, o.creator ? t.tlCreatedBy(o.creator.realName) : null),
    },
  ];
  const needsConfirmation = o.confirmationReasons.length > 0;
  if (needsConfirmation) {
    if (o.status === "REJECTED") {
      items.push({ key: "rejected", color: "red", content: step(t.tlRejected, o.decidedAt, o.rejectReason) });
    } else if (o.decidedAt) {
      items.push({ key: "confirmed", color: "green", content: step(t.tlConfirmed, o.decidedAt) });
    } else if (o.status === "PENDING_CONFIRMATION") {
      items.push({ key: "wait-confirm", color: "gray", loading: true, content: step(t.tlWaitConfirm, null) });
    }
  }
  if (o.status === "PAID") {
    items.push({
      key: "paid",
      color: "green",
      content: step(isTrialType(o.type) ? t.tlActivated : t.tlPaid, o.paidAt),
    });
  } else if (o.status === "PENDING_PAYMENT") {
    items.push({ key: "wait-pay", color: "gray", loading: true, content: step(t.tlWaitPay, null) });
  } else if (o.status === "CLOSED") {
    items.push({ key: "closed", color: "gray", content: step(t.tlClosed, o.closedAt) });
  }
  return items;
}
