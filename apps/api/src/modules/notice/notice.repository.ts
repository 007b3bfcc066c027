import type { NoticeType } from "@crm/domain";
import type { EntityManager } from "typeorm";
import type { KeysetCursor } from "../../shared/pagination";
import type { Inbox } from "./notice.rules";

/** A notice row with the inbox owner's read state. */
export interface NoticeRow {
  id: string;
  type: NoticeType;
  title: string;
  body: string;
  link: string | null;
  params: Record<string, unknown> | null;
  event_count: number;
  created_at: Date;
  last_event_at: Date;
  read: boolean;
}

export interface AnnouncementRow {
  id: string;
  title: string;
  body: string;
  link: string | null;
  all_dealers: boolean;
  created_at: Date;
  published_by_name: string | null;
  dealer_ids: string[] | null;
}

/** Positional parameters for hand-written SQL. */
class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/**
 * The notices an inbox holds (alias `n`):
 * - DEALER_ADMINS (domain notices): the dealer's admins only;
 * - ACCOUNT (registration reminders): that account, and its dealer's admins;
 * - DEALERS (announcements): every account of a chosen dealer, or of all dealers.
 */
function visibleTo(inbox: Inbox, p: Params): string {
  const dealer = p.add(inbox.dealerId);
  const account = p.add(inbox.accountId);
  const admin = p.add(inbox.admin);
  return `(
    (n.audience = 'DEALER_ADMINS' AND n.dealer_id = ${dealer} AND ${admin}::boolean)
    OR (n.audience = 'ACCOUNT' AND n.dealer_id = ${dealer} AND (n.account_id = ${account} OR ${admin}::boolean))
    OR (n.audience = 'DEALERS' AND (n.all_dealers
        OR EXISTS (SELECT 1 FROM notice_dealer nd WHERE nd.notice_id = n.id AND nd.dealer_id = ${dealer})))
  )`;
}

/** Read: the account has a read row at or after the notice's latest event. */
function readBy(inbox: Inbox, p: Params): string {
  return `EXISTS (SELECT 1 FROM notice_read r
    WHERE r.notice_id = n.id AND r.account_id = ${p.add(inbox.accountId)} AND r.read_at >= n.last_event_at)`;
}

const NOTICE_COLUMNS = `n.id, n.type, n.title, n.body, n.link, n.params, n.event_count, n.created_at, n.last_event_at`;

export interface InboxQuery {
  type: NoticeType | null;
  unreadOnly: boolean;
}

/** Queries of the message center; no rules here (the inbox comes from notice.rules). */
export class NoticeRepository {
  /** One page of an inbox, newest event first, plus the total matching the filter. */
  async page(
    m: EntityManager,
    inbox: Inbox,
    query: InboxQuery,
    first: number,
    cursor: KeysetCursor | null,
  ): Promise<{ rows: NoticeRow[]; totalCount: number }> {
    const p = new Params();
    const where = [visibleTo(inbox, p)];
    if (query.type) where.push(`n.type = ${p.add(query.type)}`);
    if (query.unreadOnly) where.push(`NOT ${readBy(inbox, p)}`);
    const [{ total } = { total: 0 }] = await m.query<{ total: number }[]>(
      `SELECT count(*)::int AS total FROM notice n WHERE ${where.join(" AND ")}`,
      p.values,
    );
    if (cursor) where.push(`(n.last_event_at, n.id) < (${p.add(cursor.at)}::timestamptz, ${p.add(cursor.id)}::uuid)`);
    const read = readBy(inbox, p);
    const rows = await m.query<NoticeRow[]>(
      `SELECT ${NOTICE_COLUMNS}, ${read} AS read FROM notice n
        WHERE ${where.join(" AND ")}
        ORDER BY n.last_event_at DESC, n.id DESC
        LIMIT ${p.add(first + 1)}`,
      p.values,
    );
    return { rows, totalCount: total };
  }

  async unreadCount(m: EntityManager, inbox: Inbox): Promise<number> {
    const p = new Params();
    const [{ total } = { total: 0 }] = await m.query<{ total: number }[]>(
      `SELECT count(*)::int AS total FROM notice n WHERE ${visibleTo(inbox, p)} AND NOT ${readBy(inbox, p)}`,
      p.values,
    );
    return total;
  }

  /** The notice when the inbox holds it, else null. */
  async findVisible(m: EntityManager, inbox: Inbox, id: string): Promise<NoticeRow | null> {
    const p = new Params();
    const idParam = p.add(id);
    const [row] = await m.query<NoticeRow[]>(
      `SELECT ${NOTICE_COLUMNS}, ${readBy(inbox, p)} AS read FROM notice n
        WHERE n.id = ${idParam} AND ${visibleTo(inbox, p)}`,
      p.values,
    );
    return row ?? null;
  }

  /**
   * Marks notices of the inbox read through their current last event: one statement, so a
   * notice raised or bumped meanwhile either is read here with its new event or stays unread.
   * `id` null marks every unread one. Returns how many became read.
   */
  async markRead(m: EntityManager, inbox: Inbox, id: string | null): Promise<number> {
    const p = new Params();
    const account = p.add(inbox.accountId);
    const where = [visibleTo(inbox, p), `NOT ${readBy(inbox, p)}`];
    if (id !== null) where.push(`n.id = ${p.add(id)}`);
    const marked = await m.query<{ notice_id: string }[]>(
      `WITH marked AS (
         INSERT INTO notice_read (notice_id, account_id, read_at)
         SELECT n.id, ${account}::uuid, n.last_event_at FROM notice n WHERE ${where.join(" AND ")}
         ON CONFLICT (notice_id, account_id) DO UPDATE SET read_at = GREATEST(notice_read.read_at, EXCLUDED.read_at)
         RETURNING notice_id)
       SELECT notice_id FROM marked`,
      p.values,
    );
    return marked.length;
  }

  /** Announcements, newest first, with their chosen dealers and publisher. */
  async announcements(
    m: EntityManager,
    first: number,
    cursor: KeysetCursor | null,
  ): Promise<{ rows: AnnouncementRow[]; totalCount: number }> {
    const [{ total } = { total: 0 }] = await m.query<{ total: number }[]>(
      `SELECT count(*)::int AS total FROM notice n WHERE n.audience = 'DEALERS'`,
    );
    const p = new Params();
    const where = [`n.audience = 'DEALERS'`];
    if (cursor) where.push(`(n.created_at, n.id) < (${p.add(cursor.at)}::timestamptz, ${p.add(cursor.id)}::uuid)`);
    const rows = await m.query<AnnouncementRow[]>(
      `SELECT n.id, n.title, n.body, n.link, n.all_dealers, n.created_at, a.real_name AS published_by_name,
              (SELECT array_agg(nd.dealer_id::text ORDER BY nd.dealer_id) FROM notice_dealer nd
                WHERE nd.notice_id = n.id) AS dealer_ids
         FROM notice n LEFT JOIN account a ON a.id = n.created_by
        WHERE ${where.join(" AND ")}
        ORDER BY n.created_at DESC, n.id DESC
        LIMIT ${p.add(first + 1)}`,
      p.values,
    );
    return { rows, totalCount: total };
  }
}
