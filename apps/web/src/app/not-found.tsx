"use client";

import { Button, Result } from "antd";
import Link from "next/link";
import { shellMessages } from "@/features/shell/shell.messages";
import { useMessages } from "@/shared/i18n/lang-provider";

export default function NotFound() {
  const t = useMessages(shellMessages);
  return (
    <Result
      status="404"
      title={t.notFoundTitle}
      extra={
        <Link href="/">
          <Button type="primary">{t.backToWorkbench}</Button>
        </Link>
      }
    />
  );
}
