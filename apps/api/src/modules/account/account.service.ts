import {
  accountShapeProblem,
  hasBasicPermission,
  isDelegationActive,
  isStrongPassword,
  isValidLoginName,
  isValidMobile,
  normalizeLoginName,
  permissionsBeyondGranter,
  wouldCreateCycle,
  type AccountType,
  type DealerPermission,
} from "@crm/domain";
import { isUUID } from "class-validator";
import { Brackets, type DataSource, type EntityManager } from "typeorm";
import { applyScope, canSeeAccount, type AccessScope } from "../../access/access-scope";
import { canManageAccounts, hasVendorRole, type Viewer } from "../../access/viewer";
import { isUniqueViolation } from "../../shared/db-errors";
import { DomainError, invalid, notFound } from "../../shared/domain-error";
import { likePattern } from "../../shared/like-pattern";
import { hashPassword } from "../../shared/password";
import { decodeCursor, toConnection, type Connection } from "../../shared/pagination";
import type { AuditService } from "../audit/audit.service";
import type { AuthService } from "../auth/auth.service";
import { DealerEntity } from "../dealer/dealer.entity";
import { AccountEntity } from "./account.entity";
import type { AccountOption } from "./account-option.type";
import type { AccountFilter } from "./dto/account-filter.input";
import type { CreateAccountInput } from "./dto/create-account.input";
import type { UpdateAccountInput } from "./dto/update-account.input";

const MAX_DELEGATION_DAYS = 366;

/** What the audit log keeps of an account: never the password hash. */
export function auditSnapshot(account: AccountEntity): Record<string, unknown> {
  return {
    loginName: account.loginName,
    realName: account.realName,
    mobile: account.mobile,
    accountType: account.accountType,
    vendorRoles: account.vendorRoles,
    status: account.status,
    superiorId: account.superiorId,
    permissions: account.permissions,
    delegateId: account.delegateId,
    delegateFrom: account.delegateFrom,
    delegateUntil: account.delegateUntil,
  };
}

/** Inserts a new account; a login name taken by a concurrent insert answers LOGIN_NAME_TAKEN. */
export async function insertAccount(m: EntityManager, account: AccountEntity): Promise<AccountEntity> {
  try {
    return await m.save(account);
  } catch (error) {
    if (isUniqueViolation(error, "account_login_name_uq")) {
      throw new DomainError("LOGIN_NAME_TAKEN", { loginName: account.loginName });
    }
    throw error;
  }
}

/** A required display name: trimmed, not blank. */
export function cleanName(raw: string, field: string): string {
  const name = raw.trim();
  if (name.length === 0) throw invalid(field, "不能为空", "must not be blank");
  return name;
}

function checkMobile(mobile: string | null | undefined): string | null {
  if (mobile === null || mobile === undefined || mobile.trim() === "") return null;
  if (!isValidMobile(mobile)) throw invalid("mobile", "手机号格式不正确", "the mobile number is not valid");
  return mobile.trim();
}

export class AccountService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly auth: AuthService,
  ) {}

  async list(
    viewer: Viewer,
    scope: AccessScope,
    filter: AccountFilter,
    first: number,
    after?: string | null,
  ): Promise<Connection<AccountEntity>> {
    const qb = this.dataSource.getRepository(AccountEntity).createQueryBuilder("a");
    applyScope(qb, scope, { dealerColumn: "a.dealer_id", accountColumn: "a.id" });
    if (scope.kind === "vendor") {
      qb.andWhere("a.kind = :kind", { kind: filter.kind ?? (filter.dealerId ? "DEALER" : "VENDOR") });
      if (filter.dealerId) qb.andWhere("a.dealer_id = :dealerId", { dealerId: filter.dealerId });
    } else if (filter.kind === "VENDOR" || (filter.dealerId && filter.dealerId !== viewer.account.dealerId)) {
      qb.andWhere("false");
    }
    if (filter.text?.trim()) {
      const like = likePattern(filter.text);
      qb.andWhere(
        new Brackets((w) =>
          w
            .where("a.login_name ILIKE :like", { like })
            .orWhere("a.real_name ILIKE :like")
            .orWhere("a.mobile ILIKE :like"),
        ),
      );
    }
    if (filter.accountType) qb.andWhere("a.account_type = :accountType", { accountType: filter.accountType });
    if (filter.status) qb.andWhere("a.status = :status", { status: filter.status });
    if (filter.vendorRole) qb.andWhere(":vendorRole = ANY(a.vendor_roles)", { vendorRole: filter.vendorRole });
    if (filter.superiorId) qb.andWhere("a.superior_id = :superiorId", { superiorId: filter.superiorId });
    const totalCount = await qb.clone().getCount();
    const cursor = decodeCursor(after);
    if (cursor) qb.andWhere("(a.created_at, a.id) < (:cAt, :cId)", { cAt: cursor.at, cId: cursor.id });
    const rows = await qb
      .orderBy("a.created_at", "DESC")
      .addOrderBy("a.id", "DESC")
      .take(first + 1)
      .getMany();
    return toConnection(rows, first, totalCount, (row) => ({ at: row.createdAt, id: row.id }));
  }

  /** One account the viewer may see; anything else is NOT_FOUND (never "exists but forbidden"). */
  async get(scope: AccessScope, id: string, manager: EntityManager = this.dataSource.manager): Promise<AccountEntity> {
    if (!isUUID(id)) throw notFound("account");
    const account = await manager.findOneBy(AccountEntity, { id });
    if (!account || !canSeeAccount(scope, account)) throw notFound("account");
    return account;
  }

  /** Direct subordinates the viewer may see. */
  async subordinates(scope: AccessScope, superiorId: string): Promise<AccountEntity[]> {
    const qb = this.dataSource
      .getRepository(AccountEntity)
      .createQueryBuilder("a")
      .where("a.superior_id = :superiorId", { superiorId });
    applyScope(qb, scope, { dealerColumn: "a.dealer_id", accountColumn: "a.id" });
    return qb.orderBy("a.created_at", "ASC").getMany();
  }

  /**
   * Active colleagues of the same dealer that may be named 代办人 (SPEC §2.4): any of them,
   * not only those in the viewer's subtree — but only their names are shown.
   */
  async delegateCandidates(viewer: Viewer, text: string | null | undefined): Promise<AccountOption[]> {
    const qb = this.dataSource
      .getRepository(AccountEntity)
      .createQueryBuilder("a")
      .select(["a.id", "a.loginName", "a.realName"])
      .where("a.dealer_id = :dealerId AND a.status = 'ACTIVE' AND a.id <> :self", {
        dealerId: viewer.actor.dealerId,
        self: viewer.actor.id,
      });
    if (text?.trim()) {
      const like = likePattern(text);
      qb.andWhere("(a.login_name ILIKE :like OR a.real_name ILIKE :like)", { like });
    }
    const rows = await qb.orderBy("a.real_name", "ASC").take(20).getMany();
    return rows.map((a) => ({ id: a.id, loginName: a.loginName, realName: a.realName }));
  }

  /** Accounts whose delegate the signed-in person currently is. */
  async principalsOf(viewer: Viewer): Promise<AccountEntity[]> {
    const now = new Date();
    const rows = await this.dataSource
      .getRepository(AccountEntity)
      .findBy({ delegateId: viewer.actor.id, status: "ACTIVE" });
    return rows.filter((p) => isDelegationActive(p.delegateFrom, p.delegateUntil, now));
  }

  async create(viewer: Viewer, scope: AccessScope, input: CreateAccountInput): Promise<AccountEntity> {
    const dealerId = this.targetDealer(viewer, input.dealerId ?? null);
    const loginName = normalizeLoginName(input.loginName);
    if (!isValidLoginName(loginName)) {
      throw invalid("loginName", "帐号只能包含字母、数字和 _ . @ -，3–64 位", "use 3–64 letters, digits or _ . @ -");
    }
    if (!isStrongPassword(input.password)) throw new DomainError("WEAK_PASSWORD");
    if (viewer.actingAsDelegate) throw new DomainError("FORBIDDEN");
    const permissions = this.checkPermissions(viewer, [], input.permissions);
    this.checkShape(input.accountType, permissions);
    const realName = cleanName(input.realName, "realName");
    const mobile = checkMobile(input.mobile);
    const passwordHash = await hashPassword(input.password);

    return this.dataSource.transaction(async (m) => {
      await this.lockDealer(m, dealerId);
      if (input.superiorId) await this.checkSuperior(m, scope, dealerId, null, input.superiorId);
      else this.checkNoSuperiorAllowed(scope);
      const taken = await m.findOneBy(AccountEntity, { loginName });
      if (taken) throw new DomainError("LOGIN_NAME_TAKEN", { loginName });
      const account = await insertAccount(
        m,
        m.create(AccountEntity, {
          kind: "DEALER",
          dealerId,
          loginName,
          passwordHash,
          realName,
          mobile,
          accountType: input.accountType,
          vendorRoles: [],
          status: "ACTIVE",
          superiorId: input.superiorId ?? null,
          permissions,
          delegateId: null,
          delegateFrom: null,
          delegateUntil: null,
          lastLoginAt: null,
        }),
      );
      await this.audit.record(m, viewer, {
        dealerId,
        action: "account.create",
        entityType: "account",
        entityId: account.id,
        after: auditSnapshot(account),
      });
      return account;
    });
  }

  async update(viewer: Viewer, scope: AccessScope, id: string, input: UpdateAccountInput): Promise<AccountEntity> {
    return this.dataSource.transaction(async (m) => {
      const existing = await this.get(scope, id, m);
      if (existing.kind !== "DEALER" || !existing.dealerId) throw notFound("account");
      await this.lockDealer(m, existing.dealerId);
      const account = await m.findOneOrFail(AccountEntity, { where: { id }, lock: { mode: "pessimistic_write" } });
      this.assertMayManage(viewer, account);
      const before = auditSnapshot(account);
      if (input.realName != null) account.realName = cleanName(input.realName, "realName");
      if (input.mobile !== undefined) account.mobile = checkMobile(input.mobile);
      if (input.accountType) account.accountType = input.accountType;
      if (input.permissions)
        account.permissions = this.checkPermissions(viewer, account.permissions, input.permissions);
      // type and permissions must agree after every change, not only when both are sent
      this.checkShape(account.accountType ?? "STAFF", account.permissions);
      if (input.superiorId !== undefined) {
        if (input.superiorId !== null) {
          await this.checkSuperior(m, scope, account.dealerId as string, account.id, input.superiorId);
        } else {
          this.checkNoSuperiorAllowed(scope);
        }
        account.superiorId = input.superiorId;
      }
      const saved = await m.save(account);
      await this.audit.record(m, viewer, {
        dealerId: saved.dealerId,
        action: "account.update",
        entityType: "account",
        entityId: saved.id,
        before,
        after: auditSnapshot(saved),
      });
      return saved;
    });
  }

  /** 启用/停用. Disabling ends every session of the account at once. */
  async setStatus(
    viewer: Viewer,
    scope: AccessScope,
    id: string,
    status: "ACTIVE" | "DISABLED",
  ): Promise<AccountEntity> {
    if (status === "DISABLED" && (id === viewer.actor.id || id === viewer.account.id)) {
      throw new DomainError("CANNOT_DISABLE_SELF");
    }
    return this.dataSource.transaction(async (m) => {
      const account = await this.get(scope, id, m);
      this.assertMayManage(viewer, account);
      const before = auditSnapshot(account);
      account.status = status;
      const saved = await m.save(account);
      if (status === "DISABLED") await this.auth.endSessionsOf(id, m);
      await this.audit.record(m, viewer, {
        dealerId: saved.dealerId,
        action: status === "DISABLED" ? "account.disable" : "account.enable",
        entityType: "account",
        entityId: saved.id,
        before,
        after: auditSnapshot(saved),
      });
      return saved;
    });
  }

  async resetPassword(viewer: Viewer, scope: AccessScope, id: string, newPassword: string): Promise<void> {
    if (!isStrongPassword(newPassword)) throw new DomainError("WEAK_PASSWORD");
    const passwordHash = await hashPassword(newPassword);
    await this.dataSource.transaction(async (m) => {
      const account = await this.get(scope, id, m);
      this.assertMayManage(viewer, account);
      await m.update(AccountEntity, { id }, { passwordHash });
      await this.auth.endSessionsOf(id, m);
      await this.audit.record(m, viewer, {
        dealerId: account.dealerId,
        action: "account.reset-password",
        entityType: "account",
        entityId: id,
      });
    });
  }

  /** 修改个人信息: the signed-in person's own name and mobile. */
  async updateProfile(viewer: Viewer, input: { realName?: string; mobile?: string | null }): Promise<AccountEntity> {
    return this.dataSource.transaction(async (m) => {
      const account = await m.findOneByOrFail(AccountEntity, { id: viewer.actor.id });
      const before = auditSnapshot(account);
      if (input.realName != null) account.realName = cleanName(input.realName, "realName");
      if (input.mobile !== undefined) account.mobile = checkMobile(input.mobile);
      const saved = await m.save(account);
      // the profile is always the signed-in person's own, even while acting for someone
      const self: Viewer = { ...viewer, account: viewer.actor, actingAsDelegate: false };
      await this.audit.record(m, self, {
        dealerId: saved.dealerId,
        action: "account.update-profile",
        entityType: "account",
        entityId: saved.id,
        before,
        after: auditSnapshot(saved),
      });
      return saved;
    });
  }

  /** 代办人: names another active account of the same dealer to act for the signed-in person. */
  async setDelegate(viewer: Viewer, input: { delegateId: string; from: Date; until: Date }): Promise<AccountEntity> {
    const self = viewer.actor;
    if (viewer.actingAsDelegate) throw new DomainError("FORBIDDEN");
    if (!(input.until > input.from))
      throw invalid("until", "结束时间须晚于开始时间", "the end must be after the start");
    if (input.until.getTime() <= Date.now()) {
      throw invalid("until", "代办期限已经结束", "the period has already ended");
    }
    if (input.until.getTime() - input.from.getTime() > MAX_DELEGATION_DAYS * 86_400_000) {
      throw invalid("until", "代办期限不能超过一年", "a delegation lasts at most one year");
    }
    return this.dataSource.transaction(async (m) => {
      const delegate = await m.findOneBy(AccountEntity, { id: input.delegateId });
      if (
        !delegate ||
        delegate.id === self.id ||
        delegate.dealerId !== self.dealerId ||
        delegate.status !== "ACTIVE" ||
        delegate.kind !== "DEALER"
      ) {
        throw new DomainError("INVALID_DELEGATE");
      }
      const account = await m.findOneByOrFail(AccountEntity, { id: self.id });
      const before = auditSnapshot(account);
      account.delegateId = delegate.id;
      account.delegateFrom = input.from;
      account.delegateUntil = input.until;
      const saved = await m.save(account);
      await this.audit.record(m, viewer, {
        dealerId: saved.dealerId,
        action: "account.set-delegate",
        entityType: "account",
        entityId: saved.id,
        before,
        after: auditSnapshot(saved),
      });
      return saved;
    });
  }

  async clearDelegate(viewer: Viewer): Promise<AccountEntity> {
    if (viewer.actingAsDelegate) throw new DomainError("FORBIDDEN");
    return this.dataSource.transaction(async (m) => {
      const account = await m.findOneByOrFail(AccountEntity, { id: viewer.actor.id });
      const before = auditSnapshot(account);
      account.delegateId = null;
      account.delegateFrom = null;
      account.delegateUntil = null;
      const saved = await m.save(account);
      await this.audit.record(m, viewer, {
        dealerId: saved.dealerId,
        action: "account.clear-delegate",
        entityType: "account",
        entityId: saved.id,
        before,
        after: auditSnapshot(saved),
      });
      return saved;
    });
  }

  /** Dealer users always work in their own dealer; vendor platform admins name one. */
  private targetDealer(viewer: Viewer, requested: string | null): string {
    if (viewer.account.kind === "DEALER") {
      if (requested && requested !== viewer.account.dealerId) throw notFound("dealer");
      return viewer.account.dealerId as string;
    }
    if (!hasVendorRole(viewer, "PLATFORM_ADMIN") || !requested) {
      throw invalid("dealerId", "请选择经销商", "choose the dealer");
    }
    return requested;
  }

  /** A dealer account never grants a permission it does not hold; every account needs a basic one. */
  private checkPermissions(
    viewer: Viewer,
    current: readonly DealerPermission[],
    requested: readonly DealerPermission[],
  ): DealerPermission[] {
    const unique = [...new Set(requested)];
    if (!hasBasicPermission(unique)) {
      throw invalid("permissions", "须包含一项基本权限", "include one of the two basic permissions");
    }
    if (viewer.account.kind === "DEALER") {
      const added = unique.filter((p) => !current.includes(p));
      const beyond = permissionsBeyondGranter([...viewer.permissions], added);
      if (beyond.length > 0) throw new DomainError("PERMISSION_NOT_HELD", { permissions: beyond });
    }
    return unique;
  }

  /** 管理员 holds the admin permission, 助理 the assistant one, staff neither (see accountShapeProblem). */
  private checkShape(accountType: AccountType, permissions: readonly DealerPermission[]): void {
    const problem = accountShapeProblem(accountType, permissions);
    if (problem) {
      throw invalid(
        "permissions",
        "帐户类型与权限不一致：管理员须有管理员权限，助理须有助理权限，员工不能有这两项",
        "account type and permissions disagree: admins hold the admin permission, assistants the assistant one, staff neither",
      );
    }
  }

  /**
   * A dealer manager may act on an account only when it holds every permission that account
   * holds — so no one takes over (resets, disables, edits) an account more powerful than itself.
   * Acting as someone's delegate never carries account management.
   */
  private assertMayManage(viewer: Viewer, account: AccountEntity): void {
    if (!canManageAccounts(viewer)) throw new DomainError("FORBIDDEN");
    if (account.kind === "VENDOR" && !hasVendorRole(viewer, "PLATFORM_ADMIN")) throw notFound("account");
    if (viewer.account.kind === "DEALER") {
      const beyond = permissionsBeyondGranter([...viewer.permissions], account.permissions);
      if (beyond.length > 0) throw new DomainError("FORBIDDEN", { permissions: beyond });
    }
  }

  /** Only whole-dealer managers place accounts at the top of the tree; others keep them in their subtree. */
  private checkNoSuperiorAllowed(scope: AccessScope): void {
    if (scope.kind === "dealer" && !scope.wholeDealer) throw new DomainError("INVALID_SUPERIOR");
  }

  /** Serializes changes to one dealer's 隶属 tree, so concurrent edits can't build a cycle together. */
  private async lockDealer(m: EntityManager, dealerId: string): Promise<void> {
    const dealer = await m.findOne(DealerEntity, { where: { id: dealerId }, lock: { mode: "pessimistic_write" } });
    if (!dealer) throw notFound("dealer");
  }

  private async checkSuperior(
    m: EntityManager,
    scope: AccessScope,
    dealerId: string,
    accountId: string | null,
    superiorId: string,
  ): Promise<void> {
    const superior = await m.findOneBy(AccountEntity, { id: superiorId });
    if (!superior || superior.dealerId !== dealerId || superior.kind !== "DEALER" || !canSeeAccount(scope, superior)) {
      throw new DomainError("INVALID_SUPERIOR");
    }
    if (accountId === null) return;
    const rows: { id: string; superior_id: string | null }[] = await m.query(
      `SELECT id, superior_id FROM account WHERE dealer_id = $1`,
      [dealerId],
    );
    const tree = new Map(rows.map((r) => [r.id, r.superior_id]));
    if (wouldCreateCycle(tree, accountId, superiorId)) throw new DomainError("SUPERIOR_CYCLE");
  }
}
