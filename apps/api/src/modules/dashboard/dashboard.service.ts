import {
  dashboardWindows,
  quotaAvailable,
  REGISTRATION_ENDING_SOON_DAYS,
  shanghaiDate,
  shanghaiDaysEnding,
  vendorPanelsFor,
} from "@crm/domain";
import type { DataSource } from "typeorm";
import type { AccessScope } from "../../access/access-scope";
import type { Viewer } from "../../access/viewer";
import type { Clock } from "../../shared/clock";
import { DomainError } from "../../shared/domain-error";
import { fenColumn } from "../../shared/money";
import { financeScopeOf } from "../ledger/finance-access";
import type { LedgerService } from "../ledger/ledger.service";
import type { NoticeService } from "../notice/notice.service";
import type { StepDecision } from "../request/request.enums";
import { DashboardRepository, type QuotaRow } from "./dashboard.repository";
import type {
  ChannelManagerPanel,
  DealerHome,
  FinancePanel,
  HomeQuota,
  OperationsPanel,
  PlatformAdminPanel,
  SalesDirectorPanel,
  VendorHome,
} from "./dashboard.types";

const DAY_MS = 86_400_000;
const RECENT_DECISIONS = 8;
const RECENT_ANNOUNCEMENTS = 5;

function fen(value: string): number {
  return fenColumn.from(value) as number;
}

/**
 * 首页 (SPEC §2, §8, §11): the dealer home and the vendor role panels. Every dealer-side number
 * counts only rows in the viewer's access scope (peers their own, superiors their subordinates',
 * admins/assistants the whole dealer); the balance only with 查看经销商财务信息; a channel
 * manager only its own dealers.
 */
export class DashboardService {
  private readonly repository: DashboardRepository;

  constructor(
    dataSource: DataSource,
    private readonly deps: { notices: NoticeService; ledger: LedgerService },
    private readonly clock: Clock,
  ) {
    this.repository = new DashboardRepository(dataSource);
  }

  async dealerHome(viewer: Viewer, scope: AccessScope): Promise<DealerHome> {
    const dealerId = viewer.account.dealerId;
    if (viewer.account.kind !== "DEALER" || !dealerId || scope.kind !== "dealer") throw new DomainError("FORBIDDEN");
    const w = dashboardWindows(this.clock());
    const finance = financeScopeOf(viewer);
    const [todo, funnel, quotas, unreadNotices, balance] = await Promise.all([
      this.repository.dealerTodo(scope, w),
      this.repository.funnel(scope, w.periodStart),
      this.repository.quotas(dealerId, viewer.account.id, w.now),
      this.deps.notices.unreadCount(viewer),
      finance.kind === "dealer" && finance.dealerId === dealerId ? this.deps.ledger.balance(dealerId) : null,
    ]);
    return {
      routedNotFollowedUp: todo.routed_not_followed_up,
      registrationsEndingSoon: todo.registrations_ending_soon,
      endingSoonDays: REGISTRATION_ENDING_SOON_DAYS,
      ordersPendingPayment: todo.orders_pending_payment,
      requestsPending: todo.requests_pending,
      unreadNotices,
      balance,
      quotas: quotas.map((q) => homeQuota(q)),
      funnel: [
        { stage: "LEADS", count: funnel.leads },
        { stage: "REGISTRATIONS", count: funnel.registrations },
        { stage: "ORDERS", count: funnel.orders },
        { stage: "PAID", count: funnel.paid },
      ],
      periodStart: w.periodStart,
    };
  }

  async vendorHome(viewer: Viewer): Promise<VendorHome> {
    if (viewer.account.kind !== "VENDOR") throw new DomainError("FORBIDDEN");
    const panels = vendorPanelsFor(viewer.vendorRoles);
    const has = (panel: (typeof panels)[number]) => panels.includes(panel);
    const now = this.clock();
    const [channelManager, salesDirector, finance, operations, platformAdmin] = await Promise.all([
      has("CHANNEL_MANAGER") ? this.channelManager(viewer.account.id, now) : null,
      has("SALES_DIRECTOR") ? this.salesDirector() : null,
      has("FINANCE") ? this.finance(now) : null,
      has("OPERATIONS") ? this.operations(now) : null,
      has("PLATFORM_ADMIN") ? this.platformAdmin(now) : null,
    ]);
    return { panels, channelManager, salesDirector, finance, operations, platformAdmin };
  }

  private async channelManager(managerId: string, now: Date): Promise<ChannelManagerPanel> {
    const rows = await this.repository.managedDealers(managerId, now);
    const dealers = rows.map((row) => ({
      id: row.id,
      name: row.name,
      status: row.status === "ACTIVE" ? ("ACTIVE" as const) : ("DISABLED" as const),
      balance: fen(row.balance),
      openRegistrations: row.open_registrations,
      pendingApprovals: row.pending_approvals,
      quotas: row.quotas ?? [],
      discounts: row.discounts ?? [],
    }));
    return { dealers, pendingApprovals: dealers.reduce((sum, d) => sum + d.pendingApprovals, 0) };
  }

  private async salesDirector(): Promise<SalesDirectorPanel> {
    const [queue, decisions] = await Promise.all([
      this.repository.approvalQueue("SALES_DIRECTOR"),
      this.repository.recentDecisions("SALES_DIRECTOR", RECENT_DECISIONS),
    ]);
    return {
      queueSize: queue.size,
      oldestWaitingSince: queue.oldest,
      recentDecisions: decisions.map((d) => ({
        requestId: d.request_id,
        requestNo: d.request_no,
        typeName: d.type_name,
        dealerName: d.dealer_name,
        decision: d.decision as StepDecision,
        decidedAt: d.decided_at,
        decidedByName: d.decided_by_name,
      })),
    };
  }

  private async finance(now: Date): Promise<FinancePanel> {
    const { monthStart } = dashboardWindows(now);
    const [totals, daily] = await Promise.all([
      this.repository.financeTotals(monthStart),
      this.repository.dailyTopUps(monthStart),
    ]);
    const byDay = new Map(daily.map((d) => [d.day, fen(d.amount)]));
    const days = Math.round((Date.parse(`${shanghaiDate(now)}T00:00:00+08:00`) - monthStart.getTime()) / DAY_MS) + 1;
    return {
      monthStart,
      topUpsThisMonth: fen(totals.top_ups),
      topUpCountThisMonth: totals.top_up_count,
      dailyTopUps: shanghaiDaysEnding(now, days).map(({ date }) => ({ date, amount: byDay.get(date) ?? 0 })),
      totalBalance: fen(totals.total_balance),
      invoicesPending: totals.invoices_pending,
    };
  }

  private async operations(now: Date): Promise<OperationsPanel> {
    const [totals, announcements] = await Promise.all([
      this.repository.operationsTotals(new Date(now.getTime() - 7 * DAY_MS)),
      this.repository.recentAnnouncements(RECENT_ANNOUNCEMENTS),
    ]);
    return {
      ordersPendingConfirmation: totals.orders_pending_confirmation,
      unroutedLeads: totals.unrouted_leads,
      routedLeadsLast7Days: totals.routed_leads,
      recentAnnouncements: announcements.map((a) => ({ id: a.id, title: a.title, createdAt: a.created_at })),
    };
  }

  private async platformAdmin(now: Date): Promise<PlatformAdminPanel> {
    const { periodStart } = dashboardWindows(now);
    const [totals, lines] = await Promise.all([
      this.repository.platformTotals(new Date(now.getTime() - 30 * DAY_MS)),
      this.repository.productLineFigures(periodStart),
    ]);
    return {
      activeDealers: totals.active_dealers,
      disabledDealers: totals.disabled_dealers,
      activeAccounts: totals.active_accounts,
      signedInLast30Days: totals.signed_in_accounts,
      periodStart,
      productLines: lines.map((l) => ({
        productLineId: l.product_line_id,
        productLineName: l.product_line_name,
        orders: l.orders,
        paidOrders: l.paid_orders,
        revenue: fen(l.revenue),
      })),
    };
  }
}

/**
 * The viewer's line: what the viewer can still register, within both maxima. Every account,
 * admins included, registers against a maximum of its own: without one (未开通) that is 0.
 */
function homeQuota(q: QuotaRow): HomeQuota {
  const usage = { dealerMax: q.dealer_max, dealerUsed: q.dealer_used, accountMax: q.own_max, accountUsed: q.own_used };
  const available = quotaAvailable(usage);
  return {
    productLineId: q.product_line_id,
    productLineName: q.product_line_name,
    dealerMax: q.dealer_max,
    dealerUsed: q.dealer_used,
    ownMax: q.own_max,
    ownUsed: q.own_used,
    available,
  };
}
