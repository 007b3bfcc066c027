"use client";

import { Button, Card, Result } from "antd";
import Link from "next/link";
import { pickLabel } from "@/shared/i18n/lang";
import { useLang, useMessages } from "@/shared/i18n/lang-provider";
import { shellMessages } from "../shell.messages";

export interface PlaceholderModule {
  title: { zh: string; en: string };
  about: { zh: string; en: string } | null;
}

/** An honest page for a module that is not built yet: what it will do, and no fake data. */
export function ModulePlaceholder({ module }: { module: PlaceholderModule }) {
  const lang = useLang();
  const t = useMessages(shellMessages);
  return (
    <Card title={pickLabel(lang, module.title)}>
      <Result
        status="info"
        title={t.notBuiltTitle}
        subTitle={module.about ? pickLabel(lang, module.about) : undefined}
        extra={
          <Link href="/">
            <Button type="primary">{t.backToWorkbench}</Button>
          </Link>
        }
        data-testid="module-placeholder"
      />
    </Card>
  );
}
