import type { DataSource } from "typeorm";
import { scopeCondition, type AccessScope } from "../../access/access-scope";
import { awaitingFollowUpCondition } from "../enterprise/enterprise.conditions";
import { activeRegistrationCondition, registrationEndingByCondition } from "../registration/registration.conditions";

/** The columns that tie each counted table's rows to a dealer and an owning account (as every module scopes them). */
const ENTERPRISE = { dealerColumn: "e.dealer_id", accountColumn: "e.owner_account_id" } as const;
const REGISTRATION = { dealerColumn: "r.dealer_id", accountColumn: "r.account_id" } as const;
const ORDER = { dealerColumn: "o.dealer_id", accountColumn: "o.created_by" } as const;
const REQUEST = { dealerColumn: "br.dealer_id", accountColumn: "br.submitted_by" } as const;

/** A registration holds its lock (and a quota slot) at :now. */
const ACTIVE_REGISTRATION = activeRegistrationCondition;

export interface DealerTodoRow {
  routed_not_followed_up: number;
  registrations_ending_soon: number;
  orders_pending_payment: number;
  requests_pending: number;
}

export interface FunnelRow {
  leads: number;
  registrations: number;
  orders: number;
  paid: number;
}

export interface QuotaRow {
  product_line_id: string;
  product_line_name: string;
  dealer_max: number;
  dealer_used: number;
  own_max: number | null;
  own_used: number;
}

export interface ManagedDealerRow {
  id: string;
  name: string;
  status: string;
  balance: string;
  open_registrations: number;
  pending_approvals: number;
  quotas: { productLineName: string; max: number; used: number }[] | null;
  discounts: { productLineName: string; rateBp: number }[] | null;
}

export interface DecisionRow {
  request_id: string;
  request_no: string;
  type_name: string;
  dealer_name: string;
  decision: string;
  decided_at: Date;
  decided_by_name: string | null;
}

export interface DailyAmountRow {
  day: string;
  amount: string;
}

export interface ProductLineFiguresRow {
  product_line_id: string;
  product_line_name: string;
  orders: number;
  paid_orders: number;
  revenue: string;
}

/**
 * The dashboards' numbers: set-based counts, every dealer-side count narrowed by the viewer's
 * access scope (the same rule every list uses, via access/). No rules here: the service decides
 * who gets which numbers.
 */
export class DashboardRepository {
  constructor(private readonly dataSource: DataSource) {}

  private async rows<T>(sql: string, params: Record<string, unknown>): Promise<T[]> {
    const [query, values] = this.dataSource.driver.escapeQueryWithParameters(sql, params);
    return this.dataSource.query<T[]>(query, values);
  }

  private async one<T>(sql: string, params: Record<string, unknown>): Promise<T> {
    const [row] = await this.rows<T>(sql, params);
    if (!row) throw new Error("dashboard query returned no row");
    return row;
  }

  /** 今日待办: one statement, four scoped counts (the first two as the lists' filters select them). */
  dealerTodo(scope: AccessScope, at: { now: Date; endingSoonUntil: Date }): Promise<DealerTodoRow> {
    const e = scopeCondition(scope, ENTERPRISE);
    const r = scopeCondition(scope, REGISTRATION);
    const o = scopeCondition(scope, ORDER);
    const br = scopeCondition(scope, REQUEST);
    return this.one<DealerTodoRow>(
      `SELECT
         (SELECT count(*)::int FROM enterprise e WHERE ${e.sql} AND ${awaitingFollowUpCondition("e")})
           AS routed_not_followed_up,
         (SELECT count(*)::int FROM registration r WHERE ${r.sql} AND ${registrationEndingByCondition("r")})
           AS registrations_ending_soon,
         (SELECT count(*)::int FROM sales_order o WHERE ${o.sql} AND o.status = 'PENDING_PAYMENT') AS orders_pending_payment,
         (SELECT count(*)::int FROM business_request br WHERE ${br.sql} AND br.status = 'PENDING') AS requests_pending`,
      { ...e.params, ...r.params, ...o.params, ...br.params, now: at.now, endingBy: at.endingSoonUntil },
    );
  }

  /**
   * The funnel since `since`: enterprises entered or routed (leads), registrations locked,
   * orders submitted, orders paid — each within the scope.
   */
  funnel(scope: AccessScope, since: Date): Promise<FunnelRow> {
    const e = scopeCondition(scope, ENTERPRISE);
    const r = scopeCondition(scope, REGISTRATION);
    const o = scopeCondition(scope, ORDER);
    return this.one<FunnelRow>(
      `SELECT
         (SELECT count(*)::int FROM enterprise e WHERE ${e.sql}
            AND (e.created_at >= :since OR e.routed_at >= :since)) AS leads,
         (SELECT count(*)::int FROM registration r WHERE ${r.sql} AND r.starts_at >= :since) AS registrations,
         (SELECT count(*)::int FROM sales_order o WHERE ${o.sql} AND o.created_at >= :since) AS orders,
         (SELECT count(*)::int FROM sales_order o WHERE ${o.sql} AND o.status = 'PAID' AND o.paid_at >= :since) AS paid`,
      { ...e.params, ...r.params, ...o.params, since },
    );
  }

  /** The dealer's 报备名额 per product line with the dealer's and the account's active registrations. */
  quotas(dealerId: string, accountId: string, now: Date): Promise<QuotaRow[]> {
    return this.rows<QuotaRow>(
      `SELECT dq.product_line_id, pl.name AS product_line_name, dq.max_count AS dealer_max,
              (SELECT count(*)::int FROM registration r WHERE r.dealer_id = dq.dealer_id
                 AND r.product_line_id = dq.product_line_id AND ${ACTIVE_REGISTRATION("r")}) AS dealer_used,
              aq.max_count AS own_max,
              (SELECT count(*)::int FROM registration r WHERE r.account_id = :accountId
                 AND r.product_line_id = dq.product_line_id AND ${ACTIVE_REGISTRATION("r")}) AS own_used
         FROM dealer_quota dq
         JOIN product_line pl ON pl.id = dq.product_line_id
         LEFT JOIN account_quota aq ON aq.account_id = :accountId AND aq.product_line_id = dq.product_line_id
        WHERE dq.dealer_id = :dealerId
        ORDER BY pl.sort_order, pl.name`,
      { dealerId, accountId, now },
    );
  }

  /** A channel manager's dealers, each with its quotas, discounts, balance and what waits on the manager. */
  managedDealers(managerId: string, now: Date): Promise<ManagedDealerRow[]> {
    return this.rows<ManagedDealerRow>(
      `SELECT d.id, d.name, d.status, COALESCE(b.balance, 0)::text AS balance,
              (SELECT count(*)::int FROM registration r WHERE r.dealer_id = d.id AND ${ACTIVE_REGISTRATION("r")})
                AS open_registrations,
              (SELECT count(*)::int FROM business_request br WHERE br.dealer_id = d.id AND br.status = 'PENDING'
                 AND br.chain[br.current_step] = 'CHANNEL_MANAGER') AS pending_approvals,
              (SELECT json_agg(json_build_object('productLineName', pl.name, 'max', dq.max_count, 'used',
                        (SELECT count(*) FROM registration r WHERE r.dealer_id = d.id
                           AND r.product_line_id = dq.product_line_id AND ${ACTIVE_REGISTRATION("r")}))
                      ORDER BY pl.sort_order, pl.name)
                 FROM dealer_quota dq JOIN product_line pl ON pl.id = dq.product_line_id
                WHERE dq.dealer_id = d.id) AS quotas,
              (SELECT json_agg(json_build_object('productLineName', pl.name, 'rateBp', dd.rate_bp)
                      ORDER BY pl.sort_order, pl.name)
                 FROM dealer_discount dd JOIN product_line pl ON pl.id = dd.product_line_id
                WHERE dd.dealer_id = d.id) AS discounts
         FROM dealer d LEFT JOIN dealer_balance b ON b.dealer_id = d.id
        WHERE d.channel_manager_id = :managerId
        ORDER BY d.name, d.id`,
      { managerId, now },
    );
  }

  /** Pending requests whose current step belongs to `role` (and the oldest one's submission time). */
  async approvalQueue(role: string): Promise<{ size: number; oldest: Date | null }> {
    const row = await this.one<{ size: number; oldest: Date | null }>(
      `SELECT count(*)::int AS size, min(br.created_at) AS oldest FROM business_request br
        WHERE br.status = 'PENDING' AND br.chain[br.current_step] = :role`,
      { role },
    );
    return row;
  }

  /** The latest decisions taken at `role`'s step. */
  recentDecisions(role: string, limit: number): Promise<DecisionRow[]> {
    return this.rows<DecisionRow>(
      `SELECT s.request_id, br.request_no, rt.name AS type_name, d.name AS dealer_name, s.decision, s.decided_at,
              a.real_name AS decided_by_name
         FROM request_step s
         JOIN business_request br ON br.id = s.request_id
         JOIN request_type rt ON rt.id = br.type_id
         JOIN dealer d ON d.id = br.dealer_id
         LEFT JOIN account a ON a.id = s.decided_by
        WHERE s.role = :role
        ORDER BY s.decided_at DESC, s.request_id
        LIMIT :limit`,
      { role, limit },
    );
  }

  /** Finance's month: top-ups since `monthStart`, all balances, invoice requests waiting. */
  financeTotals(monthStart: Date): Promise<{
    top_ups: string;
    top_up_count: number;
    total_balance: string;
    invoices_pending: number;
  }> {
    return this.one(
      `SELECT
         (SELECT COALESCE(sum(amount), 0)::text FROM ledger_entry WHERE kind = 'TOP_UP' AND created_at >= :monthStart)
           AS top_ups,
         (SELECT count(*)::int FROM ledger_entry WHERE kind = 'TOP_UP' AND created_at >= :monthStart) AS top_up_count,
         (SELECT COALESCE(sum(balance), 0)::text FROM dealer_balance) AS total_balance,
         (SELECT count(*)::int FROM invoice_request WHERE status = 'REQUESTED') AS invoices_pending`,
      { monthStart },
    );
  }

  /** Top-ups per Asia/Shanghai day since `since` (days without any are left out). */
  dailyTopUps(since: Date): Promise<DailyAmountRow[]> {
    return this.rows<DailyAmountRow>(
      `SELECT to_char(created_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD') AS day, sum(amount)::text AS amount
         FROM ledger_entry WHERE kind = 'TOP_UP' AND created_at >= :since
        GROUP BY 1 ORDER BY 1`,
      { since },
    );
  }

  operationsTotals(
    since: Date,
  ): Promise<{ orders_pending_confirmation: number; unrouted_leads: number; routed_leads: number }> {
    return this.one(
      `SELECT
         (SELECT count(*)::int FROM sales_order WHERE status = 'PENDING_CONFIRMATION') AS orders_pending_confirmation,
         (SELECT count(*)::int FROM lead WHERE status = 'UNROUTED') AS unrouted_leads,
         (SELECT count(*)::int FROM lead WHERE status = 'ROUTED' AND created_at >= :since) AS routed_leads`,
      { since },
    );
  }

  recentAnnouncements(limit: number): Promise<{ id: string; title: string; created_at: Date }[]> {
    return this.rows(
      `SELECT n.id, n.title, n.created_at FROM notice n WHERE n.audience = 'DEALERS'
        ORDER BY n.created_at DESC, n.id DESC LIMIT :limit`,
      { limit },
    );
  }

  platformTotals(since: Date): Promise<{
    active_dealers: number;
    disabled_dealers: number;
    active_accounts: number;
    signed_in_accounts: number;
  }> {
    return this.one(
      `SELECT
         (SELECT count(*)::int FROM dealer WHERE status = 'ACTIVE') AS active_dealers,
         (SELECT count(*)::int FROM dealer WHERE status <> 'ACTIVE') AS disabled_dealers,
         (SELECT count(*)::int FROM account WHERE kind = 'DEALER' AND status = 'ACTIVE') AS active_accounts,
         (SELECT count(*)::int FROM account WHERE kind = 'DEALER' AND status = 'ACTIVE' AND last_login_at >= :since)
           AS signed_in_accounts`,
      { since },
    );
  }

  /** Orders submitted, paid and revenue (amount due of paid orders) per product line since `since`. */
  productLineFigures(since: Date): Promise<ProductLineFiguresRow[]> {
    return this.rows<ProductLineFiguresRow>(
      `SELECT pl.id AS product_line_id, pl.name AS product_line_name,
              count(o.id) FILTER (WHERE o.created_at >= :since)::int AS orders,
              count(o.id) FILTER (WHERE o.status = 'PAID' AND o.paid_at >= :since)::int AS paid_orders,
              COALESCE(sum(o.amount_due) FILTER (WHERE o.status = 'PAID' AND o.paid_at >= :since), 0)::text AS revenue
         FROM product_line pl
         LEFT JOIN sales_order o ON o.product_line_id = pl.id AND (o.created_at >= :since OR o.paid_at >= :since)
        GROUP BY pl.id, pl.name, pl.sort_order
        ORDER BY pl.sort_order, pl.name`,
      { since },
    );
  }
}
