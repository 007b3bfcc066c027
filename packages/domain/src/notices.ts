import { toUnicodeDomain } from "./domain-name";

/**
 * 消息中心 (SPEC §8): the kinds of notice, their texts in both languages and the limits of a
 * vendor announcement. Pure: the API stores the Chinese text, the console renders English
 * from the same structured params.
 */
export const NOTICE_TYPES = [
  { code: "DOMAIN_ATTEMPT", zh: "域名试报备通知", en: "Registration attempt" },
  { code: "DOMAIN_VERIFY_REQUEST", zh: "域名认证通知", en: "Domain verification request" },
  { code: "DOMAIN_VERIFIED", zh: "域名生效通知", en: "Domain verified" },
  { code: "REGISTRATION_EXPIRING", zh: "报备即将到期", en: "Registration expiring" },
  { code: "REQUEST_DECISION", zh: "业务申请审批通知", en: "Request decision" },
  { code: "ANNOUNCEMENT", zh: "公告", en: "Announcement" },
] as const;

export type NoticeType = (typeof NOTICE_TYPES)[number]["code"];

/** Notices the system raises (every kind but the vendor's hand-written announcements). */
export type SystemNoticeType = Exclude<NoticeType, "ANNOUNCEMENT">;

export function noticeTypeLabel(type: NoticeType, lang: "zh" | "en"): string {
  const entry = NOTICE_TYPES.find((t) => t.code === type);
  return entry ? entry[lang] : type;
}

export function isNoticeType(value: unknown): value is NoticeType {
  return typeof value === "string" && NOTICE_TYPES.some((t) => t.code === value);
}

export const ANNOUNCEMENT_TITLE_MAX = 100;
export const ANNOUNCEMENT_BODY_MAX = 5000;
export const NOTICE_LINK_MAX = 500;

/**
 * A link a notice may carry: a path inside the console ("/registrations", not "//host") or an
 * http(s) URL. Anything else (javascript:, data:, relative text) is refused.
 */
export function isSafeNoticeLink(link: string): boolean {
  if (link.length === 0 || link.length > NOTICE_LINK_MAX || /\s/.test(link)) return false;
  if (link.startsWith("/")) return !link.startsWith("//") && !link.startsWith("/\\");
  try {
    const url = new URL(link);
    return (url.protocol === "https:" || url.protocol === "http:") && url.hostname.length > 0;
  } catch {
    return false;
  }
}

/** The structured facts of a system notice, as stored in notice.params. */
export interface NoticeParams {
  /** The registrable domain in ASCII (shown in Unicode). */
  domain?: string;
  productLineId?: string;
  productLineName?: string;
  /** Events aggregated into the notice (attempts, verification requests of one day). */
  count?: number;
  /** The Asia/Shanghai calendar day the events belong to, YYYY-MM-DD. */
  day?: string;
  registrationId?: string;
  /** The Asia/Shanghai day the registration's lock ends, YYYY-MM-DD. */
  lockedUntil?: string;
  daysLeft?: number;
  /** 业务申请: its number, type name, the decision and the approver's comment. */
  requestNo?: string;
  requestTypeName?: string;
  decision?: string;
  comment?: string;
}

/** Reads params stored as JSON back into NoticeParams, keeping only well-typed fields. */
export function readNoticeParams(value: unknown): NoticeParams {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return {};
  const raw = value as Record<string, unknown>;
  const out: NoticeParams = {};
  for (const key of [
    "domain",
    "productLineId",
    "productLineName",
    "day",
    "registrationId",
    "lockedUntil",
    "requestNo",
    "requestTypeName",
    "decision",
    "comment",
  ] as const) {
    const v = raw[key];
    if (typeof v === "string") out[key] = v;
  }
  for (const key of ["count", "daysLeft"] as const) {
    const v = raw[key];
    if (typeof v === "number" && Number.isInteger(v)) out[key] = v;
  }
  return out;
}

export interface NoticeText {
  title: string;
  body: string;
}

function domainOf(params: NoticeParams): string {
  return params.domain ? toUnicodeDomain(params.domain) : "—";
}

function timesEn(count: number): string {
  return count === 1 ? "once" : `${count} times`;
}

/**
 * The title and body of a system notice. A domain attempt never says who tried: neither the
 * attempting dealer nor its account is a parameter.
 */
export function systemNoticeText(type: SystemNoticeType, params: NoticeParams, lang: "zh" | "en"): NoticeText {
  const domain = domainOf(params);
  const line = params.productLineName ?? "";
  const count = Math.max(1, params.count ?? 1);
  const title = noticeTypeLabel(type, lang);
  switch (type) {
    case "DOMAIN_ATTEMPT":
      return {
        title,
        body:
          lang === "zh"
            ? `${params.day ?? "今天"}，有其他经销商尝试报备贵司锁定中的域名 ${domain}（${line}），当日共 ${count} 次。该域名仍由贵司锁定，请抓紧推进成单。`
            : `On ${params.day ?? "today"}, another dealer tried to register ${domain} (${line}), which your dealership holds — ${timesEn(count)} that day. The lock stays with you; move the deal forward.`,
      };
    case "DOMAIN_VERIFY_REQUEST": {
      const lineZh = line ? `（${line}）` : "";
      const lineEn = line ? ` (${line})` : "";
      const againZh = count > 1 ? `，当日共 ${count} 次` : "";
      const againEn = count > 1 ? ` — ${timesEn(count)} that day` : "";
      return {
        title,
        body:
          lang === "zh"
            ? `客户申请认证域名 ${domain}${lineZh}${againZh}。请协助客户完成域名认证。`
            : `The customer asked to verify the domain ${domain}${lineEn}${againEn}. Help them complete the verification.`,
      };
    }
    case "DOMAIN_VERIFIED":
      return {
        title,
        body:
          lang === "zh"
            ? `域名 ${domain} 已认证成功并生效。`
            : `The domain ${domain} has been verified and is now active.`,
      };
    case "REQUEST_DECISION": {
      const no = params.requestNo ?? "";
      const name = params.requestTypeName ?? "";
      const comment = params.comment
        ? lang === "zh"
          ? `审批意见：${params.comment}`
          : ` Comment: ${params.comment}`
        : "";
      const zh: Record<string, string> = {
        APPROVED: "已通过审批",
        STEP_APPROVED: "已通过一级审批，进入下一步",
        REJECTED: "已被驳回",
      };
      const en: Record<string, string> = {
        APPROVED: "was approved",
        STEP_APPROVED: "passed one approval step and moves on",
        REJECTED: "was rejected",
      };
      const decision = params.decision ?? "";
      return {
        title,
        body:
          lang === "zh"
            ? `您的业务申请 ${no}（${name}）${zh[decision] ?? decision}。${comment}`
            : `Your request ${no} (${name}) ${en[decision] ?? decision}.${comment}`,
      };
    }
    case "REGISTRATION_EXPIRING": {
      const days = params.daysLeft ?? 0;
      const until = params.lockedUntil ?? "—";
      return {
        title,
        body:
          lang === "zh"
            ? `您报备的域名 ${domain}（${line}）将于 ${until} 到期，剩余 ${days} 天。到期后锁定解除、名额释放，请及时推进成单。`
            : `Your registration of ${domain} (${line}) ends on ${until}, in ${days} day${days === 1 ? "" : "s"}. Then the lock lapses and the quota slot frees: move the deal forward.`,
      };
    }
  }
}
