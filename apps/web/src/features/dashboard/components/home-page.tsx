"use client";

import { Alert, Card, Space, Typography } from "antd";
import { useMessages } from "@/shared/i18n/lang-provider";
import { isVendorViewer, type Viewer } from "../../session/viewer";
import { dashboardMessages } from "../dashboard.messages";
import { DealerHome } from "./dealer-home";
import { VendorHome } from "./vendor-home";

/** 首页: the dealer home for dealer users, the role panels for vendor staff. */
export function HomePage({ viewer }: { viewer: Viewer }) {
  const t = useMessages(dashboardMessages);
  const vendor = isVendorViewer(viewer);
  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      <Card size="small" styles={{ body: { padding: "12px 20px" } }}>
        <Typography.Title level={4} style={{ margin: 0 }} data-testid="home-welcome">
          {t.welcome(viewer.actor.realName)}
        </Typography.Title>
        <Typography.Text type="secondary">
          {vendor ? t.vendorIntro : t.dealerIntro(viewer.account.dealer?.name ?? "")}
        </Typography.Text>
        {viewer.actingAs ? (
          <Alert style={{ marginTop: 12 }} type="warning" showIcon title={t.actingFor(viewer.actingAs.realName)} />
        ) : null}
      </Card>
      {vendor ? <VendorHome /> : <DealerHome />}
    </Space>
  );
}
