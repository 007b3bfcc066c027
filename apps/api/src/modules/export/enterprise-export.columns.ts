import {
  ENTERPRISE_SCALES,
  ENTERPRISE_SOURCES,
  ENTERPRISE_STATUSES,
  INDUSTRIES,
  shanghaiDateTime,
  toUnicodeDomain,
} from "@crm/domain";
import type { EnterpriseEntity } from "../enterprise/enterprise.entity";
import type { EnterpriseList } from "../enterprise/enterprise.repository";

/** One exported row: the enterprise and what the export shows of its parts (already scoped). */
export interface EnterpriseExportRecord {
  enterprise: EnterpriseEntity;
  secondaryDomains: string[];
  tagNames: string[];
  ownerLabel: string;
  contact: { name: string; mobile: string | null; email: string | null } | null;
  nextPaidExpiresAt: Date | null;
  trialExpiredAt: Date | null;
}

export interface ExportColumn {
  header: string;
  width: number;
  value(record: EnterpriseExportRecord): string;
}

/** The lists the export serves, by their URL name, with their Chinese titles. */
export const EXPORT_LISTS: Record<string, { list: EnterpriseList; title: string; slug: string }> = {
  all: { list: "ALL", title: "全部录入企业", slug: "enterprises" },
  "renewal-due": { list: "RENEWAL_DUE", title: "企业待续费", slug: "renewal-due-enterprises" },
  "trial-expired": { list: "TRIAL_EXPIRED", title: "试用过期企业", slug: "trial-expired-enterprises" },
  routed: { list: "ROUTED", title: "甩单企业", slug: "routed-enterprises" },
};

function label(codes: readonly { code: string; zh: string }[], code: string | null): string {
  return code === null ? "" : (codes.find((c) => c.code === code)?.zh ?? code);
}

/** RFC 6266 / RFC 5987: an ASCII fallback name and the UTF-8 name percent-encoded (attr-char only). */
export function contentDisposition(utf8Name: string, asciiName: string): string {
  const encoded = encodeURIComponent(utf8Name).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${asciiName}"; filename*=UTF-8''${encoded}`;
}

const BASE_COLUMNS: ExportColumn[] = [
  { header: "企业名称", width: 32, value: (r) => r.enterprise.name },
  { header: "主域名", width: 24, value: (r) => toUnicodeDomain(r.enterprise.mainDomain) },
  { header: "辅域名", width: 30, value: (r) => r.secondaryDomains.map(toUnicodeDomain).join("; ") },
  { header: "地区", width: 18, value: (r) => r.enterprise.regionName ?? "" },
  { header: "行业", width: 12, value: (r) => label(INDUSTRIES, r.enterprise.industry) },
  { header: "规模", width: 12, value: (r) => label(ENTERPRISE_SCALES, r.enterprise.scale) },
  { header: "来源", width: 12, value: (r) => label(ENTERPRISE_SOURCES, r.enterprise.source) },
  { header: "标签", width: 20, value: (r) => r.tagNames.join("; ") },
  { header: "所属帐号", width: 20, value: (r) => r.ownerLabel },
  { header: "联系人", width: 12, value: (r) => r.contact?.name ?? "" },
  { header: "联系电话", width: 14, value: (r) => r.contact?.mobile ?? "" },
  { header: "联系邮箱", width: 24, value: (r) => r.contact?.email ?? "" },
  { header: "状态", width: 10, value: (r) => label(ENTERPRISE_STATUSES, r.enterprise.status) },
  { header: "最近跟进", width: 17, value: (r) => shanghaiDateTime(r.enterprise.lastFollowUpAt) },
  { header: "创建时间", width: 17, value: (r) => shanghaiDateTime(r.enterprise.createdAt) },
];

const LIST_COLUMNS: Record<EnterpriseList, ExportColumn[]> = {
  ALL: [],
  RENEWAL_DUE: [{ header: "正式服务到期时间", width: 17, value: (r) => shanghaiDateTime(r.nextPaidExpiresAt) }],
  TRIAL_EXPIRED: [{ header: "试用到期时间", width: 17, value: (r) => shanghaiDateTime(r.trialExpiredAt) }],
  ROUTED: [
    { header: "甩单时间", width: 17, value: (r) => shanghaiDateTime(r.enterprise.routedAt) },
    {
      header: "甩单说明",
      width: 60,
      value: (r) => (r.enterprise.routingTrace ? JSON.stringify(r.enterprise.routingTrace) : ""),
    },
  ],
};

export function exportColumns(list: EnterpriseList): ExportColumn[] {
  return [...BASE_COLUMNS, ...LIST_COLUMNS[list]];
}
