import { expandRegionCoverage, isValidRegionCode } from "@crm/domain";
import { In, type DataSource, type EntityManager } from "typeorm";
import { canSeeDealer, type AccessScope } from "../../access/access-scope";
import { hasVendorRole, type Viewer } from "../../access/viewer";
import { DomainError, notFound } from "../../shared/domain-error";
import type { AuditService } from "../audit/audit.service";
import { invalidValues } from "../routing/routing.errors";
import { DealerRegionEntity } from "./dealer-region.entity";
import { DealerEntity } from "./dealer.entity";

/** Most regions one dealer's territory lists (a province counts as one). */
export const MAX_DEALER_REGIONS = 100;

/** 经销区域: the regions a dealer works in, which decide the public-pool entries it sees and claims. */
export class DealerRegionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async regionsOf(dealerId: string, manager: EntityManager = this.dataSource.manager): Promise<string[]> {
    const rows = await manager.find(DealerRegionEntity, { where: { dealerId }, order: { regionCode: "ASC" } });
    return rows.map((r) => r.regionCode);
  }

  /** The regions of many dealers at once (for a per-request loader), each list sorted. */
  async regionsOfMany(dealerIds: readonly string[]): Promise<Map<string, string[]>> {
    const rows = await this.dataSource
      .getRepository(DealerRegionEntity)
      .find({ where: { dealerId: In([...dealerIds]) }, order: { regionCode: "ASC" } });
    const map = new Map<string, string[]>();
    for (const row of rows) map.set(row.dealerId, [...(map.get(row.dealerId) ?? []), row.regionCode]);
    return map;
  }

  /** Every stored region code inside the dealer's territory (a province expanded to its cities). */
  async coverageOf(dealerId: string, manager: EntityManager = this.dataSource.manager): Promise<string[]> {
    return expandRegionCoverage(await this.regionsOf(dealerId, manager));
  }

  /**
   * Replaces a dealer's territory. Platform admins may set any dealer's; a channel manager only
   * the dealers it manages.
   */
  async setRegions(viewer: Viewer, scope: AccessScope, dealerId: string, codes: string[]): Promise<DealerEntity> {
    const regionCodes = [...new Set(codes.map((c) => c.trim()))].sort();
    const bad = regionCodes.filter((c) => !isValidRegionCode(c));
    if (bad.length > 0) {
      throw invalidValues(
        "regionCodes",
        { regionCodes: bad },
        `地区代码无效（${bad.join("、")}）`,
        `unknown region codes (${bad.join(", ")})`,
      );
    }
    if (regionCodes.length > MAX_DEALER_REGIONS) {
      throw invalidValues(
        "regionCodes",
        {},
        `最多 ${MAX_DEALER_REGIONS} 个地区`,
        `at most ${MAX_DEALER_REGIONS} regions`,
      );
    }
    return this.dataSource.transaction(async (m) => {
      if (!canSeeDealer(scope, dealerId)) throw notFound("dealer");
      const dealer = await m.findOne(DealerEntity, { where: { id: dealerId }, lock: { mode: "pessimistic_write" } });
      if (!dealer) throw notFound("dealer");
      if (!hasVendorRole(viewer, "PLATFORM_ADMIN") && dealer.channelManagerId !== viewer.account.id) {
        throw new DomainError("FORBIDDEN");
      }
      const before = await this.regionsOf(dealerId, m);
      await m.delete(DealerRegionEntity, { dealerId });
      if (regionCodes.length > 0) {
        await m.insert(
          DealerRegionEntity,
          regionCodes.map((regionCode) => ({ dealerId, regionCode })),
        );
      }
      await this.audit.record(m, viewer, {
        dealerId,
        action: "dealer.set-regions",
        entityType: "dealer",
        entityId: dealerId,
        before: { regionCodes: before },
        after: { regionCodes },
      });
      return dealer;
    });
  }
}
