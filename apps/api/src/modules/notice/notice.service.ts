import {
  ANNOUNCEMENT_BODY_MAX,
  ANNOUNCEMENT_TITLE_MAX,
  isSafeNoticeLink,
  normalizeDomain,
  readNoticeParams,
  shanghaiDate,
  systemNoticeText,
  type NoticeParams,
  type SystemNoticeType,
} from "@crm/domain";
import { isUUID } from "class-validator";
import { In, type DataSource, type EntityManager } from "typeorm";
import type { Viewer } from "../../access/viewer";
import { invalid, notFound } from "../../shared/domain-error";
import { decodeCursor, toConnection, type Connection } from "../../shared/pagination";
import type { AuditService } from "../audit/audit.service";
import { DealerEntity } from "../dealer/dealer.entity";
import { invalidDomain } from "../enterprise/enterprise.errors";
import { invalidValues } from "../routing/routing.errors";
import type { Announcement } from "./announcement.type";
import type { DomainEventResult } from "./domain-event-result.type";
import type { NoticeFilter } from "./dto/notice-filter.input";
import type { PublishAnnouncementInput } from "./dto/publish-announcement.input";
import type { ReportDomainEventInput } from "./dto/report-domain-event.input";
import { NoticeDealerEntity } from "./notice-dealer.entity";
import type { DomainEventKind } from "./notice.enums";
import { NoticeRepository, type NoticeRow } from "./notice.repository";
import { inboxOf } from "./notice.rules";
import type { Notice } from "./notice.type";

const EMPTY: Connection<never> = { edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 };

function toNotice(row: NoticeRow): Notice {
  return {
    id: row.id,
    type: row.type,
    title: row.title,
    body: row.body,
    link: row.link,
    params: row.params,
    eventCount: row.event_count,
    read: row.read,
    createdAt: row.created_at,
    lastEventAt: row.last_event_at,
  };
}

/** One registrable domain, typed any way, or INVALID_DOMAIN with the reason. */
function registrableDomain(field: string, raw: string): string {
  const normalized = normalizeDomain(raw);
  if (!normalized.ok) throw invalidDomain(field, normalized.reason);
  return normalized.registrable;
}

function checkText(field: string, raw: string, max: number): string {
  const text = raw.trim();
  if (text.length < 1 || text.length > max) {
    throw invalid(field, `须为 1–${max} 个字符`, `needs 1–${max} characters`);
  }
  return text;
}

interface RaiseSpec {
  type: SystemNoticeType;
  dealerId: string;
  params: NoticeParams;
  link: string | null;
  dedupeKey: string;
  at: Date;
}

/**
 * 消息中心 (SPEC §8). Raises the system's notices (registration attempts, domain events,
 * registration reminders), keeps each account's read state, and publishes the vendor's
 * announcements. Who sees what is decided in notice.rules (inboxOf) and applied in every query
 * of notice.repository; vendor staff have no inbox.
 */
export class NoticeService {
  private readonly repository = new NoticeRepository();

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  // ---------------------------------------------------------------------------
  // The inbox

  async list(
    viewer: Viewer | null,
    filter: NoticeFilter,
    first: number,
    after?: string | null,
  ): Promise<Connection<Notice>> {
    const cursor = decodeCursor(after);
    const inbox = inboxOf(viewer);
    if (!inbox) return EMPTY;
    const { rows, totalCount } = await this.repository.page(
      this.dataSource.manager,
      inbox,
      { type: filter.type ?? null, unreadOnly: filter.unreadOnly === true },
      first,
      cursor,
    );
    return toConnection(rows.map(toNotice), first, totalCount, (n) => ({ at: n.lastEventAt, id: n.id }));
  }

  async unreadCount(viewer: Viewer | null): Promise<number> {
    const inbox = inboxOf(viewer);
    return inbox ? this.repository.unreadCount(this.dataSource.manager, inbox) : 0;
  }

  /** Marks one notice of the viewer's inbox read; another dealer's (or no) notice is NOT_FOUND. */
  async markRead(viewer: Viewer, id: string): Promise<Notice> {
    const inbox = inboxOf(viewer);
    if (!inbox || !isUUID(id)) throw notFound("notice");
    return this.dataSource.transaction(async (m) => {
      await this.repository.markRead(m, inbox, id);
      const row = await this.repository.findVisible(m, inbox, id);
      if (!row) throw notFound("notice");
      return toNotice(row);
    });
  }

  /** Marks every notice of the viewer's inbox read; returns how many were unread. */
  async markAllRead(viewer: Viewer): Promise<number> {
    const inbox = inboxOf(viewer);
    return inbox ? this.repository.markRead(this.dataSource.manager, inbox, null) : 0;
  }

  // ---------------------------------------------------------------------------
  // Announcements (公告)

  /** 发布公告 to chosen dealers, or to every dealer (also those added later) when none is named. */
  async publishAnnouncement(viewer: Viewer, input: PublishAnnouncementInput): Promise<Notice> {
    const title = checkText("title", input.title, ANNOUNCEMENT_TITLE_MAX);
    const body = checkText("body", input.body, ANNOUNCEMENT_BODY_MAX);
    const link = input.link?.trim() ? input.link.trim() : null;
    if (link !== null && !isSafeNoticeLink(link)) {
      throw invalid(
        "link",
        "链接须为站内路径（以 / 开头）或 http(s) 网址",
        "use a console path (/…) or an http(s) URL",
      );
    }
    const dealerIds = [...new Set(input.dealerIds ?? [])];
    if (dealerIds.some((id) => !isUUID(id))) {
      throw invalidValues("dealerIds", { dealerIds }, "经销商不存在", "a named dealer does not exist");
    }
    return this.dataSource.transaction(async (m) => {
      if (dealerIds.length > 0) {
        const found = await m.findBy(DealerEntity, { id: In(dealerIds) });
        const unknown = dealerIds.filter((id) => !found.some((d) => d.id === id));
        if (unknown.length > 0) {
          throw invalidValues("dealerIds", { dealerIds: unknown }, "经销商不存在", "a named dealer does not exist");
        }
      }
      const allDealers = dealerIds.length === 0;
      const [row] = await m.query<NoticeRow[]>(
        `INSERT INTO notice (type, audience, all_dealers, title, body, link, params, created_by)
         VALUES ('ANNOUNCEMENT', 'DEALERS', $1, $2, $3, $4, '{}'::jsonb, $5)
         RETURNING id, type, title, body, link, params, event_count, created_at, last_event_at, false AS read`,
        [allDealers, title, body, link, viewer.actor.id],
      );
      if (!row) throw new Error("notice insert returned no row");
      if (!allDealers) {
        await m.insert(
          NoticeDealerEntity,
          dealerIds.map((dealerId) => ({ noticeId: row.id, dealerId })),
        );
      }
      await this.audit.record(m, viewer, {
        dealerId: null,
        action: "announcement.publish",
        entityType: "notice",
        entityId: row.id,
        after: { title, body, link, allDealers, dealerIds },
      });
      return toNotice(row);
    });
  }

  /** What vendor operations published, newest first. */
  async listAnnouncements(first: number, after?: string | null): Promise<Connection<Announcement>> {
    const cursor = decodeCursor(after);
    const { rows, totalCount } = await this.repository.announcements(this.dataSource.manager, first, cursor);
    const announcements = rows.map((r): Announcement => ({
      id: r.id,
      title: r.title,
      body: r.body,
      link: r.link,
      allDealers: r.all_dealers,
      publishedByName: r.published_by_name,
      createdAt: r.created_at,
      dealerIds: r.dealer_ids ?? [],
    }));
    return toConnection(announcements, first, totalCount, (a) => ({ at: a.createdAt, id: a.id }));
  }

  // ---------------------------------------------------------------------------
  // Notices the system raises

  /**
   * 域名试报备通知 to the holder's admins: another dealer tried to register a domain the holder
   * locks. Attempts on one (dealer, product line, domain) within one Asia/Shanghai calendar day
   * collapse into one notice whose count goes up (and which becomes unread again). Runs in its
   * own transaction, so it survives the refused registration's rollback. It never records who
   * tried.
   */
  async raiseDomainAttempt(input: {
    dealerId: string;
    productLineId: string;
    domain: string;
    at: Date;
  }): Promise<void> {
    const domain = registrableDomain("domain", input.domain);
    const day = shanghaiDate(input.at);
    await this.dataSource.transaction(async (m) => {
      const productLineName = await this.productLineName(m, input.productLineId);
      await this.raiseAggregated(m, {
        type: "DOMAIN_ATTEMPT",
        dealerId: input.dealerId,
        params: { domain, productLineId: input.productLineId, productLineName, day },
        link: "/registrations",
        dedupeKey: `DOMAIN_ATTEMPT:${input.dealerId}:${input.productLineId}:${domain}:${day}`,
        at: input.at,
      });
    });
  }

  /**
   * 报备即将到期 to the holding account (and its dealer's admins), once per registration and
   * reminder day count, inside the caller's transaction. Returns true when it created the notice.
   */
  async raiseRegistrationExpiring(
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
  ): Promise<boolean> {
    const params: NoticeParams = {
      domain: input.domain,
      productLineId: input.productLineId,
      productLineName: await this.productLineName(m, input.productLineId),
      registrationId: input.registrationId,
      lockedUntil: shanghaiDate(input.endsAt),
      daysLeft: input.daysLeft,
    };
    const text = systemNoticeText("REGISTRATION_EXPIRING", params, "zh");
    const created = await m.query<{ id: string }[]>(
      `INSERT INTO notice (type, audience, dealer_id, account_id, title, body, link, params, dedupe_key)
       VALUES ('REGISTRATION_EXPIRING', 'ACCOUNT', $1, $2, $3, $4, '/registrations', $5::jsonb, $6)
       ON CONFLICT (dedupe_key) DO NOTHING
       RETURNING id`,
      [
        input.dealerId,
        input.accountId,
        text.title,
        text.body,
        JSON.stringify(params),
        `REGISTRATION_EXPIRING:${input.registrationId}:${input.daysLeft}`,
      ],
    );
    return created.length > 0;
  }

  /** 业务申请审批通知 to the submitter, inside the caller's (the decision's) transaction. */
  async raiseRequestDecision(
    m: EntityManager,
    input: {
      dealerId: string;
      accountId: string;
      requestId: string;
      requestNo: string;
      requestTypeName: string;
      decision: "APPROVED" | "STEP_APPROVED" | "REJECTED";
      comment: string | null;
    },
  ): Promise<void> {
    const params: NoticeParams = {
      requestNo: input.requestNo,
      requestTypeName: input.requestTypeName,
      decision: input.decision,
      ...(input.comment ? { comment: input.comment } : {}),
    };
    const text = systemNoticeText("REQUEST_DECISION", params, "zh");
    await m.query(
      `INSERT INTO notice (type, audience, dealer_id, account_id, title, body, link, params)
       VALUES ('REQUEST_DECISION', 'ACCOUNT', $1, $2, $3, $4, $5, $6::jsonb)`,
      [input.dealerId, input.accountId, text.title, text.body, `/requests/${input.requestId}`, JSON.stringify(params)],
    );
  }

  /**
   * 域名认证通知 / 域名生效通知: the vendor's mail platform reports that a customer asked to verify
   * a domain, or that the verification succeeded. Records it in domain_verification and notifies
   * the admins of every dealer holding the domain (an enterprise domain, or an active
   * registration). Verification requests of one day aggregate per dealer; a dealer hears of a
   * domain's verification once.
   */
  async raiseDomainEvent(viewer: Viewer | null, input: ReportDomainEventInput): Promise<DomainEventResult> {
    const domain = registrableDomain("domain", input.domain);
    const code = input.productLineCode?.trim() || null;
    const line = code ? await this.productLineByCode(code) : null;
    const at = new Date();
    const day = shanghaiDate(at);
    return this.dataSource.transaction(async (m) => {
      const [state] = await m.query<{ verified_at: Date | null; verification_requested_at: Date | null }[]>(
        input.event === "VERIFIED"
          ? `INSERT INTO domain_verification (domain, verified_at, updated_at) VALUES ($1, $2, $2)
             ON CONFLICT (domain) DO UPDATE
               SET verified_at = COALESCE(domain_verification.verified_at, EXCLUDED.verified_at), updated_at = $2
             RETURNING verified_at, verification_requested_at`
          : `INSERT INTO domain_verification (domain, verification_requested_at, updated_at) VALUES ($1, $2, $2)
             ON CONFLICT (domain) DO UPDATE SET verification_requested_at = $2, updated_at = $2
             RETURNING verified_at, verification_requested_at`,
        [domain, at],
      );
      if (!state) throw new Error("domain_verification upsert returned no row");

      const dealerIds = await this.dealersHoldingDomain(m, domain, line?.id ?? null);
      const type = noticeTypeOf(input.event);
      const params: NoticeParams = line
        ? { domain, productLineId: line.id, productLineName: line.name, day }
        : { domain, day };
      const link = `/enterprises?text=${encodeURIComponent(domain)}`;
      let notified = 0;
      for (const dealerId of dealerIds) {
        const raised =
          type === "DOMAIN_VERIFIED"
            ? await this.raiseOnce(m, {
                type,
                dealerId,
                params,
                link,
                dedupeKey: `DOMAIN_VERIFIED:${dealerId}:${domain}`,
                at,
              })
            : await this.raiseAggregated(m, {
                type,
                dealerId,
                params,
                link,
                dedupeKey: `DOMAIN_VERIFY_REQUEST:${dealerId}:${domain}:${day}`,
                at,
              });
        if (raised) notified += 1;
      }
      await this.audit.record(m, viewer, {
        dealerId: null,
        action: "domain.event",
        entityType: "domain_verification",
        entityId: domain,
        after: { event: input.event, productLineCode: line ? code : null, notifiedDealerIds: dealerIds },
      });
      return {
        domain,
        event: input.event,
        notifiedDealerCount: notified,
        verified: state.verified_at !== null,
        verifiedAt: state.verified_at,
        verificationRequestedAt: state.verification_requested_at,
      };
    });
  }

  /** Whether the vendor's mail platform reported the domain verified (试用延期 needs it, SPEC §6). */
  async isDomainVerified(domain: string, m: EntityManager = this.dataSource.manager): Promise<boolean> {
    const normalized = normalizeDomain(domain);
    if (!normalized.ok) return false;
    const rows = await m.query<{ verified: boolean }[]>(
      `SELECT verified_at IS NOT NULL AS verified FROM domain_verification WHERE domain = $1`,
      [normalized.registrable],
    );
    return rows[0]?.verified === true;
  }

  // ---------------------------------------------------------------------------

  /**
   * Inserts the notice or, when its dedupe key exists, counts one more event: race-safe (the
   * unique key decides, the row lock orders the counts), and the text is rewritten with the
   * new count while that lock is held. The notice becomes unread again (last_event_at moves
   * past every read mark). Always returns true.
   */
  private async raiseAggregated(m: EntityManager, spec: RaiseSpec): Promise<boolean> {
    const first = systemNoticeText(spec.type, { ...spec.params, count: 1 }, "zh");
    const [row] = await m.query<{ id: string; event_count: number; params: unknown }[]>(
      `INSERT INTO notice (type, audience, dealer_id, title, body, link, params, dedupe_key, created_at, last_event_at)
       VALUES ($1, 'DEALER_ADMINS', $2, $3, $4, $5, $6::jsonb, $7, $8, $8)
       ON CONFLICT (dedupe_key) DO UPDATE
         SET event_count = notice.event_count + 1,
             last_event_at = GREATEST(EXCLUDED.last_event_at, notice.last_event_at + interval '1 microsecond'),
             params = notice.params || jsonb_build_object('count', notice.event_count + 1)
       RETURNING id, event_count, params`,
      [
        spec.type,
        spec.dealerId,
        first.title,
        first.body,
        spec.link,
        JSON.stringify({ ...spec.params, count: 1 }),
        spec.dedupeKey,
        spec.at,
      ],
    );
    if (!row) throw new Error("notice upsert returned no row");
    if (row.event_count > 1) {
      const text = systemNoticeText(spec.type, readNoticeParams(row.params), "zh");
      await m.query(`UPDATE notice SET title = $2, body = $3 WHERE id = $1`, [row.id, text.title, text.body]);
    }
    return true;
  }

  /** Inserts the notice unless its dedupe key exists; returns whether it did. */
  private async raiseOnce(m: EntityManager, spec: RaiseSpec): Promise<boolean> {
    const text = systemNoticeText(spec.type, spec.params, "zh");
    const rows = await m.query<{ id: string }[]>(
      `INSERT INTO notice (type, audience, dealer_id, title, body, link, params, dedupe_key, created_at, last_event_at)
       VALUES ($1, 'DEALER_ADMINS', $2, $3, $4, $5, $6::jsonb, $7, $8, $8)
       ON CONFLICT (dedupe_key) DO NOTHING
       RETURNING id`,
      [
        spec.type,
        spec.dealerId,
        text.title,
        text.body,
        spec.link,
        JSON.stringify(spec.params),
        spec.dedupeKey,
        spec.at,
      ],
    );
    return rows.length > 0;
  }

  /** Dealers holding the domain: among their enterprises' domains, or by an active registration. */
  private async dealersHoldingDomain(
    m: EntityManager,
    domain: string,
    productLineId: string | null,
  ): Promise<string[]> {
    const rows = await m.query<{ dealer_id: string }[]>(
      `SELECT ed.dealer_id FROM enterprise_domain ed WHERE ed.domain = $1
       UNION
       ${this.activeRegistrationHoldersSql()}
       ORDER BY 1`,
      [domain, productLineId],
    );
    return rows.map((r) => r.dealer_id);
  }

  /**
   * The dealers holding an active registration (报备) of the domain ($1), of the product line ($2)
   * when one is named. Active: started, not yet expired, not ended (unlocked / converted).
   */
  private activeRegistrationHoldersSql(): string {
    return `SELECT r.dealer_id FROM registration r
             WHERE r.domain = $1 AND ($2::uuid IS NULL OR r.product_line_id = $2::uuid)
               AND r.starts_at <= now() AND r.expires_at > now() AND r.ended_at IS NULL`;
  }

  private async productLineName(m: EntityManager, productLineId: string): Promise<string> {
    const [row] = await m.query<{ name: string }[]>(`SELECT name FROM product_line WHERE id = $1`, [productLineId]);
    if (!row) throw notFound("productLine");
    return row.name;
  }

  private async productLineByCode(code: string): Promise<{ id: string; name: string }> {
    const [row] = await this.dataSource.query<{ id: string; name: string }[]>(
      `SELECT id, name FROM product_line WHERE code = $1`,
      [code],
    );
    if (!row) throw invalid("productLineCode", "产品线不存在", "unknown product line");
    return row;
  }
}

function noticeTypeOf(event: DomainEventKind): "DOMAIN_VERIFY_REQUEST" | "DOMAIN_VERIFIED" {
  return event === "VERIFIED" ? "DOMAIN_VERIFIED" : "DOMAIN_VERIFY_REQUEST";
}
