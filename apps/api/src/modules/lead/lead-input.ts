import {
  CONTACT_NAME_MAX,
  ENTERPRISE_SCALES,
  INDUSTRIES,
  LEAD_SOURCES,
  domainNameErrorMessage,
  isValidEmail,
  isValidMobile,
  isValidRegionCode,
  normalizeDomain,
  type LeadSource,
} from "@crm/domain";
import type { EntityManager } from "typeorm";
import { DomainError } from "../../shared/domain-error";
import { ProductLineEntity } from "../catalog/product-line.entity";
import { invalidValues } from "../routing/routing.errors";

/** A lead as any intake path hands it over (vendor entry, batch, campaign sign-up). */
export interface LeadIntake {
  companyName: string;
  /** Domain, URL or e-mail address as typed. */
  domain: string;
  contactName?: string | null;
  contactMobile?: string | null;
  contactEmail?: string | null;
  regionCode?: string | null;
  productLineId?: string | null;
  source: LeadSource;
  scale?: string | null;
  industry?: string | null;
  remark?: string | null;
  campaignId?: string | null;
  channelCode?: string | null;
  /** Campaign sign-ups: the lead goes straight to the campaign's dealer, without routing rules. */
  assignToDealerId?: string | null;
}

/** A lead that passed every check, with its domain normalized to the registrable domain. */
export interface PreparedLead {
  companyName: string;
  domain: string;
  contactName: string | null;
  contactMobile: string | null;
  contactEmail: string | null;
  regionCode: string | null;
  productLineId: string | null;
  source: LeadSource;
  scale: string | null;
  industry: string | null;
  remark: string | null;
  campaignId: string | null;
  channelCode: string | null;
  assignToDealerId: string | null;
}

/** Product line names by id (a small reference table), for checks and trace lines. */
export async function productLineNames(m: EntityManager): Promise<Map<string, string>> {
  const rows = await m.find(ProductLineEntity);
  return new Map(rows.map((p) => [p.id, p.name]));
}

function blankToNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

/** `index` names the row of a batch in the error details. */
function at(index: number | null): Record<string, unknown> {
  return index === null ? {} : { index };
}

export function checkDomain(raw: string, index: number | null = null): string {
  const normalized = normalizeDomain(raw);
  if (!normalized.ok) {
    throw new DomainError(
      "INVALID_DOMAIN",
      { field: "domain", reason: normalized.reason, ...at(index) },
      domainNameErrorMessage(normalized.reason),
    );
  }
  return normalized.registrable;
}

export function checkRegionCode(raw: string | null | undefined, index: number | null = null): string | null {
  const code = blankToNull(raw);
  if (code !== null && !isValidRegionCode(code)) {
    throw invalidValues("regionCode", { regionCode: code, ...at(index) }, "地区代码无效", "unknown region code");
  }
  return code;
}

export function checkProductLine(
  id: string | null | undefined,
  names: ReadonlyMap<string, string>,
  index: number | null = null,
): string | null {
  const value = blankToNull(id);
  if (value !== null && !names.has(value)) {
    throw invalidValues("productLineId", at(index), "产品线不存在", "the product line does not exist");
  }
  return value;
}

/** Every check of a lead; throws a coded error (with the batch index) before anything is written. */
export function prepareLead(input: LeadIntake, names: ReadonlyMap<string, string>, index: number | null): PreparedLead {
  const companyName = input.companyName.trim();
  if (companyName.length < 1 || companyName.length > 200) {
    throw invalidValues("companyName", at(index), "请填写企业名称（200 字以内）", "enter the company name (≤ 200)");
  }
  const domain = checkDomain(input.domain, index);
  const regionCode = checkRegionCode(input.regionCode, index);
  const productLineId = checkProductLine(input.productLineId, names, index);
  if (!(LEAD_SOURCES as readonly string[]).includes(input.source)) {
    throw invalidValues("source", at(index), "线索来源无效", "unknown lead source");
  }
  const contactName = blankToNull(input.contactName);
  if (contactName !== null && contactName.length > CONTACT_NAME_MAX) {
    throw invalidValues("contactName", at(index), "联系人姓名不能超过 50 字", "the contact name is too long");
  }
  const contactMobile = blankToNull(input.contactMobile);
  if (contactMobile !== null && !isValidMobile(contactMobile)) {
    throw invalidValues("contactMobile", at(index), "手机号格式不正确", "the mobile number is not valid");
  }
  const contactEmail = blankToNull(input.contactEmail);
  if (contactEmail !== null && !isValidEmail(contactEmail)) {
    throw invalidValues("contactEmail", at(index), "邮箱格式不正确", "the e-mail address is not valid");
  }
  if (contactMobile === null && contactEmail === null) {
    throw invalidValues("contactMobile", at(index), "请填写联系人手机或邮箱", "give the contact's mobile or e-mail");
  }
  const scale = blankToNull(input.scale);
  if (scale !== null && !ENTERPRISE_SCALES.some((s) => s.code === scale)) {
    throw invalidValues("scale", at(index), "规模无效", "unknown scale");
  }
  const industry = blankToNull(input.industry);
  if (industry !== null && !INDUSTRIES.some((i) => i.code === industry)) {
    throw invalidValues("industry", at(index), "行业无效", "unknown industry");
  }
  const remark = blankToNull(input.remark);
  if (remark !== null && remark.length > 1000) {
    throw invalidValues("remark", at(index), "备注不能超过 1000 字", "the remark is too long (≤ 1000)");
  }
  return {
    companyName,
    domain,
    contactName,
    contactMobile,
    contactEmail,
    regionCode,
    productLineId,
    source: input.source,
    scale,
    industry,
    remark,
    campaignId: blankToNull(input.campaignId),
    channelCode: blankToNull(input.channelCode),
    assignToDealerId: blankToNull(input.assignToDealerId),
  };
}
