import { createHash, randomBytes } from "node:crypto";
import { hasBasicPermission, isDelegationActive, isStrongPassword, normalizeLoginName } from "@crm/domain";
import { isUUID } from "class-validator";
import type { DataSource } from "typeorm";
import type { Viewer } from "../../access/viewer";
import { DomainError } from "../../shared/domain-error";
import { decoyHash, hashPassword, verifyPassword } from "../../shared/password";
import { AccountEntity } from "../account/account.entity";
import type { AuditService } from "../audit/audit.service";
import { DealerEntity } from "../dealer/dealer.entity";
import { LoginAttemptEntity } from "./login-attempt.entity";
import { SessionEntity } from "./session.entity";

export interface AuthSettings {
  sessionTtlHours: number;
  /** Failed sign-ins per login name from one client IP in the window before that pair is throttled. */
  maxFailuresPerAccount: number;
  /** Failed sign-ins per login name from all IPs together (distributed guessing). */
  maxFailuresPerAccountAllIps: number;
  /** Failed sign-ins per client IP in the window before it is throttled. */
  maxFailuresPerIp: number;
  throttleWindowMinutes: number;
}

export const DEFAULT_AUTH_SETTINGS: AuthSettings = {
  sessionTtlHours: 12,
  maxFailuresPerAccount: 5,
  maxFailuresPerAccountAllIps: 50,
  maxFailuresPerIp: 30,
  throttleWindowMinutes: 15,
};

/** Active, with a vendor role or a basic permission, and (a dealer account) its dealer active. */
function isAllowedWithDealerStatus(account: AccountEntity, dealerStatus: string | null): boolean {
  if (account.status !== "ACTIVE") return false;
  if (account.kind === "VENDOR") return account.vendorRoles.length > 0;
  if (!hasBasicPermission(account.permissions) || !account.dealerId) return false;
  return dealerStatus === "ACTIVE";
}

/** However active, a session ends this long after sign-in. */
const ABSOLUTE_SESSION_DAYS = 7;

function tokenHash(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly settings: AuthSettings,
  ) {}

  /**
   * Signs in. Unknown names and wrong passwords get the same answer in the same time.
   * Repeated failures throttle the (login name, IP) pair, the login name across all IPs at a
   * higher bar, and the IP. The attempt is counted before the password is checked, under an
   * advisory lock, so parallel guesses can't slip past the limit.
   */
  async login(
    input: { loginName: string; password: string },
    client: { ip: string; userAgent: string | null; previousToken?: string | null },
  ): Promise<{ token: string; maxAgeSeconds: number; accountId: string }> {
    const loginName = normalizeLoginName(input.loginName);
    const attemptId = await this.reserveAttempt(loginName, client.ip);
    const account = await this.dataSource.getRepository(AccountEntity).findOneBy({ loginName });
    const ok = account
      ? await verifyPassword(input.password, account.passwordHash)
      : (await verifyPassword(input.password, await decoyHash()), false);
    if (!account || !ok) throw new DomainError("INVALID_CREDENTIALS");
    await this.dataSource.getRepository(LoginAttemptEntity).update({ id: attemptId }, { succeeded: true });
    if (!(await this.isAllowedToSignIn(account))) throw new DomainError("ACCOUNT_DISABLED");

    const token = randomBytes(32).toString("base64url");
    const maxAgeSeconds = this.settings.sessionTtlHours * 3600;
    const now = new Date();
    await this.dataSource.transaction(async (m) => {
      // A new session id at every sign-in: the one the browser came with (if any) ends here, so
      // a session id planted before sign-in (session fixation) is never signed in.
      if (client.previousToken) await m.delete(SessionEntity, { tokenHash: tokenHash(client.previousToken) });
      const session = await m.save(
        m.create(SessionEntity, {
          tokenHash: tokenHash(token),
          accountId: account.id,
          actingAsId: null,
          ip: client.ip,
          userAgent: client.userAgent?.slice(0, 300) ?? null,
          createdAt: now,
          lastSeenAt: now,
          expiresAt: new Date(now.getTime() + maxAgeSeconds * 1000),
        }),
      );
      await m.update(AccountEntity, { id: account.id }, { lastLoginAt: now });
      await this.audit.record(m, null, {
        dealerId: account.dealerId,
        action: "session.login",
        entityType: "session",
        entityId: session.id,
        after: { accountId: account.id, loginName: account.loginName, ip: client.ip },
        actor: { id: account.id, name: `${account.realName} (${account.loginName})` },
      });
    });
    return { token, maxAgeSeconds, accountId: account.id };
  }

  /**
   * Counts the attempt as a failure up front (it becomes a success once the password checks out),
   * refusing when a limit is already reached. Serialized per IP and per login name.
   */
  private async reserveAttempt(loginName: string, ip: string): Promise<string> {
    return this.dataSource.transaction(async (m) => {
      await m.query(
        `SELECT pg_advisory_xact_lock(hashtext('login-ip:' || $1)), pg_advisory_xact_lock(hashtext('login:' || $2))`,
        [ip, loginName],
      );
      const since = new Date(Date.now() - this.settings.throttleWindowMinutes * 60_000);
      const [row] = await m.query<{ by_pair: number; by_name: number; by_ip: number }[]>(
        `WITH last_success AS (
           SELECT COALESCE(max(at), $3::timestamptz) AS at FROM login_attempt WHERE login_name = $1 AND succeeded
         )
         SELECT
           (SELECT count(*) FROM login_attempt, last_success
             WHERE login_name = $1 AND ip = $2 AND NOT succeeded AND login_attempt.at >= GREATEST($3, last_success.at))::int AS by_pair,
           (SELECT count(*) FROM login_attempt, last_success
             WHERE login_name = $1 AND NOT succeeded AND login_attempt.at >= GREATEST($3, last_success.at))::int AS by_name,
           (SELECT count(*) FROM login_attempt WHERE ip = $2 AND NOT succeeded AND at >= $3)::int AS by_ip`,
        [loginName, ip, since],
      );
      if (
        row &&
        (row.by_pair >= this.settings.maxFailuresPerAccount ||
          row.by_name >= this.settings.maxFailuresPerAccountAllIps ||
          row.by_ip >= this.settings.maxFailuresPerIp)
      ) {
        throw new DomainError("TOO_MANY_ATTEMPTS", { retryAfterMinutes: this.settings.throttleWindowMinutes });
      }
      const inserted = await m.insert(LoginAttemptEntity, { loginName, ip, succeeded: false, at: new Date() });
      return String((inserted.identifiers[0] as { id: string }).id);
    });
  }

  async isAllowedToSignIn(account: AccountEntity): Promise<boolean> {
    if (account.kind === "DEALER" && !account.dealerId) return false;
    const dealer = account.dealerId
      ? await this.dataSource.getRepository(DealerEntity).findOneBy({ id: account.dealerId })
      : null;
    return isAllowedWithDealerStatus(account, dealer?.status ?? null);
  }

  /**
   * The viewer of a request, read fresh from the database each time: a disabled account,
   * a deleted session or changed permissions take effect on the very next request.
   */
  async resolveViewer(token: string): Promise<Viewer | null> {
    const sessions = this.dataSource.getRepository(SessionEntity);
    // One round trip on every request: the session, its account and the account's dealer status.
    const { entities, raw } = await this.dataSource
      .getRepository(AccountEntity)
      .createQueryBuilder("a")
      .innerJoin(SessionEntity, "s", "s.account_id = a.id")
      .leftJoin(DealerEntity, "d", "d.id = a.dealer_id")
      .addSelect("s.id", "session_id")
      .addSelect("s.acting_as_id", "session_acting_as_id")
      .addSelect("s.created_at", "session_created_at")
      .addSelect("s.last_seen_at", "session_last_seen_at")
      .addSelect("s.expires_at", "session_expires_at")
      .addSelect("d.status", "dealer_status")
      .where("s.token_hash = :hash", { hash: tokenHash(token) })
      .getRawAndEntities<{
        session_id: string;
        session_acting_as_id: string | null;
        session_created_at: Date;
        session_last_seen_at: Date;
        session_expires_at: Date;
        dealer_status: string | null;
      }>();
    const actor = entities[0];
    const row = raw[0];
    const now = new Date();
    if (!actor || !row || row.session_expires_at <= now) return null;
    const session = {
      id: row.session_id,
      actingAsId: row.session_acting_as_id,
      createdAt: row.session_created_at,
      lastSeenAt: row.session_last_seen_at,
    };
    // sliding expiry, but never longer than an absolute lifetime from sign-in
    if (now.getTime() - session.createdAt.getTime() > ABSOLUTE_SESSION_DAYS * 86_400_000) return null;
    if (!isAllowedWithDealerStatus(actor, row.dealer_status)) return null;
    const accounts = this.dataSource.getRepository(AccountEntity);

    let account = actor;
    if (session.actingAsId) {
      const principal = await accounts.findOneBy({ id: session.actingAsId });
      if (principal && this.mayActFor(actor, principal, now) && (await this.isAllowedToSignIn(principal))) {
        account = principal;
      } else {
        await sessions.update({ id: session.id }, { actingAsId: null });
      }
    }
    if (now.getTime() - session.lastSeenAt.getTime() > 60_000) {
      const expiresAt = new Date(now.getTime() + this.settings.sessionTtlHours * 3_600_000);
      await sessions.update({ id: session.id }, { lastSeenAt: now, expiresAt });
    }
    return {
      sessionId: session.id,
      apiKey: null,
      actor,
      account,
      actingAsDelegate: account !== actor,
      permissions: new Set(account.permissions),
      vendorRoles: new Set(account.vendorRoles),
    };
  }

  /** The principal named the actor as its delegate for a period that includes now. */
  mayActFor(actor: AccountEntity, principal: AccountEntity, at: Date): boolean {
    return (
      principal.kind === "DEALER" &&
      principal.dealerId === actor.dealerId &&
      principal.delegateId === actor.id &&
      isDelegationActive(principal.delegateFrom, principal.delegateUntil, at)
    );
  }

  async logout(viewer: Viewer): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      await m.delete(SessionEntity, { id: viewer.sessionId });
      await this.audit.record(m, viewer, {
        dealerId: viewer.actor.dealerId,
        action: "session.logout",
        entityType: "session",
        entityId: viewer.sessionId,
      });
    });
  }

  /** Changes the signed-in person's own password and ends their other sessions. */
  async changePassword(viewer: Viewer, currentPassword: string, newPassword: string): Promise<void> {
    const actor = await this.dataSource.getRepository(AccountEntity).findOneByOrFail({ id: viewer.actor.id });
    if (!(await verifyPassword(currentPassword, actor.passwordHash))) throw new DomainError("WRONG_PASSWORD");
    if (!isStrongPassword(newPassword)) throw new DomainError("WEAK_PASSWORD");
    const passwordHash = await hashPassword(newPassword);
    await this.dataSource.transaction(async (m) => {
      await m.update(AccountEntity, { id: actor.id }, { passwordHash });
      await m
        .createQueryBuilder()
        .delete()
        .from(SessionEntity)
        .where("account_id = :id AND id <> :sessionId", { id: actor.id, sessionId: viewer.sessionId })
        .execute();
      await this.audit.record(m, viewer, {
        dealerId: actor.dealerId,
        action: "account.change-password",
        entityType: "account",
        entityId: actor.id,
      });
    });
  }

  /** Starts acting for a principal who named the signed-in account as its delegate. */
  async actAs(viewer: Viewer, principalId: string): Promise<void> {
    if (!isUUID(principalId)) throw new DomainError("DELEGATION_NOT_ACTIVE");
    const principal = await this.dataSource.getRepository(AccountEntity).findOneBy({ id: principalId });
    if (!principal || !this.mayActFor(viewer.actor, principal, new Date()) || principal.status !== "ACTIVE") {
      throw new DomainError("DELEGATION_NOT_ACTIVE");
    }
    await this.dataSource.transaction(async (m) => {
      await m.update(SessionEntity, { id: viewer.sessionId }, { actingAsId: principal.id });
      await this.audit.record(m, viewer, {
        dealerId: principal.dealerId,
        action: "session.act-as",
        entityType: "account",
        entityId: principal.id,
        after: { principalId: principal.id },
      });
    });
  }

  async stopActingAs(viewer: Viewer): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      await m.update(SessionEntity, { id: viewer.sessionId }, { actingAsId: null });
      if (viewer.actingAsDelegate) {
        await this.audit.record(m, viewer, {
          dealerId: viewer.account.dealerId,
          action: "session.stop-acting",
          entityType: "account",
          entityId: viewer.account.id,
        });
      }
    });
  }

  /** Ends every session of an account (used when it is disabled or its password is reset). */
  async endSessionsOf(accountId: string, manager = this.dataSource.manager): Promise<void> {
    await manager.delete(SessionEntity, { accountId });
  }
}
