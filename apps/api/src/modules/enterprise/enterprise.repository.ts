import { In, type DataSource, type EntityManager, type SelectQueryBuilder } from "typeorm";
import { applyScope, type AccessScope } from "../../access/access-scope";
import type { SortDirection } from "../../shared/sort-direction";
import { ServiceEntity } from "../service/service.entity";
import { EnterpriseTagEntity } from "../tag/enterprise-tag.entity";
import { TagEntity } from "../tag/tag.entity";
import { awaitingFollowUpCondition } from "./enterprise.conditions";
import type { EnterpriseCursor } from "./enterprise-cursor";
import { EnterpriseContactEntity } from "./enterprise-contact.entity";
import { EnterpriseDomainEntity } from "./enterprise-domain.entity";
import { EnterpriseEntity } from "./enterprise.entity";
import type { EnterpriseSort, TagMatch } from "./enterprise.enums";
import { FollowUpEntity } from "./follow-up.entity";

/** An enterprise's row belongs to (dealer_id, owner_account_id): every query scopes on these. */
export const ENTERPRISE_SCOPE = { dealerColumn: "e.dealer_id", accountColumn: "e.owner_account_id" } as const;

export type EnterpriseList = "ALL" | "RENEWAL_DUE" | "TRIAL_EXPIRED" | "ROUTED";

/** A filter after the service checked and resolved it (regions expanded, text escaped). */
export interface ResolvedEnterpriseFilter {
  /** ILIKE pattern over search_text, wildcards of the user's text escaped: "%…%". */
  textPattern: string | null;
  /** The same text as a two-character CJK bigram, looked up in the bigram index first. */
  textBigram: string | null;
  dealerId: string | null;
  regionCodes: string[] | null;
  sources: string[] | null;
  scales: string[] | null;
  statuses: string[] | null;
  tagIds: string[] | null;
  tagMatch: TagMatch;
  ownerAccountIds: string[] | null;
  productLineIds: string[] | null;
  createdFrom: Date | null;
  createdTo: Date | null;
  lastFollowUpFrom: Date | null;
  lastFollowUpTo: Date | null;
  /** Only routed leads still waiting for their first follow-up (首页's 甩单待跟进). */
  awaitingFollowUp: boolean;
}

export interface EnterpriseListSpec {
  list: EnterpriseList;
  now: Date;
  /** RENEWAL_DUE: PAID services expiring in (now, renewalUntil]. */
  renewalUntil: Date | null;
  filter: ResolvedEnterpriseFilter;
  sort: EnterpriseSort;
  direction: SortDirection;
}

/**
 * Soonest expiry of a PAID service not expired yet (企业待续费 shows it). Only the enterprise's
 * own dealer's services count, never another dealer's rows.
 */
const NEXT_PAID_EXPIRES_AT = `(SELECT min(sk.expires_at) FROM service sk
  WHERE sk.enterprise_id = e.id AND sk.dealer_id = e.dealer_id AND sk.kind = 'PAID' AND sk.expires_at > :now)`;

/**
 * 试用过期: a TRIAL service has expired and nothing of that product line runs any more (no
 * PAID service and no newer trial still active). The latest such trial expiry.
 */
function expiredTrialCondition(alias: string, lines: boolean): string {
  return `${alias}.enterprise_id = e.id AND ${alias}.dealer_id = e.dealer_id AND ${alias}.kind = 'TRIAL'
    AND ${alias}.expires_at <= :now${lines ? ` AND ${alias}.product_line_id = ANY(:productLineIds)` : ""}
    AND NOT EXISTS (SELECT 1 FROM service ${alias}a WHERE ${alias}a.enterprise_id = ${alias}.enterprise_id
      AND ${alias}a.dealer_id = ${alias}.dealer_id AND ${alias}a.product_line_id = ${alias}.product_line_id
      AND ${alias}a.expires_at > :now)`;
}
const TRIAL_EXPIRED_AT = `(SELECT max(tk.expires_at) FROM service tk WHERE ${expiredTrialCondition("tk", false)})`;

interface SortKey {
  expression: string;
  type: "timestamptz" | "text";
  nullable: boolean;
}

/** The allow-list: each sort key is a fixed SQL expression, never text from the client. */
export const SORT_KEYS: Record<EnterpriseSort, SortKey> = {
  CREATED_AT: { expression: "e.created_at", type: "timestamptz", nullable: false },
  UPDATED_AT: { expression: "e.updated_at", type: "timestamptz", nullable: false },
  NAME: { expression: "e.name", type: "text", nullable: false },
  LAST_FOLLOW_UP_AT: { expression: "e.last_follow_up_at", type: "timestamptz", nullable: true },
  ROUTED_AT: { expression: "e.routed_at", type: "timestamptz", nullable: true },
  NEXT_PAID_EXPIRES_AT: { expression: NEXT_PAID_EXPIRES_AT, type: "timestamptz", nullable: true },
  TRIAL_EXPIRED_AT: { expression: TRIAL_EXPIRED_AT, type: "timestamptz", nullable: true },
};

export interface PageRow {
  enterprise: EnterpriseEntity;
  /** The sort value as PostgreSQL printed it (ISO 8601 with microseconds for timestamps). */
  sortValue: string | null;
}

export interface DomainHolder {
  domain: string;
  enterpriseId: string;
  dealerId: string;
  ownerAccountId: string | null;
}

export interface ServiceSummary {
  nextPaidExpiresAt: Date | null;
  trialExpiredAt: Date | null;
}

/** Queries of enterprises and their parts. No rules here: the service decides; every read is scoped. */
export class EnterpriseRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The rows of one list: scope, filter and list condition; no order, no paging. */
  filtered(
    scope: AccessScope,
    spec: EnterpriseListSpec,
    manager: EntityManager = this.dataSource.manager,
  ): SelectQueryBuilder<EnterpriseEntity> {
    const qb = manager.createQueryBuilder(EnterpriseEntity, "e").setParameter("now", spec.now);
    applyScope(qb, scope, ENTERPRISE_SCOPE);
    const f = spec.filter;
    if (f.dealerId) qb.andWhere("e.dealer_id = :filterDealerId", { filterDealerId: f.dealerId });
    if (f.textPattern) qb.andWhere("e.search_text ILIKE :textPattern", { textPattern: f.textPattern });
    if (f.textBigram) qb.andWhere("e.search_bigrams @> ARRAY[:textBigram]::text[]", { textBigram: f.textBigram });
    if (f.regionCodes) qb.andWhere("e.region_code = ANY(:regionCodes)", { regionCodes: f.regionCodes });
    if (f.sources) qb.andWhere("e.source = ANY(:sources)", { sources: f.sources });
    if (f.scales) qb.andWhere("e.scale = ANY(:scales)", { scales: f.scales });
    if (f.statuses) qb.andWhere("e.status = ANY(:statuses)", { statuses: f.statuses });
    if (f.ownerAccountIds) {
      qb.andWhere("e.owner_account_id = ANY(:ownerAccountIds)", { ownerAccountIds: f.ownerAccountIds });
    }
    if (f.tagIds) {
      qb.setParameter("tagIds", f.tagIds);
      if (f.tagMatch === "ALL") {
        qb.andWhere(
          `(SELECT count(*) FROM enterprise_tag ft WHERE ft.enterprise_id = e.id AND ft.tag_id = ANY(:tagIds)) = :tagCount`,
          { tagCount: f.tagIds.length },
        );
      } else {
        qb.andWhere(
          `EXISTS (SELECT 1 FROM enterprise_tag ft WHERE ft.enterprise_id = e.id AND ft.tag_id = ANY(:tagIds))`,
        );
      }
    }
    if (f.productLineIds) {
      qb.andWhere(
        `(e.product_line_id = ANY(:productLineIds) OR EXISTS (SELECT 1 FROM service fs
          WHERE fs.enterprise_id = e.id AND fs.dealer_id = e.dealer_id AND fs.product_line_id = ANY(:productLineIds)))`,
        { productLineIds: f.productLineIds },
      );
    }
    if (f.createdFrom) qb.andWhere("e.created_at >= :createdFrom", { createdFrom: f.createdFrom });
    if (f.createdTo) qb.andWhere("e.created_at < :createdTo", { createdTo: f.createdTo });
    if (f.lastFollowUpFrom) qb.andWhere("e.last_follow_up_at >= :followFrom", { followFrom: f.lastFollowUpFrom });
    if (f.lastFollowUpTo) qb.andWhere("e.last_follow_up_at < :followTo", { followTo: f.lastFollowUpTo });
    if (f.awaitingFollowUp) qb.andWhere(awaitingFollowUpCondition("e"));
    const lines = f.productLineIds !== null;
    switch (spec.list) {
      case "RENEWAL_DUE":
        qb.andWhere(
          `EXISTS (SELECT 1 FROM service rs WHERE rs.enterprise_id = e.id AND rs.dealer_id = e.dealer_id
            AND rs.kind = 'PAID' AND rs.expires_at > :now AND rs.expires_at <= :renewalUntil
            ${lines ? "AND rs.product_line_id = ANY(:productLineIds)" : ""})`,
          { renewalUntil: spec.renewalUntil ?? spec.now },
        );
        break;
      case "TRIAL_EXPIRED":
        qb.andWhere(`EXISTS (SELECT 1 FROM service ts WHERE ${expiredTrialCondition("ts", lines)})`);
        break;
      case "ROUTED":
        qb.andWhere("e.routed_at IS NOT NULL");
        break;
      case "ALL":
        break;
    }
    return qb;
  }

  /**
   * One page (or export batch) of ids with their sort values: keyset after the cursor, ordered by
   * the sort key then id (rows without a value last). Exposed for EXPLAIN tests.
   */
  pageQuery(
    scope: AccessScope,
    spec: EnterpriseListSpec,
    cursor: EnterpriseCursor | null,
    limit: number,
    manager: EntityManager = this.dataSource.manager,
  ): SelectQueryBuilder<EnterpriseEntity> {
    const key = SORT_KEYS[spec.sort];
    const expr = key.expression;
    const qb = this.filtered(scope, spec, manager)
      .select("e.id", "id")
      .addSelect(key.type === "timestamptz" ? `to_json(${expr}) #>> '{}'` : expr, "sort_value");
    if (cursor) {
      const op = spec.direction === "DESC" ? "<" : ">";
      const value = `CAST(:cursorValue AS ${key.type})`;
      const id = "CAST(:cursorId AS uuid)";
      qb.setParameter("cursorValue", cursor.value).setParameter("cursorId", cursor.id);
      if (!key.nullable) {
        qb.andWhere(`(${expr}, e.id) ${op} (${value}, ${id})`);
      } else if (cursor.value === null) {
        qb.andWhere(`(${expr} IS NULL AND e.id ${op} ${id})`);
      } else {
        qb.andWhere(`(${expr} ${op} ${value} OR (${expr} = ${value} AND e.id ${op} ${id}) OR ${expr} IS NULL)`);
      }
    }
    return qb
      .orderBy(expr, spec.direction, key.nullable ? "NULLS LAST" : undefined)
      .addOrderBy("e.id", spec.direction)
      .limit(limit);
  }

  async page(
    scope: AccessScope,
    spec: EnterpriseListSpec,
    cursor: EnterpriseCursor | null,
    limit: number,
  ): Promise<PageRow[]> {
    const raws = await this.pageQuery(scope, spec, cursor, limit).getRawMany<{
      id: string;
      sort_value: string | null;
    }>();
    if (raws.length === 0) return [];
    const rows = await this.dataSource.manager.findBy(EnterpriseEntity, { id: In(raws.map((r) => r.id)) });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return raws.flatMap((raw) => {
      const enterprise = byId.get(raw.id);
      return enterprise ? [{ enterprise, sortValue: raw.sort_value }] : [];
    });
  }

  async count(scope: AccessScope, spec: EnterpriseListSpec): Promise<number> {
    const raw = await this.filtered(scope, spec).select("count(*)", "n").getRawOne<{ n: string }>();
    return Number(raw?.n ?? 0);
  }

  /** One enterprise the scope may see, optionally locked for update; null otherwise. */
  findVisible(
    scope: AccessScope,
    id: string,
    manager: EntityManager = this.dataSource.manager,
    lock = false,
  ): Promise<EnterpriseEntity | null> {
    const qb = manager.createQueryBuilder(EnterpriseEntity, "e").where("e.id = :id", { id });
    applyScope(qb, scope, ENTERPRISE_SCOPE);
    if (lock) qb.setLock("pessimistic_write");
    return qb.getOne();
  }

  /** Which enterprises of the dealer already hold any of these domains (unscoped: the caller decides). */
  async domainHolders(
    manager: EntityManager,
    dealerId: string,
    domains: readonly string[],
    exceptEnterpriseId: string | null,
  ): Promise<DomainHolder[]> {
    const rows: { domain: string; enterprise_id: string; dealer_id: string; owner_account_id: string | null }[] =
      await manager.query(
        `SELECT d.domain, d.enterprise_id, e.dealer_id, e.owner_account_id
           FROM enterprise_domain d JOIN enterprise e ON e.id = d.enterprise_id
          WHERE d.dealer_id = $1 AND d.domain = ANY($2::text[]) AND ($3::uuid IS NULL OR d.enterprise_id <> $3::uuid)`,
        [dealerId, domains, exceptEnterpriseId],
      );
    return rows.map((r) => ({
      domain: r.domain,
      enterpriseId: r.enterprise_id,
      dealerId: r.dealer_id,
      ownerAccountId: r.owner_account_id,
    }));
  }

  domainsOf(manager: EntityManager, enterpriseId: string): Promise<EnterpriseDomainEntity[]> {
    return manager.find(EnterpriseDomainEntity, { where: { enterpriseId }, order: { isMain: "DESC", domain: "ASC" } });
  }

  // -- nested fields, batched by the loaders; each joins the enterprise and applies the scope --

  async domainsFor(scope: AccessScope, enterpriseIds: readonly string[]): Promise<EnterpriseDomainEntity[]> {
    const qb = this.dataSource.manager
      .createQueryBuilder(EnterpriseDomainEntity, "d")
      .innerJoin(EnterpriseEntity, "e", "e.id = d.enterprise_id AND e.dealer_id = d.dealer_id")
      .where("d.enterprise_id = ANY(:ids)", { ids: [...enterpriseIds] });
    applyScope(qb, scope, ENTERPRISE_SCOPE);
    return qb.orderBy("d.is_main", "DESC").addOrderBy("d.domain", "ASC").getMany();
  }

  async contactsFor(scope: AccessScope, enterpriseIds: readonly string[]): Promise<EnterpriseContactEntity[]> {
    const qb = this.dataSource.manager
      .createQueryBuilder(EnterpriseContactEntity, "c")
      .innerJoin(EnterpriseEntity, "e", "e.id = c.enterprise_id AND e.dealer_id = c.dealer_id")
      .where("c.enterprise_id = ANY(:ids)", { ids: [...enterpriseIds] });
    applyScope(qb, scope, ENTERPRISE_SCOPE);
    return qb.orderBy("c.sort_order", "ASC").addOrderBy("c.id", "ASC").getMany();
  }

  async tagsFor(
    scope: AccessScope,
    enterpriseIds: readonly string[],
  ): Promise<{ enterpriseId: string; tag: TagEntity }[]> {
    const qb = this.dataSource.manager
      .createQueryBuilder(EnterpriseTagEntity, "et")
      .innerJoin(EnterpriseEntity, "e", "e.id = et.enterprise_id AND e.dealer_id = et.dealer_id")
      .innerJoin(TagEntity, "t", "t.id = et.tag_id AND t.dealer_id = e.dealer_id")
      .where("et.enterprise_id = ANY(:ids)", { ids: [...enterpriseIds] })
      .select(["et.enterprise_id AS enterprise_id", "t.id AS id", "t.dealer_id AS dealer_id"])
      .addSelect(["t.name AS name", "t.color AS color", "t.created_at AS created_at"]);
    applyScope(qb, scope, ENTERPRISE_SCOPE);
    const raws = await qb.orderBy("t.name", "ASC").getRawMany<{
      enterprise_id: string;
      id: string;
      dealer_id: string;
      name: string;
      color: string;
      created_at: Date;
    }>();
    return raws.map((r) => ({
      enterpriseId: r.enterprise_id,
      tag: this.dataSource.manager.create(TagEntity, {
        id: r.id,
        dealerId: r.dealer_id,
        name: r.name,
        color: r.color,
        createdAt: r.created_at,
      }),
    }));
  }

  async servicesFor(scope: AccessScope, enterpriseIds: readonly string[]): Promise<ServiceEntity[]> {
    const qb = this.dataSource.manager
      .createQueryBuilder(ServiceEntity, "s")
      .innerJoin(EnterpriseEntity, "e", "e.id = s.enterprise_id AND e.dealer_id = s.dealer_id")
      .where("s.enterprise_id = ANY(:ids)", { ids: [...enterpriseIds] });
    applyScope(qb, scope, ENTERPRISE_SCOPE);
    return qb.orderBy("s.expires_at", "DESC").addOrderBy("s.id", "ASC").getMany();
  }

  async serviceSummariesFor(
    scope: AccessScope,
    enterpriseIds: readonly string[],
    now: Date,
  ): Promise<Map<string, ServiceSummary>> {
    const qb = this.dataSource.manager
      .createQueryBuilder(EnterpriseEntity, "e")
      .select("e.id", "id")
      .addSelect(NEXT_PAID_EXPIRES_AT, "next_paid")
      .addSelect(TRIAL_EXPIRED_AT, "trial_expired")
      .where("e.id = ANY(:ids)", { ids: [...enterpriseIds] })
      .setParameter("now", now);
    applyScope(qb, scope, ENTERPRISE_SCOPE);
    const raws = await qb.getRawMany<{ id: string; next_paid: Date | null; trial_expired: Date | null }>();
    return new Map(raws.map((r) => [r.id, { nextPaidExpiresAt: r.next_paid, trialExpiredAt: r.trial_expired }]));
  }

  /** 跟进记录 of one enterprise, newest first, keyset on (happened_at, id). */
  followUpsPage(
    scope: AccessScope,
    enterpriseId: string,
    cursor: { at: Date; id: string } | null,
    limit: number,
  ): Promise<FollowUpEntity[]> {
    const qb = this.dataSource.manager
      .createQueryBuilder(FollowUpEntity, "f")
      .innerJoin(EnterpriseEntity, "e", "e.id = f.enterprise_id AND e.dealer_id = f.dealer_id")
      .where("f.enterprise_id = :enterpriseId", { enterpriseId });
    applyScope(qb, scope, ENTERPRISE_SCOPE);
    if (cursor) qb.andWhere("(f.happened_at, f.id) < (:cAt, :cId)", { cAt: cursor.at, cId: cursor.id });
    return qb.orderBy("f.happened_at", "DESC").addOrderBy("f.id", "DESC").limit(limit).getMany();
  }

  async followUpCount(scope: AccessScope, enterpriseId: string): Promise<number> {
    const qb = this.dataSource.manager
      .createQueryBuilder(FollowUpEntity, "f")
      .innerJoin(EnterpriseEntity, "e", "e.id = f.enterprise_id AND e.dealer_id = f.dealer_id")
      .where("f.enterprise_id = :enterpriseId", { enterpriseId })
      .select("count(*)", "n");
    applyScope(qb, scope, ENTERPRISE_SCOPE);
    const raw = await qb.getRawOne<{ n: string }>();
    return Number(raw?.n ?? 0);
  }

  /** How many enterprises visible to the scope carry each tag. */
  async tagUsage(scope: AccessScope, tagIds: readonly string[]): Promise<Map<string, number>> {
    const qb = this.dataSource.manager
      .createQueryBuilder(EnterpriseTagEntity, "et")
      .innerJoin(EnterpriseEntity, "e", "e.id = et.enterprise_id AND e.dealer_id = et.dealer_id")
      .where("et.tag_id = ANY(:ids)", { ids: [...tagIds] })
      .select("et.tag_id", "tag_id")
      .addSelect("count(*)", "n")
      .groupBy("et.tag_id");
    applyScope(qb, scope, ENTERPRISE_SCOPE);
    const raws = await qb.getRawMany<{ tag_id: string; n: string }>();
    return new Map(raws.map((r) => [r.tag_id, Number(r.n)]));
  }
}
