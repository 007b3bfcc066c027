import type { ReactElement, ReactNode } from "react";
import Markdown, { type Components } from "react-markdown";
import remarkGfm from "remark-gfm";
import { docOutline, fillOrigin, headingId } from "../doc-outline";
import "./api-docs.css";
import { DocCodeBlock, DocFrame, DocInlineCode, DocLink, DocParagraph, DocTitle } from "./doc-parts";

/** The text of rendered children (a heading's words for its anchor id, a code block's source). */
function textOf(node: ReactNode): string {
  if (typeof node === "string" || typeof node === "number") return String(node);
  if (Array.isArray(node)) return node.map(textOf).join("");
  if (node && typeof node === "object" && "props" in node) {
    return textOf((node as ReactElement<{ children?: ReactNode }>).props.children);
  }
  return "";
}

function components(origin: string): Components {
  const heading =
    (level: 3 | 4 | 5) =>
    ({ children }: { children?: ReactNode }) => (
      <DocTitle level={level} id={headingId(textOf(children))}>
        {children}
      </DocTitle>
    );
  return {
    // the card already says 接口文档: the document's own levels sit one step lower
    h1: heading(3),
    h2: heading(4),
    h3: heading(5),
    h4: heading(5),
    p: ({ children }) => <DocParagraph>{children}</DocParagraph>,
    a: ({ href, children }) => <DocLink href={href}>{children}</DocLink>,
    code: ({ children }) => <DocInlineCode>{children}</DocInlineCode>,
    // a fenced block: its code element carries the language; the examples get this console's address
    pre: ({ children }) => {
      const code = (children as ReactElement<{ className?: string; children?: ReactNode }> | undefined)?.props;
      const lang = /language-(\w+)/.exec(code?.className ?? "")?.[1] ?? null;
      return <DocCodeBlock lang={lang} code={fillOrigin(textOf(code?.children).replace(/\n$/, ""), origin)} />;
    },
    table: ({ children }) => (
      <div className="api-doc-table">
        <table>{children}</table>
      </div>
    ),
  };
}

/**
 * 接口文档: docs/partner-api.md rendered on the server (react-markdown + GFM tables; raw HTML in
 * the file is not rendered), with a table of contents and the examples filled with `origin`.
 */
export function ApiDocsPage({ markdown, origin, keysHref }: { markdown: string; origin: string; keysHref: string }) {
  return (
    <DocFrame origin={origin} keysHref={keysHref} headings={docOutline(markdown)}>
      <article className="api-doc-body" data-testid="api-doc-body">
        <Markdown remarkPlugins={[remarkGfm]} components={components(origin)} skipHtml>
          {markdown}
        </Markdown>
      </article>
    </DocFrame>
  );
}
