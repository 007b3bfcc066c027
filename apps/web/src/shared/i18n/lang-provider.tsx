"use client";

import { useRouter } from "next/navigation";
import { createContext, useCallback, useContext, type ReactNode } from "react";
import { LANG_COOKIE, type Lang, type Messages } from "./lang";

const LangContext = createContext<Lang>("zh");

export function LangProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  return <LangContext.Provider value={lang}>{children}</LangContext.Provider>;
}

export function useLang(): Lang {
  return useContext(LangContext);
}

/** The current language's half of a feature dictionary. */
export function useMessages<T>(messages: Messages<T>): T {
  return messages[useLang()];
}

/** Store the choice in the `lang` cookie (one year) and re-render the server tree with it. */
export function useSwitchLang(): (lang: Lang) => void {
  const router = useRouter();
  return useCallback(
    (lang: Lang) => {
      document.cookie = `${LANG_COOKIE}=${lang}; path=/; max-age=31536000; samesite=lax`;
      router.refresh();
    },
    [router],
  );
}
