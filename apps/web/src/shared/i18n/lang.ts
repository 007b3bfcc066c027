/** The console's two languages; zh-CN is the default (SPEC preamble). Safe on server and client. */
export const LANGS = ["zh", "en"] as const;
export type Lang = (typeof LANGS)[number];

export const DEFAULT_LANG: Lang = "zh";
export const LANG_COOKIE = "lang";

export function parseLang(value: string | undefined | null): Lang {
  return value === "en" ? "en" : DEFAULT_LANG;
}

/** The `lang` attribute of <html>. */
export function htmlLang(lang: Lang): string {
  return lang === "zh" ? "zh-CN" : "en";
}

/** A label carried in both languages, as the domain package and the API catalogs give them. */
export interface BilingualLabel {
  readonly zh: string;
  readonly en: string;
}

export function pickLabel(lang: Lang, label: BilingualLabel): string {
  return lang === "zh" ? label.zh : label.en;
}

/** Catalog entries from the API carry `labelZh` / `labelEn`. */
export function pickCatalogLabel(lang: Lang, entry: { labelZh: string; labelEn: string }): string {
  return lang === "zh" ? entry.labelZh : entry.labelEn;
}

/**
 * A feature's dictionary: write the Chinese one, type the English one as `typeof zh`,
 * so a missing or extra key in either language fails the typecheck.
 */
export type Messages<T> = Readonly<Record<Lang, T>>;
