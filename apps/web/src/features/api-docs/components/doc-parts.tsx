"use client";

import { CheckOutlined, CopyOutlined, KeyOutlined } from "@ant-design/icons";
import { Alert, Anchor, Button, Card, Col, Row, Tooltip, Typography } from "antd";
import Link from "next/link";
import { useState, type ReactNode } from "react";
import { useMessages } from "@/shared/i18n/lang-provider";
import { apiDocsMessages } from "../api-docs.messages";
import type { DocHeading } from "../doc-outline";

/**
 * The antd pieces the server-rendered document is made of. The markdown is turned into React on
 * the server; these client parts only add antd's look, the table of contents and the copy button.
 */
export function DocTitle({ level, id, children }: { level: 3 | 4 | 5; id?: string; children: ReactNode }) {
  return (
    <Typography.Title level={level} id={id} className="api-doc-heading">
      {children}
    </Typography.Title>
  );
}

export function DocParagraph({ children }: { children: ReactNode }) {
  return <Typography.Paragraph>{children}</Typography.Paragraph>;
}

export function DocInlineCode({ children }: { children: ReactNode }) {
  return <Typography.Text code>{children}</Typography.Text>;
}

export function DocLink({ href, children }: { href?: string; children: ReactNode }) {
  const external = href !== undefined && /^https?:/.test(href);
  return (
    <Typography.Link href={href} {...(external ? { target: "_blank", rel: "noreferrer noopener" } : {})}>
      {children}
    </Typography.Link>
  );
}

/** A code block with its language and a copy button that copies exactly what is shown. */
export function DocCodeBlock({ code, lang }: { code: string; lang: string | null }) {
  const t = useMessages(apiDocsMessages);
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  async function copy() {
    try {
      await navigator.clipboard.writeText(code);
      setState("copied");
    } catch {
      setState("failed");
    }
    window.setTimeout(() => setState("idle"), 2000);
  }
  return (
    <div className="api-doc-code" data-testid="api-doc-code" data-lang={lang ?? ""}>
      <div className="api-doc-code-bar">
        <span className="api-doc-code-lang">{lang ?? ""}</span>
        <Tooltip title={state === "failed" ? t.copyFailed : null} open={state === "failed" ? true : undefined}>
          <Button
            size="small"
            type="text"
            icon={state === "copied" ? <CheckOutlined /> : <CopyOutlined />}
            onClick={() => void copy()}
            data-testid="api-doc-copy"
            className="api-doc-copy"
          >
            {state === "copied" ? t.copied : t.copy}
          </Button>
        </Tooltip>
      </div>
      <pre>
        <code>{code}</code>
      </pre>
    </div>
  );
}

/** The table of contents: the document's ## and ### headings, following the scroll. */
export function DocToc({ headings }: { headings: DocHeading[] }) {
  const t = useMessages(apiDocsMessages);
  const items = [];
  for (const h of headings) {
    const item = { key: h.id, href: `#${h.id}`, title: h.text };
    const parent = items[items.length - 1];
    if (h.depth === 3 && parent) parent.children.push(item);
    else items.push({ ...item, children: [] as (typeof item)[] });
  }
  return (
    <div data-testid="api-doc-toc">
      <Typography.Text type="secondary" strong className="api-doc-toc-title">
        {t.toc}
      </Typography.Text>
      <Anchor items={items} offsetTop={72} targetOffset={80} />
    </div>
  );
}

/** The page around the document: its card with the way back to the keys, and the contents beside it. */
export function DocFrame({
  origin,
  keysHref,
  headings,
  children,
}: {
  origin: string;
  keysHref: string;
  headings: DocHeading[];
  children: ReactNode;
}) {
  const t = useMessages(apiDocsMessages);
  return (
    <Row gutter={24} wrap={false} className="api-doc">
      <Col flex="auto" style={{ minWidth: 0 }}>
        <Card
          title={t.title}
          extra={
            <Link href={keysHref} data-testid="api-docs-keys-link">
              <Button icon={<KeyOutlined />}>{t.keys}</Button>
            </Link>
          }
        >
          <Alert
            type="info"
            showIcon
            title={
              <span>
                {t.intro}{" "}
                <Typography.Text code data-testid="api-doc-origin">
                  {origin}
                </Typography.Text>
              </span>
            }
            description={t.contract}
            style={{ marginBottom: 24 }}
          />
          {children}
        </Card>
      </Col>
      <Col flex="260px" className="api-doc-toc-col">
        <div className="api-doc-toc">
          <DocToc headings={headings} />
        </div>
      </Col>
    </Row>
  );
}
