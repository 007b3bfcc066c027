import { likePattern } from "../../shared/like-pattern";
import { randomUUID } from "node:crypto";
import { buildRoutingTrace, type RoutingTrace } from "@crm/domain";
import { Brackets, type DataSource, type EntityManager } from "typeorm";
import { applyScope, type AccessScope } from "../../access/access-scope";
import type { Viewer } from "../../access/viewer";
import { invalid, notFound } from "../../shared/domain-error";
import { decodeCursor, toConnection, type Connection } from "../../shared/pagination";
import type { AuditService } from "../audit/audit.service";
import { DealerEntity } from "../dealer/dealer.entity";
import { EnterpriseEntity } from "../enterprise/enterprise.entity";
import { decideRouting, type RoutingDecision } from "../routing/routing-engine";
import { RoutingRuleEntity } from "../routing/routing-rule.entity";
import { invalidValues } from "../routing/routing.errors";
import type { RoutingDryRunInput } from "../routing/dto/routing-dry-run.input";
import type { LeadFilter } from "./dto/lead-filter.input";
import {
  checkDomain,
  checkProductLine,
  checkRegionCode,
  prepareLead,
  productLineNames,
  type LeadIntake,
  type PreparedLead,
} from "./lead-input";
import { LeadEntity } from "./lead.entity";
import { retryOnConflict } from "./retry-on-conflict";
import type { RoutingDryRunResult } from "./routing-result.types";
import {
  addLeadContact,
  attachLeadToEnterprise,
  createRoutedEnterprise,
  findDealerEnterpriseByDomain,
  lockDealerDomain,
} from "./routed-enterprise";

/** Most leads one batch intake accepts. */
export const MAX_LEAD_BATCH = 500;

interface Placement {
  status: "ROUTED" | "UNROUTED";
  dealerId: string | null;
  enterpriseId: string | null;
  ruleId: string | null;
  attachedToExisting: boolean;
  trace: RoutingTrace;
}

function auditAfter(lead: LeadEntity, placement: Placement): Record<string, unknown> {
  return {
    status: lead.status,
    source: lead.source,
    companyName: lead.companyName,
    domain: lead.domain,
    regionCode: lead.regionCode,
    productLineId: lead.productLineId,
    dealerId: lead.dealerId,
    enterpriseId: lead.enterpriseId,
    ruleId: lead.ruleId,
    attachedToExisting: placement.attachedToExisting,
  };
}

/**
 * Lead intake (线索录入) and routing (甩单). Every lead is stored with its full routing trace;
 * a routed lead creates an enterprise for the chosen dealer, or joins the one that dealer
 * already holds for the domain. An unrouted lead is stored too, for operations to handle.
 *
 * Transactions: one lead is one transaction. A batch is ONE transaction as well: every row is
 * checked first (the first bad row's coded error names its index, and nothing is written),
 * then the leads are routed in order — all of them land, or none. A rule's row lock is held
 * until the batch commits, so concurrent intake through that rule waits for it (a 500-lead
 * batch takes a moment) and the round-robin sequence stays exact.
 */
export class LeadService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** 线索录入 by vendor operations: one lead, its own transaction. */
  intake(viewer: Viewer, input: LeadIntake): Promise<LeadEntity> {
    return retryOnConflict(() => this.dataSource.transaction((m) => this.intakeLead(m, input, viewer)));
  }

  /** Up to 500 leads, routed in order, all or nothing. */
  async intakeBatch(viewer: Viewer, inputs: LeadIntake[]): Promise<LeadEntity[]> {
    if (inputs.length === 0 || inputs.length > MAX_LEAD_BATCH) {
      throw invalid("inputs", `一次可录入 1–${MAX_LEAD_BATCH} 条线索`, `enter 1–${MAX_LEAD_BATCH} leads at a time`);
    }
    return retryOnConflict(() =>
      this.dataSource.transaction(async (m) => {
        const names = await productLineNames(m);
        const prepared = inputs.map((input, index) => prepareLead(input, names, index));
        const leads: LeadEntity[] = [];
        for (const lead of prepared) leads.push(await this.insertRouted(m, lead, viewer, names));
        return leads;
      }),
    );
  }

  /**
   * The internal intake every path uses (campaign sign-ups call it with their own transaction
   * manager and `source: "CAMPAIGN"`, usually with `assignToDealerId`). Runs only on `m`.
   * The caller owns the transaction, so retrying a deadlock is the caller's choice.
   */
  async intakeLead(m: EntityManager, input: LeadIntake, viewer: Viewer | null): Promise<LeadEntity> {
    const names = await productLineNames(m);
    return this.insertRouted(m, prepareLead(input, names, null), viewer, names);
  }

  /** Routes an UNROUTED lead again (e.g. after operations added a rule). */
  reroute(viewer: Viewer, id: string): Promise<LeadEntity> {
    return retryOnConflict(() =>
      this.dataSource.transaction(async (m) => {
        const lead = await m.findOne(LeadEntity, { where: { id }, lock: { mode: "pessimistic_write" } });
        if (!lead) throw notFound("lead");
        if (lead.status !== "UNROUTED") {
          throw invalid("id", "只有未分配的线索可以重新分配", "only an unrouted lead can be routed again");
        }
        const names = await productLineNames(m);
        const placement = await this.place(m, lead.id, this.preparedFrom(lead), viewer, names);
        const before = { status: lead.status, ruleId: lead.ruleId };
        lead.status = placement.status;
        lead.dealerId = placement.dealerId;
        lead.enterpriseId = placement.enterpriseId;
        lead.ruleId = placement.ruleId;
        lead.trace = { ...placement.trace, previous: lead.trace };
        await m.save(LeadEntity, lead);
        await this.audit.record(m, viewer, {
          dealerId: lead.dealerId,
          action: "lead.reroute",
          entityType: "lead",
          entityId: id,
          before,
          after: auditAfter(lead, placement),
        });
        return lead;
      }),
    );
  }

  /** Where a hypothetical lead would go now, computed from the current state without writing. */
  async dryRun(input: RoutingDryRunInput): Promise<RoutingDryRunResult> {
    return this.dataSource.transaction("REPEATABLE READ", async (m) => {
      const names = await productLineNames(m);
      const regionCode = checkRegionCode(input.regionCode);
      const productLineId = checkProductLine(input.productLineId, names);
      const domain = input.domain?.trim() ? checkDomain(input.domain) : null;
      const decision = await decideRouting(m, { source: input.source, regionCode, productLineId }, "dry-run");
      const existing =
        decision.dealerId && domain ? await findDealerEnterpriseByDomain(m, decision.dealerId, domain) : null;
      const trace = buildRoutingTrace({
        at: new Date(),
        dryRun: true,
        leadId: null,
        lead: { source: input.source, regionCode, productLineId, domain },
        steps: decision.steps,
        round: decision.round,
        direct: null,
        enterprise:
          decision.dealerId && domain ? { id: existing, attachedToExisting: existing !== null, domain } : null,
        names: { productLine: (id) => names.get(id) },
      });
      return {
        outcome: trace.outcome,
        rule: decision.ruleId ? await m.findOneBy(RoutingRuleEntity, { id: decision.ruleId }) : null,
        dealer: decision.dealerId ? await m.findOneBy(DealerEntity, { id: decision.dealerId }) : null,
        existingEnterpriseId: existing,
        trace: { ...trace },
        traceLines: trace.lines,
      };
    });
  }

  /**
   * 线索列表. Vendor staff: every lead, filtered by status/source/dealer/date. Dealer users:
   * leads routed to their dealer — admins and assistants all of them, other accounts those
   * whose enterprise is owned within their 隶属 subtree (a routed enterprise has no owner until
   * an admin assigns it, so new leads show to whole-dealer viewers first).
   */
  async list(
    scope: AccessScope,
    filter: LeadFilter,
    first: number,
    after?: string | null,
  ): Promise<Connection<LeadEntity>> {
    const qb = this.scoped(scope);
    if (scope.kind === "vendor") {
      if (filter.dealerId) qb.andWhere("l.dealer_id = :dealerId", { dealerId: filter.dealerId });
    } else if (filter.dealerId && scope.kind === "dealer" && filter.dealerId !== scope.dealerId) {
      qb.andWhere("false");
    }
    if (filter.status) qb.andWhere("l.status = :status", { status: filter.status });
    if (filter.source) qb.andWhere("l.source = :source", { source: filter.source });
    if (filter.from) qb.andWhere("l.created_at >= :from", { from: filter.from });
    if (filter.to) qb.andWhere("l.created_at < :to", { to: filter.to });
    if (filter.text?.trim()) {
      const like = likePattern(filter.text);
      qb.andWhere(new Brackets((w) => w.where("l.company_name ILIKE :like", { like }).orWhere("l.domain ILIKE :like")));
    }
    const totalCount = await qb.clone().getCount();
    const cursor = decodeCursor(after);
    if (cursor) qb.andWhere("(l.created_at, l.id) < (:cAt, :cId)", { cAt: cursor.at, cId: cursor.id });
    const rows = await qb
      .orderBy("l.created_at", "DESC")
      .addOrderBy("l.id", "DESC")
      .take(first + 1)
      .getMany();
    return toConnection(rows, first, totalCount, (row) => ({ at: row.createdAt, id: row.id }));
  }

  /** One lead the viewer may see; NOT_FOUND otherwise. */
  async get(scope: AccessScope, id: string): Promise<LeadEntity> {
    const lead = await this.scoped(scope).andWhere("l.id = :id", { id }).getOne();
    if (!lead) throw notFound("lead");
    return lead;
  }

  private scoped(scope: AccessScope) {
    const qb = this.dataSource
      .getRepository(LeadEntity)
      .createQueryBuilder("l")
      .leftJoin(EnterpriseEntity, "e", "e.id = l.enterprise_id");
    applyScope(qb, scope, { dealerColumn: "l.dealer_id", accountColumn: "e.owner_account_id" });
    return qb;
  }

  private async insertRouted(
    m: EntityManager,
    prepared: PreparedLead,
    viewer: Viewer | null,
    names: ReadonlyMap<string, string>,
  ): Promise<LeadEntity> {
    const id = randomUUID();
    const placement = await this.place(m, id, prepared, viewer, names);
    const lead = m.create(LeadEntity, {
      id,
      dealerId: placement.dealerId,
      enterpriseId: placement.enterpriseId,
      source: prepared.source,
      status: placement.status,
      companyName: prepared.companyName,
      domain: prepared.domain,
      contactName: prepared.contactName,
      contactMobile: prepared.contactMobile,
      contactEmail: prepared.contactEmail,
      regionCode: prepared.regionCode,
      productLineId: prepared.productLineId,
      scale: prepared.scale,
      industry: prepared.industry,
      remark: prepared.remark,
      campaignId: prepared.campaignId,
      channelCode: prepared.channelCode,
      ruleId: placement.ruleId,
      trace: { ...placement.trace },
      createdById: viewer?.account.id ?? null,
      createdAt: new Date(placement.trace.at),
    });
    await m.save(LeadEntity, lead);
    await this.audit.record(m, viewer, {
      dealerId: lead.dealerId,
      action: "lead.intake",
      entityType: "lead",
      entityId: id,
      after: auditAfter(lead, placement),
    });
    return lead;
  }

  /** Decides the dealer, then creates or joins the dealer's enterprise for the domain. */
  private async place(
    m: EntityManager,
    leadId: string,
    lead: PreparedLead,
    viewer: Viewer | null,
    names: ReadonlyMap<string, string>,
  ): Promise<Placement> {
    const now = new Date();
    let decision: RoutingDecision;
    let direct: { dealerId: string; dealerName: string } | null = null;
    if (lead.assignToDealerId) {
      const dealer = await m.findOneBy(DealerEntity, { id: lead.assignToDealerId });
      if (!dealer) throw invalidValues("assignToDealerId", {}, "经销商不存在", "the dealer does not exist");
      direct = { dealerId: dealer.id, dealerName: dealer.name };
      decision = { steps: [], round: null, ruleId: null, dealerId: dealer.id, dealerName: dealer.name };
    } else {
      decision = await decideRouting(
        m,
        { source: lead.source, regionCode: lead.regionCode, productLineId: lead.productLineId },
        "commit",
      );
    }

    let enterprise: { id: string; attachedToExisting: boolean; domain: string } | null = null;
    if (decision.dealerId) {
      await lockDealerDomain(m, decision.dealerId, lead.domain);
      const existing = await findDealerEnterpriseByDomain(m, decision.dealerId, lead.domain);
      enterprise = { id: existing ?? randomUUID(), attachedToExisting: existing !== null, domain: lead.domain };
    }
    const trace = buildRoutingTrace({
      at: now,
      dryRun: false,
      leadId,
      lead: {
        source: lead.source,
        regionCode: lead.regionCode,
        productLineId: lead.productLineId,
        domain: lead.domain,
      },
      steps: decision.steps,
      round: decision.round,
      direct,
      enterprise,
      names: { productLine: (id) => names.get(id) },
    });

    if (decision.dealerId && enterprise) {
      if (enterprise.attachedToExisting) {
        await attachLeadToEnterprise(m, {
          enterpriseId: enterprise.id,
          routedAt: now,
          routingRuleId: decision.ruleId,
          routingTrace: trace.dealerView,
        });
      } else {
        await createRoutedEnterprise(m, {
          id: enterprise.id,
          dealerId: decision.dealerId,
          name: lead.companyName,
          domain: lead.domain,
          regionCode: lead.regionCode,
          productLineId: lead.productLineId,
          source: lead.source,
          scale: lead.scale,
          industry: lead.industry,
          notes: lead.remark,
          routedAt: now,
          routingRuleId: decision.ruleId,
          routingTrace: trace.dealerView,
          createdById: viewer?.account.id ?? null,
        });
      }
      if (lead.contactName) {
        await addLeadContact(m, {
          enterpriseId: enterprise.id,
          dealerId: decision.dealerId,
          name: lead.contactName,
          mobile: lead.contactMobile,
          email: lead.contactEmail,
        });
      }
    }
    return {
      status: decision.dealerId ? "ROUTED" : "UNROUTED",
      dealerId: decision.dealerId,
      enterpriseId: enterprise?.id ?? null,
      ruleId: decision.ruleId,
      attachedToExisting: enterprise?.attachedToExisting ?? false,
      trace,
    };
  }

  private preparedFrom(lead: LeadEntity): PreparedLead {
    return {
      companyName: lead.companyName,
      domain: lead.domain,
      contactName: lead.contactName,
      contactMobile: lead.contactMobile,
      contactEmail: lead.contactEmail,
      regionCode: lead.regionCode,
      productLineId: lead.productLineId,
      source: lead.source,
      scale: lead.scale,
      industry: lead.industry,
      remark: lead.remark,
      campaignId: lead.campaignId,
      channelCode: lead.channelCode,
      assignToDealerId: null,
    };
  }
}
