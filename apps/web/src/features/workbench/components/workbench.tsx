"use client";

import { Alert, Button, Card, Col, Descriptions, Empty, Row, Space, Tag, Typography } from "antd";
import type { DescriptionsProps } from "antd";
import Link from "next/link";
import { accountTypeLabel, permissionLabel, vendorRoleLabel } from "@/shared/domain-labels";
import { pickLabel } from "@/shared/i18n/lang";
import { useLang, useMessages } from "@/shared/i18n/lang-provider";
import { isVendorViewer, type Viewer } from "../../session/viewer";
import { isModuleGroup, visibleMenu, type ConsoleModule } from "../../shell/console-modules";
import { workbenchMessages } from "../workbench.messages";

/** Real data only: who you are, where you belong, what you may do. */
export function Workbench({ viewer }: { viewer: Viewer }) {
  const lang = useLang();
  const t = useMessages(workbenchMessages);
  const account = viewer.account;
  const vendor = isVendorViewer(viewer);
  const modules: ConsoleModule[] = visibleMenu(viewer)
    .flatMap((entry) => (isModuleGroup(entry) ? [...entry.children] : [entry]))
    .filter((m) => m.path !== "/");

  const details: DescriptionsProps["items"] = vendor
    ? [
        { key: "login", label: t.loginName, children: account.loginName },
        { key: "org", label: t.vendor, children: t.vendorName },
        {
          key: "roles",
          label: t.vendorRoles,
          children:
            viewer.vendorRoles.length > 0
              ? viewer.vendorRoles.map((r) => (
                  <Tag key={r} color="purple">
                    {vendorRoleLabel(lang, r)}
                  </Tag>
                ))
              : t.none,
        },
      ]
    : [
        { key: "login", label: t.loginName, children: account.loginName },
        { key: "dealer", label: t.dealer, children: account.dealer?.name ?? "—" },
        { key: "type", label: t.accountType, children: accountTypeLabel(lang, account.accountType) },
        {
          key: "delegate",
          label: t.delegate,
          children: account.delegate ? `${account.delegate.realName}（${account.delegate.loginName}）` : t.none,
        },
      ];

  return (
    <Space orientation="vertical" size="large" style={{ width: "100%" }}>
      <Card>
        <Typography.Title level={3} style={{ marginTop: 0 }} data-testid="workbench-welcome">
          {t.welcome(viewer.actor.realName)}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ marginBottom: viewer.actingAs ? 16 : 0 }}>
          {t.intro}
        </Typography.Paragraph>
        {viewer.actingAs ? <Alert type="warning" showIcon title={t.actingFor(viewer.actingAs.realName)} /> : null}
      </Card>
      <Row gutter={[24, 24]}>
        <Col xs={24} lg={10}>
          <Card title={account.realName} style={{ height: "100%" }}>
            <Descriptions column={1} size="small" items={details} />
          </Card>
        </Col>
        {vendor ? null : (
          <Col xs={24} lg={14}>
            <Card
              title={viewer.actingAs ? t.permissionsActing(viewer.actingAs.realName) : t.permissions}
              style={{ height: "100%" }}
              data-testid="workbench-permissions"
            >
              {viewer.permissions.length > 0 ? (
                <Space size={[8, 8]} wrap>
                  {viewer.permissions.map((p) => (
                    <Tag key={p} color="blue">
                      {permissionLabel(lang, p)}
                    </Tag>
                  ))}
                </Space>
              ) : (
                <Empty description={t.noPermissions} />
              )}
            </Card>
          </Col>
        )}
        <Col xs={24} lg={vendor ? 14 : 24}>
          <Card title={t.modules} style={{ height: "100%" }} data-testid="workbench-modules">
            <Space size={[8, 8]} wrap>
              {modules.map((m) => (
                <Link key={m.path} href={m.path}>
                  <Button>
                    {pickLabel(lang, m)}
                    {m.built ? null : (
                      <Tag style={{ marginInlineStart: 6, marginInlineEnd: 0 }} variant="filled">
                        {t.notBuilt}
                      </Tag>
                    )}
                  </Button>
                </Link>
              ))}
            </Space>
          </Card>
        </Col>
        {viewer.principalsICanActFor.length > 0 && !viewer.actingAs ? (
          <Col xs={24}>
            <Card
              title={t.canActFor}
              extra={
                <Link href="/settings/delegate">
                  <Button type="link">{t.goDelegate}</Button>
                </Link>
              }
            >
              <Space size={[8, 8]} wrap>
                {viewer.principalsICanActFor.map((p) => (
                  <Tag key={p.id}>{`${p.realName}（${p.loginName}）`}</Tag>
                ))}
              </Space>
            </Card>
          </Col>
        ) : null}
      </Row>
    </Space>
  );
}
