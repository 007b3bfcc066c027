"use client";

import { ArrowLeftOutlined, EditOutlined, MessageOutlined, SwapOutlined } from "@ant-design/icons";
import { useQuery } from "@apollo/client/react";
import { Alert, Button, Card, Descriptions, Flex, Result, Skeleton, Space, Tabs, Tag, Tooltip, Typography } from "antd";
import type { DescriptionsProps } from "antd";
import Link from "next/link";
import { useState, type ReactNode } from "react";
import type { EnterpriseDetailFragment } from "@/gql/graphql";
import { describeError, errorCode } from "@/shared/apollo/error-message";
import {
  enterpriseScaleLabel,
  enterpriseSourceLabel,
  enterpriseStatusColor,
  enterpriseStatusLabel,
  industryLabel,
} from "@/shared/domain-labels";
import { formatDate, formatDateTime } from "@/shared/format";
import { useLang, useMessages } from "@/shared/i18n/lang-provider";
import { useViewer } from "../../session/components/viewer-provider";
import { canEditEnterprises, canManageTags } from "../enterprise-access";
import { enterpriseMessages } from "../enterprise.messages";
import { EnterpriseDetailQuery } from "../graphql/enterprise.operations";
import { EnterpriseOrdersPanel } from "../../order/components/enterprise-orders-panel";
import { EnterpriseServicesPanel } from "../../service/components/enterprise-services-panel";
import { EnterpriseRegistrationsPanel } from "../../registration/components/enterprise-registrations-panel";
import { useMayPickOwner } from "../use-may-pick-owner";
import { ContactsPanel } from "./contacts-panel";
import { EnterpriseEditDrawer } from "./enterprise-edit-drawer";
import { EnterpriseTags } from "./enterprise-tags";
import { EnterpriseTagsModal } from "./enterprise-tags-modal";
import { FollowUpPanel } from "./follow-up-panel";
import { ReassignModal } from "./reassign-modal";
import { RoutingTraceLines } from "./routing-trace-popover";
import { TagManagerModal } from "./tag-manager-modal";

type TabKey = "basic" | "contacts" | "follow-ups" | "registrations" | "orders" | "services";

/** 企业详情: header (name, domains, status, tags, owner) and the six tabs. */
export function EnterpriseDetailPage({ id }: { id: string }) {
  const lang = useLang();
  const t = useMessages(enterpriseMessages);
  const { data, loading, error, refetch } = useQuery(EnterpriseDetailQuery, {
    variables: { id },
    fetchPolicy: "cache-and-network",
  });

  const back = (
    <Link href="/enterprises">
      <Button type="text" icon={<ArrowLeftOutlined />} style={{ marginBottom: 12 }}>
        {t.backToList}
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
            <Link href="/enterprises">
              <Button type="primary">{t.backToList}</Button>
            </Link>
          }
          data-testid="enterprise-not-found"
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
        <Skeleton active paragraph={{ rows: 6 }} loading={loading} />
      </Card>
    );
  }
  return <EnterpriseDetail enterprise={data.enterprise} back={back} onChanged={() => void refetch()} />;
}

function Meta({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Flex gap={8} align="center" wrap>
      <Typography.Text type="secondary">{label}</Typography.Text>
      {children}
    </Flex>
  );
}

function EnterpriseDetail({
  enterprise: e,
  back,
  onChanged,
}: {
  enterprise: EnterpriseDetailFragment;
  back: ReactNode;
  onChanged: () => void;
}) {
  const lang = useLang();
  const t = useMessages(enterpriseMessages);
  const viewer = useViewer();
  const canEdit = canEditEnterprises(viewer);
  const mayReassign = useMayPickOwner();
  const tagAdmin = canManageTags(viewer);
  const [tab, setTab] = useState<TabKey>("basic");
  const [focusFollowUp, setFocusFollowUp] = useState(0);
  const [editing, setEditing] = useState(false);
  const [tagsOpen, setTagsOpen] = useState(false);
  const [tagManagerOpen, setTagManagerOpen] = useState(false);
  const [reassignOpen, setReassignOpen] = useState(false);

  const none = <Typography.Text type="secondary">{t.none}</Typography.Text>;
  const secondary = e.secondaryDomains;

  const basicItems: DescriptionsProps["items"] = [
    { key: "name", label: t.fieldName, children: e.name },
    {
      key: "mainDomain",
      label: t.fieldMainDomain,
      children: (
        <Space size={4}>
          {e.mainDomainUnicode}
          {e.mainDomainUnicode !== e.mainDomain ? (
            <Typography.Text type="secondary">（{e.mainDomain}）</Typography.Text>
          ) : null}
        </Space>
      ),
    },
    {
      key: "secondary",
      label: t.fieldSecondaryDomains,
      span: "filled",
      children: secondary.length > 0 ? secondary.map((d) => d.unicode).join("、") : none,
    },
    { key: "region", label: t.fieldRegion, children: e.regionName ?? none },
    { key: "industry", label: t.fieldIndustry, children: e.industry ? industryLabel(lang, e.industry) : none },
    { key: "scale", label: t.fieldScale, children: e.scale ? enterpriseScaleLabel(lang, e.scale) : none },
    { key: "source", label: t.fieldSource, children: enterpriseSourceLabel(lang, e.source) },
    {
      key: "status",
      label: t.fieldStatus,
      children: <Tag color={enterpriseStatusColor(e.status)}>{enterpriseStatusLabel(lang, e.status)}</Tag>,
    },
    { key: "productLine", label: t.fieldProductLine, children: e.productLine?.name ?? none },
    {
      key: "owner",
      label: t.fieldOwner,
      children: e.owner ? t.ownerWithLogin(e.owner.realName, e.owner.loginName) : none,
    },
    { key: "createdBy", label: t.fieldCreatedBy, children: e.createdBy?.realName ?? none },
    { key: "createdAt", label: t.fieldCreatedAt, children: formatDateTime(e.createdAt, lang) },
    { key: "updatedAt", label: t.fieldUpdatedAt, children: formatDateTime(e.updatedAt, lang) },
    {
      key: "lastFollowUp",
      label: t.fieldLastFollowUp,
      children: e.lastFollowUpAt ? formatDateTime(e.lastFollowUpAt, lang) : none,
    },
    {
      key: "nextPaid",
      label: t.fieldNextPaidExpires,
      children: e.nextPaidExpiresAt ? formatDate(e.nextPaidExpiresAt, lang) : none,
    },
  ];
  if (e.trialExpiredAt) {
    basicItems.push({ key: "trialExpired", label: t.fieldTrialExpired, children: formatDate(e.trialExpiredAt, lang) });
  }
  if (e.routedAt) {
    basicItems.push(
      { key: "routedAt", label: t.fieldRoutedAt, span: "filled", children: formatDateTime(e.routedAt, lang) },
      { key: "trace", label: t.traceTitle, span: "filled", children: <RoutingTraceLines trace={e.routingTrace} /> },
    );
  }
  basicItems.push({
    key: "notes",
    label: t.fieldNotes,
    span: "filled",
    children: e.notes ? <span style={{ whiteSpace: "pre-wrap" }}>{e.notes}</span> : none,
  });

  const orderEnterprise = { id: e.id, name: e.name, domains: e.domains, services: e.services };

  return (
    <>
      {back}
      <Card style={{ marginBottom: 16 }} data-testid="enterprise-header">
        <Flex justify="space-between" align="flex-start" gap={16} wrap>
          <div style={{ minWidth: 0, flex: "1 1 480px" }}>
            <Flex align="center" gap={12} wrap>
              <Typography.Title level={4} style={{ margin: 0 }} data-testid="enterprise-title">
                {e.name}
              </Typography.Title>
              <Tag color={enterpriseStatusColor(e.status)} style={{ marginInlineEnd: 0 }}>
                {enterpriseStatusLabel(lang, e.status)}
              </Tag>
              <Tag style={{ marginInlineEnd: 0 }}>{enterpriseSourceLabel(lang, e.source)}</Tag>
            </Flex>
            <Flex gap={8} wrap align="center" style={{ marginTop: 8 }}>
              <Typography.Text copyable={{ text: e.mainDomainUnicode }}>{e.mainDomainUnicode}</Typography.Text>
              <Tag color="blue" style={{ marginInlineEnd: 0 }}>
                {t.mainDomainTag}
              </Tag>
              {secondary.map((d) => (
                <Typography.Text key={d.domain} type="secondary">
                  · {d.unicode}
                </Typography.Text>
              ))}
            </Flex>
          </div>
          {canEdit ? (
            <Space>
              <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="enterprise-edit-button">
                {t.edit}
              </Button>
              <Button
                type="primary"
                icon={<MessageOutlined />}
                onClick={() => {
                  setTab("follow-ups");
                  setFocusFollowUp((n) => n + 1);
                }}
                data-testid="enterprise-add-follow-up"
              >
                {t.addFollowUp}
              </Button>
            </Space>
          ) : null}
        </Flex>
        <Flex gap="12px 48px" wrap style={{ marginTop: 20 }}>
          <Meta label={t.fieldRegion}>{e.regionName ?? none}</Meta>
          <Meta label={t.fieldOwner}>
            {e.owner ? (
              <Tooltip title={e.owner.loginName}>
                <span>{e.owner.realName}</span>
              </Tooltip>
            ) : (
              none
            )}
            {mayReassign ? (
              <Button
                type="link"
                size="small"
                icon={<SwapOutlined />}
                onClick={() => setReassignOpen(true)}
                style={{ paddingInline: 4 }}
                data-testid="enterprise-reassign"
              >
                {t.reassign}
              </Button>
            ) : null}
          </Meta>
          <Meta label={t.fieldProductLine}>{e.productLine?.name ?? none}</Meta>
          <Meta label={t.fieldLastFollowUp}>{e.lastFollowUpAt ? formatDateTime(e.lastFollowUpAt, lang) : none}</Meta>
        </Flex>
        <Flex style={{ marginTop: 12 }}>
          <Meta label={t.colTags}>
            <EnterpriseTags tags={e.tags} empty={t.tagsNone} />
            {canEdit ? (
              <Button
                type="link"
                size="small"
                icon={<EditOutlined />}
                onClick={() => setTagsOpen(true)}
                style={{ paddingInline: 4 }}
                data-testid="enterprise-edit-tags"
              >
                {t.editTags}
              </Button>
            ) : null}
          </Meta>
        </Flex>
      </Card>
      <Card styles={{ body: { paddingTop: 4 } }}>
        <Tabs
          activeKey={tab}
          onChange={(key) => setTab(key as TabKey)}
          items={[
            {
              key: "basic",
              label: t.tabBasic,
              children: (
                <Descriptions
                  bordered
                  size="middle"
                  column={{ xs: 1, lg: 2 }}
                  items={basicItems}
                  styles={{ label: { width: lang === "zh" ? 170 : 190 } }}
                />
              ),
            },
            {
              key: "contacts",
              label: `${t.tabContacts}${e.contacts.length > 0 ? ` (${e.contacts.length})` : ""}`,
              children: (
                <ContactsPanel enterpriseId={e.id} contacts={e.contacts} canEdit={canEdit} onChanged={onChanged} />
              ),
            },
            {
              key: "follow-ups",
              label: t.tabFollowUps,
              children: <FollowUpPanel enterpriseId={e.id} canEdit={canEdit} focusSignal={focusFollowUp} />,
            },
            {
              key: "registrations",
              label: t.tabRegistrations,
              children: <EnterpriseRegistrationsPanel enterprise={{ id: e.id, name: e.name, domains: e.domains }} />,
            },
            {
              key: "orders",
              label: t.tabOrders,
              children: <EnterpriseOrdersPanel enterprise={orderEnterprise} onChanged={onChanged} />,
            },
            {
              key: "services",
              label: `${t.tabServices}${e.services.length > 0 ? ` (${e.services.length})` : ""}`,
              children: <EnterpriseServicesPanel enterpriseId={e.id} onOrderCreated={onChanged} />,
            },
          ]}
        />
      </Card>
      {canEdit ? (
        <>
          <EnterpriseEditDrawer
            enterpriseId={editing ? e.id : null}
            onClose={() => setEditing(false)}
            onSaved={() => setEditing(false)}
          />
          <EnterpriseTagsModal
            enterpriseId={e.id}
            currentTagIds={e.tags.map((tag) => tag.id)}
            open={tagsOpen}
            onClose={() => setTagsOpen(false)}
            onManageTags={
              tagAdmin
                ? () => {
                    setTagsOpen(false);
                    setTagManagerOpen(true);
                  }
                : undefined
            }
          />
        </>
      ) : null}
      {mayReassign ? (
        <ReassignModal
          enterpriseId={e.id}
          currentOwnerId={e.owner?.id ?? null}
          open={reassignOpen}
          onClose={() => setReassignOpen(false)}
        />
      ) : null}
      {tagAdmin ? (
        <TagManagerModal
          open={tagManagerOpen}
          onClose={() => {
            setTagManagerOpen(false);
            onChanged();
          }}
        />
      ) : null}
    </>
  );
}
