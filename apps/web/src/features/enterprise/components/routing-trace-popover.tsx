"use client";

import { Button, Popover, Typography } from "antd";
import { useLang, useMessages } from "@/shared/i18n/lang-provider";
import { enterpriseMessages } from "../enterprise.messages";
import { routingTraceLines } from "../routing-trace";

/** The routing trace as numbered lines, in the current language. */
export function RoutingTraceLines({ trace }: { trace: unknown }) {
  const lang = useLang();
  const t = useMessages(enterpriseMessages);
  const lines = routingTraceLines(trace, lang);
  if (!lines) return <Typography.Text type="secondary">{t.traceEmpty}</Typography.Text>;
  return (
    <ol style={{ margin: 0, paddingInlineStart: 20, lineHeight: 1.7 }} data-testid="routing-trace-lines">
      {lines.map((line, i) => (
        <li key={i}>{line}</li>
      ))}
    </ol>
  );
}

/** 「分配说明」 of a routed enterprise: a link that opens the trace. */
export function RoutingTracePopover({ trace }: { trace: unknown }) {
  const lang = useLang();
  const t = useMessages(enterpriseMessages);
  if (!routingTraceLines(trace, lang)) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Popover
      title={t.traceTitle}
      trigger="click"
      placement="bottomLeft"
      content={
        <div style={{ maxWidth: 460 }}>
          <RoutingTraceLines trace={trace} />
        </div>
      }
    >
      <Button type="link" size="small" style={{ paddingInline: 0 }}>
        {t.viewTrace}
      </Button>
    </Popover>
  );
}
