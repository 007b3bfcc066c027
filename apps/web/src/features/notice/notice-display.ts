import {
  noticeTypeLabel,
  readNoticeParams,
  shanghaiDate,
  systemNoticeText,
  toUnicodeDomain,
  type NoticeType,
} from "@crm/domain";
import type { Lang } from "@/shared/i18n/lang";

/** Tag colours per kind: attempts warn, verification is informational, reminders urge. */
export const NOTICE_TYPE_COLORS: Record<NoticeType, string> = {
  DOMAIN_ATTEMPT: "orange",
  DOMAIN_VERIFY_REQUEST: "blue",
  DOMAIN_VERIFIED: "green",
  REGISTRATION_EXPIRING: "volcano",
  REQUEST_DECISION: "cyan",
  ANNOUNCEMENT: "purple",
};

export function noticeTypeText(type: NoticeType, lang: Lang): string {
  return noticeTypeLabel(type, lang);
}

interface NoticeLike {
  type: NoticeType;
  title: string;
  body: string;
  params?: unknown;
  eventCount: number;
}

/**
 * What to show: the stored (Chinese) text, or for system notices in English the same text
 * rendered from the structured params. Announcements are shown as the vendor wrote them.
 */
export function noticeText(notice: NoticeLike, lang: Lang): { title: string; body: string } {
  if (lang === "zh" || notice.type === "ANNOUNCEMENT") return { title: notice.title, body: notice.body };
  const params = readNoticeParams(notice.params);
  return systemNoticeText(notice.type, { ...params, count: notice.eventCount }, lang);
}

/**
 * The line a list shows in bold: the domain a system notice is about (its kind is on the tag
 * beside it, so its title would only repeat the tag), or an announcement's own title.
 */
export function noticeHeading(notice: NoticeLike, lang: Lang): string {
  const domain = notice.type === "ANNOUNCEMENT" ? undefined : readNoticeParams(notice.params).domain;
  return domain ? toUnicodeDomain(domain) : noticeText(notice, lang).title;
}

/** "今日 3 次" for events aggregated today (Asia/Shanghai), "当日 3 次" for an earlier day; null for one event. */
export function aggregatedCount(notice: NoticeLike, now: Date): { count: number; today: boolean } | null {
  if (notice.eventCount <= 1) return null;
  const day = readNoticeParams(notice.params).day;
  return { count: notice.eventCount, today: day === shanghaiDate(now) };
}

/** A link inside the console (navigate in place) or outside it (a new tab). */
export function isInternalLink(link: string): boolean {
  return link.startsWith("/") && !link.startsWith("//");
}
