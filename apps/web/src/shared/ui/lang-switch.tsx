"use client";

import { Segmented } from "antd";
import type { Lang } from "../i18n/lang";
import { useLang, useSwitchLang } from "../i18n/lang-provider";

const OPTIONS: { label: string; value: Lang }[] = [
  { label: "中文", value: "zh" },
  { label: "EN", value: "en" },
];

/** 中文 / EN: writes the `lang` cookie and re-renders. */
export function LangSwitch() {
  const lang = useLang();
  const switchLang = useSwitchLang();
  return (
    <Segmented<Lang>
      size="small"
      options={OPTIONS}
      value={lang}
      onChange={switchLang}
      aria-label={lang === "zh" ? "切换语言" : "Language"}
      data-testid="lang-switch"
    />
  );
}
