/**
 * Customer domain identity (SPEC §3): the one function that turns what a user typed — a domain,
 * a URL, an e-mail address — into the registrable domain that identifies a customer. Used by
 * enterprises, registrations, orders and campaign sign-ups alike. Pure: runs in Node and in
 * browsers.
 *
 * Steps: trim → strip scheme, credentials/e-mail local part, path, query, fragment and port →
 * IDN to ASCII per UTS #46 (the WHATWG URL host parser, which implements it; full-width
 * letters and the ideographic full stop "。" are mapped too) → drop one trailing dot → check
 * characters, label and name lengths → reduce to the registrable domain (eTLD+1) with the
 * public suffix list (tldts) → drop a leading "www." label.
 *
 * Public suffix list, ICANN section only (tldts `allowPrivateDomains: false`): the identity of
 * a customer is the domain it registered at a registrar and points its mail at. Private
 * suffixes (blogspot.com, github.io, cn.com …) are platforms' own subdomain schemes; honouring
 * them would split one registered domain into many "registrable" ones and let a platform's
 * users look like separate companies. So `foo.blogspot.com` reduces to `blogspot.com`.
 */
import { toUnicode } from "punycode.js";
import { parse } from "tldts";

export type DomainNameError =
  | "EMPTY"
  | "INVALID_CHARACTERS"
  | "INVALID_LABEL"
  | "LABEL_TOO_LONG"
  | "TOO_LONG"
  | "IP_ADDRESS"
  | "NO_PUBLIC_SUFFIX"
  | "IS_PUBLIC_SUFFIX";

export interface NormalizedDomain {
  ok: true;
  /** The full host in ASCII (punycode), lower case, without a leading "www.": "mail.example.com". */
  domain: string;
  /** The registrable domain (eTLD+1) in ASCII: the customer's identity. "example.com". */
  registrable: string;
  /** `domain` for display, IDN labels in Unicode: "例子.中国". */
  unicode: string;
  /** Whether `domain` has an internationalized (xn--) label. */
  isIdn: boolean;
}

export type NormalizeDomainResult = NormalizedDomain | { ok: false; reason: DomainNameError };

const DOMAIN_NAME_ERROR_MESSAGES = {
  EMPTY: { zh: "请输入域名，例如 example.com", en: "Enter a domain name, e.g. example.com" },
  INVALID_CHARACTERS: {
    zh: "域名含有无效字符，只能使用字母、数字、连字符（-）、点（.）或中文等文字，例如 example.com",
    en: "The domain name has invalid characters: use letters, digits, hyphens (-) and dots (.), e.g. example.com",
  },
  INVALID_LABEL: {
    zh: "域名格式不正确：各段不能为空，不能以连字符（-）开头或结尾，例如 example.com",
    en: "The domain name is malformed: no empty parts, and no part may start or end with a hyphen",
  },
  LABEL_TOO_LONG: {
    zh: "域名中每一段（两个点之间的部分）不能超过 63 个字符",
    en: "Each part of a domain name (between dots) can have at most 63 characters",
  },
  TOO_LONG: { zh: "域名太长，不能超过 253 个字符", en: "The domain name is too long (at most 253 characters)" },
  IP_ADDRESS: {
    zh: "请输入域名，不能使用 IP 地址，例如 example.com",
    en: "Enter a domain name, not an IP address, e.g. example.com",
  },
  NO_PUBLIC_SUFFIX: {
    zh: "无法识别的域名后缀，请输入已注册的域名，例如 example.com 或 example.cn",
    en: "Unknown domain suffix: enter a registered domain name, e.g. example.com or example.cn",
  },
  IS_PUBLIC_SUFFIX: {
    zh: "这是公共域名后缀（如 com.cn、co.uk），请输入完整的域名，例如 example.com.cn",
    en: "That is a public suffix (like com.cn or co.uk): enter the full domain, e.g. example.com.cn",
  },
} as const satisfies Record<DomainNameError, { zh: string; en: string }>;

export const DOMAIN_NAME_ERRORS = Object.keys(DOMAIN_NAME_ERROR_MESSAGES) as readonly DomainNameError[];

/** The message to show for a rejected domain, in Chinese (users) and English. */
export function domainNameErrorMessage(reason: DomainNameError): { zh: string; en: string } {
  return DOMAIN_NAME_ERROR_MESSAGES[reason];
}

export function isDomainNameError(value: unknown): value is DomainNameError {
  return typeof value === "string" && Object.prototype.hasOwnProperty.call(DOMAIN_NAME_ERROR_MESSAGES, value);
}

/** Longer input is refused before any parsing. */
const MAX_INPUT_LENGTH = 2048;
const MAX_NAME_LENGTH = 253;
const MAX_LABEL_LENGTH = 63;

const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;
const MAILTO = /^mailto:/i;
/** ASCII characters other than letters, digits, "-" and "."; non-ASCII goes to UTS #46. */
const BAD_ASCII = /[^a-z0-9.\-\u{80}-\u{10ffff}]/iu;
const WHITESPACE = /\s/;
const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;
const IPV6ISH = /^[0-9a-f:.]+$/i;
const LDH_NAME = /^[a-z0-9.-]+$/;

function fail(reason: DomainNameError): NormalizeDomainResult {
  return { ok: false, reason };
}

/** Pull the host out of a URL, an e-mail address or a bare host (with port or trailing dot). */
function extractHost(input: string): { host: string } | { error: DomainNameError } {
  let s = input.replace(SCHEME, "").replace(MAILTO, "");
  if (s.startsWith("//")) s = s.slice(2);
  const end = s.search(/[/?#\\]/);
  if (end >= 0) s = s.slice(0, end);
  const at = s.lastIndexOf("@");
  if (at >= 0) s = s.slice(at + 1);
  if (s.startsWith("[")) return { error: "IP_ADDRESS" };
  const colon = s.indexOf(":");
  if (colon >= 0) {
    if (s.indexOf(":", colon + 1) >= 0) return { error: IPV6ISH.test(s) ? "IP_ADDRESS" : "INVALID_CHARACTERS" };
    if (!/^\d*$/.test(s.slice(colon + 1))) return { error: "INVALID_CHARACTERS" };
    s = s.slice(0, colon);
  }
  return { host: s };
}

/** IDN → ASCII per UTS #46 through the WHATWG URL host parser (Node 20 and browsers). */
function toAsciiHost(host: string): string | null {
  try {
    return new URL(`http://${host}`).hostname;
  } catch {
    return null;
  }
}

function checkLabels(name: string): DomainNameError | null {
  for (const label of name.split(".")) {
    if (label.length === 0) return "INVALID_LABEL";
    if (label.length > MAX_LABEL_LENGTH) return "LABEL_TOO_LONG";
    if (label.startsWith("-") || label.endsWith("-")) return "INVALID_LABEL";
    // "ab--…" labels are reserved (IDNA2008); only the "xn--" ACE prefix is allowed there.
    if (label.slice(2, 4) === "--" && !label.startsWith("xn--")) return "INVALID_LABEL";
  }
  return null;
}

/** Normalize a customer domain (see the module comment); never throws. */
export function normalizeDomain(input: string): NormalizeDomainResult {
  const trimmed = input.trim();
  if (trimmed.length === 0) return fail("EMPTY");
  if (trimmed.length > MAX_INPUT_LENGTH) return fail("TOO_LONG");
  if (WHITESPACE.test(trimmed)) return fail("INVALID_CHARACTERS");

  const extracted = extractHost(trimmed);
  if ("error" in extracted) return fail(extracted.error);
  const host = extracted.host;
  if (host.length === 0) return fail("EMPTY");
  if (BAD_ASCII.test(host)) return fail("INVALID_CHARACTERS");
  if (host.startsWith(".")) return fail("INVALID_LABEL");

  const parsed = toAsciiHost(host);
  if (parsed === null) return fail(/^[\d.]+$/.test(host) ? "IP_ADDRESS" : "INVALID_CHARACTERS");
  // The URL parser reads numeric hosts ("1.2.3", "0x7f.1", "2130706433") as IPv4 addresses.
  if (IPV4.test(parsed) || parsed.startsWith("[")) return fail("IP_ADDRESS");
  const ascii = parsed.endsWith(".") ? parsed.slice(0, -1) : parsed;
  if (ascii.length === 0) return fail("EMPTY");
  if (!LDH_NAME.test(ascii)) return fail("INVALID_CHARACTERS");
  if (ascii.length > MAX_NAME_LENGTH) return fail("TOO_LONG");
  const labelError = checkLabels(ascii);
  if (labelError) return fail(labelError);

  const psl = parse(ascii, {
    allowPrivateDomains: false,
    extractHostname: false,
    detectIp: true,
    validateHostname: false,
  });
  if (psl.isIp) return fail("IP_ADDRESS");
  if (psl.isIcann !== true || !psl.publicSuffix) return fail("NO_PUBLIC_SUFFIX");
  const registrable = psl.domain;
  if (!registrable) return fail("IS_PUBLIC_SUFFIX");

  // "www." goes only when it is a subdomain label (www.com is a registrable domain).
  const domain = ascii.startsWith("www.") && ascii !== registrable ? ascii.slice(4) : ascii;
  return {
    ok: true,
    domain,
    registrable,
    unicode: toUnicodeDomain(domain),
    isIdn: domain.split(".").some((label) => label.startsWith("xn--")),
  };
}

/**
 * An ASCII (punycode) domain for display: "xn--fsqu00a.xn--fiqs8s" → "例子.中国". Labels that
 * are not valid punycode are left as they are; never throws.
 */
export function toUnicodeDomain(ascii: string): string {
  return ascii
    .trim()
    .toLowerCase()
    .split(".")
    .map((label) => {
      if (!label.startsWith("xn--")) return label;
      try {
        return toUnicode(label);
      } catch {
        return label;
      }
    })
    .join(".");
}
