import { CombinedGraphQLErrors, ServerError } from "@apollo/client/errors";
import { ERROR_MESSAGES, isErrorCode } from "@crm/domain";
import type { Lang } from "../i18n/lang";

export interface CodedError {
  code: string | null;
  message: string;
}

const NETWORK_MESSAGE = {
  zh: "无法连接服务器，请检查网络后重试",
  en: "Can't reach the server, check the connection and try again",
} as const;

function stringField(record: Readonly<Record<string, unknown>> | undefined, key: string): string | null {
  const value = record?.[key];
  return typeof value === "string" && value.length > 0 ? value : null;
}

/**
 * The message to show for a failed operation, in the current language:
 * the API's `extensions.messageZh` / `messageEn`, else the domain's message for the code,
 * else a network message. Internal messages are never shown.
 */
export function describeError(error: unknown, lang: Lang): CodedError {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const extensions = first?.extensions;
    const code = stringField(extensions, "code");
    const apiMessage = stringField(extensions, lang === "zh" ? "messageZh" : "messageEn");
    if (apiMessage) return { code, message: apiMessage };
    if (isErrorCode(code)) return { code, message: ERROR_MESSAGES[code][lang] };
    return { code, message: ERROR_MESSAGES.INTERNAL[lang] };
  }
  if (ServerError.is(error)) {
    return { code: null, message: ERROR_MESSAGES.INTERNAL[lang] };
  }
  return { code: null, message: NETWORK_MESSAGE[lang] };
}

/** The stable code of a failed operation, when the API sent one. */
export function errorCode(error: unknown): string | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  return stringField(error.errors[0]?.extensions, "code");
}
