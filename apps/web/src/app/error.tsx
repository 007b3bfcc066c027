"use client";

import { Button, Result } from "antd";
import { shellMessages } from "@/features/shell/shell.messages";
import { useMessages } from "@/shared/i18n/lang-provider";

/** A server component failed (e.g. the API is down): say so plainly and offer a retry. */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useMessages(shellMessages);
  return (
    <Result
      status="500"
      title={t.errorTitle}
      subTitle={t.errorSubtitle}
      extra={
        <Button type="primary" onClick={reset}>
          {t.retry}
        </Button>
      }
    />
  );
}
