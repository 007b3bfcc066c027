"use client";

import type { CampaignFormField } from "@crm/domain";
import { useMemo } from "react";
import { renderLive } from "../h5/render-h5";

export interface PreviewContent {
  title: string;
  bodyHtml: string;
  bannerUrl: string | null;
  formFields: CampaignFormField[];
}

const PHONE_WIDTH = 375;
const PHONE_HEIGHT = 667;

/**
 * The H5 page as a visitor's phone shows it: the public page's own renderer (render-h5.ts) in a
 * 375 × 667 frame. The iframe is sandboxed without scripts or forms, so the author's unsaved
 * rich text can't run anything and the preview's form can't be submitted.
 */
export function CampaignPhonePreview({ content, label }: { content: PreviewContent; label: string }) {
  const srcDoc = useMemo(
    () =>
      renderLive(
        {
          liveness: "LIVE",
          slug: "preview",
          title: content.title,
          bodyHtml: content.bodyHtml,
          bannerUrl: content.bannerUrl,
          formFields: content.formFields,
          channel: null,
          formToken: null,
          validTo: null,
        },
        { done: false, error: null, utm: new URLSearchParams() },
      ),
    [content.title, content.bodyHtml, content.bannerUrl, content.formFields],
  );
  return (
    <div
      style={{
        width: PHONE_WIDTH + 24,
        padding: "36px 12px 40px",
        borderRadius: 40,
        background: "#1f2329",
        boxShadow: "0 12px 32px rgba(0,0,0,0.18)",
        position: "relative",
      }}
    >
      <div
        aria-hidden
        style={{
          position: "absolute",
          top: 14,
          left: "50%",
          width: 64,
          height: 6,
          marginLeft: -32,
          borderRadius: 3,
          background: "#4e5969",
        }}
      />
      <iframe
        title={label}
        sandbox=""
        srcDoc={srcDoc}
        data-testid="campaign-preview"
        style={{
          display: "block",
          width: PHONE_WIDTH,
          height: PHONE_HEIGHT,
          border: 0,
          borderRadius: 6,
          background: "#fff",
        }}
      />
    </div>
  );
}
