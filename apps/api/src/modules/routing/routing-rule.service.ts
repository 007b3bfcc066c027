import { isValidRegionCode } from "@crm/domain";
import { In, type DataSource, type EntityManager } from "typeorm";
import type { Viewer } from "../../access/viewer";
import { invalid, notFound } from "../../shared/domain-error";
import type { AuditService } from "../audit/audit.service";
import { ProductLineEntity } from "../catalog/product-line.entity";
import { DealerEntity } from "../dealer/dealer.entity";
import type { RoutingRuleInput } from "./dto/routing-rule.input";
import { RoutingRuleTargetEntity } from "./routing-rule-target.entity";
import { RoutingRuleEntity } from "./routing-rule.entity";
import { invalidValues } from "./routing.errors";

/** Serializes changes to the rule order (create appends, reorder, delete). */
const RULE_ORDER_LOCK = "routing_rule.order";

interface CheckedRule {
  name: string;
  enabled: boolean;
  regionCodes: string[];
  productLineIds: string[];
  sources: RoutingRuleEntity["sources"];
  targets: { dealerId: string; weight: number }[];
}

function snapshot(rule: RoutingRuleEntity, targets: { dealerId: string; weight: number }[]): Record<string, unknown> {
  return {
    name: rule.name,
    priority: rule.priority,
    enabled: rule.enabled,
    regionCodes: rule.regionCodes,
    productLineIds: rule.productLineIds,
    sources: rule.sources,
    targets: targets.map((t) => ({ dealerId: t.dealerId, weight: t.weight })),
  };
}

function sameTargets(a: { dealerId: string; weight: number }[], b: { dealerId: string; weight: number }[]): boolean {
  const key = (list: { dealerId: string; weight: number }[]) =>
    list
      .map((t) => `${t.dealerId}:${t.weight}`)
      .sort()
      .join(",");
  return key(a) === key(b);
}

/**
 * 甩单规则 maintenance by vendor operations. Changing a rule's dealers or weights restarts its
 * round-robin cycle (every running value back to 0); renaming, re-conditioning or
 * enabling/disabling keeps it.
 */
export class RoutingRuleService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  list(): Promise<RoutingRuleEntity[]> {
    return this.dataSource
      .getRepository(RoutingRuleEntity)
      .find({ order: { priority: "ASC", createdAt: "ASC", id: "ASC" } });
  }

  async get(id: string): Promise<RoutingRuleEntity> {
    const rule = await this.dataSource.getRepository(RoutingRuleEntity).findOneBy({ id });
    if (!rule) throw notFound("routingRule");
    return rule;
  }

  /** A rule by id, or null (for nested fields). */
  find(id: string): Promise<RoutingRuleEntity | null> {
    return this.dataSource.getRepository(RoutingRuleEntity).findOneBy({ id });
  }

  /** The targets of many rules at once (for a per-request loader). */
  async targetsOfMany(ruleIds: readonly string[]): Promise<Map<string, RoutingRuleTargetEntity[]>> {
    const rows = await this.dataSource
      .getRepository(RoutingRuleTargetEntity)
      .find({ where: { ruleId: In([...ruleIds]) }, order: { dealerId: "ASC" } });
    const map = new Map<string, RoutingRuleTargetEntity[]>();
    for (const row of rows) map.set(row.ruleId, [...(map.get(row.ruleId) ?? []), row]);
    return map;
  }

  async create(viewer: Viewer, input: RoutingRuleInput): Promise<RoutingRuleEntity> {
    return this.dataSource.transaction(async (m) => {
      const checked = await this.check(m, input);
      await m.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [RULE_ORDER_LOCK]);
      const [{ next }] = await m.query<[{ next: number }]>(
        `SELECT coalesce(max(priority), 0) + 1 AS next FROM routing_rule`,
      );
      const rule = await m.save(
        m.create(RoutingRuleEntity, {
          name: checked.name,
          priority: next,
          enabled: checked.enabled,
          regionCodes: checked.regionCodes,
          productLineIds: checked.productLineIds,
          sources: checked.sources,
        }),
      );
      await this.writeTargets(m, rule.id, checked.targets);
      await this.audit.record(m, viewer, {
        dealerId: null,
        action: "routing-rule.create",
        entityType: "routing_rule",
        entityId: rule.id,
        after: snapshot(rule, checked.targets),
      });
      return rule;
    });
  }

  async update(viewer: Viewer, id: string, input: RoutingRuleInput): Promise<RoutingRuleEntity> {
    return this.dataSource.transaction(async (m) => {
      const checked = await this.check(m, input);
      const rule = await this.lockRule(m, id);
      const oldTargets = await m.find(RoutingRuleTargetEntity, { where: { ruleId: id } });
      const before = snapshot(rule, oldTargets);
      rule.name = checked.name;
      rule.enabled = checked.enabled;
      rule.regionCodes = checked.regionCodes;
      rule.productLineIds = checked.productLineIds;
      rule.sources = checked.sources;
      const saved = await m.save(rule);
      if (!sameTargets(oldTargets, checked.targets)) {
        await m.delete(RoutingRuleTargetEntity, { ruleId: id });
        await this.writeTargets(m, id, checked.targets);
      }
      await this.audit.record(m, viewer, {
        dealerId: null,
        action: "routing-rule.update",
        entityType: "routing_rule",
        entityId: id,
        before,
        after: snapshot(saved, checked.targets),
      });
      return saved;
    });
  }

  async setEnabled(viewer: Viewer, id: string, enabled: boolean): Promise<RoutingRuleEntity> {
    return this.dataSource.transaction(async (m) => {
      const rule = await this.lockRule(m, id);
      const before = { enabled: rule.enabled };
      rule.enabled = enabled;
      const saved = await m.save(rule);
      await this.audit.record(m, viewer, {
        dealerId: null,
        action: enabled ? "routing-rule.enable" : "routing-rule.disable",
        entityType: "routing_rule",
        entityId: id,
        before,
        after: { enabled },
      });
      return saved;
    });
  }

  async delete(viewer: Viewer, id: string): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      await m.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [RULE_ORDER_LOCK]);
      const rule = await this.lockRule(m, id);
      const targets = await m.find(RoutingRuleTargetEntity, { where: { ruleId: id } });
      await m.delete(RoutingRuleEntity, { id });
      await this.audit.record(m, viewer, {
        dealerId: null,
        action: "routing-rule.delete",
        entityType: "routing_rule",
        entityId: id,
        before: snapshot(rule, targets),
      });
    });
  }

  /** Sets the order: `ids` must name every rule exactly once; the first gets priority 1. */
  async reorder(viewer: Viewer, ids: string[]): Promise<RoutingRuleEntity[]> {
    return this.dataSource.transaction(async (m) => {
      await m.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [RULE_ORDER_LOCK]);
      // Locks every rule in the order intake locks them, so the two never deadlock.
      const current: { id: string }[] = await m.query(
        `SELECT id FROM routing_rule ORDER BY priority, created_at, id FOR UPDATE`,
      );
      const unique = new Set(ids);
      if (unique.size !== ids.length || ids.length !== current.length || current.some((r) => !unique.has(r.id))) {
        throw invalid("ids", "请按新顺序列出全部规则，每条一次", "list every rule exactly once, in the new order");
      }
      await m.query(
        `UPDATE routing_rule r SET priority = v.position, updated_at = now()
           FROM unnest($1::uuid[]) WITH ORDINALITY AS v(id, position)
          WHERE r.id = v.id AND r.priority <> v.position`,
        [ids],
      );
      await this.audit.record(m, viewer, {
        dealerId: null,
        action: "routing-rule.reorder",
        entityType: "routing_rule",
        entityId: null,
        before: { order: current.map((r) => r.id) },
        after: { order: ids },
      });
      return m.find(RoutingRuleEntity, { order: { priority: "ASC", createdAt: "ASC", id: "ASC" } });
    });
  }

  private async lockRule(m: EntityManager, id: string): Promise<RoutingRuleEntity> {
    const rule = await m.findOne(RoutingRuleEntity, { where: { id }, lock: { mode: "pessimistic_write" } });
    if (!rule) throw notFound("routingRule");
    return rule;
  }

  private async writeTargets(m: EntityManager, ruleId: string, targets: { dealerId: string; weight: number }[]) {
    await m.insert(
      RoutingRuleTargetEntity,
      targets.map((t) => ({ ruleId, dealerId: t.dealerId, weight: t.weight, currentWeight: 0 })),
    );
  }

  /** Every code, product line and dealer must exist; a dealer appears once. Nothing is written before. */
  private async check(m: EntityManager, input: RoutingRuleInput): Promise<CheckedRule> {
    const name = input.name.trim();
    if (!name) throw invalid("name", "请填写规则名称", "the rule needs a name");
    const regionCodes = [...new Set(input.regionCodes.map((c) => c.trim()))];
    const badRegions = regionCodes.filter((c) => !isValidRegionCode(c));
    if (badRegions.length > 0) {
      throw invalidValues(
        "regionCodes",
        { regionCodes: badRegions },
        `地区代码无效（${badRegions.join("、")}）`,
        `unknown region codes (${badRegions.join(", ")})`,
      );
    }
    const productLineIds = [...new Set(input.productLineIds)];
    if (productLineIds.length > 0) {
      const found = await m.countBy(ProductLineEntity, { id: In(productLineIds) });
      if (found !== productLineIds.length) {
        throw invalid("productLineIds", "产品线不存在", "a product line does not exist");
      }
    }
    const dealerIds = input.targets.map((t) => t.dealerId);
    if (new Set(dealerIds).size !== dealerIds.length) {
      throw invalid("targets", "同一经销商只能出现一次", "name each dealer once");
    }
    const dealers = await m.findBy(DealerEntity, { id: In(dealerIds) });
    const unknown = dealerIds.filter((id) => !dealers.some((d) => d.id === id));
    if (unknown.length > 0) {
      throw invalidValues("targets", { dealerIds: unknown }, "经销商不存在", "a named dealer does not exist");
    }
    return {
      name,
      enabled: input.enabled,
      regionCodes,
      productLineIds,
      sources: [...new Set(input.sources)],
      targets: input.targets.map((t) => ({ dealerId: t.dealerId, weight: t.weight })),
    };
  }
}
