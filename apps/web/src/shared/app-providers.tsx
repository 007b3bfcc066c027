"use client";

import { App as AntdApp, ConfigProvider, theme as antdTheme } from "antd";
import enUS from "antd/locale/en_US";
import zhCN from "antd/locale/zh_CN";
import dayjs from "dayjs";
import "dayjs/locale/zh-cn";
import { useEffect, type ReactNode } from "react";
import { ApolloProvider } from "./apollo/apollo-provider";
import type { Lang } from "./i18n/lang";
import { LangProvider } from "./i18n/lang-provider";

/** System fonts only (the machines are offline): Latin first, then the common CJK faces. */
export const FONT_STACK =
  '-apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", Arial, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Noto Sans SC", "WenQuanYi Micro Hei", sans-serif';

export function AppProviders({ lang, children }: { lang: Lang; children: ReactNode }) {
  dayjs.locale(lang === "zh" ? "zh-cn" : "en");
  // Marks the document once React has hydrated it: from then on clicks reach their handlers
  // (browser tests wait for it after every full page load).
  useEffect(() => {
    document.documentElement.dataset.hydrated = "true";
  }, []);
  return (
    <LangProvider lang={lang}>
      <ConfigProvider
        locale={lang === "zh" ? zhCN : enUS}
        theme={{
          algorithm: antdTheme.defaultAlgorithm,
          token: { fontFamily: FONT_STACK, colorPrimary: "#1d4ed8", borderRadius: 6 },
        }}
      >
        <AntdApp>
          <ApolloProvider>{children}</ApolloProvider>
        </AntdApp>
      </ConfigProvider>
    </LangProvider>
  );
}
