import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { FenScalar } from "../../shared/money";
import { ActiveStatus } from "../../shared/enums";
import { StepDecisionEnum, type StepDecision } from "../request/request.enums";
import { VENDOR_PANELS, type VendorPanel } from "@crm/domain";

export const FunnelStageCode = {
  LEADS: "LEADS",
  REGISTRATIONS: "REGISTRATIONS",
  ORDERS: "ORDERS",
  PAID: "PAID",
} as const;
export type FunnelStageCode = keyof typeof FunnelStageCode;
registerEnumType(FunnelStageCode, {
  name: "FunnelStageCode",
  description: "线索 → 报备 → 订单 → 已扣款",
});

export const VendorPanelEnum = Object.fromEntries(VENDOR_PANELS.map((p) => [p, p])) as { [K in VendorPanel]: K };
registerEnumType(VendorPanelEnum, { name: "VendorPanel", description: "A vendor role's panel on 首页" });

@ObjectType({ description: "One stage of the dealer funnel" })
export class FunnelStage {
  @Field(() => FunnelStageCode)
  stage!: FunnelStageCode;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: "报备名额 of one product line as 首页 shows it: the dealer's and the viewer's own" })
export class HomeQuota {
  @Field(() => ID)
  productLineId!: string;

  @Field(() => String)
  productLineName!: string;

  @Field(() => Int, { description: "The dealer's maximum" })
  dealerMax!: number;

  @Field(() => Int, { description: "Active registrations of the whole dealer (they count against its maximum)" })
  dealerUsed!: number;

  @Field(() => Int, { nullable: true, description: "The viewer's own maximum; null when not enabled for the viewer" })
  ownMax!: number | null;

  @Field(() => Int, { description: "Active registrations held by the viewer" })
  ownUsed!: number;

  @Field(() => Int, {
    description: "How many more the viewer can register now, within both maxima (0 without a maximum of its own)",
  })
  available!: number;
}

@ObjectType({
  description:
    "经销商首页: what needs action today, quotas, balance and the 90-day funnel, within the viewer's visibility",
})
export class DealerHome {
  @Field(() => Int, { description: "甩单企业 not followed up since they were routed" })
  routedNotFollowedUp!: number;

  @Field(() => Int, { description: "Active registrations ending within endingSoonDays" })
  registrationsEndingSoon!: number;

  @Field(() => Int)
  endingSoonDays!: number;

  @Field(() => Int, { description: "Orders 待扣款" })
  ordersPendingPayment!: number;

  @Field(() => Int, { description: "Business requests 审批中" })
  requestsPending!: number;

  @Field(() => Int, { description: "Unread notices of the viewer's inbox" })
  unreadNotices!: number;

  @Field(() => FenScalar, {
    nullable: true,
    description: "虚拟账户余额 in 分; null without 查看经销商财务信息",
  })
  balance!: number | null;

  @Field(() => [HomeQuota])
  quotas!: HomeQuota[];

  @Field(() => [FunnelStage], { description: "Leads → registrations → orders → paid since periodStart" })
  funnel!: FunnelStage[];

  @Field(() => Date, { description: "Start of the funnel's period (Asia/Shanghai day, 90 days including today)" })
  periodStart!: Date;
}

@ObjectType()
export class QuotaLine {
  @Field(() => String)
  productLineName!: string;

  @Field(() => Int)
  max!: number;

  @Field(() => Int)
  used!: number;
}

@ObjectType()
export class DiscountLine {
  @Field(() => String)
  productLineName!: string;

  @Field(() => Int, { description: "Settlement as a share of list, in basis points (8500 = 85%)" })
  rateBp!: number;
}

@ObjectType({ description: "One of a channel manager's dealers" })
export class ManagedDealer {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => ActiveStatus)
  status!: ActiveStatus;

  @Field(() => FenScalar)
  balance!: number;

  @Field(() => Int, { description: "Active registrations (报备锁定中)" })
  openRegistrations!: number;

  @Field(() => Int, { description: "Business requests waiting on the channel manager" })
  pendingApprovals!: number;

  @Field(() => [QuotaLine])
  quotas!: QuotaLine[];

  @Field(() => [DiscountLine])
  discounts!: DiscountLine[];
}

@ObjectType()
export class ChannelManagerPanel {
  @Field(() => [ManagedDealer])
  dealers!: ManagedDealer[];

  @Field(() => Int, { description: "Requests waiting on this channel manager, all dealers" })
  pendingApprovals!: number;
}

@ObjectType()
export class RecentDecision {
  @Field(() => ID)
  requestId!: string;

  @Field(() => String)
  requestNo!: string;

  @Field(() => String)
  typeName!: string;

  @Field(() => String)
  dealerName!: string;

  @Field(() => StepDecisionEnum)
  decision!: StepDecision;

  @Field(() => Date)
  decidedAt!: Date;

  @Field(() => String, { nullable: true })
  decidedByName!: string | null;
}

@ObjectType()
export class SalesDirectorPanel {
  @Field(() => Int, { description: "Requests whose current step is the sales director's" })
  queueSize!: number;

  @Field(() => Date, { nullable: true, description: "Submission time of the longest-waiting one" })
  oldestWaitingSince!: Date | null;

  @Field(() => [RecentDecision])
  recentDecisions!: RecentDecision[];
}

@ObjectType()
export class DailyAmount {
  @Field(() => String, { description: "Asia/Shanghai day, YYYY-MM-DD" })
  date!: string;

  @Field(() => FenScalar)
  amount!: number;
}

@ObjectType()
export class FinancePanel {
  @Field(() => Date)
  monthStart!: Date;

  @Field(() => FenScalar, { description: "充值 recorded this month" })
  topUpsThisMonth!: number;

  @Field(() => Int)
  topUpCountThisMonth!: number;

  @Field(() => [DailyAmount], { description: "Top-ups per day of this month, every day up to today" })
  dailyTopUps!: DailyAmount[];

  @Field(() => FenScalar, { description: "Sum of every dealer's balance" })
  totalBalance!: number;

  @Field(() => Int, { description: "开具发票 requests waiting (待开票)" })
  invoicesPending!: number;
}

@ObjectType()
export class AnnouncementBrief {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  title!: string;

  @Field(() => Date)
  createdAt!: Date;
}

@ObjectType()
export class OperationsPanel {
  @Field(() => Int, { description: "Orders 待确认" })
  ordersPendingConfirmation!: number;

  @Field(() => Int, { description: "Leads no routing rule could place (未分配)" })
  unroutedLeads!: number;

  @Field(() => Int, { description: "Leads routed to a dealer in the last 7 days" })
  routedLeadsLast7Days!: number;

  @Field(() => [AnnouncementBrief])
  recentAnnouncements!: AnnouncementBrief[];
}

@ObjectType()
export class ProductLineFigures {
  @Field(() => ID)
  productLineId!: string;

  @Field(() => String)
  productLineName!: string;

  @Field(() => Int, { description: "Orders submitted in the period" })
  orders!: number;

  @Field(() => Int, { description: "Orders paid in the period" })
  paidOrders!: number;

  @Field(() => FenScalar, { description: "Amount due of the orders paid in the period" })
  revenue!: number;
}

@ObjectType()
export class PlatformAdminPanel {
  @Field(() => Int)
  activeDealers!: number;

  @Field(() => Int)
  disabledDealers!: number;

  @Field(() => Int, { description: "Dealer accounts 正常" })
  activeAccounts!: number;

  @Field(() => Int, { description: "Dealer accounts that signed in within the last 30 days" })
  signedInLast30Days!: number;

  @Field(() => Date)
  periodStart!: Date;

  @Field(() => [ProductLineFigures], { description: "Orders and revenue per product line since periodStart" })
  productLines!: ProductLineFigures[];
}

@ObjectType({ description: "厂商首页: one panel per vendor role the viewer holds (null for the others)" })
export class VendorHome {
  @Field(() => [VendorPanelEnum])
  panels!: VendorPanel[];

  @Field(() => ChannelManagerPanel, { nullable: true })
  channelManager!: ChannelManagerPanel | null;

  @Field(() => SalesDirectorPanel, { nullable: true })
  salesDirector!: SalesDirectorPanel | null;

  @Field(() => FinancePanel, { nullable: true })
  finance!: FinancePanel | null;

  @Field(() => OperationsPanel, { nullable: true })
  operations!: OperationsPanel | null;

  @Field(() => PlatformAdminPanel, { nullable: true })
  platformAdmin!: PlatformAdminPanel | null;
}
