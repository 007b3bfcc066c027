"use client";

import { EditOutlined, PlusOutlined } from "@ant-design/icons";
import { useMutation, useQuery } from "@apollo/client/react";
import { Alert, App, Button, Card, Descriptions, Empty, Popconfirm, Space, Table, Tabs, Tag, Typography } from "antd";
import type { TableColumnsType } from "antd";
import { useState, type ReactNode } from "react";
import type { CatalogAddonFragment, CatalogEditionFragment, CatalogProductLineFragment } from "@/gql/graphql";
import { describeError } from "@/shared/apollo/error-message";
import { useLang, useMessages } from "@/shared/i18n/lang-provider";
import { tableEmptyText } from "@/shared/ui/table-empty";
import { formatYuan } from "../../pricing/price-format";
import { catalogMessages } from "../catalog.messages";
import { ProductCatalogQuery, UpdateAddonMutation, UpdateEditionMutation } from "../graphql/catalog.operations";
import { AddonModal, type AddonModalMode } from "./addon-modal";
import { EditionModal, type EditionModalMode } from "./edition-modal";
import { ProductLineModal, type ProductLineModalMode } from "./product-line-modal";

/**
 * Vendor › 平台管理 › 产品线/版本/价格 (platform admins): one tab per product line with its gift
 * rule, editions with their list prices, and value-added services. Nothing is deleted: editions
 * and addons are switched off. The API refuses everyone else (FORBIDDEN) whatever this page shows.
 */
export function CatalogPage() {
  const lang = useLang();
  const t = useMessages(catalogMessages);
  const { data, loading, error } = useQuery(ProductCatalogQuery, { fetchPolicy: "cache-and-network" });
  const [active, setActive] = useState<string | null>(null);
  const [lineMode, setLineMode] = useState<ProductLineModalMode | null>(null);
  const lines = data?.productLines ?? [];
  const current = lines.find((l) => l.id === active) ?? lines[0];

  return (
    <Card
      title={t.title}
      extra={
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setLineMode({ kind: "create" })}
          data-testid="product-line-new"
        >
          {t.newLine}
        </Button>
      }
    >
      <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
        <Typography.Text type="secondary">{t.intro}</Typography.Text>
        {error ? (
          <Alert type="error" showIcon title={t.loadFailed} description={describeError(error, lang).message} />
        ) : null}
        {lines.length === 0 && !loading ? <Empty description={t.empty} /> : null}
        {current ? (
          <Tabs
            activeKey={current.id}
            onChange={setActive}
            items={lines.map((line) => ({
              key: line.id,
              label: <span data-testid={`catalog-tab-${line.code}`}>{line.name}</span>,
              children: <LinePanel line={line} onEdit={() => setLineMode({ kind: "edit", line })} />,
            }))}
            data-testid="catalog-tabs"
          />
        ) : null}
      </Space>
      <ProductLineModal mode={lineMode} onClose={() => setLineMode(null)} onCreated={setActive} />
    </Card>
  );
}

function LinePanel({ line, onEdit }: { line: CatalogProductLineFragment; onEdit: () => void }) {
  const lang = useLang();
  const t = useMessages(catalogMessages);
  const { message } = App.useApp();
  const [editionMode, setEditionMode] = useState<EditionModalMode | null>(null);
  const [addonMode, setAddonMode] = useState<AddonModalMode | null>(null);
  const [updateEdition] = useMutation(UpdateEditionMutation);
  const [updateAddon] = useMutation(UpdateAddonMutation);

  async function toggleEdition(e: CatalogEditionFragment) {
    try {
      await updateEdition({ variables: { id: e.id, input: { active: !e.active } } });
      message.success(e.active ? t.deactivated(e.name) : t.activated(e.name));
    } catch (err) {
      message.error(describeError(err, lang).message);
    }
  }

  async function toggleAddon(a: CatalogAddonFragment) {
    try {
      await updateAddon({ variables: { id: a.id, input: { active: !a.active } } });
      message.success(a.active ? t.deactivated(a.name) : t.activated(a.name));
    } catch (err) {
      message.error(describeError(err, lang).message);
    }
  }

  const editionColumns: TableColumnsType<CatalogEditionFragment> = [
    {
      title: t.colName,
      key: "name",
      render: (_, e) => (
        <Space orientation="vertical" size={0}>
          <Typography.Text strong>{e.name}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {e.code}
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: t.colListPrice,
      key: "listPrice",
      align: "right",
      width: 200,
      render: (_, e) =>
        e.listPrice === null || e.listPrice === undefined ? (
          <Typography.Text type="secondary">{t.listPriceHidden}</Typography.Text>
        ) : (
          <span style={{ whiteSpace: "nowrap" }} data-testid={`edition-price-${e.code}`}>
            <Typography.Text strong>{formatYuan(e.listPrice)}</Typography.Text>
            <Typography.Text type="secondary"> {t.perSeatMonth}</Typography.Text>
          </span>
        ),
    },
    {
      title: t.colSpecial,
      key: "special",
      width: 140,
      render: (_, e) =>
        e.isSpecial ? (
          <Tag color="orange">{t.special}</Tag>
        ) : (
          <Typography.Text type="secondary">{t.notSpecial}</Typography.Text>
        ),
    },
    {
      title: t.colStatus,
      key: "status",
      width: 100,
      render: (_, e) => <Tag color={e.active ? "green" : "default"}>{e.active ? t.active : t.inactive}</Tag>,
    },
    { title: t.colSort, dataIndex: "sortOrder", key: "sortOrder", width: 80, align: "right" },
    {
      title: t.colActions,
      key: "actions",
      width: 140,
      render: (_, e) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => setEditionMode({ kind: "edit", edition: e })}>
            {t.edit}
          </Button>
          {e.active ? (
            <Popconfirm
              title={t.confirmDeactivateEdition(e.name)}
              okText={t.ok}
              cancelText={t.cancel}
              onConfirm={() => toggleEdition(e)}
            >
              <Button type="link" size="small" danger>
                {t.deactivate}
              </Button>
            </Popconfirm>
          ) : (
            <Button type="link" size="small" onClick={() => void toggleEdition(e)}>
              {t.activate}
            </Button>
          )}
        </Space>
      ),
    },
  ];

  const addonColumns: TableColumnsType<CatalogAddonFragment> = [
    {
      title: t.colName,
      key: "name",
      width: 220,
      render: (_, a) => (
        <Space orientation="vertical" size={0}>
          <Typography.Text strong>{a.name}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {a.code}
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: t.colDescription,
      key: "description",
      render: (_, a) => a.description ?? <Typography.Text type="secondary">—</Typography.Text>,
    },
    {
      title: t.colStatus,
      key: "status",
      width: 100,
      render: (_, a) => <Tag color={a.active ? "green" : "default"}>{a.active ? t.addonActive : t.addonInactive}</Tag>,
    },
    { title: t.colSort, dataIndex: "sortOrder", key: "sortOrder", width: 80, align: "right" },
    {
      title: t.colActions,
      key: "actions",
      width: 140,
      render: (_, a) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => setAddonMode({ kind: "edit", addon: a })}>
            {t.edit}
          </Button>
          {a.active ? (
            <Popconfirm
              title={t.confirmDeactivateAddon(a.name)}
              okText={t.ok}
              cancelText={t.cancel}
              onConfirm={() => toggleAddon(a)}
            >
              <Button type="link" size="small" danger>
                {t.deactivate}
              </Button>
            </Popconfirm>
          ) : (
            <Button type="link" size="small" onClick={() => void toggleAddon(a)}>
              {t.activate}
            </Button>
          )}
        </Space>
      ),
    },
  ];

  const giftLabel = lang === "zh" ? line.giftRule.labelZh : line.giftRule.labelEn;

  return (
    <Space orientation="vertical" size="large" style={{ width: "100%" }} data-testid={`catalog-line-${line.code}`}>
      <Section
        title={t.basics}
        action={
          <Button icon={<EditOutlined />} onClick={onEdit} data-testid="product-line-edit">
            {t.editLine}
          </Button>
        }
      >
        <Descriptions
          size="small"
          column={3}
          bordered
          items={[
            { key: "code", label: t.code, children: line.code },
            { key: "gift", label: t.giftRule, children: <span data-testid="catalog-gift-rule">{giftLabel}</span> },
            { key: "sort", label: t.sortOrder, children: line.sortOrder },
          ]}
        />
      </Section>
      <Section
        title={t.editions}
        action={
          <Button
            icon={<PlusOutlined />}
            onClick={() => setEditionMode({ kind: "create", productLine: line })}
            data-testid="edition-new"
          >
            {t.newEdition}
          </Button>
        }
      >
        <Table<CatalogEditionFragment>
          rowKey="id"
          size="middle"
          columns={editionColumns}
          dataSource={line.editions}
          pagination={false}
          locale={{ emptyText: tableEmptyText(false, t.noEditions) }}
          data-testid="edition-table"
        />
      </Section>
      <Section
        title={t.addons}
        action={
          <Button
            icon={<PlusOutlined />}
            onClick={() => setAddonMode({ kind: "create", productLine: line })}
            data-testid="addon-new"
          >
            {t.newAddon}
          </Button>
        }
      >
        <Table<CatalogAddonFragment>
          rowKey="id"
          size="middle"
          columns={addonColumns}
          dataSource={line.addons}
          pagination={false}
          locale={{ emptyText: tableEmptyText(false, t.noAddons) }}
          data-testid="addon-table"
        />
      </Section>
      <EditionModal mode={editionMode} onClose={() => setEditionMode(null)} />
      <AddonModal mode={addonMode} onClose={() => setAddonMode(null)} />
    </Space>
  );
}

function Section({ title, action, children }: { title: string; action: ReactNode; children: ReactNode }) {
  return (
    <div>
      <div style={{ display: "flex", alignItems: "center", justifyContent: "space-between", marginBottom: 12 }}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        {action}
      </div>
      {children}
    </div>
  );
}
