import { apiKeyCallRetentionCutoff } from "@crm/domain";
import { isUUID } from "class-validator";
import type { DataSource } from "typeorm";
import { apiKeyOwnershipCondition, apiKeyOwnershipOf } from "../../access/api-key-access";
import type { Viewer } from "../../access/viewer";
import { DomainError, notFound } from "../../shared/domain-error";
import { decodeCursor, toConnection, type Connection } from "../../shared/pagination";
import { ApiKeyCallEntity, type ApiKeyCallOperationType } from "./api-key-call.entity";
import { ApiKeyEntity } from "./api-key.entity";

/** What one request with a key did: its shape and outcome — never its variables or query text. */
export interface ApiKeyCallRecord {
  apiKeyId: string;
  at: Date;
  operationType: ApiKeyCallOperationType;
  operationName: string | null;
  rootFields: readonly string[];
  /** "OK" or the first error's code. */
  outcome: string;
  clientIp: string | null;
  durationMs: number | null;
}

const CODE = /^[A-Z][A-Z0-9_]{0,63}$/;

/**
 * 调用记录 (SPEC §10: every use of a key is attributable): one row per GraphQL request made with a
 * valid key, written by the API key call plugin; read by those who manage the key; pruned after 90 days.
 */
export class ApiKeyCallService {
  constructor(private readonly dataSource: DataSource) {}

  /** One INSERT, on the hot path of partner traffic: no reads, no transaction. */
  async record(call: ApiKeyCallRecord): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO api_key_call (api_key_id, at, operation_type, operation_name, root_fields, outcome, client_ip, duration_ms)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        call.apiKeyId,
        call.at,
        call.operationType,
        call.operationName === null ? null : call.operationName.slice(0, 200),
        call.rootFields.slice(0, 100).map((f) => f.slice(0, 200)),
        CODE.test(call.outcome) ? call.outcome : "INTERNAL",
        call.clientIp === null ? null : call.clientIp.slice(0, 100),
        call.durationMs === null ? null : Math.max(0, Math.round(call.durationMs)),
      ],
    );
  }

  /**
   * A key's calls, newest first, as a cursor connection. Only a viewer who manages the key (access/
   * api-key-access.ts) finds it; for anyone else the key does not exist (NOT_FOUND, nothing told).
   */
  async list(
    viewer: Viewer,
    apiKeyId: string,
    first: number,
    after?: string | null,
  ): Promise<Connection<ApiKeyCallEntity>> {
    const ownership = apiKeyOwnershipOf(viewer);
    if (!ownership) throw new DomainError("FORBIDDEN");
    const cursor = decodeCursor(after);
    if (!isUUID(apiKeyId)) throw notFound("ApiKey");
    const owned = apiKeyOwnershipCondition(ownership, "k");
    const key = await this.dataSource
      .getRepository(ApiKeyEntity)
      .createQueryBuilder("k")
      .where("k.id = :apiKeyId", { apiKeyId })
      .andWhere(owned.sql, owned.params)
      .getOne();
    if (!key) throw notFound("ApiKey");

    const qb = this.dataSource
      .getRepository(ApiKeyCallEntity)
      .createQueryBuilder("c")
      .where("c.api_key_id = :apiKeyId", { apiKeyId: key.id });
    const totalCount = await qb.clone().getCount();
    if (cursor) qb.andWhere("(c.at, c.id) < (:cAt, :cId)", { cAt: cursor.at, cId: cursor.id });
    const rows = await qb
      .orderBy("c.at", "DESC")
      .addOrderBy("c.id", "DESC")
      .take(first + 1)
      .getMany();
    return toConnection(rows, first, totalCount, (c) => ({ at: c.at, id: c.id }));
  }

  /**
   * Deletes calls older than the 90-day retention; idempotent (the hourly job). Joined to the keys,
   * so the planner can walk the (api_key_id, at) index key by key instead of scanning the table.
   */
  async prune(now: Date): Promise<number> {
    const rows: { n: number }[] = await this.dataSource.query(
      `WITH gone AS (DELETE FROM api_key_call c USING api_key k WHERE c.api_key_id = k.id AND c.at < $1 RETURNING 1)
       SELECT count(*)::int AS n FROM gone`,
      [apiKeyCallRetentionCutoff(now)],
    );
    return rows[0]?.n ?? 0;
  }
}
