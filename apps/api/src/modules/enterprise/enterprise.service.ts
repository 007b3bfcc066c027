import {
  ENTERPRISE_CONTACTS_MAX,
  RENEWAL_WINDOW_MAX_DAYS,
  citiesOf,
  enterpriseSearchText,
  escapeLikePattern,
  searchBigram,
  isValidEmail,
  isValidMobile,
  isValidRegionCode,
  normalizeDomain,
  provinceCodeOf,
} from "@crm/domain";
import { isUUID } from "class-validator";
import { In, type DataSource, type EntityManager } from "typeorm";
import { isUniqueViolation } from "../../shared/db-errors";
import { canSeeAccount, type AccessScope } from "../../access/access-scope";
import type { Viewer } from "../../access/viewer";
import { DomainError, invalid, notFound } from "../../shared/domain-error";
import type { Connection } from "../../shared/pagination";
import type { SortDirection } from "../../shared/sort-direction";
import { AccountEntity } from "../account/account.entity";
import type { AuditService } from "../audit/audit.service";
import { ProductLineEntity } from "../catalog/product-line.entity";
import { EnterpriseTagEntity } from "../tag/enterprise-tag.entity";
import { TagEntity } from "../tag/tag.entity";
import type { CreateEnterpriseInput } from "./dto/create-enterprise.input";
import type { EnterpriseContactInput } from "./dto/enterprise-contact.input";
import type { EnterpriseFilter } from "./dto/enterprise-filter.input";
import type { FollowUpInput } from "./dto/follow-up.input";
import type { UpdateEnterpriseInput } from "./dto/update-enterprise.input";
import { decodeEnterpriseCursor, encodeEnterpriseCursor, type EnterpriseCursor } from "./enterprise-cursor";
import { EnterpriseContactEntity } from "./enterprise-contact.entity";
import { EnterpriseDomainEntity } from "./enterprise-domain.entity";
import { EnterpriseEntity } from "./enterprise.entity";
import type { EnterpriseSort } from "./enterprise.enums";
import { duplicateDomain, invalidDomain } from "./enterprise.errors";
import {
  EnterpriseRepository,
  type EnterpriseList,
  type EnterpriseListSpec,
  type PageRow,
  type ResolvedEnterpriseFilter,
} from "./enterprise.repository";
import { mayEditEnterprises } from "./enterprise.rules";
import { FollowUpEntity } from "./follow-up.entity";

/** What a list (or its export) was asked for, before checking. */
export interface EnterpriseListArgs {
  list: EnterpriseList;
  withinDays?: number | null;
  filter?: EnterpriseFilter | null;
  sort?: EnterpriseSort | null;
  direction?: SortDirection | null;
}

const DOMAIN_UNIQUE_INDEX = "enterprise_domain_dealer_uq";
/** A follow-up's time may be a little ahead of the server clock (the user's clock drifts). */
const FOLLOW_UP_CLOCK_SKEW_MS = 5 * 60_000;

interface NormalizedDomains {
  main: string;
  secondary: string[];
}

/** What the audit log keeps of an enterprise. */
function auditSnapshot(e: EnterpriseEntity, secondaryDomains: readonly string[]): Record<string, unknown> {
  return {
    name: e.name,
    mainDomain: e.mainDomain,
    secondaryDomains: [...secondaryDomains],
    regionCode: e.regionCode,
    industry: e.industry,
    scale: e.scale,
    source: e.source,
    status: e.status,
    productLineId: e.productLineId,
    ownerAccountId: e.ownerAccountId,
    notes: e.notes,
  };
}

function contactSnapshot(c: EnterpriseContactEntity): Record<string, unknown> {
  return { id: c.id, name: c.name, mobile: c.mobile, email: c.email, title: c.title };
}

function checkName(raw: string): string {
  const name = raw.trim();
  if (name.length < 1 || name.length > 200) {
    throw invalid("name", "企业名称须为 1–200 个字符", "the name needs 1–200 characters");
  }
  return name;
}

function checkRegion(raw: string | null | undefined, field = "regionCode"): string | null {
  if (raw === null || raw === undefined || raw.trim() === "") return null;
  const code = raw.trim();
  if (!isValidRegionCode(code)) {
    throw invalid(field, "地区代码无效，请从列表中选择省份或城市", "choose a province or city from the list");
  }
  return code;
}

function checkNotes(raw: string | null | undefined): string | null {
  const notes = raw?.trim() ?? "";
  if (notes.length > 2000) throw invalid("notes", "备注不能超过 2000 个字符", "notes have at most 2000 characters");
  return notes === "" ? null : notes;
}

/** One domain, typed any way (URL, e-mail, www., IDN), to its registrable ASCII form. */
function normalizeOne(raw: string, field: string): string {
  const normalized = normalizeDomain(raw);
  if (!normalized.ok) throw invalidDomain(field, normalized.reason);
  return normalized.registrable;
}

/** Secondary domains, normalized; repeats (after normalization) collapse into one. */
function normalizeSecondaries(secondaries: readonly string[]): string[] {
  return [...new Set(secondaries.map((raw, index) => normalizeOne(raw, `secondaryDomains.${index}`)))];
}

/** Every domain normalized; a secondary equal to the main domain is dropped. */
function normalizeDomains(main: string, secondaries: readonly string[]): NormalizedDomains {
  const normalizedMain = normalizeOne(main, "mainDomain");
  return { main: normalizedMain, secondary: normalizeSecondaries(secondaries).filter((d) => d !== normalizedMain) };
}

interface CheckedContact {
  name: string;
  mobile: string | null;
  email: string | null;
  title: string | null;
}

function checkContact(input: EnterpriseContactInput, field: string): CheckedContact {
  const name = input.name.trim();
  if (name.length < 1 || name.length > 50) {
    throw invalid(`${field}.name`, "联系人姓名须为 1–50 个字符", "the contact's name needs 1–50 characters");
  }
  const mobile = input.mobile?.trim() || null;
  if (mobile !== null && !isValidMobile(mobile)) {
    throw invalid(`${field}.mobile`, "手机号格式不正确", "the mobile number is not valid");
  }
  const email = input.email?.trim() || null;
  if (email !== null && !isValidEmail(email)) {
    throw invalid(`${field}.email`, "邮箱格式不正确", "the e-mail address is not valid");
  }
  const title = input.title?.trim() || null;
  if (title !== null && title.length > 50) {
    throw invalid(`${field}.title`, "职务不能超过 50 个字符", "the title has at most 50 characters");
  }
  return { name, mobile, email, title };
}

function nonEmpty<T>(values: readonly T[] | null | undefined): T[] | null {
  return values && values.length > 0 ? [...new Set(values)] : null;
}

/** Checks a filter and turns it into what the repository runs (regions expanded, text escaped). */
export function resolveEnterpriseFilter(filter: EnterpriseFilter | null | undefined): ResolvedEnterpriseFilter {
  const f = filter ?? {};
  let textPattern: string | null = null;
  let textBigram: string | null = null;
  const text = f.text?.trim();
  if (text) {
    let needle = text;
    // Something domain-like ("https://www.Example.com/x", "mail.example.com") searches for the
    // registrable domain it normalizes to: that is what the enterprise stores.
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text) || (text.includes(".") && !/\s/.test(text))) {
      const normalized = normalizeDomain(text);
      if (normalized.ok) needle = normalized.registrable;
    }
    textPattern = `%${escapeLikePattern(needle)}%`;
    textBigram = searchBigram(needle);
  }
  let regionCodes: string[] | null = null;
  const regions = nonEmpty(f.regionCodes);
  if (regions) {
    const expanded = new Set<string>();
    for (const raw of regions) {
      const code = checkRegion(raw, "filter.regionCodes");
      if (!code) continue;
      expanded.add(code);
      if (provinceCodeOf(code) === code) for (const city of citiesOf(code)) expanded.add(city.code);
    }
    regionCodes = [...expanded];
  }
  return {
    textPattern,
    textBigram,
    dealerId: f.dealerId ?? null,
    regionCodes,
    sources: nonEmpty(f.sources),
    scales: nonEmpty(f.scales),
    statuses: nonEmpty(f.statuses),
    tagIds: nonEmpty(f.tagIds),
    tagMatch: f.tagMatch ?? "ANY",
    ownerAccountIds: nonEmpty(f.ownerAccountIds),
    productLineIds: nonEmpty(f.productLineIds),
    createdFrom: f.createdFrom ?? null,
    createdTo: f.createdTo ?? null,
    lastFollowUpFrom: f.lastFollowUpFrom ?? null,
    lastFollowUpTo: f.lastFollowUpTo ?? null,
    awaitingFollowUp: f.awaitingFollowUp === true,
  };
}

/**
 * 企业信息管理: enterprises with their domains, contacts, tags and follow-ups. Every read is
 * scoped by the viewer's access scope; every write runs in one transaction with its audit entry.
 */
export class EnterpriseService {
  readonly repository: EnterpriseRepository;

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {
    this.repository = new EnterpriseRepository(dataSource);
  }

  // ---------------------------------------------------------------- reads

  /** One enterprise the viewer may see; anything else (unknown, invisible, malformed id) is NOT_FOUND. */
  /** One enterprise the scope may see; pass `manager` inside a transaction. */
  async get(scope: AccessScope, id: string, manager?: EntityManager): Promise<EnterpriseEntity> {
    const enterprise = isUUID(id) ? await this.repository.findVisible(scope, id, manager) : null;
    if (!enterprise) throw notFound("enterprise");
    return enterprise;
  }

  /** Checks list arguments; shared by the GraphQL lists and the exports, so both refuse the same input. */
  listSpec(args: EnterpriseListArgs, now: Date = new Date()): EnterpriseListSpec {
    let renewalUntil: Date | null = null;
    if (args.list === "RENEWAL_DUE") {
      const days = args.withinDays;
      if (typeof days !== "number" || !Number.isInteger(days) || days < 1 || days > RENEWAL_WINDOW_MAX_DAYS) {
        throw invalid("withinDays", "到期天数须为 1–365 的整数", "withinDays must be a whole number from 1 to 365");
      }
      renewalUntil = new Date(now.getTime() + days * 86_400_000);
    }
    return {
      list: args.list,
      now,
      renewalUntil,
      filter: resolveEnterpriseFilter(args.filter),
      sort: args.sort ?? "CREATED_AT",
      direction: args.direction ?? "DESC",
    };
  }

  async list(
    scope: AccessScope,
    args: EnterpriseListArgs,
    first: number,
    after?: string | null,
  ): Promise<Connection<EnterpriseEntity>> {
    const spec = this.listSpec(args);
    const cursor = decodeEnterpriseCursor(after, spec.sort, spec.direction);
    const [totalCount, rows] = await Promise.all([
      this.repository.count(scope, spec),
      this.repository.page(scope, spec, cursor, first + 1),
    ]);
    const page = rows.slice(0, first);
    const edges = page.map((row) => ({ cursor: this.cursorOf(spec, row), node: row.enterprise }));
    const last = edges[edges.length - 1];
    return {
      edges,
      pageInfo: { hasNextPage: rows.length > first, endCursor: last ? last.cursor : null },
      totalCount,
    };
  }

  /** Every row of a list in keyset batches (exports): never the whole list in memory. */
  async *batches(scope: AccessScope, spec: EnterpriseListSpec, size = 1000): AsyncGenerator<EnterpriseEntity[]> {
    let cursor: EnterpriseCursor | null = null;
    for (;;) {
      const rows: PageRow[] = await this.repository.page(scope, spec, cursor, size);
      if (rows.length === 0) return;
      yield rows.map((row) => row.enterprise);
      const last = rows[rows.length - 1];
      if (!last || rows.length < size) return;
      cursor = { sort: spec.sort, direction: spec.direction, value: last.sortValue, id: last.enterprise.id };
    }
  }

  private cursorOf(spec: EnterpriseListSpec, row: PageRow): string {
    return encodeEnterpriseCursor({
      sort: spec.sort,
      direction: spec.direction,
      value: row.sortValue,
      id: row.enterprise.id,
    });
  }

  // ---------------------------------------------------------------- writes

  /** 新增企业: source 经销商录入, owned by the creator unless an admin/superior picks a visible account. */
  async create(viewer: Viewer, scope: AccessScope, input: CreateEnterpriseInput): Promise<EnterpriseEntity> {
    const dealerId = this.assertMayEdit(viewer);
    const name = checkName(input.name);
    const domains = normalizeDomains(input.mainDomain, input.secondaryDomains ?? []);
    const allDomains = [domains.main, ...domains.secondary];
    const regionCode = checkRegion(input.regionCode);
    const notes = checkNotes(input.notes);
    const contacts = (input.contacts ?? []).map((c, i) => checkContact(c, `contacts.${i}`));
    if (contacts.length > ENTERPRISE_CONTACTS_MAX) {
      throw invalid("contacts", "联系人最多 50 个", "at most 50 contacts");
    }
    const tagIds = [...new Set(input.tagIds ?? [])];

    return this.guardDuplicates(scope, dealerId, allDomains, null, () =>
      this.dataSource.transaction(async (m) => {
        const ownerAccountId = await this.resolveOwner(m, viewer, scope, dealerId, input.ownerAccountId ?? null);
        const productLineId = await this.checkProductLine(m, input.productLineId ?? null);
        await this.checkTags(m, dealerId, tagIds);
        await this.assertDomainsFree(m, scope, dealerId, allDomains, null);
        const enterprise = await m.save(
          m.create(EnterpriseEntity, {
            dealerId,
            ownerAccountId,
            name,
            mainDomain: domains.main,
            regionCode,
            industry: input.industry ?? null,
            scale: input.scale ?? null,
            source: "DEALER_ENTRY",
            productLineId,
            status: "POTENTIAL",
            notes,
            searchText: enterpriseSearchText(name, allDomains),
            routedAt: null,
            routingRuleId: null,
            routingTrace: null,
            poolEnteredAt: null,
            lastFollowUpAt: null,
            createdById: viewer.actor.id,
          }),
        );
        await m.insert(
          EnterpriseDomainEntity,
          allDomains.map((domain, i) => ({ enterpriseId: enterprise.id, dealerId, domain, isMain: i === 0 })),
        );
        if (contacts.length > 0) {
          await m.insert(
            EnterpriseContactEntity,
            contacts.map((c, i) => ({ ...c, enterpriseId: enterprise.id, dealerId, sortOrder: i })),
          );
        }
        if (tagIds.length > 0) {
          await m.insert(
            EnterpriseTagEntity,
            tagIds.map((tagId) => ({ enterpriseId: enterprise.id, tagId, dealerId })),
          );
        }
        await this.audit.record(m, viewer, {
          dealerId,
          action: "enterprise.create",
          entityType: "enterprise",
          entityId: enterprise.id,
          after: { ...auditSnapshot(enterprise, domains.secondary), contacts, tagIds },
        });
        return enterprise;
      }),
    );
  }

  /** 编辑企业: the fields given; domains re-normalized and re-checked; search text kept in sync. */
  async update(
    viewer: Viewer,
    scope: AccessScope,
    id: string,
    input: UpdateEnterpriseInput,
  ): Promise<EnterpriseEntity> {
    this.assertMayEdit(viewer);
    const name = input.name !== undefined && input.name !== null ? checkName(input.name) : undefined;
    const mainInput = input.mainDomain ?? undefined;
    const secondaryInput = input.secondaryDomains ?? undefined;
    const mainNormalized = mainInput !== undefined ? normalizeOne(mainInput, "mainDomain") : undefined;
    const secondaryNormalized = secondaryInput !== undefined ? normalizeSecondaries(secondaryInput) : undefined;
    const regionCode = input.regionCode !== undefined ? checkRegion(input.regionCode) : undefined;
    const notes = input.notes !== undefined ? checkNotes(input.notes) : undefined;
    const touched = [mainNormalized, ...(secondaryNormalized ?? [])].filter((d): d is string => d !== undefined);

    return this.guardDuplicates(scope, viewer.account.dealerId ?? "", touched, id, () =>
      this.dataSource.transaction(async (m) => {
        const enterprise = await this.lockVisible(m, scope, id);
        const existing = await this.repository.domainsOf(m, enterprise.id);
        const secondaryBefore = existing.filter((d) => !d.isMain).map((d) => d.domain);
        const before = auditSnapshot(enterprise, secondaryBefore);

        if (name !== undefined) enterprise.name = name;
        if (regionCode !== undefined) enterprise.regionCode = regionCode;
        if (input.industry !== undefined) enterprise.industry = input.industry ?? null;
        if (input.scale !== undefined) enterprise.scale = input.scale ?? null;
        if (notes !== undefined) enterprise.notes = notes;
        if (input.productLineId !== undefined) {
          enterprise.productLineId = await this.checkProductLine(m, input.productLineId ?? null);
        }

        // The new domain set: the main one (new or kept) first, then the secondaries without it.
        const main = mainNormalized ?? enterprise.mainDomain;
        const secondary = (secondaryNormalized ?? secondaryBefore).filter((d) => d !== main);
        const desired = [main, ...secondary];
        await this.assertDomainsFree(m, scope, enterprise.dealerId, desired, enterprise.id);
        const removed = existing.filter((d) => !desired.includes(d.domain)).map((d) => d.domain);
        if (removed.length > 0) {
          await m.delete(EnterpriseDomainEntity, { enterpriseId: enterprise.id, domain: In(removed) });
        }
        for (const row of existing) {
          const isMain = row.domain === main;
          if (desired.includes(row.domain) && row.isMain !== isMain) {
            await m.update(EnterpriseDomainEntity, { enterpriseId: enterprise.id, domain: row.domain }, { isMain });
          }
        }
        const added = desired.filter((d) => !existing.some((row) => row.domain === d));
        if (added.length > 0) {
          await m.insert(
            EnterpriseDomainEntity,
            added.map((domain) => ({
              enterpriseId: enterprise.id,
              dealerId: enterprise.dealerId,
              domain,
              isMain: domain === main,
            })),
          );
        }
        enterprise.mainDomain = main;
        enterprise.searchText = enterpriseSearchText(enterprise.name, desired);
        const saved = await m.save(enterprise);
        await this.audit.record(m, viewer, {
          dealerId: saved.dealerId,
          action: "enterprise.update",
          entityType: "enterprise",
          entityId: saved.id,
          before,
          after: auditSnapshot(saved, secondary),
        });
        return saved;
      }),
    );
  }

  /**
   * 转移所属帐号: to another active account of the dealer. Admins may pick anyone; a superior
   * may move rows between accounts of its own subtree (it must see both the enterprise, i.e.
   * its current owner, and the new owner); a plain staff account sees only itself.
   */
  async reassign(viewer: Viewer, scope: AccessScope, id: string, ownerAccountId: string): Promise<EnterpriseEntity> {
    this.assertMayEdit(viewer);
    return this.dataSource.transaction(async (m) => {
      const enterprise = await this.lockVisible(m, scope, id);
      const owner = await this.resolveOwner(m, viewer, scope, enterprise.dealerId, ownerAccountId, true);
      if (owner === enterprise.ownerAccountId) return enterprise;
      const before = { ownerAccountId: enterprise.ownerAccountId };
      enterprise.ownerAccountId = owner;
      const saved = await m.save(enterprise);
      await this.audit.record(m, viewer, {
        dealerId: saved.dealerId,
        action: "enterprise.reassign",
        entityType: "enterprise",
        entityId: saved.id,
        before,
        after: { ownerAccountId: owner },
      });
      return saved;
    });
  }

  /** 打标签: replaces the enterprise's tags; only the enterprise's own dealer's tags are usable. */
  async setTags(viewer: Viewer, scope: AccessScope, id: string, tagIds: readonly string[]): Promise<EnterpriseEntity> {
    this.assertMayEdit(viewer);
    const wanted = [...new Set(tagIds)];
    if (wanted.length > 50) throw invalid("tagIds", "标签最多 50 个", "at most 50 tags");
    if (wanted.some((t) => !isUUID(t))) throw notFound("tag");
    return this.dataSource.transaction(async (m) => {
      const enterprise = await this.lockVisible(m, scope, id);
      await this.checkTags(m, enterprise.dealerId, wanted);
      // Only this dealer's links: rows left by a previous owner dealer (public pool) stay theirs.
      const current = (
        await m.findBy(EnterpriseTagEntity, { enterpriseId: enterprise.id, dealerId: enterprise.dealerId })
      ).map((r) => r.tagId);
      const removed = current.filter((t) => !wanted.includes(t));
      const added = wanted.filter((t) => !current.includes(t));
      if (removed.length === 0 && added.length === 0) return enterprise;
      if (removed.length > 0) {
        await m.delete(EnterpriseTagEntity, {
          enterpriseId: enterprise.id,
          dealerId: enterprise.dealerId,
          tagId: In(removed),
        });
      }
      if (added.length > 0) {
        await m.insert(
          EnterpriseTagEntity,
          added.map((tagId) => ({ enterpriseId: enterprise.id, tagId, dealerId: enterprise.dealerId })),
        );
      }
      await this.audit.record(m, viewer, {
        dealerId: enterprise.dealerId,
        action: "enterprise.set-tags",
        entityType: "enterprise",
        entityId: enterprise.id,
        before: { tagIds: current },
        after: { tagIds: wanted },
      });
      return enterprise;
    });
  }

  async addContact(
    viewer: Viewer,
    scope: AccessScope,
    enterpriseId: string,
    input: EnterpriseContactInput,
  ): Promise<EnterpriseContactEntity> {
    this.assertMayEdit(viewer);
    const contact = checkContact(input, "input");
    return this.dataSource.transaction(async (m) => {
      const enterprise = await this.lockVisible(m, scope, enterpriseId);
      const existing = await m.findBy(EnterpriseContactEntity, {
        enterpriseId: enterprise.id,
        dealerId: enterprise.dealerId,
      });
      if (existing.length >= ENTERPRISE_CONTACTS_MAX) {
        throw invalid("enterpriseId", "联系人最多 50 个", "an enterprise has at most 50 contacts");
      }
      const saved = await m.save(
        m.create(EnterpriseContactEntity, {
          ...contact,
          enterpriseId: enterprise.id,
          dealerId: enterprise.dealerId,
          sortOrder: Math.max(-1, ...existing.map((c) => c.sortOrder)) + 1,
        }),
      );
      await this.audit.record(m, viewer, {
        dealerId: enterprise.dealerId,
        action: "enterprise.contact-add",
        entityType: "enterprise",
        entityId: enterprise.id,
        after: contactSnapshot(saved),
      });
      return saved;
    });
  }

  async updateContact(
    viewer: Viewer,
    scope: AccessScope,
    contactId: string,
    input: EnterpriseContactInput,
  ): Promise<EnterpriseContactEntity> {
    this.assertMayEdit(viewer);
    const checked = checkContact(input, "input");
    return this.dataSource.transaction(async (m) => {
      const { enterprise, contact } = await this.lockContact(m, scope, contactId);
      const before = contactSnapshot(contact);
      Object.assign(contact, checked);
      const saved = await m.save(contact);
      await this.audit.record(m, viewer, {
        dealerId: enterprise.dealerId,
        action: "enterprise.contact-update",
        entityType: "enterprise",
        entityId: enterprise.id,
        before,
        after: contactSnapshot(saved),
      });
      return saved;
    });
  }

  async removeContact(viewer: Viewer, scope: AccessScope, contactId: string): Promise<void> {
    this.assertMayEdit(viewer);
    await this.dataSource.transaction(async (m) => {
      const { enterprise, contact } = await this.lockContact(m, scope, contactId);
      await m.delete(EnterpriseContactEntity, { id: contact.id });
      await this.audit.record(m, viewer, {
        dealerId: enterprise.dealerId,
        action: "enterprise.contact-remove",
        entityType: "enterprise",
        entityId: enterprise.id,
        before: contactSnapshot(contact),
      });
    });
  }

  /** 添加跟进记录; the enterprise's 最近跟进 moves forward to it (never back). */
  async addFollowUp(
    viewer: Viewer,
    scope: AccessScope,
    enterpriseId: string,
    input: FollowUpInput,
  ): Promise<FollowUpEntity> {
    this.assertMayEdit(viewer);
    const now = new Date();
    const happenedAt = input.happenedAt ?? now;
    if (happenedAt.getTime() > now.getTime() + FOLLOW_UP_CLOCK_SKEW_MS) {
      throw invalid("happenedAt", "跟进时间不能晚于当前时间", "the follow-up can't be in the future");
    }
    const content = input.content.trim();
    if (content.length < 1 || content.length > 2000) {
      throw invalid("content", "跟进内容须为 1–2000 个字符", "the content needs 1–2000 characters");
    }
    const nextStep = input.nextStep?.trim() || null;
    if (nextStep !== null && nextStep.length > 500) {
      throw invalid("nextStep", "下一步不能超过 500 个字符", "the next step has at most 500 characters");
    }
    const nextAt = input.nextAt ?? null;
    if (nextAt && nextAt.getTime() <= happenedAt.getTime()) {
      throw invalid("nextAt", "下次跟进时间须晚于本次跟进时间", "the next follow-up must come after this one");
    }
    return this.dataSource.transaction(async (m) => {
      const enterprise = await this.lockVisible(m, scope, enterpriseId);
      const followUp = await m.save(
        m.create(FollowUpEntity, {
          enterpriseId: enterprise.id,
          dealerId: enterprise.dealerId,
          accountId: viewer.account.id,
          happenedAt,
          channel: input.channel,
          content,
          nextStep,
          nextAt,
        }),
      );
      await m
        .createQueryBuilder()
        .update(EnterpriseEntity)
        .set({ lastFollowUpAt: () => "GREATEST(last_follow_up_at, :happenedAt)" })
        .where("id = :id", { id: enterprise.id, happenedAt })
        .execute();
      await this.audit.record(m, viewer, {
        dealerId: enterprise.dealerId,
        action: "enterprise.follow-up-add",
        entityType: "enterprise",
        entityId: enterprise.id,
        before: { lastFollowUpAt: enterprise.lastFollowUpAt },
        after: {
          followUpId: followUp.id,
          happenedAt,
          channel: followUp.channel,
          content,
          nextStep,
          nextAt,
        },
      });
      return followUp;
    });
  }

  // ---------------------------------------------------------------- helpers

  /** Dealer users other than assistants; returns the dealer they work in. */
  private assertMayEdit(viewer: Viewer): string {
    if (!mayEditEnterprises(viewer) || !viewer.account.dealerId) throw new DomainError("FORBIDDEN");
    return viewer.account.dealerId;
  }

  private async lockVisible(m: EntityManager, scope: AccessScope, id: string): Promise<EnterpriseEntity> {
    const enterprise = isUUID(id) ? await this.repository.findVisible(scope, id, m, true) : null;
    if (!enterprise) throw notFound("enterprise");
    return enterprise;
  }

  private async lockContact(
    m: EntityManager,
    scope: AccessScope,
    contactId: string,
  ): Promise<{ enterprise: EnterpriseEntity; contact: EnterpriseContactEntity }> {
    const contact = isUUID(contactId) ? await m.findOneBy(EnterpriseContactEntity, { id: contactId }) : null;
    const enterprise = contact ? await this.repository.findVisible(scope, contact.enterpriseId, m, true) : null;
    if (!contact || !enterprise || enterprise.dealerId !== contact.dealerId) throw notFound("contact");
    return { enterprise, contact };
  }

  /**
   * The owner of a new or reassigned enterprise: the viewer's own account by default, or an
   * active account of the dealer that the viewer sees (its subtree; admins see everyone).
   */
  private async resolveOwner(
    m: EntityManager,
    viewer: Viewer,
    scope: AccessScope,
    dealerId: string,
    requested: string | null,
    explicit = false,
  ): Promise<string> {
    if (!explicit && (requested === null || requested === viewer.account.id)) return viewer.account.id;
    const account = requested && isUUID(requested) ? await m.findOneBy(AccountEntity, { id: requested }) : null;
    if (
      !account ||
      account.kind !== "DEALER" ||
      account.dealerId !== dealerId ||
      account.status !== "ACTIVE" ||
      !canSeeAccount(scope, account)
    ) {
      throw new DomainError("INVALID_OWNER");
    }
    return account.id;
  }

  private async checkProductLine(m: EntityManager, id: string | null): Promise<string | null> {
    if (id === null) return null;
    const line = isUUID(id) ? await m.findOneBy(ProductLineEntity, { id }) : null;
    if (!line) throw invalid("productLineId", "产品线不存在", "unknown product line");
    return line.id;
  }

  /** Every tag must belong to the dealer; another dealer's tag is as unknown as a made-up id. */
  private async checkTags(m: EntityManager, dealerId: string, tagIds: readonly string[]): Promise<void> {
    if (tagIds.length === 0) return;
    const found = await m.countBy(TagEntity, { id: In([...tagIds]), dealerId });
    if (found !== tagIds.length) throw notFound("tag");
  }

  /** The friendly check before writing; the unique index decides under races (guardDuplicates). */
  private async assertDomainsFree(
    m: EntityManager,
    scope: AccessScope,
    dealerId: string,
    domains: readonly string[],
    exceptEnterpriseId: string | null,
  ): Promise<void> {
    const [holder] = await this.repository.domainHolders(m, dealerId, domains, exceptEnterpriseId);
    if (holder) throw duplicateDomain(scope, holder, holder.domain);
  }

  /**
   * Runs a write; when the unique index enterprise_domain_dealer_uq refuses it (a concurrent
   * write took the domain between our check and our insert), answers DUPLICATE_DOMAIN like the
   * friendly check, looking the holder up after the failed transaction has rolled back.
   */
  private async guardDuplicates<T>(
    scope: AccessScope,
    dealerId: string,
    domains: readonly string[],
    exceptEnterpriseId: string | null,
    work: () => Promise<T>,
  ): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (!isUniqueViolation(error, DOMAIN_UNIQUE_INDEX)) throw error;
      const [holder] = await this.repository.domainHolders(
        this.dataSource.manager,
        dealerId,
        domains,
        exceptEnterpriseId,
      );
      throw duplicateDomain(scope, holder ?? null, holder?.domain ?? domains[0] ?? "");
    }
  }
}
