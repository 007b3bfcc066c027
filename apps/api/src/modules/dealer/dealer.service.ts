import { ROLE_PRESETS, isStrongPassword, isValidLoginName, normalizeLoginName } from "@crm/domain";
import { isUUID } from "class-validator";
import type { DataSource } from "typeorm";
import { canSeeDealer, type AccessScope } from "../../access/access-scope";
import type { Viewer } from "../../access/viewer";
import { DomainError, invalid, notFound } from "../../shared/domain-error";
import { likePattern } from "../../shared/like-pattern";
import { hashPassword } from "../../shared/password";
import { decodeCursor, toConnection, type Connection } from "../../shared/pagination";
import { AccountEntity } from "../account/account.entity";
import { AccountQuotaEntity } from "../account/account-quota.entity";
import { auditSnapshot, cleanName, insertAccount } from "../account/account.service";
import type { AuditService } from "../audit/audit.service";
import { DealerEntity } from "./dealer.entity";
import { DealerQuotaEntity } from "./dealer-quota.entity";
import type { CreateDealerInput } from "./dto/create-dealer.input";

export interface QuotaRow {
  dealerId: string;
  /** Set for an employee's quota; absent for the dealer's. */
  accountId?: string;
  productLineId: string;
  maxCount: number;
}

const ADMIN_PRESET = ROLE_PRESETS.find((p) => p.code === "ADMIN");

export class DealerService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(
    scope: AccessScope,
    text: string | null | undefined,
    first: number,
    after?: string | null,
  ): Promise<Connection<DealerEntity>> {
    const qb = this.dataSource.getRepository(DealerEntity).createQueryBuilder("d");
    if (scope.kind === "dealer") qb.andWhere("d.id = :own", { own: scope.dealerId });
    else if (scope.kind !== "vendor") qb.andWhere("false");
    if (text?.trim()) {
      qb.andWhere("d.name ILIKE :like", { like: likePattern(text) });
    }
    const totalCount = await qb.clone().getCount();
    const cursor = decodeCursor(after);
    if (cursor) qb.andWhere("(d.created_at, d.id) < (:cAt, :cId)", { cAt: cursor.at, cId: cursor.id });
    const rows = await qb
      .orderBy("d.created_at", "DESC")
      .addOrderBy("d.id", "DESC")
      .take(first + 1)
      .getMany();
    return toConnection(rows, first, totalCount, (row) => ({ at: row.createdAt, id: row.id }));
  }

  async get(scope: AccessScope, id: string): Promise<DealerEntity> {
    if (!isUUID(id) || !canSeeDealer(scope, id)) throw notFound("dealer");
    const dealer = await this.dataSource.getRepository(DealerEntity).findOneBy({ id });
    if (!dealer) throw notFound("dealer");
    return dealer;
  }

  async dealerQuotas(dealerId: string): Promise<QuotaRow[]> {
    return this.dataSource.getRepository(DealerQuotaEntity).findBy({ dealerId });
  }

  async accountQuotas(accountId: string): Promise<QuotaRow[]> {
    return this.dataSource.getRepository(AccountQuotaEntity).findBy({ accountId });
  }

  async create(viewer: Viewer, input: CreateDealerInput): Promise<DealerEntity> {
    const loginName = normalizeLoginName(input.adminLoginName);
    if (!isValidLoginName(loginName)) {
      throw invalid(
        "adminLoginName",
        "帐号只能包含字母、数字和 _ . @ -，3–64 位",
        "use 3–64 letters, digits or _ . @ -",
      );
    }
    if (!isStrongPassword(input.adminPassword)) throw new DomainError("WEAK_PASSWORD");
    const passwordHash = await hashPassword(input.adminPassword);
    return this.dataSource.transaction(async (m) => {
      if (input.channelManagerId) {
        const manager = await m.findOneBy(AccountEntity, { id: input.channelManagerId, kind: "VENDOR" });
        if (!manager || !manager.vendorRoles.includes("CHANNEL_MANAGER")) {
          throw invalid("channelManagerId", "请选择一位渠道经理", "choose a channel manager");
        }
      }
      const sameName = await m
        .getRepository(DealerEntity)
        .createQueryBuilder("d")
        .where("lower(d.name) = lower(:name)", { name: input.name.trim() })
        .getOne();
      if (sameName) throw invalid("name", "经销商名称已存在", "a dealer with this name exists");
      if (await m.findOneBy(AccountEntity, { loginName })) throw new DomainError("LOGIN_NAME_TAKEN", { loginName });
      const dealer = await m.save(
        m.create(DealerEntity, {
          name: cleanName(input.name, "name"),
          regionName: input.regionName?.trim() || null,
          status: "ACTIVE",
          channelManagerId: input.channelManagerId ?? null,
        }),
      );
      const admin = await insertAccount(
        m,
        m.create(AccountEntity, {
          kind: "DEALER",
          dealerId: dealer.id,
          loginName,
          passwordHash,
          realName: cleanName(input.adminRealName, "adminRealName"),
          mobile: null,
          accountType: "ADMIN",
          vendorRoles: [],
          status: "ACTIVE",
          superiorId: null,
          permissions: [...(ADMIN_PRESET?.permissions ?? [])],
          delegateId: null,
          delegateFrom: null,
          delegateUntil: null,
          lastLoginAt: null,
        }),
      );
      await this.audit.record(m, viewer, {
        dealerId: dealer.id,
        action: "dealer.create",
        entityType: "dealer",
        entityId: dealer.id,
        after: { name: dealer.name, regionName: dealer.regionName, channelManagerId: dealer.channelManagerId },
      });
      await this.audit.record(m, viewer, {
        dealerId: dealer.id,
        action: "account.create",
        entityType: "account",
        entityId: admin.id,
        after: auditSnapshot(admin),
      });
      return dealer;
    });
  }
}
