/** The closed vocabularies of enterprises (SPEC §3), with the labels the console shows. */

export const ENTERPRISE_SOURCES = [
  { code: "HOTLINE", zh: "客服电话", en: "Hotline" },
  { code: "OFFICIAL_SITE", zh: "企业邮官网", en: "Official site" },
  { code: "CAMPAIGN", zh: "推广平台", en: "Campaign" },
  { code: "DEALER_ENTRY", zh: "经销商录入", en: "Dealer entry" },
  { code: "PUBLIC_POOL", zh: "公海库", en: "Public pool" },
] as const;
export type EnterpriseSource = (typeof ENTERPRISE_SOURCES)[number]["code"];

/** Sources a routed lead (甩单) can come from. */
export const LEAD_SOURCES = ["HOTLINE", "OFFICIAL_SITE", "CAMPAIGN"] as const satisfies readonly EnterpriseSource[];
export type LeadSource = (typeof LEAD_SOURCES)[number];

export const ENTERPRISE_SCALES = [
  { code: "S1_9", zh: "1–9 人", en: "1–9" },
  { code: "S10_49", zh: "10–49 人", en: "10–49" },
  { code: "S50_99", zh: "50–99 人", en: "50–99" },
  { code: "S100_499", zh: "100–499 人", en: "100–499" },
  { code: "S500_999", zh: "500–999 人", en: "500–999" },
  { code: "S1000_PLUS", zh: "1000 人以上", en: "1000+" },
] as const;
export type EnterpriseScale = (typeof ENTERPRISE_SCALES)[number]["code"];

export const ENTERPRISE_STATUSES = [
  { code: "POTENTIAL", zh: "潜在客户", en: "Prospect" },
  { code: "TRIAL", zh: "试用中", en: "On trial" },
  { code: "PAID", zh: "正式客户", en: "Paying" },
  { code: "EXPIRED", zh: "已过期", en: "Expired" },
] as const;
export type EnterpriseStatus = (typeof ENTERPRISE_STATUSES)[number]["code"];

export const INDUSTRIES = [
  { code: "IT", zh: "信息技术", en: "Information technology" },
  { code: "MANUFACTURING", zh: "制造业", en: "Manufacturing" },
  { code: "EDUCATION", zh: "教育", en: "Education" },
  { code: "GOVERNMENT", zh: "政府机关", en: "Government" },
  { code: "FINANCE", zh: "金融", en: "Finance" },
  { code: "HEALTHCARE", zh: "医疗健康", en: "Healthcare" },
  { code: "RETAIL", zh: "零售贸易", en: "Retail and trade" },
  { code: "LOGISTICS", zh: "交通物流", en: "Logistics" },
  { code: "CONSTRUCTION", zh: "建筑地产", en: "Construction and real estate" },
  { code: "MEDIA", zh: "文化传媒", en: "Media" },
  { code: "LEGAL", zh: "法律服务", en: "Legal services" },
  { code: "OTHER", zh: "其他", en: "Other" },
] as const;
export type Industry = (typeof INDUSTRIES)[number]["code"];

export const FOLLOW_UP_CHANNELS = [
  { code: "PHONE", zh: "电话", en: "Phone" },
  { code: "VISIT", zh: "拜访", en: "Visit" },
  { code: "WECHAT", zh: "微信", en: "WeChat" },
  { code: "EMAIL", zh: "邮件", en: "Email" },
  { code: "OTHER", zh: "其他", en: "Other" },
] as const;
export type FollowUpChannel = (typeof FOLLOW_UP_CHANNELS)[number]["code"];
