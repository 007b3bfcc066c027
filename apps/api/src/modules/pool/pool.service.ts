import { likePattern } from "../../shared/like-pattern";
import { expandRegionCoverage, mayClaimFromPool, regionName, type EnterpriseScale, type Industry } from "@crm/domain";
import type { DataSource } from "typeorm";
import { isUniqueViolation } from "../../shared/db-errors";
import type { AccessScope } from "../../access/access-scope";
import type { Viewer } from "../../access/viewer";
import { DomainError, notFound } from "../../shared/domain-error";
import { decodeCursor, toConnection, type Connection } from "../../shared/pagination";
import type { AuditService } from "../audit/audit.service";
import type { DealerRegionService } from "../dealer/dealer-region.service";
import { EnterpriseEntity } from "../enterprise/enterprise.entity";
import { checkRegionCode } from "../lead/lead-input";
import type { SettingsService } from "../settings/settings.service";
import type { PublicPoolFilter } from "./dto/pool-filter.input";
import { PoolClaimEntity } from "./pool-claim.entity";
import type { PublicPoolEnterprise } from "./public-pool-enterprise.type";

/** The Asia/Shanghai calendar day, computed by the database (the one clock that matters). */
const SHANGHAI_TODAY = `(now() AT TIME ZONE 'Asia/Shanghai')::date`;

interface PoolRow {
  id: string;
  name: string;
  region_code: string | null;
  industry: string | null;
  scale: string | null;
  pool_entered_at: Date;
  expired_at: Date | null;
  product_line_ids: string[] | null;
}

interface ClaimTarget {
  id: string;
  dealer_id: string;
  owner_account_id: string | null;
  region_code: string | null;
  pool_entered_at: Date | null;
  notes: string | null;
  routed_at: Date | null;
}

function isDuplicateDomain(error: unknown): boolean {
  return isUniqueViolation(error, "enterprise_domain_dealer_uq");
}

/**
 * 公海库. An enterprise enters the pool when every paid (正式) service its dealer held for it
 * expired more than `pool.graceDays` ago and none is active; dealers see the entries in their
 * territory and claim them (申请转入), first come first served.
 *
 * What moves on a claim: the enterprise (dealer, owner = the claimer) and its domains. What
 * stays behind with the previous dealer's id: contacts, follow-ups, tags and services — they
 * are that dealer's work, so every nested read filtered by the enterprise's current dealer
 * hides them from the claimer; its notes and routing trace are cleared (the audit entry for
 * the previous dealer keeps them). Vendor staff still see everything.
 */
export class PoolService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly settings: SettingsService,
    private readonly dealerRegions: DealerRegionService,
  ) {}

  /**
   * The pool job: one UPDATE … WHERE statement, so running it twice (or two at once) never
   * enters an enterprise twice — the second run finds `pool_entered_at` set and skips it.
   * Only the current dealer's paid services count, and only those that lapsed after the dealer
   * last claimed it: a claimed enterprise does not fall straight back in because of lapsed
   * services it was claimed with (the previous dealer's, or its own when a dealer takes back its
   * own lapsed customer). Returns how many entered.
   */
  async enterPublicPool(now: Date = new Date(), viewer: Viewer | null = null): Promise<number> {
    const { graceDays } = await this.settings.poolSettings();
    return this.dataSource.transaction(async (m) => {
      const entered: { id: string; dealer_id: string }[] = await m.query(
        `WITH entered AS (
           UPDATE enterprise e SET pool_entered_at = $1, updated_at = now()
            WHERE e.pool_entered_at IS NULL
              AND EXISTS (SELECT 1 FROM service s
                           WHERE s.enterprise_id = e.id AND s.dealer_id = e.dealer_id AND s.kind = 'PAID')
              AND NOT EXISTS (SELECT 1 FROM service s
                               WHERE s.enterprise_id = e.id AND s.dealer_id = e.dealer_id AND s.kind = 'PAID'
                                 AND s.expires_at > $1::timestamptz - make_interval(days => $2::int))
              AND NOT EXISTS (SELECT 1 FROM pool_claim pc
                               WHERE pc.enterprise_id = e.id AND pc.dealer_id = e.dealer_id
                                 AND pc.claimed_at >= (SELECT max(s.expires_at) FROM service s
                                                        WHERE s.enterprise_id = e.id AND s.dealer_id = e.dealer_id
                                                          AND s.kind = 'PAID'))
           RETURNING e.id, e.dealer_id)
         SELECT id, dealer_id FROM entered ORDER BY dealer_id, id`,
        [now, graceDays],
      );
      const byDealer = new Map<string, string[]>();
      for (const row of entered) byDealer.set(row.dealer_id, [...(byDealer.get(row.dealer_id) ?? []), row.id]);
      for (const [dealerId, ids] of byDealer) {
        await this.audit.record(m, viewer, {
          dealerId,
          action: "pool.enter",
          entityType: "enterprise",
          entityId: null,
          after: { count: ids.length, graceDays, at: now.toISOString(), enterpriseIds: ids.slice(0, 1000) },
        });
      }
      return entered.length;
    });
  }

  /**
   * Pool entries the viewer may see: a dealer user those inside its dealer's territory, vendor
   * staff all of them.
   */
  async list(
    scope: AccessScope,
    filter: PublicPoolFilter,
    first: number,
    after?: string | null,
  ): Promise<Connection<PublicPoolEnterprise>> {
    const qb = this.dataSource
      .getRepository(EnterpriseEntity)
      .createQueryBuilder("e")
      .where("e.pool_entered_at IS NOT NULL");
    if (scope.kind === "dealer") {
      const cover = await this.dealerRegions.coverageOf(scope.dealerId);
      qb.andWhere("e.region_code = ANY(:cover)", { cover });
    } else if (scope.kind !== "vendor") {
      qb.andWhere("false");
    }
    const region = checkRegionCode(filter.regionCode);
    if (region) qb.andWhere("e.region_code = ANY(:filterRegions)", { filterRegions: expandRegionCoverage([region]) });
    if (filter.text?.trim()) {
      const like = likePattern(filter.text);
      qb.andWhere("e.search_text ILIKE :like", { like });
    }
    if (filter.scale) qb.andWhere("e.scale = :scale", { scale: filter.scale });
    if (filter.industry) qb.andWhere("e.industry = :industry", { industry: filter.industry });
    if (filter.enteredFrom) qb.andWhere("e.pool_entered_at >= :enteredFrom", { enteredFrom: filter.enteredFrom });
    if (filter.enteredTo) qb.andWhere("e.pool_entered_at < :enteredTo", { enteredTo: filter.enteredTo });
    const totalCount = await qb.clone().getCount();
    const cursor = decodeCursor(after);
    if (cursor) qb.andWhere("(e.pool_entered_at, e.id) < (:cAt, :cId)", { cAt: cursor.at, cId: cursor.id });
    const rows = await qb
      .select([
        "e.id AS id",
        "e.name AS name",
        "e.region_code AS region_code",
        "e.industry AS industry",
        "e.scale AS scale",
        "e.pool_entered_at AS pool_entered_at",
      ])
      .addSelect(
        `(SELECT max(s.expires_at) FROM service s
           WHERE s.enterprise_id = e.id AND s.dealer_id = e.dealer_id AND s.kind = 'PAID')`,
        "expired_at",
      )
      .addSelect(
        `(SELECT array_agg(DISTINCT s.product_line_id::text) FROM service s
           WHERE s.enterprise_id = e.id AND s.dealer_id = e.dealer_id AND s.kind = 'PAID')`,
        "product_line_ids",
      )
      .orderBy("e.pool_entered_at", "DESC")
      .addOrderBy("e.id", "DESC")
      .limit(first + 1)
      .getRawMany<PoolRow>();
    const entries = rows.map((r): PublicPoolEnterprise => ({
      id: r.id,
      name: r.name,
      regionCode: r.region_code,
      regionName: r.region_code ? (regionName(r.region_code) ?? null) : null,
      industry: r.industry as Industry | null,
      scale: r.scale as EnterpriseScale | null,
      enteredAt: r.pool_entered_at,
      expiredAt: r.expired_at,
      productLineIds: r.product_line_ids ?? [],
    }));
    return toConnection(entries, first, totalCount, (row) => ({ at: row.enteredAt, id: row.id }));
  }

  /**
   * 申请转入. One conditional UPDATE decides: of any number of simultaneous claims exactly one
   * finds `pool_entered_at` still set, the others get ALREADY_CLAIMED. The claimer's account
   * row is locked before its claims of the day are counted, so concurrent claims by one
   * account never pass the daily cap.
   */
  async claim(viewer: Viewer, enterpriseId: string): Promise<PoolClaimEntity> {
    const account = viewer.account;
    if (
      account.kind !== "DEALER" ||
      !account.dealerId ||
      !mayClaimFromPool(account.accountType, [...viewer.permissions])
    ) {
      throw new DomainError("FORBIDDEN");
    }
    const dealerId = account.dealerId;
    try {
      return await this.dataSource.transaction(async (m) => {
        const [target] = await m.query<ClaimTarget[]>(
          `SELECT id, dealer_id, owner_account_id, region_code, pool_entered_at, notes, routed_at
             FROM enterprise WHERE id = $1`,
          [enterpriseId],
        );
        if (!target) throw notFound("enterprise");
        if (!target.pool_entered_at) {
          const claims: unknown[] = await m.query(`SELECT 1 FROM pool_claim WHERE enterprise_id = $1 LIMIT 1`, [
            enterpriseId,
          ]);
          throw claims.length > 0 ? new DomainError("ALREADY_CLAIMED") : notFound("enterprise");
        }
        const cover = await this.dealerRegions.coverageOf(dealerId, m);
        if (!target.region_code || !cover.includes(target.region_code)) throw new DomainError("NOT_IN_REGION");

        await m.query(`SELECT id FROM account WHERE id = $1 FOR UPDATE`, [account.id]);
        const { dailyClaimCap } = await this.settings.poolSettings(m);
        const [{ claimed } = { claimed: 0 }] = await m.query<{ claimed: number }[]>(
          `SELECT count(*)::int AS claimed FROM pool_claim WHERE account_id = $1 AND claim_day = ${SHANGHAI_TODAY}`,
          [account.id],
        );
        if (claimed >= dailyClaimCap) throw new DomainError("CLAIM_CAP_REACHED", { cap: dailyClaimCap });

        const [duplicate] = await m.query<{ enterprise_id: string; domain: string }[]>(
          `SELECT mine.enterprise_id, mine.domain
             FROM enterprise_domain theirs
             JOIN enterprise_domain mine ON mine.domain = theirs.domain AND mine.dealer_id = $2
            WHERE theirs.enterprise_id = $1 AND mine.enterprise_id <> $1
            LIMIT 1`,
          [enterpriseId, dealerId],
        );
        if (duplicate) {
          throw new DomainError("DUPLICATE_DOMAIN", {
            domain: duplicate.domain,
            enterpriseId: duplicate.enterprise_id,
          });
        }

        const moved: unknown[] = await m.query(
          `WITH moved AS (
             UPDATE enterprise
                SET dealer_id = $2, owner_account_id = $3, pool_entered_at = NULL, notes = NULL,
                    routed_at = NULL, routing_rule_id = NULL, routing_trace = NULL, last_follow_up_at = NULL,
                    updated_at = now()
              WHERE id = $1 AND pool_entered_at IS NOT NULL AND dealer_id = $4 AND region_code = ANY($5::text[])
              RETURNING id)
           SELECT id FROM moved`,
          [enterpriseId, dealerId, account.id, target.dealer_id, cover],
        );
        if (moved.length === 0) throw new DomainError("ALREADY_CLAIMED");
        await m.query(`UPDATE enterprise_domain SET dealer_id = $2 WHERE enterprise_id = $1`, [enterpriseId, dealerId]);

        const [claim] = await m.query<{ id: string; claim_day: string; claimed_at: Date }[]>(
          `INSERT INTO pool_claim (enterprise_id, from_dealer_id, dealer_id, account_id, claim_day)
           VALUES ($1, $2, $3, $4, ${SHANGHAI_TODAY})
           RETURNING id::text AS id, claim_day::text AS claim_day, claimed_at`,
          [enterpriseId, target.dealer_id, dealerId, account.id],
        );
        if (!claim) throw new Error("pool_claim insert returned no row");

        // The claimer's dealer sees who claimed it; the previous dealer sees only that it left
        // (recorded as the system, so the claimer's name does not reach another dealer).
        await this.audit.record(m, viewer, {
          dealerId,
          action: "pool.claim",
          entityType: "enterprise",
          entityId: enterpriseId,
          before: { poolEnteredAt: target.pool_entered_at },
          after: { dealerId, ownerAccountId: account.id, claimId: claim.id },
        });
        if (target.dealer_id !== dealerId) {
          await this.audit.record(m, null, {
            dealerId: target.dealer_id,
            action: "pool.claimed-away",
            entityType: "enterprise",
            entityId: enterpriseId,
            before: {
              ownerAccountId: target.owner_account_id,
              notes: target.notes,
              routedAt: target.routed_at,
              poolEnteredAt: target.pool_entered_at,
            },
            after: { leftThePool: true },
          });
        }
        return Object.assign(new PoolClaimEntity(), {
          id: claim.id,
          enterpriseId,
          fromDealerId: target.dealer_id,
          dealerId,
          accountId: account.id,
          claimDay: claim.claim_day,
          claimedAt: claim.claimed_at,
        });
      });
    } catch (error) {
      // A domain of the enterprise reached the claimer's dealer by another path meanwhile.
      if (isDuplicateDomain(error)) throw new DomainError("DUPLICATE_DOMAIN");
      throw error;
    }
  }
}
