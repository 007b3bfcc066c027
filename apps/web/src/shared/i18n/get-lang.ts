import { cookies } from "next/headers";
import { LANG_COOKIE, parseLang, type Lang } from "./lang";

/** Server side: the language chosen with the `lang` cookie (zh by default). */
export async function getLang(): Promise<Lang> {
  const store = await cookies();
  return parseLang(store.get(LANG_COOKIE)?.value);
}
