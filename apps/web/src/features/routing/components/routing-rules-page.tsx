"use client";

import { ArrowDownOutlined, ArrowUpOutlined, PlusOutlined } from "@ant-design/icons";
import { useMutation, useQuery } from "@apollo/client/react";
import { Alert, App, Button, Card, Empty, Popconfirm, Space, Switch, Table, Tag, Tooltip, Typography } from "antd";
import type { TableColumnsType } from "antd";
import { useState } from "react";
import type { RoutingRuleRowFragment } from "@/gql/graphql";
import { describeError } from "@/shared/apollo/error-message";
import { enterpriseSourceLabel } from "@/shared/domain-labels";
import { useLang, useMessages } from "@/shared/i18n/lang-provider";
import {
  DeleteRoutingRuleMutation,
  ReorderRoutingRulesMutation,
  RoutingRulesQuery,
  SetRoutingRuleEnabledMutation,
} from "../graphql/routing.operations";
import { routingMessages } from "../routing.messages";
import { RoutingDryRunCard } from "./routing-dry-run-card";
import { RoutingRuleDrawer, type RuleDrawerMode } from "./routing-rule-drawer";

function ConditionLine({ label, values, any }: { label: string; values: readonly string[]; any: string }) {
  return (
    <div style={{ lineHeight: "26px" }}>
      <Typography.Text type="secondary">{label}</Typography.Text>
      {values.length === 0 ? (
        <Typography.Text type="secondary" italic>
          {any}
        </Typography.Text>
      ) : (
        values.map((v) => (
          <Tag key={v} style={{ marginInlineEnd: 4 }}>
            {v}
          </Tag>
        ))
      )}
    </div>
  );
}

/** 运营 › 甩单规则: ordered rules, the editor drawer and the dry run. */
export function RoutingRulesPage() {
  const lang = useLang();
  const t = useMessages(routingMessages);
  const { message } = App.useApp();
  const [drawer, setDrawer] = useState<RuleDrawerMode | null>(null);
  const { data, loading, error, refetch } = useQuery(RoutingRulesQuery, { fetchPolicy: "cache-and-network" });
  const [setEnabled] = useMutation(SetRoutingRuleEnabledMutation);
  const [remove] = useMutation(DeleteRoutingRuleMutation);
  const [reorder, { loading: reordering }] = useMutation(ReorderRoutingRulesMutation);
  const rules = [...(data?.routingRules ?? [])].sort((a, b) => a.priority - b.priority);

  async function move(index: number, delta: -1 | 1) {
    const ids = rules.map((r) => r.id);
    const other = index + delta;
    const a = ids[index];
    const b = ids[other];
    if (a === undefined || b === undefined) return;
    ids[index] = b;
    ids[other] = a;
    try {
      await reorder({ variables: { ids } });
      message.success(t.reordered);
      void refetch();
    } catch (e) {
      message.error(describeError(e, lang).message);
    }
  }

  async function toggle(rule: RoutingRuleRowFragment, enabled: boolean) {
    try {
      await setEnabled({ variables: { id: rule.id, enabled } });
      message.success(enabled ? t.enabledOn(rule.name) : t.enabledOff(rule.name));
    } catch (e) {
      message.error(describeError(e, lang).message);
    }
  }

  async function destroy(rule: RoutingRuleRowFragment) {
    try {
      await remove({ variables: { id: rule.id } });
      message.success(t.deleted(rule.name));
      void refetch();
    } catch (e) {
      message.error(describeError(e, lang).message);
    }
  }

  const columns: TableColumnsType<RoutingRuleRowFragment> = [
    {
      title: t.colPriority,
      key: "priority",
      width: lang === "zh" ? 110 : 130,
      render: (_, r, index) => (
        <Space size={4}>
          <Tag color="blue" style={{ minWidth: 32, textAlign: "center" }}>
            {r.priority}
          </Tag>
          <Tooltip title={t.moveUp}>
            <Button
              size="small"
              type="text"
              icon={<ArrowUpOutlined />}
              aria-label={t.moveUp}
              disabled={index === 0 || reordering}
              onClick={() => move(index, -1)}
            />
          </Tooltip>
          <Tooltip title={t.moveDown}>
            <Button
              size="small"
              type="text"
              icon={<ArrowDownOutlined />}
              aria-label={t.moveDown}
              disabled={index === rules.length - 1 || reordering}
              onClick={() => move(index, 1)}
            />
          </Tooltip>
        </Space>
      ),
    },
    {
      title: t.colRule,
      key: "name",
      width: 200,
      render: (_, r) => (
        <Typography.Text strong type={r.enabled ? undefined : "secondary"}>
          {r.name}
        </Typography.Text>
      ),
    },
    {
      title: t.colConditions,
      key: "conditions",
      render: (_, r) => (
        <div>
          <ConditionLine label={t.condRegions} values={r.regionNames} any={t.any} />
          <ConditionLine label={t.condProductLines} values={r.productLines.map((p) => p.name)} any={t.any} />
          <ConditionLine
            label={t.condSources}
            values={r.sources.map((s) => enterpriseSourceLabel(lang, s))}
            any={t.any}
          />
        </div>
      ),
    },
    {
      title: t.colTargets,
      key: "targets",
      width: 280,
      render: (_, r) => (
        <Space orientation="vertical" size={2}>
          {r.targets.map((x) => {
            const disabled = x.dealer?.status === "DISABLED";
            return (
              <Space key={x.dealerId} size={6}>
                <Typography.Text delete={disabled} type={disabled ? "secondary" : undefined}>
                  {x.dealer?.name ?? x.dealerId}
                </Typography.Text>
                <Tag color="geekblue">× {x.weight}</Tag>
                {disabled ? <Tag>{t.dealerDisabled}</Tag> : null}
              </Space>
            );
          })}
        </Space>
      ),
    },
    {
      title: t.colEnabled,
      key: "enabled",
      width: 80,
      render: (_, r) => (
        <Switch checked={r.enabled} onChange={(on) => toggle(r, on)} aria-label={`${t.colEnabled} ${r.name}`} />
      ),
    },
    {
      title: t.colActions,
      key: "actions",
      width: lang === "zh" ? 120 : 140,
      render: (_, r) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => setDrawer({ kind: "edit", rule: r })}>
            {t.edit}
          </Button>
          <Popconfirm
            title={t.confirmDelete(r.name)}
            okText={t.ok}
            cancelText={t.cancel}
            okButtonProps={{ danger: true }}
            onConfirm={() => destroy(r)}
          >
            <Button type="link" size="small" danger>
              {t.delete}
            </Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];

  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      <Card
        title={t.rulesTitle}
        extra={
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setDrawer({ kind: "create" })}
            data-testid="rule-create"
          >
            {t.createRule}
          </Button>
        }
      >
        <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
          {t.rulesIntro}
        </Typography.Paragraph>
        {error ? (
          <Alert
            type="error"
            showIcon
            title={t.rulesLoadFailed}
            description={describeError(error, lang).message}
            style={{ marginBottom: 16 }}
          />
        ) : null}
        <Table<RoutingRuleRowFragment>
          rowKey="id"
          columns={columns}
          dataSource={rules}
          loading={loading && !data}
          pagination={false}
          size="middle"
          scroll={{ x: 1000 }}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.noRules} /> }}
          data-testid="rule-table"
        />
      </Card>
      <RoutingDryRunCard />
      <RoutingRuleDrawer
        mode={drawer}
        onClose={() => setDrawer(null)}
        onSaved={() => {
          setDrawer(null);
          void refetch();
        }}
      />
    </Space>
  );
}
