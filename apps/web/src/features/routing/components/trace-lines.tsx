"use client";

import { Typography } from "antd";
import { useLang } from "@/shared/i18n/lang-provider";

/** A routing trace as numbered lines in the console's language. */
export function TraceLines({
  lines,
  empty,
}: {
  lines: { zh: readonly string[]; en: readonly string[] } | null | undefined;
  empty?: string;
}) {
  const lang = useLang();
  const list = lines ? lines[lang] : [];
  if (list.length === 0) return <Typography.Text type="secondary">{empty ?? "—"}</Typography.Text>;
  return (
    <ol style={{ margin: 0, paddingInlineStart: 20 }} data-testid="trace-lines">
      {list.map((line, i) => (
        <li key={i} style={{ lineHeight: 1.7 }}>
          {line}
        </li>
      ))}
    </ol>
  );
}
