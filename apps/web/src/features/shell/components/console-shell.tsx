"use client";

import { LogoutOutlined, MenuFoldOutlined, MenuUnfoldOutlined, UserOutlined } from "@ant-design/icons";
import { useMutation } from "@apollo/client/react";
import { Alert, App, Avatar, Button, Flex, Layout, Menu, Space, Tag, Tooltip, Typography } from "antd";
import type { MenuProps } from "antd";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useMemo, useState, type ReactNode } from "react";
import { describeError } from "@/shared/apollo/error-message";
import { accountTypeLabel, vendorRoleLabel } from "@/shared/domain-labels";
import { pickLabel } from "@/shared/i18n/lang";
import { useLang, useMessages } from "@/shared/i18n/lang-provider";
import { LangSwitch } from "@/shared/ui/lang-switch";
import { LogoutMutation, StopActingAsMutation } from "../../session/graphql/session.operations";
import { NoticeBell } from "../../notice/components/notice-bell";
import { ViewerProvider } from "../../session/components/viewer-provider";
import { isVendorViewer, type Viewer } from "../../session/viewer";
import { isModuleGroup, menuKeyFor, visibleMenu, type ConsoleMenuEntry } from "../console-modules";
import { shellMessages } from "../shell.messages";
import { moduleIcon } from "./module-icon";

type MenuItem = Required<MenuProps>["items"][number];

function toMenuItems(entries: readonly ConsoleMenuEntry[], lang: "zh" | "en"): MenuItem[] {
  return entries.map((entry): MenuItem => {
    if (isModuleGroup(entry)) {
      return {
        key: `group:${entry.key}`,
        icon: moduleIcon(entry.icon),
        label: pickLabel(lang, entry),
        children: entry.children.map((m) => ({
          key: m.path,
          label: <Link href={m.path}>{pickLabel(lang, m)}</Link>,
        })),
      };
    }
    return {
      key: entry.path,
      icon: moduleIcon(entry.icon),
      label: <Link href={entry.path}>{pickLabel(lang, entry)}</Link>,
    };
  });
}

function groupKeyOf(entries: readonly ConsoleMenuEntry[], path: string): string | null {
  for (const entry of entries) {
    if (isModuleGroup(entry) && entry.children.some((m) => m.path === path)) return `group:${entry.key}`;
  }
  return null;
}

/** The console frame: sider menu, header with the signed-in user, the acting-as banner. */
export function ConsoleShell({ viewer, children }: { viewer: Viewer; children: ReactNode }) {
  const lang = useLang();
  const t = useMessages(shellMessages);
  const { message } = App.useApp();
  const pathname = usePathname();
  const [collapsed, setCollapsed] = useState(false);
  const entries = useMemo(() => visibleMenu(viewer), [viewer]);
  const items = useMemo(() => toMenuItems(entries, lang), [entries, lang]);
  const menuKey = menuKeyFor(entries, pathname);
  const currentGroup = groupKeyOf(entries, menuKey);
  const [openKeys, setOpenKeys] = useState<string[]>(currentGroup ? [currentGroup] : []);

  const [logout, { loading: loggingOut }] = useMutation(LogoutMutation);
  const [stopActing, { loading: stopping }] = useMutation(StopActingAsMutation);

  const actor = viewer.actor;
  const vendor = isVendorViewer(viewer);
  const roleText = vendor
    ? actor.vendorRoles.map((r) => vendorRoleLabel(lang, r)).join(" / ") || t.vendorStaff
    : accountTypeLabel(lang, actor.accountType);

  async function onLogout() {
    try {
      await logout();
      window.location.assign("/login");
    } catch (e) {
      message.error(describeError(e, lang).message || t.logoutFailed);
    }
  }

  async function onStopActing() {
    try {
      await stopActing();
      message.success(t.stopActingDone);
      window.location.assign("/");
    } catch (e) {
      message.error(describeError(e, lang).message);
    }
  }

  return (
    <ViewerProvider viewer={viewer}>
      <Layout style={{ minHeight: "100vh" }}>
        <Layout.Sider
          width={232}
          collapsible
          collapsed={collapsed}
          trigger={null}
          theme="dark"
          style={{ position: "sticky", top: 0, height: "100vh", overflow: "auto" }}
        >
          <Link
            href="/"
            style={{
              display: "block",
              height: 56,
              lineHeight: "56px",
              padding: collapsed ? "0 12px" : "0 24px",
              color: "#fff",
              fontSize: collapsed ? 14 : 18,
              fontWeight: 600,
              letterSpacing: 1,
              whiteSpace: "nowrap",
              overflow: "hidden",
              textAlign: collapsed ? "center" : "left",
            }}
          >
            {collapsed ? t.productName.slice(0, 2) : t.productName}
          </Link>
          <Menu
            theme="dark"
            mode="inline"
            items={items}
            selectedKeys={[menuKey]}
            openKeys={collapsed ? undefined : openKeys}
            onOpenChange={(keys) => setOpenKeys(keys)}
            aria-label={lang === "zh" ? "主菜单" : "Main menu"}
            data-testid="console-menu"
          />
        </Layout.Sider>
        <Layout>
          <Layout.Header
            style={{
              background: "#fff",
              padding: "0 24px 0 8px",
              height: 56,
              lineHeight: "56px",
              borderBottom: "1px solid #f0f0f0",
              position: "sticky",
              top: 0,
              zIndex: 10,
            }}
          >
            <Flex justify="space-between" align="center" style={{ height: "100%" }}>
              <Space size="middle">
                <Tooltip title={collapsed ? t.expand : t.collapse}>
                  <Button
                    type="text"
                    aria-label={collapsed ? t.expand : t.collapse}
                    icon={collapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
                    onClick={() => setCollapsed(!collapsed)}
                  />
                </Tooltip>
                <Typography.Text strong>
                  {vendor ? t.vendorConsole : (viewer.account.dealer?.name ?? "")}
                </Typography.Text>
              </Space>
              <Space size="middle">
                {vendor ? null : <NoticeBell />}
                <LangSwitch />
                <Space size={8} data-testid="current-user">
                  <Avatar size="small" icon={<UserOutlined />} style={{ background: "#1d4ed8" }} />
                  <Typography.Text>{actor.realName}</Typography.Text>
                  <Tag color={vendor ? "purple" : "blue"} style={{ marginInlineEnd: 0 }}>
                    {roleText}
                  </Tag>
                </Space>
                <Button icon={<LogoutOutlined />} onClick={onLogout} loading={loggingOut} data-testid="logout">
                  {t.logout}
                </Button>
              </Space>
            </Flex>
          </Layout.Header>
          {viewer.actingAs ? (
            <Alert
              banner
              type="warning"
              showIcon
              data-testid="acting-as-banner"
              style={{ paddingInline: 24 }}
              title={
                <Space>
                  <Typography.Text strong>{t.actingAs(viewer.actingAs.realName)}</Typography.Text>
                  <Typography.Text type="secondary">{t.actingAsHint}</Typography.Text>
                </Space>
              }
              action={
                <Button size="small" danger onClick={onStopActing} loading={stopping} data-testid="stop-acting">
                  {t.stopActing}
                </Button>
              }
            />
          ) : null}
          <Layout.Content style={{ padding: 24 }}>{children}</Layout.Content>
        </Layout>
      </Layout>
    </ViewerProvider>
  );
}
