import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import {
  apiKeyDisplayPrefix,
  creatorStillEmpowersKey,
  formatApiKey,
  isApiKeyUsable,
  parseApiKey,
  validApiKeyScopes,
  type ApiKeyOwnerKind,
  type ApiKeyScope,
} from "@crm/domain";
import { isUUID } from "class-validator";
import type { DataSource } from "typeorm";
import { apiKeyOwnershipOf, ownsApiKey } from "../../access/api-key-access";
import type { Viewer } from "../../access/viewer";
import { DomainError, invalid, notFound } from "../../shared/domain-error";
import type { Clock } from "../../shared/clock";
import { decodeCursor, toConnection, type Connection } from "../../shared/pagination";
import { AccountEntity } from "../account/account.entity";
import type { AuditService } from "../audit/audit.service";
import type { AuthService } from "../auth/auth.service";
import { ApiKeyEntity } from "./api-key.entity";

function sha256(value: string): Buffer {
  return createHash("sha256").update(value).digest();
}

/** Last-used is written at most this often per key (every request would be a write per call). */
const LAST_USED_RESOLUTION_MS = 60_000;

export interface CreateApiKeyInput {
  name: string;
  scopes: ApiKeyScope[];
  expiresAt?: Date | null;
}

/**
 * Partner API keys (SPEC §10). A dealer admin keys its own dealer; a platform admin keys vendor
 * integrations. The secret is 256 random bits, returned once; the table holds its SHA-256, found
 * through a public lookup id that is part of the key and compared in constant time.
 */
export class ApiKeyService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly auth: AuthService,
    private readonly clock: Clock,
  ) {}

  /** Which kind of key the viewer manages: its dealer's (dealer admin) or the vendor's (platform admin). */
  private ownerOf(viewer: Viewer): { ownerKind: ApiKeyOwnerKind; dealerId: string | null } {
    const ownership = apiKeyOwnershipOf(viewer);
    if (!ownership) throw new DomainError("FORBIDDEN");
    return ownership;
  }

  async create(viewer: Viewer, input: CreateApiKeyInput): Promise<{ key: ApiKeyEntity; secret: string }> {
    const owner = this.ownerOf(viewer);
    const name = input.name.trim();
    if (name.length < 1 || name.length > 60)
      throw invalid("name", "名称为 1–60 个字符", "the name has 1–60 characters");
    if (!validApiKeyScopes(owner.ownerKind, input.scopes)) {
      throw invalid("scopes", "请选择该类密钥可用的权限范围", "choose scopes this kind of key may hold");
    }
    const now = this.clock();
    if (input.expiresAt && input.expiresAt.getTime() <= now.getTime()) {
      throw invalid("expiresAt", "过期时间须晚于现在", "the expiry must be in the future");
    }
    const lookupId = randomBytes(6).toString("hex");
    const secret = randomBytes(32).toString("base64url");
    const key = await this.dataSource.transaction(async (m) => {
      const row = m.create(ApiKeyEntity, {
        lookupId,
        secretHash: sha256(secret).toString("hex"),
        ownerKind: owner.ownerKind,
        dealerId: owner.dealerId,
        name,
        scopes: [...input.scopes],
        createdBy: viewer.actor.id,
        createdAt: now,
        expiresAt: input.expiresAt ?? null,
        lastUsedAt: null,
        lastUsedIp: null,
        revokedAt: null,
        revokedBy: null,
      });
      const saved = await m.save(ApiKeyEntity, row);
      await this.audit.record(m, viewer, {
        dealerId: owner.dealerId,
        action: "api-key.create",
        entityType: "api_key",
        entityId: saved.id,
        after: { name, prefix: apiKeyDisplayPrefix(lookupId), scopes: saved.scopes, expiresAt: saved.expiresAt },
      });
      return saved;
    });
    return { key, secret: formatApiKey(lookupId, secret) };
  }

  /**
   * The viewer's dealer's keys (dealer admin) or the vendor's keys (platform admin), newest first,
   * as a cursor connection like every list (SPEC §10).
   */
  async list(viewer: Viewer, first: number, after?: string | null): Promise<Connection<ApiKeyEntity>> {
    const owner = this.ownerOf(viewer);
    const cursor = decodeCursor(after);
    const qb = this.dataSource
      .getRepository(ApiKeyEntity)
      .createQueryBuilder("k")
      .where("k.owner_kind = :kind", { kind: owner.ownerKind });
    if (owner.dealerId) qb.andWhere("k.dealer_id = :dealerId", { dealerId: owner.dealerId });
    const totalCount = await qb.clone().getCount();
    if (cursor) qb.andWhere("(k.created_at, k.id) < (:cAt, :cId)", { cAt: cursor.at, cId: cursor.id });
    const rows = await qb
      .orderBy("k.created_at", "DESC")
      .addOrderBy("k.id", "DESC")
      .take(first + 1)
      .getMany();
    return toConnection(rows, first, totalCount, (k) => ({ at: k.createdAt, id: k.id }));
  }

  /** Revokes a key; the very next request with it is refused. Revoking twice changes nothing. */
  async revoke(viewer: Viewer, id: string): Promise<ApiKeyEntity> {
    const owner = this.ownerOf(viewer);
    if (!isUUID(id)) throw notFound("ApiKey");
    return this.dataSource.transaction(async (m) => {
      const key = await m
        .getRepository(ApiKeyEntity)
        .createQueryBuilder("k")
        .setLock("pessimistic_write")
        .where("k.id = :id", { id })
        .getOne();
      if (!key || !ownsApiKey(owner, key)) throw notFound("ApiKey");
      if (key.revokedAt) return key;
      key.revokedAt = this.clock();
      key.revokedBy = viewer.actor.id;
      await m.update(ApiKeyEntity, { id: key.id }, { revokedAt: key.revokedAt, revokedBy: key.revokedBy });
      await this.audit.record(m, viewer, {
        dealerId: key.dealerId,
        action: "api-key.revoke",
        entityType: "api_key",
        entityId: key.id,
        before: { name: key.name, prefix: apiKeyDisplayPrefix(key.lookupId), revokedAt: null },
        after: { name: key.name, prefix: apiKeyDisplayPrefix(key.lookupId), revokedAt: key.revokedAt },
      });
      return key;
    });
  }

  /**
   * The machine principal of a presented key, read fresh on every request (revocation and expiry
   * take effect on the next one), or null when the key is unknown, wrong, revoked or expired, or
   * its creator is no longer an active admin of its dealer (or a platform admin, for a vendor key)
   * or the dealer is disabled. Records when (and from where) it was last used.
   */
  async authenticate(rawKey: string, ip: string): Promise<Viewer | null> {
    const parsed = parseApiKey(rawKey);
    if (!parsed) return null;
    const key = await this.dataSource
      .getRepository(ApiKeyEntity)
      .createQueryBuilder("k")
      .addSelect("k.secretHash")
      .where("k.lookup_id = :lookupId", { lookupId: parsed.lookupId })
      .getOne();
    const presented = sha256(parsed.secret);
    // compare even when no key matched, so a miss and a wrong secret take the same time
    const stored = key ? Buffer.from(key.secretHash, "hex") : Buffer.alloc(32);
    const matches = stored.length === presented.length && timingSafeEqual(stored, presented);
    const now = new Date();
    if (!key || !matches || !isApiKeyUsable(key, now)) return null;

    const creator = await this.dataSource.getRepository(AccountEntity).findOneBy({ id: key.createdBy });
    // the creator must still be an admin who could make this key now (demoted or disabled: refused)
    if (!creator || !creatorStillEmpowersKey(key, creator) || !(await this.auth.isAllowedToSignIn(creator)))
      return null;

    if (!key.lastUsedAt || now.getTime() - key.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
      await this.dataSource
        .getRepository(ApiKeyEntity)
        .update({ id: key.id }, { lastUsedAt: now, lastUsedIp: ip.slice(0, 100) });
    }
    return {
      sessionId: null,
      apiKey: {
        id: key.id,
        name: key.name,
        prefix: apiKeyDisplayPrefix(key.lookupId),
        ownerKind: key.ownerKind,
        scopes: new Set(key.scopes),
      },
      actor: creator,
      account: creator,
      actingAsDelegate: false,
      permissions: new Set(creator.permissions),
      vendorRoles: new Set(creator.vendorRoles),
    };
  }
}
