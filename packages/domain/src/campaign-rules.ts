/**
 * 推广平台 (SPEC §9): the pure rules of a campaign — when its H5 page is live, which sign-up
 * form fields exist, how a sign-up is checked, and what a share channel code looks like.
 */
import { isValidMobile } from "./account-rules";
import { normalizeDomain } from "./domain-name";
import { ENTERPRISE_SCALES } from "./enterprise-vocabulary";
import { isValidRegionCode } from "./regions";

export const CAMPAIGN_REVIEW_STATUSES = [
  { code: "PENDING", zh: "处理中", en: "Pending" },
  { code: "APPROVED", zh: "已通过", en: "Approved" },
  { code: "REJECTED", zh: "未通过", en: "Rejected" },
] as const;
export type CampaignReviewStatus = (typeof CAMPAIGN_REVIEW_STATUSES)[number]["code"];

/**
 * The sign-up form's fields. COMPANY, CONTACT, MOBILE and DOMAIN are always asked: a lead needs
 * a company, a contact person, a way to reach them and the registrable domain (its identity).
 */
export const CAMPAIGN_FORM_FIELDS = [
  { code: "COMPANY", zh: "企业名称", en: "Company", required: true },
  { code: "CONTACT", zh: "联系人", en: "Contact", required: true },
  { code: "MOBILE", zh: "手机号", en: "Mobile", required: true },
  { code: "DOMAIN", zh: "企业邮箱域名", en: "E-mail domain", required: true },
  { code: "SCALE", zh: "企业规模", en: "Company size", required: false },
  { code: "REGION", zh: "所在地区", en: "Region", required: false },
  { code: "NOTE", zh: "留言", en: "Message", required: false },
] as const;
export type CampaignFormField = (typeof CAMPAIGN_FORM_FIELDS)[number]["code"];

export const REQUIRED_FORM_FIELDS: readonly CampaignFormField[] = CAMPAIGN_FORM_FIELDS.filter((f) => f.required).map(
  (f) => f.code,
);

export function isCampaignFormField(value: string): value is CampaignFormField {
  return CAMPAIGN_FORM_FIELDS.some((f) => f.code === value);
}

/** The chosen fields plus the required ones, in the canonical order, without duplicates. */
export function normalizeFormFields(chosen: readonly string[]): CampaignFormField[] {
  const set = new Set<string>([...REQUIRED_FORM_FIELDS, ...chosen]);
  return CAMPAIGN_FORM_FIELDS.filter((f) => set.has(f.code)).map((f) => f.code);
}

export const CAMPAIGN_NAME_MAX = 60;
export const CAMPAIGN_TITLE_MAX = 60;
export const CAMPAIGN_CHANNELS_MAX = 20;
export const CAMPAIGN_RICH_TEXT_MAX = 20_000;
export const CAMPAIGN_NOTE_MAX = 500;
export const CAMPAIGN_REVIEW_REASON_MAX = 200;
/** Banner uploads: JPG or PNG (or WebP), at most 5 MB; stored resized to this width at most. */
export const CAMPAIGN_BANNER_MAX_BYTES = 5 * 1024 * 1024;
export const CAMPAIGN_BANNER_WIDTH = 750;

/** A channel's code goes into share links (`?ch=`): lower-case letters, digits and "-", 1–32. */
const CHANNEL_CODE = /^[a-z0-9][a-z0-9-]{0,31}$/;
export function isValidChannelCode(code: string): boolean {
  return CHANNEL_CODE.test(code);
}

/** A campaign's slug (the short URL /c/<slug>): 8 characters of a URL-safe alphabet without look-alikes. */
export const CAMPAIGN_SLUG_PATTERN = /^[a-z2-9]{8}$/;
const SLUG_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
/** Builds a slug from random bytes (the caller supplies them: this package does no I/O). */
export function slugFromBytes(bytes: Uint8Array): string {
  let slug = "";
  for (let i = 0; i < 8; i += 1) slug += SLUG_ALPHABET[(bytes[i] ?? 0) % SLUG_ALPHABET.length];
  return slug;
}

export type CampaignLiveness = "LIVE" | "NOT_STARTED" | "ENDED" | "UNAVAILABLE";

/**
 * Whether the public page is live now: approved, enabled and within [validFrom, validTo).
 * UNAVAILABLE covers not approved and disabled (the visitor is told no more than that).
 */
export function campaignLiveness(
  c: { reviewStatus: CampaignReviewStatus; enabled: boolean; validFrom: Date; validTo: Date },
  now: Date,
): CampaignLiveness {
  if (c.reviewStatus !== "APPROVED" || !c.enabled) return "UNAVAILABLE";
  if (now.getTime() < c.validFrom.getTime()) return "NOT_STARTED";
  if (now.getTime() >= c.validTo.getTime()) return "ENDED";
  return "LIVE";
}

/** The HTTP status of the public page: 200 live, 410 ended, 404 otherwise. */
export function livenessHttpStatus(liveness: CampaignLiveness): number {
  return liveness === "LIVE" ? 200 : liveness === "ENDED" ? 410 : 404;
}

/** Content changes of an approved or rejected campaign send it back to review (处理中). */
export function reviewStatusAfterEdit(current: CampaignReviewStatus, contentChanged: boolean): CampaignReviewStatus {
  return contentChanged ? "PENDING" : current;
}

export type ValidityProblem = "ORDER" | "TOO_LONG";
/** validTo after validFrom, at most two years. */
export function checkValidity(validFrom: Date, validTo: Date): ValidityProblem | null {
  if (validTo.getTime() <= validFrom.getTime()) return "ORDER";
  if (validTo.getTime() - validFrom.getTime() > 731 * 86_400_000) return "TOO_LONG";
  return null;
}

/** One visitor's sign-up as typed; absent fields are empty strings. */
export interface SignupValues {
  company: string;
  contact: string;
  mobile: string;
  domain: string;
  scale: string;
  region: string;
  note: string;
}

export interface CheckedSignup {
  company: string;
  contact: string;
  mobile: string;
  /** Registrable domain, ASCII. */
  domain: string;
  scale: string | null;
  region: string | null;
  note: string | null;
}

export type SignupCheck = { ok: true; value: CheckedSignup } | { ok: false; field: CampaignFormField };

/** Checks a sign-up against the campaign's form: the first wrong field is named. */
export function checkSignup(fields: readonly CampaignFormField[], raw: SignupValues): SignupCheck {
  const asked = new Set(normalizeFormFields(fields));
  const company = raw.company.trim();
  if (company.length < 2 || company.length > 100) return { ok: false, field: "COMPANY" };
  const contact = raw.contact.trim();
  if (contact.length < 1 || contact.length > 50) return { ok: false, field: "CONTACT" };
  const mobile = raw.mobile.replace(/[\s-]/g, "").replace(/^\+?86/, "");
  if (!isValidMobile(mobile)) return { ok: false, field: "MOBILE" };
  const normalized = normalizeDomain(raw.domain);
  if (!normalized.ok) return { ok: false, field: "DOMAIN" };
  const scale = asked.has("SCALE") && raw.scale.trim() ? raw.scale.trim() : null;
  if (scale !== null && !ENTERPRISE_SCALES.some((s) => s.code === scale)) return { ok: false, field: "SCALE" };
  const region = asked.has("REGION") && raw.region.trim() ? raw.region.trim() : null;
  if (region !== null && !isValidRegionCode(region)) return { ok: false, field: "REGION" };
  const note = asked.has("NOTE") && raw.note.trim() ? raw.note.trim() : null;
  if (note !== null && note.length > CAMPAIGN_NOTE_MAX) return { ok: false, field: "NOTE" };
  return { ok: true, value: { company, contact, mobile, domain: normalized.registrable, scale, region, note } };
}

/** The least time between showing the form and a human's submission. */
export const SIGNUP_MIN_FILL_MS = 3_000;
/** A form older than this is stale (its token expires). */
export const SIGNUP_FORM_MAX_AGE_MS = 24 * 3_600_000;

export type FillTimeVerdict = "OK" | "TOO_FAST" | "STALE";
export function checkFillTime(issuedAt: number, now: number, minFillMs: number = SIGNUP_MIN_FILL_MS): FillTimeVerdict {
  if (!Number.isFinite(issuedAt) || now - issuedAt < minFillMs) return "TOO_FAST";
  if (now - issuedAt > SIGNUP_FORM_MAX_AGE_MS) return "STALE";
  return "OK";
}

/**
 * What a unique visitor is, without personal data: a hash of (the day's random salt, the
 * campaign, the visitor's first-party random ID). The salt is thrown away after the day, so
 * hashes of different days can't be linked. This returns the hash input; the API hashes it.
 */
export function visitorHashInput(daySalt: string, campaignId: string, visitorId: string): string {
  return `${daySalt}\u0000${campaignId}\u0000${visitorId}`;
}

/** A first-party visitor ID as the page's cookie carries it: 22–64 URL-safe characters. */
export function isValidVisitorId(value: string | null | undefined): value is string {
  return typeof value === "string" && /^[A-Za-z0-9_-]{22,64}$/.test(value);
}

export const UTM_KEYS = ["utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content"] as const;
export type Utm = Partial<Record<(typeof UTM_KEYS)[number], string>>;

/** The UTM parameters present (each trimmed to 100 characters); null when there are none. */
export function pickUtm(get: (key: string) => string | null | undefined): Utm | null {
  const utm: Utm = {};
  for (const key of UTM_KEYS) {
    const value = get(key)?.trim();
    if (value) utm[key] = value.slice(0, 100);
  }
  return Object.keys(utm).length > 0 ? utm : null;
}
