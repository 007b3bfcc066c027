import {
  REGISTRATION_ENDING_WITHIN_MAX_DAYS,
  REGISTRATION_REMINDER_DAYS,
  domainNameErrorMessage,
  isRegistrationEndingWithinDays,
  normalizeDomain,
  quotaAvailable,
  quotaExceededMessage,
  quotaVerdict,
  registrationEndingBy,
  registrationExpiresAt,
  shanghaiDate,
  type QuotaUsage,
} from "@crm/domain";
import { isUUID } from "class-validator";
import type { DataSource, EntityManager } from "typeorm";
import { applyScope, canSeeAccount, canSeeDealer, type AccessScope } from "../../access/access-scope";
import { hasVendorRole, type Viewer } from "../../access/viewer";
import type { Clock } from "../../shared/clock";
import { pgErrorCode } from "../../shared/db-errors";
import { DomainError, invalid, notFound } from "../../shared/domain-error";
import { updateReturning } from "../../shared/update-returning";
import { likePattern } from "../../shared/like-pattern";
import { decodeCursor, toConnection, type Connection } from "../../shared/pagination";
import { AccountEntity } from "../account/account.entity";
import { AccountQuotaEntity } from "../account/account-quota.entity";
import type { AuditService } from "../audit/audit.service";
import { ProductLineEntity } from "../catalog/product-line.entity";
import { DealerQuotaEntity } from "../dealer/dealer-quota.entity";
import { DealerEntity } from "../dealer/dealer.entity";
import type { EnterpriseService } from "../enterprise/enterprise.service";
import type { RegisterDomainInput } from "./dto/register-domain.input";
import type { RegistrationFilter } from "./dto/registration-filter.input";
import type { SetQuotasInput } from "./dto/quota.input";
import { activeRegistrationCondition, registrationEndingByCondition } from "./registration.conditions";
import { RegistrationEntity } from "./registration.entity";

/** What registration tells the message center (implemented by the notice module's service). */
export interface RegistrationNotices {
  raiseDomainAttempt(input: { dealerId: string; productLineId: string; domain: string; at: Date }): Promise<void>;
  raiseRegistrationExpiring(
    m: EntityManager,
    input: {
      dealerId: string;
      accountId: string;
      registrationId: string;
      productLineId: string;
      domain: string;
      endsAt: Date;
      daysLeft: number;
    },
  ): Promise<boolean>;
}

/** The exclusion constraint that keeps one active lock per (product line, domain). */
const EXCLUSION_VIOLATION = "23P01";

/** Quota usage of one (dealer, product line) and, for an employee's entry, of the employee. */
export interface QuotaUsageKey {
  dealerId: string;
  productLineId: string;
  accountId: string | null;
}

interface Holder {
  id: string;
  dealer_id: string;
  expires_at: Date;
}

function registrationSnapshot(r: RegistrationEntity): Record<string, unknown> {
  return {
    domain: r.domain,
    productLineId: r.productLineId,
    accountId: r.accountId,
    enterpriseId: r.enterpriseId,
    startsAt: r.startsAt.toISOString(),
    expiresAt: r.expiresAt.toISOString(),
    endedAt: r.endedAt?.toISOString() ?? null,
    endReason: r.endReason,
  };
}

/**
 * 报备 (SPEC §5). Exclusivity is the database's (an exclusion constraint on the held period);
 * quotas are counted under a row lock on the dealer's quota row, so a dealer's registrations of
 * one product line take turns and neither the employee's nor the dealer's maximum overshoots.
 */
export class RegistrationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly enterprises: EnterpriseService,
    private readonly notices: RegistrationNotices,
    private readonly clock: Clock,
  ) {}

  now(): Date {
    return this.clock();
  }

  async list(
    scope: AccessScope,
    filter: RegistrationFilter | null | undefined,
    first: number,
    after?: string | null,
  ): Promise<Connection<RegistrationEntity>> {
    const now = this.clock();
    const qb = this.dataSource.getRepository(RegistrationEntity).createQueryBuilder("r");
    applyScope(qb, scope, { dealerColumn: "r.dealer_id", accountColumn: "r.account_id" });
    const exact: [keyof RegistrationFilter, string, string | null | undefined][] = [
      ["productLineId", "product_line_id", filter?.productLineId],
      ["accountId", "account_id", filter?.accountId],
      ["enterpriseId", "enterprise_id", filter?.enterpriseId],
      ["dealerId", "dealer_id", filter?.dealerId],
    ];
    for (const [field, column, value] of exact) {
      if (!value) continue;
      if (!isUUID(value)) throw invalid(field, "编号格式不正确", "not a valid id");
      qb.andWhere(`r.${column} = :${field}`, { [field]: value });
    }
    const text = filter?.domain?.trim();
    if (text) {
      // Match what the user typed against the ASCII form, and against its ASCII form when it is Unicode.
      const normalized = normalizeDomain(text);
      const ascii = normalized.ok ? normalized.domain : null;
      qb.andWhere(
        ascii && ascii !== text.toLowerCase()
          ? "(r.domain ILIKE :like OR r.domain ILIKE :ascii)"
          : "r.domain ILIKE :like",
        {
          like: likePattern(text),
          ascii: ascii ? likePattern(ascii) : null,
        },
      );
    }
    switch (filter?.status) {
      case "ACTIVE":
        qb.andWhere(activeRegistrationCondition("r"), { now });
        break;
      case "EXPIRED":
        qb.andWhere("r.ended_at IS NULL AND r.expires_at <= :now", { now });
        break;
      case "UNLOCKED":
      case "CONVERTED":
        qb.andWhere("r.end_reason = :reason", { reason: filter.status });
        break;
      default:
        break;
    }
    const days = filter?.endingWithinDays;
    if (days !== null && days !== undefined) {
      if (!isRegistrationEndingWithinDays(days)) {
        throw invalid(
          "endingWithinDays",
          `即将到期天数须为 1–${REGISTRATION_ENDING_WITHIN_MAX_DAYS} 的整数`,
          `endingWithinDays must be a whole number from 1 to ${REGISTRATION_ENDING_WITHIN_MAX_DAYS}`,
        );
      }
      // The same clock and window as 首页's 报备即将到期, so the card's count is this list's total.
      qb.andWhere(registrationEndingByCondition("r"), { now, endingBy: registrationEndingBy(now, days) });
    }
    const totalCount = await qb.clone().getCount();
    const cursor = decodeCursor(after);
    if (cursor) qb.andWhere("(r.created_at, r.id) < (:cAt, :cId)", { cAt: cursor.at, cId: cursor.id });
    const rows = await qb
      .orderBy("r.created_at", "DESC")
      .addOrderBy("r.id", "DESC")
      .take(first + 1)
      .getMany();
    return toConnection(rows, first, totalCount, (row) => ({ at: row.createdAt, id: row.id }));
  }

  async get(scope: AccessScope, id: string): Promise<RegistrationEntity> {
    if (!isUUID(id)) throw notFound("registration");
    const qb = this.dataSource.getRepository(RegistrationEntity).createQueryBuilder("r").where("r.id = :id", { id });
    applyScope(qb, scope, { dealerColumn: "r.dealer_id", accountColumn: "r.account_id" });
    const row = await qb.getOne();
    if (!row) throw notFound("registration");
    return row;
  }

  /**
   * 报备锁定 by the viewer's (effective) account. Refusals: DOMAIN_LOCKED (another dealer holds
   * it: the holder is never named, its admins get a 域名试报备通知), ALREADY_REGISTERED (this
   * dealer holds it), QUOTA_EXCEEDED (naming the employee's or the dealer's limit).
   */
  async register(viewer: Viewer, scope: AccessScope, input: RegisterDomainInput): Promise<RegistrationEntity> {
    const account = viewer.account;
    const dealerId = account.dealerId;
    if (account.kind !== "DEALER" || !dealerId) throw new DomainError("FORBIDDEN");
    const normalized = normalizeDomain(input.domain);
    if (!normalized.ok) {
      throw new DomainError(
        "INVALID_DOMAIN",
        { field: "domain", reason: normalized.reason },
        domainNameErrorMessage(normalized.reason),
      );
    }
    const domain = normalized.registrable;
    if (!isUUID(input.productLineId)) throw invalid("productLineId", "请选择产品线", "choose a product line");
    const productLine = await this.dataSource.getRepository(ProductLineEntity).findOneBy({ id: input.productLineId });
    if (!productLine) throw invalid("productLineId", "请选择产品线", "choose a product line");
    const enterpriseId = await this.enterpriseFor(scope, dealerId, domain, input.enterpriseId ?? null);

    const now = this.clock();
    const expiresAt = registrationExpiresAt(now);
    try {
      return await this.dataSource.transaction(async (m) => {
        // Take turns with the dealer's other registrations of this product line (quota counting).
        const [dealerQuota] = await m.query<{ max_count: number }[]>(
          `SELECT max_count FROM dealer_quota WHERE dealer_id = $1 AND product_line_id = $2 FOR UPDATE`,
          [dealerId, productLine.id],
        );
        const holder = await this.holderOf(m, productLine.id, domain, now, expiresAt);
        if (holder) throw this.lockedRefusal(holder, dealerId);
        const usage = await this.usageFor(m, { dealerId, productLineId: productLine.id, accountId: account.id }, now);
        const verdict = quotaVerdict({ ...usage, dealerMax: dealerQuota?.max_count ?? 0 });
        if (!verdict.ok) {
          throw new DomainError(
            "QUOTA_EXCEEDED",
            { limit: verdict.limit, max: verdict.max, used: verdict.used, productLineId: productLine.id },
            quotaExceededMessage(verdict),
          );
        }
        const saved = await m.save(
          m.create(RegistrationEntity, {
            dealerId,
            accountId: account.id,
            productLineId: productLine.id,
            domain,
            enterpriseId,
            startsAt: now,
            expiresAt,
            endedAt: null,
            endReason: null,
            endedBy: null,
          }),
        );
        await this.audit.record(m, viewer, {
          dealerId,
          action: "registration.create",
          entityType: "registration",
          entityId: saved.id,
          after: registrationSnapshot(saved),
        });
        return saved;
      });
    } catch (error) {
      let refusal = error;
      if (pgErrorCode(error) === EXCLUSION_VIOLATION) {
        // Another registration of the domain committed between our check and our insert.
        const holder = await this.holderOf(this.dataSource.manager, productLine.id, domain, now, expiresAt);
        if (holder) refusal = this.lockedRefusal(holder, dealerId);
      }
      if (refusal instanceof LockedByOtherDealer) {
        // The refusal stands even if the holder's notice can't be written.
        await this.notices
          .raiseDomainAttempt({ dealerId: refusal.holderDealerId, productLineId: productLine.id, domain, at: now })
          .catch((noticeError: unknown) => console.error("[registration] attempt notice not written", noticeError));
        throw refusal.refusal;
      }
      throw refusal;
    }
  }

  /** 解锁: ends an active lock at once and frees its quota slot. */
  async unlock(viewer: Viewer, scope: AccessScope, id: string): Promise<RegistrationEntity> {
    await this.get(scope, id);
    const now = this.clock();
    return this.dataSource.transaction(async (m) => {
      const before = await m.findOne(RegistrationEntity, { where: { id }, lock: { mode: "pessimistic_write" } });
      if (!before) throw notFound("registration");
      if (before.endReason || before.expiresAt.getTime() <= now.getTime()) {
        throw new DomainError("REGISTRATION_NOT_ACTIVE");
      }
      await m.update(RegistrationEntity, { id }, { endedAt: now, endReason: "UNLOCKED", endedBy: viewer.account.id });
      const after = await m.findOneByOrFail(RegistrationEntity, { id });
      await this.audit.record(m, viewer, {
        dealerId: before.dealerId,
        action: "registration.unlock",
        entityType: "registration",
        entityId: id,
        before: registrationSnapshot(before),
        after: registrationSnapshot(after),
      });
      return after;
    });
  }

  /**
   * 转化成单: the dealer's active lock of (product line, domain) ends because its order was paid.
   * Runs in the caller's (the payment's) transaction; returns the converted lock, or null if none.
   */
  async markConverted(
    m: EntityManager,
    key: { dealerId: string; productLineId: string; domain: string },
    at: Date,
  ): Promise<RegistrationEntity | null> {
    const rows = await updateReturning<{ id: string }>(
      m,
      `UPDATE registration SET ended_at = $4, end_reason = 'CONVERTED'
        WHERE dealer_id = $1 AND product_line_id = $2 AND domain = $3
          AND ended_at IS NULL AND expires_at > $4
        RETURNING id`,
      [key.dealerId, key.productLineId, key.domain, at],
    );
    const id = rows[0]?.id;
    return id ? m.findOneBy(RegistrationEntity, { id }) : null;
  }

  /** The dealer holding the active lock of (product line, domain) at `at`: only it may file new orders. */
  async heldBy(m: EntityManager, key: { productLineId: string; domain: string }, at: Date): Promise<string | null> {
    const holder = await this.holderOf(m, key.productLineId, key.domain, at, at);
    return holder?.dealer_id ?? null;
  }

  /** Used / maximum per key, for the quota fields (one query per batch). */
  async quotaUsage(keys: readonly QuotaUsageKey[]): Promise<(QuotaUsage & { available: number })[]> {
    const now = this.clock();
    return Promise.all(
      keys.map(async (key) => {
        const [dealerQuota] = await this.dataSource.query<{ max_count: number }[]>(
          `SELECT max_count FROM dealer_quota WHERE dealer_id = $1 AND product_line_id = $2`,
          [key.dealerId, key.productLineId],
        );
        const usage = {
          ...(await this.usageFor(this.dataSource.manager, key, now)),
          dealerMax: dealerQuota?.max_count ?? 0,
        };
        // An employee's entry: what the employee can still take; the dealer's: what the dealer has left.
        const available = key.accountId ? quotaAvailable(usage) : Math.max(0, usage.dealerMax - usage.dealerUsed);
        return { ...usage, available };
      }),
    );
  }

  /**
   * A channel manager sets its dealers' maxima (platform admins: any dealer's). Lowering a
   * dealer's maximum lowers employees' maxima above it; locks already held stay until they end.
   */
  async setDealerQuotas(
    viewer: Viewer,
    scope: AccessScope,
    dealerId: string,
    input: SetQuotasInput,
  ): Promise<DealerEntity> {
    if (!isUUID(dealerId) || !canSeeDealer(scope, dealerId)) throw notFound("dealer");
    const quotas = await this.checkQuotaInput(input);
    return this.dataSource.transaction(async (m) => {
      const dealer = await m.findOne(DealerEntity, { where: { id: dealerId }, lock: { mode: "pessimistic_write" } });
      if (!dealer) throw notFound("dealer");
      if (!hasVendorRole(viewer, "PLATFORM_ADMIN") && dealer.channelManagerId !== viewer.account.id) {
        throw new DomainError("FORBIDDEN");
      }
      for (const { productLineId, max } of quotas) {
        await m.query(`SELECT 1 FROM dealer_quota WHERE dealer_id = $1 AND product_line_id = $2 FOR UPDATE`, [
          dealerId,
          productLineId,
        ]);
        const before = await m.findOneBy(DealerQuotaEntity, { dealerId, productLineId });
        if (max === null) {
          await m.delete(DealerQuotaEntity, { dealerId, productLineId });
          await m.delete(AccountQuotaEntity, { dealerId, productLineId });
        } else {
          await m.upsert(DealerQuotaEntity, { dealerId, productLineId, maxCount: max }, ["dealerId", "productLineId"]);
          await m.query(
            `UPDATE account_quota SET max_count = $3, updated_at = now()
              WHERE dealer_id = $1 AND product_line_id = $2 AND max_count > $3`,
            [dealerId, productLineId, max],
          );
        }
        await this.audit.record(m, viewer, {
          dealerId,
          action: "quota.dealer.set",
          entityType: "dealer",
          entityId: dealerId,
          before: { productLineId, max: before?.maxCount ?? null },
          after: { productLineId, max },
        });
      }
      return dealer;
    });
  }

  /**
   * 分配报备名额: a dealer admin enables product lines for an employee and sets the employee's
   * maximum, at most the dealer's maximum for the line.
   */
  async setAccountQuotas(
    viewer: Viewer,
    scope: AccessScope,
    accountId: string,
    input: SetQuotasInput,
  ): Promise<AccountEntity> {
    if (!isUUID(accountId)) throw notFound("account");
    const quotas = await this.checkQuotaInput(input);
    return this.dataSource.transaction(async (m) => {
      const account = await m.findOneBy(AccountEntity, { id: accountId });
      if (!account || account.kind !== "DEALER" || !account.dealerId || !canSeeAccount(scope, account)) {
        throw notFound("account");
      }
      if (scope.kind !== "vendor" && account.dealerId !== viewer.account.dealerId) throw notFound("account");
      const dealerId = account.dealerId;
      for (const { productLineId, max } of quotas) {
        // The dealer's row lock orders this against a concurrent change of the dealer's maximum.
        const [dealerQuota] = await m.query<{ max_count: number }[]>(
          `SELECT max_count FROM dealer_quota WHERE dealer_id = $1 AND product_line_id = $2 FOR UPDATE`,
          [dealerId, productLineId],
        );
        if (max !== null && max > (dealerQuota?.max_count ?? 0)) {
          throw new DomainError(
            "VALIDATION_FAILED",
            { field: "quotas", productLineId, dealerMax: dealerQuota?.max_count ?? 0 },
            {
              zh: `输入有误：员工名额不能超过经销商的名额（${dealerQuota?.max_count ?? 0}）`,
              en: `The input is not valid: an employee's maximum can't exceed the dealer's (${dealerQuota?.max_count ?? 0})`,
            },
          );
        }
        const before = await m.findOneBy(AccountQuotaEntity, { accountId, productLineId });
        if (max === null) await m.delete(AccountQuotaEntity, { accountId, productLineId });
        else {
          await m.upsert(AccountQuotaEntity, { dealerId, accountId, productLineId, maxCount: max }, [
            "accountId",
            "productLineId",
          ]);
        }
        await this.audit.record(m, viewer, {
          dealerId,
          action: "quota.account.set",
          entityType: "account",
          entityId: accountId,
          before: { productLineId, max: before?.maxCount ?? null },
          after: { productLineId, max },
        });
      }
      return account;
    });
  }

  /**
   * 报备到期提醒: a notice to the holder 7 days and 1 day before a lock ends. Idempotent (one
   * notice per lock and reminder); returns how many notices it created.
   */
  async remindExpiring(now: Date = this.clock()): Promise<number> {
    let created = 0;
    const days = [...REGISTRATION_REMINDER_DAYS].sort((a, b) => a - b);
    for (const [index, daysLeft] of days.entries()) {
      // Only the most urgent reminder due: a lock 20 hours from its end gets the 1-day one, not both.
      const after = index === 0 ? now : new Date(now.getTime() + (days[index - 1] ?? 0) * 86_400_000);
      const until = new Date(now.getTime() + daysLeft * 86_400_000);
      const due = await this.dataSource.query<
        {
          id: string;
          dealer_id: string;
          account_id: string;
          product_line_id: string;
          domain: string;
          expires_at: Date;
        }[]
      >(
        `SELECT id, dealer_id, account_id, product_line_id, domain, expires_at FROM registration
          WHERE ended_at IS NULL AND expires_at > $1 AND expires_at <= $2 AND starts_at <= $3`,
        [after, until, now],
      );
      for (const row of due) {
        const made = await this.dataSource.transaction((m) =>
          this.notices.raiseRegistrationExpiring(m, {
            dealerId: row.dealer_id,
            accountId: row.account_id,
            registrationId: row.id,
            productLineId: row.product_line_id,
            domain: row.domain,
            endsAt: row.expires_at,
            daysLeft,
          }),
        );
        if (made) created += 1;
      }
    }
    return created;
  }

  private async checkQuotaInput(input: SetQuotasInput): Promise<{ productLineId: string; max: number | null }[]> {
    const ids = input.quotas.map((q) => q.productLineId);
    if (new Set(ids).size !== ids.length)
      throw invalid("quotas", "同一产品线只能出现一次", "list each product line once");
    if (ids.some((id) => !isUUID(id))) throw invalid("quotas", "请选择产品线", "choose a product line");
    const known = await this.dataSource.getRepository(ProductLineEntity).countBy(ids.map((id) => ({ id })));
    if (ids.length > 0 && known !== ids.length) throw invalid("quotas", "产品线不存在", "unknown product line");
    return input.quotas.map((q) => ({ productLineId: q.productLineId, max: q.max ?? null }));
  }

  /** Which enterprise the lock belongs to: the one named (visible, owning the domain) or the dealer's with that domain. */
  private async enterpriseFor(
    scope: AccessScope,
    dealerId: string,
    domain: string,
    enterpriseId: string | null,
  ): Promise<string | null> {
    if (enterpriseId) {
      const enterprise = await this.enterprises.get(scope, enterpriseId);
      const [owns] = await this.dataSource.query<unknown[]>(
        `SELECT 1 FROM enterprise_domain WHERE enterprise_id = $1 AND domain = $2`,
        [enterprise.id, domain],
      );
      if (!owns)
        throw invalid("domain", "该域名不是所选企业的域名", "the domain is not one of the enterprise's domains");
      return enterprise.id;
    }
    const [row] = await this.dataSource.query<{ enterprise_id: string }[]>(
      `SELECT enterprise_id FROM enterprise_domain WHERE dealer_id = $1 AND domain = $2`,
      [dealerId, domain],
    );
    return row?.enterprise_id ?? null;
  }

  /** The lock whose held period overlaps [from, to] — what the exclusion constraint would collide with. */
  private async holderOf(
    m: EntityManager,
    productLineId: string,
    domain: string,
    from: Date,
    to: Date,
  ): Promise<Holder | null> {
    const [row] = await m.query<Holder[]>(
      `SELECT id, dealer_id, expires_at FROM registration
        WHERE product_line_id = $1 AND domain = $2 AND held_during && tstzrange($3, $4, '[]')
        LIMIT 1`,
      [productLineId, domain, from, to],
    );
    return row ?? null;
  }

  private lockedRefusal(holder: Holder, dealerId: string): Error {
    if (holder.dealer_id === dealerId) return new DomainError("ALREADY_REGISTERED", { registrationId: holder.id });
    const until = shanghaiDate(holder.expires_at);
    return new LockedByOtherDealer(
      holder.dealer_id,
      new DomainError(
        "DOMAIN_LOCKED",
        { lockedUntil: holder.expires_at.toISOString() },
        {
          zh: `该域名已被其他经销商报备锁定，锁定至 ${until}（北京时间）`,
          en: `This domain is locked by another dealer's registration until ${until} (Beijing time)`,
        },
      ),
    );
  }

  private async usageFor(m: EntityManager, key: QuotaUsageKey, now: Date): Promise<Omit<QuotaUsage, "dealerMax">> {
    const [row] = await m.query<{ dealer_used: number; account_used: number; account_max: number | null }[]>(
      `SELECT
         (SELECT count(*)::int FROM registration
           WHERE dealer_id = $1 AND product_line_id = $2 AND ended_at IS NULL AND expires_at > $4) AS dealer_used,
         (SELECT count(*)::int FROM registration
           WHERE account_id = $3 AND product_line_id = $2 AND ended_at IS NULL AND expires_at > $4) AS account_used,
         (SELECT max_count FROM account_quota WHERE account_id = $3 AND product_line_id = $2) AS account_max`,
      [key.dealerId, key.productLineId, key.accountId, now],
    );
    return {
      dealerUsed: row?.dealer_used ?? 0,
      accountUsed: row?.account_used ?? 0,
      accountMax: row?.account_max ?? null,
    };
  }
}

/** A refusal because another dealer holds the lock: the holder's admins hear of the attempt. */
class LockedByOtherDealer extends Error {
  constructor(
    readonly holderDealerId: string,
    readonly refusal: DomainError,
  ) {
    super(refusal.message);
  }
}
