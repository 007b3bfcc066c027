import { expiringWindowEnd, isValidExpiringWindow, normalizeDomain, SERVICE_EXPIRING_MAX_DAYS } from "@crm/domain";
import { isUUID } from "class-validator";
import type { DataSource } from "typeorm";
import { applyScope, type AccessScope } from "../../access/access-scope";
import type { Viewer } from "../../access/viewer";
import type { Clock } from "../../shared/clock";
import { DomainError, invalid, notFound } from "../../shared/domain-error";
import { likePattern } from "../../shared/like-pattern";
import { decodeCursor, toConnection, type Connection } from "../../shared/pagination";
import type { AuditService } from "../audit/audit.service";
import { AddonEntity } from "../catalog/addon.entity";
import { EnterpriseEntity } from "../enterprise/enterprise.entity";
import { ENTERPRISE_SCOPE } from "../enterprise/enterprise.repository";
import type { ServiceFilter } from "./dto/service-filter.input";
import { ServiceAddonEntity } from "./service-addon.entity";
import { ServiceEntity } from "./service.entity";

/**
 * 已开通服务 (SPEC §6). Orders create and extend services (modules/order); this module lists them
 * and switches their value-added services. A service is visible exactly when its enterprise is,
 * and to a dealer only when the dealer holds it; vendor staff see every dealer's.
 */
export class ServiceService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  now(): Date {
    return this.clock();
  }

  /** The services the scope may see: joined to their enterprise, which the scope must see. */
  private scoped(scope: AccessScope) {
    const qb = this.dataSource
      .getRepository(ServiceEntity)
      .createQueryBuilder("s")
      .innerJoin(EnterpriseEntity, "e", "e.id = s.enterprise_id");
    applyScope(qb, scope, ENTERPRISE_SCOPE);
    // A dealer sees only the services it holds, of enterprises it holds now.
    if (scope.kind === "dealer") qb.andWhere("s.dealer_id = e.dealer_id");
    return qb;
  }

  /** 已开通服务 list: soonest expiry first; with status EXPIRED, the latest expired first. */
  async list(
    scope: AccessScope,
    filter: ServiceFilter | null | undefined,
    first: number,
    after?: string | null,
  ): Promise<Connection<ServiceEntity>> {
    const now = this.clock();
    const qb = this.scoped(scope);
    for (const [field, column, value] of [
      ["productLineId", "s.product_line_id", filter?.productLineId],
      ["enterpriseId", "s.enterprise_id", filter?.enterpriseId],
      ["dealerId", "s.dealer_id", filter?.dealerId],
    ] as const) {
      if (!value) continue;
      if (!isUUID(value)) throw invalid(field, "编号格式不正确", "not a valid id");
      qb.andWhere(`${column} = :${field}`, { [field]: value });
    }
    if (filter?.kind) qb.andWhere("s.kind = :kind", { kind: filter.kind });
    if (filter?.status === "ACTIVE") qb.andWhere("s.expires_at > :now", { now });
    if (filter?.status === "EXPIRED") qb.andWhere("s.expires_at <= :now", { now });
    const days = filter?.expiringWithinDays;
    if (days !== null && days !== undefined) {
      if (!isValidExpiringWindow(days)) {
        throw invalid(
          "expiringWithinDays",
          `到期天数须为 1–${SERVICE_EXPIRING_MAX_DAYS} 的整数`,
          `expiringWithinDays must be a whole number from 1 to ${SERVICE_EXPIRING_MAX_DAYS}`,
        );
      }
      qb.andWhere("s.expires_at > :now AND s.expires_at <= :until", { now, until: expiringWindowEnd(now, days) });
    }
    const text = filter?.text?.trim();
    if (text) {
      // The domain as typed and, when it is Unicode, its ASCII form; or part of the enterprise's name.
      const normalized = normalizeDomain(text);
      const ascii = normalized.ok && normalized.domain !== text.toLowerCase() ? normalized.domain : null;
      qb.andWhere(
        ascii
          ? "(s.domain ILIKE :like OR s.domain ILIKE :ascii OR e.name ILIKE :like)"
          : "(s.domain ILIKE :like OR e.name ILIKE :like)",
        { like: likePattern(text), ascii: ascii ? likePattern(ascii) : null },
      );
    }
    const totalCount = await qb.clone().getCount();
    const descending = filter?.status === "EXPIRED";
    const cursor = decodeCursor(after);
    if (cursor) {
      qb.andWhere(`(s.expires_at, s.id) ${descending ? "<" : ">"} (:cAt, :cId)`, { cAt: cursor.at, cId: cursor.id });
    }
    const direction = descending ? "DESC" : "ASC";
    const rows = await qb
      .orderBy("s.expires_at", direction)
      .addOrderBy("s.id", direction)
      .take(first + 1)
      .getMany();
    return toConnection(rows, first, totalCount, (row) => ({ at: row.expiresAt, id: row.id }));
  }

  async get(scope: AccessScope, id: string): Promise<ServiceEntity> {
    if (!isUUID(id)) throw notFound("service");
    const service = await this.scoped(scope).andWhere("s.id = :id", { id }).getOne();
    if (!service) throw notFound("service");
    return service;
  }

  /** Enterprises by id, only those the scope may see (for Service.enterprise). */
  enterprisesByIds(scope: AccessScope, ids: readonly string[]): Promise<EnterpriseEntity[]> {
    const qb = this.dataSource.manager
      .createQueryBuilder(EnterpriseEntity, "e")
      .where("e.id = ANY(:ids)", { ids: [...ids] });
    applyScope(qb, scope, ENTERPRISE_SCOPE);
    return qb.getMany();
  }

  /** The switched addons of each service (rows only; no row means off). */
  addonStates(serviceIds: readonly string[]): Promise<ServiceAddonEntity[]> {
    return this.dataSource
      .getRepository(ServiceAddonEntity)
      .createQueryBuilder("sa")
      .where("sa.service_id = ANY(:ids)", { ids: [...serviceIds] })
      .getMany();
  }

  /**
   * Switches one value-added service on or off. The addon must be one of the service's product
   * line (ADDON_NOT_AVAILABLE otherwise), and an inactive addon can only be switched off.
   * Idempotent: setting the current value writes nothing and records nothing; a real switch
   * writes one audit entry with the state before and after.
   */
  async setAddon(
    viewer: Viewer,
    scope: AccessScope,
    serviceId: string,
    addonId: string,
    enabled: boolean,
  ): Promise<ServiceEntity> {
    const service = await this.get(scope, serviceId);
    // Only the dealer holding the service switches its addons (vendor staff read them).
    if (viewer.account.dealerId !== service.dealerId) throw new DomainError("FORBIDDEN");
    const addon = isUUID(addonId) ? await this.dataSource.getRepository(AddonEntity).findOneBy({ id: addonId }) : null;
    if (!addon) throw notFound("addon");
    if (addon.productLineId !== service.productLineId) {
      throw new DomainError(
        "ADDON_NOT_AVAILABLE",
        { reason: "PRODUCT_LINE" },
        {
          zh: "该增值服务不属于此服务的产品线",
          en: "This value-added service belongs to another product line",
        },
      );
    }
    await this.dataSource.transaction(async (m) => {
      // Switches of one service take turns, so "before" in the audit entry is the real before.
      await m.query(`SELECT 1 FROM service WHERE id = $1 FOR NO KEY UPDATE`, [service.id]);
      const current = await m.findOneBy(ServiceAddonEntity, { serviceId: service.id, addonId: addon.id });
      const before = current?.enabled ?? false;
      if (before === enabled) return;
      if (enabled && !addon.active) {
        throw new DomainError(
          "ADDON_NOT_AVAILABLE",
          { reason: "INACTIVE" },
          {
            zh: "该增值服务已停用，不能再开通",
            en: "This value-added service is discontinued and can't be switched on",
          },
        );
      }
      await m.upsert(
        ServiceAddonEntity,
        { serviceId: service.id, addonId: addon.id, enabled, updatedAt: this.clock(), updatedBy: viewer.account.id },
        ["serviceId", "addonId"],
      );
      const snapshot = (on: boolean) => ({
        domain: service.domain,
        addonId: addon.id,
        addonCode: addon.code,
        addonName: addon.name,
        enabled: on,
      });
      await this.audit.record(m, viewer, {
        dealerId: service.dealerId,
        action: "service.addon.set",
        entityType: "service",
        entityId: service.id,
        before: snapshot(before),
        after: snapshot(enabled),
      });
    });
    return service;
  }
}

/**
 * What Service.addons shows: every active addon of the product line, plus discontinued ones that
 * are still on for this service (so they can be switched off), each with its state.
 */
export function serviceAddonsOf(
  addons: readonly AddonEntity[],
  states: readonly ServiceAddonEntity[],
): { addon: AddonEntity; enabled: boolean; updatedAt: Date | null }[] {
  const byAddon = new Map(states.map((s) => [s.addonId, s]));
  return addons
    .filter((addon) => addon.active || byAddon.get(addon.id)?.enabled === true)
    .map((addon) => {
      const state = byAddon.get(addon.id);
      return { addon, enabled: state?.enabled ?? false, updatedAt: state?.updatedAt ?? null };
    });
}
