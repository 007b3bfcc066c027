import { addShanghaiMonths, allowedGiftMonths, enterpriseSearchText, quoteOrder, remainingDays } from "@crm/domain";
import { NULL, iso, textArray, utcDay, type RowSink } from "./copy";
import { ID_TAGS, IdSpace } from "./ids";
import { DomainRegistry, companyName, industryWord, tradeName } from "./names";
import type { GenDealer, Org } from "./org";
import type { Prng } from "./prng";

export const DAY = 86_400_000;
const HOUR = 3_600_000;
const LOCK_DAYS = 90;

export interface Edition {
  id: string;
  code: string;
  listPrice: number;
  isSpecial: boolean;
}

export interface ProductLine {
  id: string;
  code: string;
  editions: Edition[];
  gift: { perPaidMonths: number; maxGift: number };
}

export const COLUMNS = {
  enterprise: [
    "id",
    "dealer_id",
    "owner_account_id",
    "name",
    "main_domain",
    "region_code",
    "industry",
    "scale",
    "source",
    "product_line_id",
    "status",
    "search_text",
    "last_follow_up_at",
    "created_by_id",
    "created_at",
    "updated_at",
  ],
  enterprise_domain: ["enterprise_id", "dealer_id", "domain", "is_main"],
  service: [
    "id",
    "dealer_id",
    "enterprise_id",
    "product_line_id",
    "domain",
    "kind",
    "seats",
    "starts_at",
    "expires_at",
    "edition_id",
    "created_at",
    "updated_at",
  ],
  sales_order: [
    "id",
    "order_no",
    "dealer_id",
    "created_by",
    "enterprise_id",
    "product_line_id",
    "domain",
    "edition_id",
    "type",
    "service_id",
    "seats",
    "months",
    "gift_months",
    "trial_days",
    "list_amount",
    "settlement_amount",
    "status",
    "confirmation_reasons",
    "decided_by",
    "decided_at",
    "reject_reason",
    "paid_by",
    "paid_at",
    "closed_by",
    "closed_at",
    "priced_expires_at",
    "created_at",
    "updated_at",
  ],
  registration: [
    "id",
    "dealer_id",
    "account_id",
    "product_line_id",
    "domain",
    "enterprise_id",
    "starts_at",
    "expires_at",
    "ended_at",
    "end_reason",
    "ended_by",
    "created_at",
  ],
} as const;

export interface WorldSinks {
  enterprise: RowSink;
  enterprise_domain: RowSink;
  service: RowSink;
  sales_order: RowSink;
  registration: RowSink;
}

/** Payments of paid orders, kept compactly for the ledger (which is written in time order afterwards). */
export class Payments {
  length = 0;
  dealer = new Int32Array(1 << 16);
  account = new Int32Array(1 << 16);
  order = new Int32Array(1 << 16);
  at = new Float64Array(1 << 16);
  amount = new Float64Array(1 << 16);
  orderCreatedAt = new Float64Array(1 << 16);

  push(dealer: number, account: number, order: number, at: number, amount: number, orderCreatedAt: number): void {
    if (this.length === this.dealer.length) {
      const grow = <T extends Int32Array | Float64Array>(a: T): T => {
        const b = new (a.constructor as new (n: number) => T)(a.length * 2);
        b.set(a);
        return b;
      };
      this.dealer = grow(this.dealer);
      this.account = grow(this.account);
      this.order = grow(this.order);
      this.at = grow(this.at);
      this.amount = grow(this.amount);
      this.orderCreatedAt = grow(this.orderCreatedAt);
    }
    const i = this.length;
    this.dealer[i] = dealer;
    this.account[i] = account;
    this.order[i] = order;
    this.at[i] = at;
    this.amount[i] = amount;
    this.orderCreatedAt[i] = orderCreatedAt;
    this.length += 1;
  }
}

export interface WorldStats {
  enterprises: number;
  enterpriseDomains: number;
  services: number;
  orders: number;
  registrations: number;
  activeRegistrations: number;
  idnDomains: number;
  byStatus: Record<string, number>;
}

/** Share of paid services whose converted (ended) registration is generated: the exclusion constraint's GiST index is slow to fill. */
export const CONVERTED_REGISTRATION_SHARE = 0.1;

const STATUSES = ["POTENTIAL", "TRIAL", "PAID", "EXPIRED"] as const;
const STATUS_WEIGHTS = [0.42, 0.13, 0.35, 0.1];
/** Share of prospects holding a registration: with every trial, 30 % of enterprises hold an active lock. */
const PROSPECT_REGISTERED = (0.3 - 0.13) / 0.42;
const SCALES = ["S1_9", "S10_49", "S50_99", "S100_499", "S500_999", "S1000_PLUS"] as const;
const SCALE_WEIGHTS = [30, 32, 16, 14, 5, 3];
const SCALE_SEATS: Record<string, readonly [number, number]> = {
  S1_9: [2, 9],
  S10_49: [10, 49],
  S50_99: [40, 99],
  S100_499: [80, 499],
  S500_999: [300, 999],
  S1000_PLUS: [600, 3000],
};
const SOURCES = ["DEALER_ENTRY", "OFFICIAL_SITE", "HOTLINE", "CAMPAIGN", "PUBLIC_POOL"] as const;
const SOURCE_WEIGHTS = [55, 16, 12, 12, 5];
/** MAIL, CAMPUS_MAIL, COURT_MAIL, O365, WHOLESALE (the product's order). */
const LINE_WEIGHTS = [82, 5, 3, 6, 4];
const EXTRA_LINE_COUNT_WEIGHTS = [35, 40, 22, 3];
const RENEWAL_WEIGHTS = [45, 40, 12, 3];

function cumulative(weights: readonly number[]): Float64Array {
  const out = new Float64Array(weights.length);
  let total = 0;
  weights.forEach((w, i) => {
    total += w;
    out[i] = total;
  });
  return out;
}

function pickCumulative(cum: Float64Array, r: number): number {
  const target = r * (cum[cum.length - 1] ?? 0);
  let lo = 0;
  let hi = cum.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((cum[mid] ?? 0) > target) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

export function orderNumber(no: number, createdAt: number): string {
  return `SO${stamp(createdAt)}${String(no).padStart(6, "0")}`;
}

const stampCache = new Map<number, string>();

/** YYYYMMDD in Asia/Shanghai. */
function stamp(ms: number): string {
  const day = Math.floor((ms + 8 * HOUR) / DAY);
  let text = stampCache.get(day);
  if (text === undefined) {
    text = utcDay(day).replace(/-/g, "");
    stampCache.set(day, text);
  }
  return text;
}

/**
 * The enterprises pass: every enterprise with its domains, services, orders and registrations,
 * consistent with the product's rules (see bench/README.md "Data generator").
 */
export class WorldGenerator {
  readonly payments = new Payments();
  readonly domains: DomainRegistry;
  /** Active registrations per (account, line) and (dealer, line): the quotas are set from these. */
  readonly accountUsed: Int32Array;
  readonly dealerUsed: Int32Array;
  /** Enterprises per owner account (for the manifest). */
  readonly ownedBy: Int32Array;
  /** Trade-name usage (for search terms in the manifest). */
  readonly tradeUse: Map<number, number> = new Map();
  /** A few enterprise names and domains of the big managers' teams (for the manifest). */
  readonly samples: { name: string; domain: string; dealerIndex: number; ownerIndex: number; idn: boolean }[] = [];
  /** Prospects' domains nobody holds a registration for, one per dealer (hot domains for the contention benchmark). */
  readonly freeDomains = new Map<number, string>();
  readonly stats: WorldStats = {
    enterprises: 0,
    enterpriseDomains: 0,
    services: 0,
    orders: 0,
    registrations: 0,
    activeRegistrations: 0,
    idnDomains: 0,
    byStatus: {},
  };

  private readonly ids: Record<"enterprise" | "service" | "order" | "registration", IdSpace>;
  private readonly dealerCum: Float64Array;
  private readonly ownerCum: Float64Array[];
  private readonly statusCum = cumulative(STATUS_WEIGHTS);
  private readonly scaleCum = cumulative(SCALE_WEIGHTS);
  private readonly sourceCum = cumulative(SOURCE_WEIGHTS);
  private readonly lineCum = cumulative(LINE_WEIGHTS);
  private orderNo = 0;

  constructor(
    private readonly prng: Prng,
    seed: string,
    private readonly org: Org,
    private readonly lines: readonly ProductLine[],
    private readonly anchor: number,
    private readonly vendorOpsId: string,
  ) {
    this.domains = new DomainRegistry();
    this.ids = {
      enterprise: new IdSpace(seed, ID_TAGS.enterprise),
      service: new IdSpace(seed, ID_TAGS.service),
      order: new IdSpace(seed, ID_TAGS.order),
      registration: new IdSpace(seed, ID_TAGS.registration),
    };
    this.dealerCum = cumulative(org.dealers.map((d) => d.accountIndexes.length));
    this.ownerCum = org.dealers.map((d) => cumulative(d.ownerWeights));
    this.accountUsed = new Int32Array(org.accounts.length * lines.length);
    this.dealerUsed = new Int32Array(org.dealers.length * lines.length);
    this.ownedBy = new Int32Array(org.accounts.length);
  }

  /**
   * Generates `count` enterprises. Waits whenever a sink is full (COPY backpressure) and every
   * 500 enterprises lets I/O run, so spool files and COPY streams drain while rows are built.
   */
  async run(count: number, sinks: WorldSinks): Promise<void> {
    const all = Object.values(sinks) as RowSink[];
    for (let i = 0; i < count; i += 1) {
      this.enterprise(i, sinks);
      if (i % 500 === 499) {
        for (const sink of all) await sink.flush();
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
    }
  }

  private enterprise(i: number, s: WorldSinks): void {
    const p = this.prng;
    const anchor = this.anchor;
    const dealer = this.org.dealers[pickCumulative(this.dealerCum, p.next())] as GenDealer;
    const ownerIndex = dealer.ownerIndexes[
      pickCumulative(this.ownerCum[dealer.index] as Float64Array, p.next())
    ] as number;
    const owner = this.org.accounts[ownerIndex];
    if (!owner) throw new Error("owner missing");
    const cityAt = p.int(0, dealer.cityCodes.length - 1);
    const regionCode = dealer.cityCodes[cityAt] as string;
    const city = dealer.cityNames[cityAt] as string;
    const trade = tradeName(p);
    const industry = industryWord(p);
    const name = companyName(city, trade, industry, p);
    const idnBefore = this.domains.idnCount;
    const mainDomain = this.domains.next(p, trade, industry);
    const idn = this.domains.idnCount > idnBefore;
    const secondary = p.chance(0.08) ? this.domains.next(p, trade, industry) : null;
    const status = STATUSES[pickCumulative(this.statusCum, p.next())] ?? "POTENTIAL";
    const scale = SCALES[pickCumulative(this.scaleCum, p.next())] ?? "S1_9";
    const source = SOURCES[pickCumulative(this.sourceCum, p.next())] ?? "DEALER_ENTRY";
    const lineIndex = pickCumulative(this.lineCum, p.next());
    const line = this.lines[lineIndex] as ProductLine;
    const enterpriseId = this.ids.enterprise.id(i + 1);
    this.tradeUse.set(trade.index, (this.tradeUse.get(trade.index) ?? 0) + 1);
    this.ownedBy[ownerIndex] = (this.ownedBy[ownerIndex] ?? 0) + 1;
    this.stats.byStatus[status] = (this.stats.byStatus[status] ?? 0) + 1;
    if (idn) this.stats.idnDomains += 1;

    // First activity decides when the enterprise was entered.
    let firstActivity = anchor - p.int(0, 900) * DAY - p.int(0, 86_399) * 1000;
    let lastActivity = firstActivity;
    const ctx: Ctx = { s, dealer, ownerIndex, enterpriseId, domain: mainDomain, scale };

    if (status === "TRIAL") {
      const trialLine = line.editions.every((e) => e.isSpecial) ? (this.lines[0] as ProductLine) : line;
      const lockStart = anchor - p.int(8, 80) * DAY - p.int(0, 86_399) * 1000;
      const trialStart = anchor - p.int(0, 6) * DAY - p.int(0, 86_399) * 1000;
      this.register(ctx, trialLine, lockStart, null);
      this.trial(ctx, trialLine, trialStart);
      firstActivity = lockStart;
      lastActivity = trialStart;
    } else if (status === "PAID" || status === "EXPIRED") {
      const extra = p.weighted(EXTRA_LINE_COUNT_WEIGHTS);
      const lineIndexes = [lineIndex];
      while (lineIndexes.length < 1 + extra) {
        const k = pickCumulative(this.lineCum, p.next());
        if (!lineIndexes.includes(k)) lineIndexes.push(k);
      }
      for (const [n, k] of lineIndexes.entries()) {
        const { start, last } = this.paidService(ctx, this.lines[k] as ProductLine, status === "EXPIRED", n === 0);
        firstActivity = Math.min(firstActivity, start);
        lastActivity = Math.max(lastActivity, last);
      }
    } else if (!p.chance(PROSPECT_REGISTERED)) {
      if (!idn && !secondary && !this.freeDomains.has(dealer.index)) this.freeDomains.set(dealer.index, mainDomain);
    } else {
      const lockStart = anchor - p.int(0, 88) * DAY - p.int(0, 86_399) * 1000;
      this.register(ctx, line, lockStart, null);
      this.pendingOrder(ctx, line, lockStart);
      firstActivity = Math.min(firstActivity, lockStart);
      lastActivity = Math.max(lastActivity, lockStart);
    }

    const createdAt = firstActivity - p.int(1, 60) * DAY;
    const followUp = p.chance(0.7) ? Math.min(anchor - HOUR, lastActivity + p.int(0, 30) * DAY) : null;
    const domains = secondary ? [mainDomain, secondary] : [mainDomain];
    if (this.samples.length < 400 && (dealer.large || p.chance(0.001))) {
      this.samples.push({ name, domain: mainDomain, dealerIndex: dealer.index, ownerIndex, idn });
    }
    s.enterprise_domain.add(`${enterpriseId}\t${dealer.id}\t${mainDomain}\tt`);
    if (secondary) s.enterprise_domain.add(`${enterpriseId}\t${dealer.id}\t${secondary}\tf`);
    this.stats.enterpriseDomains += domains.length;
    this.stats.enterprises += 1;
    s.enterprise.add(
      [
        enterpriseId,
        dealer.id,
        owner.id,
        name,
        mainDomain,
        regionCode,
        industry.industry,
        scale,
        source,
        line.id,
        status,
        enterpriseSearchText(name, domains),
        iso(followUp),
        owner.id,
        iso(createdAt),
        iso(Math.max(createdAt, followUp ?? createdAt)),
      ].join("\t"),
    );
  }

  /** A registration (报备) of the owner: active (ended null) or converted at `convertedAt`. */
  private register(ctx: Ctx, line: ProductLine, startsAt: number, convertedAt: number | null): void {
    const owner = this.org.accounts[ctx.ownerIndex];
    if (!owner) return;
    const lineIndex = this.lines.indexOf(line);
    this.stats.registrations += 1;
    if (convertedAt === null) {
      this.stats.activeRegistrations += 1;
      const ak = ctx.ownerIndex * this.lines.length + lineIndex;
      const dk = ctx.dealer.index * this.lines.length + lineIndex;
      this.accountUsed[ak] = (this.accountUsed[ak] ?? 0) + 1;
      this.dealerUsed[dk] = (this.dealerUsed[dk] ?? 0) + 1;
    }
    ctx.s.registration.add(
      [
        this.ids.registration.id(this.stats.registrations),
        ctx.dealer.id,
        owner.id,
        line.id,
        ctx.domain,
        ctx.enterpriseId,
        iso(startsAt),
        iso(startsAt + LOCK_DAYS * DAY),
        convertedAt === null ? NULL : iso(convertedAt),
        convertedAt === null ? NULL : "CONVERTED",
        convertedAt === null ? NULL : owner.id,
        iso(startsAt),
      ].join("\t"),
    );
  }

  private edition(line: ProductLine): Edition {
    const p = this.prng;
    const editions = line.editions;
    return (p.chance(0.6) ? editions[0] : p.pick(editions)) as Edition;
  }

  private seats(scale: string): number {
    const [lo, hi] = SCALE_SEATS[scale] ?? [1, 10];
    return this.prng.int(lo, hi);
  }

  /** A trial (试用) that is still running, on a line whose registration the owner holds. */
  private trial(ctx: Ctx, line: ProductLine, start: number): void {
    const p = this.prng;
    const edition = this.edition(line);
    const seats = this.seats(ctx.scale);
    const serviceNo = (this.stats.services += 1);
    const serviceId = this.ids.service.id(serviceNo);
    const extend = start + 5 * DAY < this.anchor && p.chance(0.2);
    let expires = start + 7 * DAY;
    this.order(ctx, {
      line,
      edition,
      type: "TRIAL",
      serviceId,
      seats,
      trialDays: 7,
      createdAt: start - p.int(5, 600) * 1000,
      paidAt: start,
    });
    if (extend) {
      const at = start + 5 * DAY + p.int(0, 86_399) * 1000;
      this.order(ctx, {
        line,
        edition,
        type: "TRIAL_EXTEND",
        serviceId,
        seats,
        trialDays: 7,
        createdAt: at - 600_000,
        paidAt: at,
      });
      expires += 7 * DAY;
    }
    ctx.s.service.add(
      [
        serviceId,
        ctx.dealer.id,
        ctx.enterpriseId,
        line.id,
        ctx.domain,
        "TRIAL",
        seats,
        iso(start),
        iso(expires),
        edition.id,
        iso(start),
        iso(start),
      ].join("\t"),
    );
  }

  /** A paid service with its history: (trial →) new order, renewals, maybe an expansion; every payment in the ledger. */
  private paidService(
    ctx: Ctx,
    line: ProductLine,
    expired: boolean,
    primary: boolean,
  ): { start: number; last: number } {
    const p = this.prng;
    const anchor = this.anchor;
    const edition = this.edition(line);
    let seats = this.seats(ctx.scale);
    const firstMonths = p.pick([12, 12, 12, 24, 36]);
    const gift = p.chance(0.5)
      ? allowedGiftMonths(firstMonths, { perPaidMonths: line.gift.perPaidMonths, maxGift: line.gift.maxGift })
      : 0;
    const renewals = p.weighted(RENEWAL_WEIGHTS);
    const totalMonths = firstMonths + gift + 12 * renewals;
    const targetExpiry = expired ? anchor - p.int(3, 25) * DAY : anchor + p.int(12, 360) * DAY;
    const start = targetExpiry - Math.round(totalMonths * 30.44 * DAY) + p.int(0, 86_399) * 1000;
    const serviceNo = (this.stats.services += 1);
    const serviceId = this.ids.service.id(serviceNo);
    const fromTrial = primary && p.chance(0.3) && !edition.isSpecial;

    const lockStart = start - (fromTrial ? 7 * DAY : 0) - p.int(1, 75) * DAY;
    // The converted registration of a paid service is history; a share of it is kept (see README).
    if (p.chance(CONVERTED_REGISTRATION_SHARE)) this.register(ctx, line, lockStart, start);
    if (fromTrial) {
      const trialAt = start - 7 * DAY;
      this.order(ctx, {
        line,
        edition,
        type: "TRIAL",
        serviceId,
        seats,
        trialDays: 7,
        createdAt: trialAt - 300_000,
        paidAt: trialAt,
      });
    }
    this.order(ctx, {
      line,
      edition,
      type: fromTrial ? "TRIAL_CONVERT" : "NEW",
      serviceId,
      seats,
      months: firstMonths,
      giftMonths: gift,
      createdAt: start - p.int(1, 72) * HOUR,
      paidAt: start,
      pay: true,
    });
    let expires = addShanghaiMonths(new Date(start), firstMonths + gift).getTime();
    let last = start;
    for (let r = 0; r < renewals; r += 1) {
      const paidAt = expires - p.int(1, 20) * DAY - p.int(0, 86_399) * 1000;
      this.order(ctx, {
        line,
        edition,
        type: "RENEWAL",
        serviceId,
        seats,
        months: 12,
        createdAt: paidAt - p.int(1, 48) * HOUR,
        paidAt,
        pay: true,
      });
      expires = addShanghaiMonths(new Date(expires), 12).getTime();
      last = paidAt;
    }
    if (p.chance(0.08)) {
      const paidAt = last + Math.floor((Math.min(expires, anchor) - last) * p.next() * 0.9) + 60_000;
      if (paidAt < Math.min(expires, anchor)) {
        const added = Math.max(1, Math.round((seats * p.int(5, 30)) / 100));
        this.order(ctx, {
          line,
          edition,
          type: "EXPANSION",
          serviceId,
          seats: added,
          createdAt: paidAt - p.int(1, 24) * HOUR,
          paidAt,
          pay: true,
          remainingDays: remainingDays(new Date(paidAt), new Date(expires)),
          pricedExpiresAt: expires,
        });
        seats += added;
        last = paidAt;
      }
    }
    ctx.s.service.add(
      [
        serviceId,
        ctx.dealer.id,
        ctx.enterpriseId,
        line.id,
        ctx.domain,
        "PAID",
        seats,
        iso(start),
        iso(expires),
        edition.id,
        iso(start),
        iso(last),
      ].join("\t"),
    );
    return { start: lockStart, last };
  }

  /** A prospect's open or abandoned order: 待扣款, 待确认, closed or rejected. */
  private pendingOrder(ctx: Ctx, line: ProductLine, lockStart: number): void {
    const p = this.prng;
    const r = p.next();
    if (r >= 0.33) return;
    const edition = this.edition(line);
    const seats = this.seats(ctx.scale);
    const createdAt = lockStart + Math.floor((this.anchor - lockStart) * p.next() * 0.9) + 60_000;
    const base = { line, edition, type: "NEW" as const, serviceId: null, seats, months: 12, createdAt };
    const confirm = edition.isSpecial;
    if (r < 0.2) this.order(ctx, { ...base, status: confirm ? "PENDING_CONFIRMATION" : "PENDING_PAYMENT" });
    else if (r < 0.25)
      this.order(ctx, { ...base, status: "PENDING_CONFIRMATION", giftMonths: confirm ? 0 : 6, confirmed: false });
    else if (r < 0.31) this.order(ctx, { ...base, status: "CLOSED", closedAt: createdAt + p.int(1, 72) * HOUR });
    else this.order(ctx, { ...base, status: "REJECTED", giftMonths: 6, rejectedAt: createdAt + p.int(1, 48) * HOUR });
  }

  private order(ctx: Ctx, o: OrderSpec): void {
    const p = this.prng;
    const owner = this.org.accounts[ctx.ownerIndex];
    if (!owner) return;
    const no = (this.orderNo += 1);
    const orderId = this.ids.order.id(no);
    const orderNo = orderNumber(no, o.createdAt);
    const months = o.months ?? 0;
    const giftMonths = o.giftMonths ?? 0;
    const quote = quoteOrder({
      type: o.type,
      listPrice: o.edition.listPrice,
      rateBp: ctx.dealer.rateBp,
      seats: o.seats,
      months,
      remainingDays: o.remainingDays,
    });
    const allowed = allowedGiftMonths(months, {
      perPaidMonths: o.line.gift.perPaidMonths,
      maxGift: o.line.gift.maxGift,
    });
    const reasons: string[] = [];
    if (o.edition.isSpecial && (o.type === "NEW" || o.type === "TRIAL" || o.type === "TRIAL_CONVERT"))
      reasons.push("SPECIAL_EDITION");
    if (giftMonths > allowed) reasons.push("GIFT_EXCEEDS_RULE");
    const status = o.status ?? "PAID";
    const needsDecision = reasons.length > 0 && (status !== "PENDING_CONFIRMATION" || o.confirmed !== false);
    const decidedAt = needsDecision ? (o.rejectedAt ?? o.createdAt + p.int(10, 600) * 60_000) : null;
    const paidAt = status === "PAID" ? (o.paidAt ?? o.createdAt) : null;
    const closedAt = status === "CLOSED" ? (o.closedAt ?? o.createdAt) : null;
    const updatedAt = Math.max(o.createdAt, paidAt ?? 0, closedAt ?? 0, decidedAt ?? 0);
    if (status === "PAID" && o.pay && quote.settlementAmount > 0) {
      this.payments.push(
        ctx.dealer.index,
        ctx.ownerIndex,
        no,
        paidAt ?? o.createdAt,
        quote.settlementAmount,
        o.createdAt,
      );
    }
    this.stats.orders += 1;
    ctx.s.sales_order.add(
      [
        orderId,
        orderNo,
        ctx.dealer.id,
        owner.id,
        ctx.enterpriseId,
        o.line.id,
        ctx.domain,
        o.edition.id,
        o.type,
        o.serviceId ?? NULL,
        o.seats,
        months,
        giftMonths,
        o.trialDays ?? 0,
        quote.listAmount,
        quote.settlementAmount,
        status,
        textArray(status === "PENDING_CONFIRMATION" || needsDecision ? reasons : []),
        needsDecision ? this.vendorOpsId : NULL,
        iso(decidedAt),
        status === "REJECTED" ? "赠送时长超出规则，请调整后重新提交" : NULL,
        paidAt === null ? NULL : owner.id,
        iso(paidAt),
        closedAt === null ? NULL : owner.id,
        iso(closedAt),
        o.pricedExpiresAt === undefined ? NULL : iso(o.pricedExpiresAt),
        iso(o.createdAt),
        iso(updatedAt),
      ].join("\t"),
    );
  }

  get orderCount(): number {
    return this.orderNo;
  }
}

interface Ctx {
  s: WorldSinks;
  dealer: GenDealer;
  ownerIndex: number;
  enterpriseId: string;
  domain: string;
  scale: string;
}

interface OrderSpec {
  line: ProductLine;
  edition: Edition;
  type: "TRIAL" | "NEW" | "EXPANSION" | "RENEWAL" | "TRIAL_CONVERT" | "TRIAL_EXTEND";
  serviceId: string | null;
  seats: number;
  months?: number;
  giftMonths?: number;
  trialDays?: number;
  createdAt: number;
  paidAt?: number;
  pay?: boolean;
  status?: "PENDING_CONFIRMATION" | "PENDING_PAYMENT" | "PAID" | "CLOSED" | "REJECTED";
  confirmed?: boolean;
  closedAt?: number;
  rejectedAt?: number;
  remainingDays?: number;
  pricedExpiresAt?: number;
}
