import {
  routingMismatches,
  smoothWeightedRoundRobin,
  type RoutingLeadFacts,
  type RoutingTraceStep,
  type SwrrRound,
} from "@crm/domain";
import type { EntityManager } from "typeorm";
import { RoutingRuleEntity } from "./routing-rule.entity";

export interface RoutingDecision {
  /** Every rule considered, in order, with why it was skipped or that it matched. */
  steps: RoutingTraceStep[];
  /** The matched rule's round, with the candidates' names; null when nothing matched. */
  round: (SwrrRound & { names: ReadonlyMap<string, string> }) | null;
  ruleId: string | null;
  dealerId: string | null;
  dealerName: string | null;
}

interface TargetRow {
  dealer_id: string;
  weight: number;
  current_weight: string;
  name: string;
  status: string;
}

/**
 * Picks the dealer for a lead: the first enabled rule by priority whose conditions match and
 * that names at least one ACTIVE dealer; among its ACTIVE dealers, smooth weighted
 * round-robin. Disabled dealers sit the round out (their state is left as it is).
 *
 * `commit` runs inside the caller's transaction: each matching rule is locked
 * (SELECT … FOR UPDATE on routing_rule) before its targets are read, and the new round-robin
 * values are written under that lock, so concurrent and batch intake never lose an update.
 * Locks are taken in priority order, the same order for every intake. `dry-run` reads the same
 * state and computes the same pick without locking or writing anything.
 */
export async function decideRouting(
  m: EntityManager,
  facts: RoutingLeadFacts,
  mode: "commit" | "dry-run",
): Promise<RoutingDecision> {
  const rules = await m.find(RoutingRuleEntity, { order: { priority: "ASC", createdAt: "ASC", id: "ASC" } });
  const steps: RoutingTraceStep[] = [];
  for (const listed of rules) {
    let rule: RoutingRuleEntity | null = listed;
    if (mode === "commit" && listed.enabled && routingMismatches(listed, facts).length === 0) {
      // Re-read under the lock: the rule may have changed (or gone) since it was listed.
      rule = await m.findOne(RoutingRuleEntity, { where: { id: listed.id }, lock: { mode: "pessimistic_write" } });
      if (!rule) continue;
    }
    const step: RoutingTraceStep = {
      ruleId: rule.id,
      ruleName: rule.name,
      priority: rule.priority,
      outcome: "MATCHED",
      mismatches: [],
      regionCodes: [...rule.regionCodes],
      productLineIds: [...rule.productLineIds],
      sources: [...rule.sources],
      skippedDealers: [],
    };
    steps.push(step);
    if (!rule.enabled) {
      step.outcome = "DISABLED";
      continue;
    }
    step.mismatches = routingMismatches(rule, facts);
    if (step.mismatches.length > 0) {
      step.outcome = "NO_MATCH";
      continue;
    }
    const targets: TargetRow[] = await m.query(
      `SELECT t.dealer_id, t.weight, t.current_weight::text AS current_weight, d.name, d.status
         FROM routing_rule_target t JOIN dealer d ON d.id = t.dealer_id
        WHERE t.rule_id = $1
        ORDER BY t.dealer_id`,
      [rule.id],
    );
    const eligible = targets.filter((t) => t.status === "ACTIVE");
    step.skippedDealers = targets
      .filter((t) => t.status !== "ACTIVE")
      .map((t) => ({ dealerId: t.dealer_id, dealerName: t.name, status: t.status }));
    const round = smoothWeightedRoundRobin(
      eligible.map((t) => ({ id: t.dealer_id, weight: t.weight, current: Number(t.current_weight) })),
    );
    if (!round) {
      step.outcome = "NO_ELIGIBLE_DEALER";
      continue;
    }
    if (mode === "commit") {
      await m.query(
        `UPDATE routing_rule_target t SET current_weight = v.after
           FROM unnest($2::uuid[], $3::bigint[]) AS v(dealer_id, after)
          WHERE t.rule_id = $1 AND t.dealer_id = v.dealer_id`,
        [rule.id, round.candidates.map((c) => c.id), round.candidates.map((c) => c.after)],
      );
    }
    const names = new Map(eligible.map((t) => [t.dealer_id, t.name]));
    return {
      steps,
      round: { ...round, names },
      ruleId: rule.id,
      dealerId: round.pickedId,
      dealerName: names.get(round.pickedId) ?? null,
    };
  }
  return { steps, round: null, ruleId: null, dealerId: null, dealerName: null };
}
