"use client";

import { CopyOutlined, DownloadOutlined } from "@ant-design/icons";
import { Alert, App, Button, Card, Flex, Input, Space, Typography } from "antd";
import { useEffect, useState } from "react";
import type { CampaignEditorFieldsFragment } from "@/gql/graphql";
import { useMessages } from "@/shared/i18n/lang-provider";
import { campaignMessages } from "../campaign.messages";

/** Each saved channel's share link (`<origin>/c/<slug>?ch=<code>`) with copy, and its QR code as PNG and SVG. */
export function CampaignSharePanel({ campaign }: { campaign: CampaignEditorFieldsFragment }) {
  const t = useMessages(campaignMessages);
  const { message } = App.useApp();
  // The console's origin is the page's; known only in the browser.
  const [origin, setOrigin] = useState("");
  useEffect(() => setOrigin(window.location.origin), []);

  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      message.success(t.copied);
    } catch {
      message.error(t.copyFailed);
    }
  };
  const qr = (code: string, ext: "png" | "svg") =>
    `/campaign-files/qr/${campaign.id}/${code}.${ext}?origin=${encodeURIComponent(origin)}&download=1`;

  return (
    <Card title={t.shareTitle} data-testid="campaign-share">
      {campaign.liveness !== "LIVE" ? (
        <Alert type="info" showIcon title={t.shareHint} style={{ marginBottom: 16 }} />
      ) : null}
      <Flex vertical gap={16}>
        {campaign.channels.map((c) => {
          const link = `${origin}${c.sharePath}`;
          return (
            <Flex key={c.code} vertical gap={6} data-testid={`share-${c.code}`}>
              <Typography.Text strong>
                {c.name} <Typography.Text type="secondary">({c.code})</Typography.Text>
              </Typography.Text>
              <Space.Compact style={{ width: "100%" }}>
                <Input readOnly value={link} data-testid={`share-link-${c.code}`} onFocus={(e) => e.target.select()} />
                <Button icon={<CopyOutlined />} onClick={() => void copy(link)}>
                  {t.copy}
                </Button>
              </Space.Compact>
              <Space size={16}>
                <Typography.Link href={qr(c.code, "png")} data-testid={`qr-png-${c.code}`}>
                  <DownloadOutlined /> {t.qrPng}
                </Typography.Link>
                <Typography.Link href={qr(c.code, "svg")} data-testid={`qr-svg-${c.code}`}>
                  <DownloadOutlined /> {t.qrSvg}
                </Typography.Link>
              </Space>
            </Flex>
          );
        })}
      </Flex>
    </Card>
  );
}
