import type { Metadata } from "next";
import { getLang } from "@/shared/i18n/get-lang";
import { pickLabel, type Lang } from "@/shared/i18n/lang";
import { DEALER_MENU, isModuleGroup, VENDOR_MENU, type ConsoleMenuEntry } from "./console-modules";

/** The product's name, the suffix of every page title ("<page> · 销售后台"; see app/layout.tsx). */
export function productTitle(lang: Lang): string {
  return lang === "zh" ? "销售后台" : "Sales Console";
}

function moduleLabel(entries: readonly ConsoleMenuEntry[], path: string): { zh: string; en: string } | null {
  for (const entry of entries) {
    if (isModuleGroup(entry)) {
      const found = moduleLabel(entry.children, path);
      if (found) return found;
    } else if (entry.path === path) {
      return { zh: entry.zh, en: entry.en };
    }
  }
  return null;
}

/** `<title>` of a console page: the menu module's name at `path` (the layout appends the product). */
export async function modulePageMetadata(path: string): Promise<Metadata> {
  const lang = await getLang();
  const label = moduleLabel(DEALER_MENU, path) ?? moduleLabel(VENDOR_MENU, path);
  return label ? { title: pickLabel(lang, label) } : {};
}

/** `<title>` of a page that is not a menu module (e.g. sign-in). */
export async function pageMetadata(title: { zh: string; en: string }): Promise<Metadata> {
  return { title: pickLabel(await getLang(), title) };
}
