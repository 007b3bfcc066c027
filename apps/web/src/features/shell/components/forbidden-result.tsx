"use client";

import { Button, Result } from "antd";
import Link from "next/link";
import { useMessages } from "@/shared/i18n/lang-provider";
import { shellMessages } from "../shell.messages";

export function ForbiddenResult() {
  const t = useMessages(shellMessages);
  return (
    <Result
      status="403"
      title={t.forbiddenTitle}
      subTitle={t.forbiddenSubtitle}
      extra={
        <Link href="/">
          <Button type="primary">{t.backToWorkbench}</Button>
        </Link>
      }
    />
  );
}
