import type { DataSource, EntityManager } from "typeorm";
import { applyScope, type AccessScope } from "../../access/access-scope";
import { auditIdentity, type Viewer } from "../../access/viewer";
import { decodeCursor, toConnection, type Connection } from "../../shared/pagination";
import { AuditLogEntity } from "./audit-log.entity";
import type { AuditLogFilter } from "./dto/audit-log-filter.input";

export interface AuditEntry {
  dealerId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  /** Who acted when there is no viewer yet (e.g. signing in). */
  actor?: { id: string; name: string };
}

export class AuditService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Records a change inside the caller's transaction, so the entry and the change land together.
   * Entries whose before and after are the same are skipped.
   */
  async record(manager: EntityManager, viewer: Viewer | null, entry: AuditEntry): Promise<void> {
    // an update that changed nothing is not a change
    if (entry.before && entry.after && JSON.stringify(entry.before) === JSON.stringify(entry.after)) return;
    const identity = auditIdentity(viewer);
    if (!viewer && entry.actor) {
      identity.actorId = entry.actor.id;
      identity.actorName = entry.actor.name;
    }
    const row = manager.create(AuditLogEntity, {
      ...identity,
      dealerId: entry.dealerId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: entry.before ?? null,
      after: entry.after ?? null,
      at: new Date(),
    });
    await manager.save(AuditLogEntity, row);
  }

  /**
   * Dealer admins read their own dealer's entries; vendor staff read all.
   * Whole-dealer visibility is required for a dealer viewer: the shield rule lets only admins in.
   */
  async list(
    scope: AccessScope,
    filter: AuditLogFilter,
    first: number,
    after?: string | null,
  ): Promise<Connection<AuditLogEntity>> {
    const qb = this.dataSource.getRepository(AuditLogEntity).createQueryBuilder("log");
    if (scope.kind === "dealer") {
      qb.andWhere("log.dealer_id = :dealerId", { dealerId: scope.dealerId });
      if (!scope.wholeDealer) {
        qb.andWhere("(log.actor_id = ANY(:ids) OR log.principal_id = ANY(:ids))", { ids: scope.accountIds });
      }
    } else {
      applyScope(qb, scope, { dealerColumn: "log.dealer_id", accountColumn: "log.actor_id" });
      if (filter.dealerId) qb.andWhere("log.dealer_id = :filterDealer", { filterDealer: filter.dealerId });
    }
    if (filter.entityType) qb.andWhere("log.entity_type = :entityType", { entityType: filter.entityType });
    if (filter.entityId) qb.andWhere("log.entity_id = :entityId", { entityId: filter.entityId });
    if (filter.action) qb.andWhere("log.action = :action", { action: filter.action });
    if (filter.actorId) qb.andWhere("log.actor_id = :actorId", { actorId: filter.actorId });
    if (filter.from) qb.andWhere("log.at >= :from", { from: filter.from });
    if (filter.to) qb.andWhere("log.at < :to", { to: filter.to });
    const totalCount = await qb.clone().getCount();
    const cursor = decodeCursor(after);
    if (cursor) {
      qb.andWhere("(log.at, log.id) < (:cursorAt, :cursorId)", { cursorAt: cursor.at, cursorId: cursor.id });
    }
    const rows = await qb
      .orderBy("log.at", "DESC")
      .addOrderBy("log.id", "DESC")
      .take(first + 1)
      .getMany();
    return toConnection(rows, first, totalCount, (row) => ({ at: row.at, id: row.id }));
  }
}
