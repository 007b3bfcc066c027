import { enterpriseSearchText } from "@crm/domain";
import type { EntityManager } from "typeorm";

/**
 * The enterprise side of lead routing, written with the caller's transaction manager. These
 * are small, separate writers on purpose: the enterprise module owns enterprise creation for
 * dealer entry, and the two can be unified behind one enterprise service later.
 */

/**
 * Serializes "does this dealer hold this domain? if not, create it" for one (dealer, domain)
 * until the transaction ends. The unique index enterprise_domain_dealer_uq stays the final
 * guard; a writer that does not take this lock makes the loser fail with 23505, which intake
 * retries (and then finds the enterprise and attaches to it).
 */
export async function lockDealerDomain(m: EntityManager, dealerId: string, domain: string): Promise<void> {
  await m.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`enterprise_domain:${dealerId}:${domain}`]);
}

/** The dealer's enterprise holding `domain` (main or secondary), if any. */
export async function findDealerEnterpriseByDomain(
  m: EntityManager,
  dealerId: string,
  domain: string,
): Promise<string | null> {
  const rows: { enterprise_id: string }[] = await m.query(
    `SELECT enterprise_id FROM enterprise_domain WHERE dealer_id = $1 AND domain = $2`,
    [dealerId, domain],
  );
  return rows[0]?.enterprise_id ?? null;
}

export interface RoutedEnterprise {
  id: string;
  dealerId: string;
  name: string;
  /** Registrable domain, ASCII. */
  domain: string;
  regionCode: string | null;
  productLineId: string | null;
  source: string;
  scale: string | null;
  industry: string | null;
  notes: string | null;
  routedAt: Date;
  routingRuleId: string | null;
  /** The dealer's view of the routing trace. */
  routingTrace: unknown;
  createdById: string | null;
}

/**
 * A new enterprise for a routed lead: no owner account yet, so it lands with the dealer's
 * admins and assistants (whole-dealer viewers) until one of them assigns it.
 */
export async function createRoutedEnterprise(m: EntityManager, e: RoutedEnterprise): Promise<void> {
  await m.query(
    `INSERT INTO enterprise (id, dealer_id, owner_account_id, name, main_domain, region_code, industry, scale, source,
                             product_line_id, status, notes, search_text, routed_at, routing_rule_id, routing_trace,
                             created_by_id)
     VALUES ($1, $2, NULL, $3, $4, $5, $6, $7, $8, $9, 'POTENTIAL', $10, $11, $12, $13, $14::jsonb, $15)`,
    [
      e.id,
      e.dealerId,
      e.name,
      e.domain,
      e.regionCode,
      e.industry,
      e.scale,
      e.source,
      e.productLineId,
      e.notes,
      enterpriseSearchText(e.name, [e.domain]),
      e.routedAt,
      e.routingRuleId,
      JSON.stringify(e.routingTrace),
      e.createdById,
    ],
  );
  await m.query(`INSERT INTO enterprise_domain (enterprise_id, dealer_id, domain, is_main) VALUES ($1, $2, $3, true)`, [
    e.id,
    e.dealerId,
    e.domain,
  ]);
}

/** A lead for a domain the dealer already holds joins that enterprise: it shows as newly routed. */
export async function attachLeadToEnterprise(
  m: EntityManager,
  a: { enterpriseId: string; routedAt: Date; routingRuleId: string | null; routingTrace: unknown },
): Promise<void> {
  await m.query(
    `UPDATE enterprise SET routed_at = $2, routing_rule_id = $3, routing_trace = $4::jsonb, updated_at = now()
      WHERE id = $1`,
    [a.enterpriseId, a.routedAt, a.routingRuleId, JSON.stringify(a.routingTrace)],
  );
}

/** The lead's contact person as a contact of the enterprise, unless the same person is already there. */
export async function addLeadContact(
  m: EntityManager,
  c: { enterpriseId: string; dealerId: string; name: string; mobile: string | null; email: string | null },
): Promise<void> {
  await m.query(
    `INSERT INTO enterprise_contact (enterprise_id, dealer_id, name, mobile, email, sort_order)
     SELECT $1, $2, $3, $4, $5,
            coalesce((SELECT max(sort_order) + 1 FROM enterprise_contact WHERE enterprise_id = $1), 0)
      WHERE NOT EXISTS (
        SELECT 1 FROM enterprise_contact
         WHERE enterprise_id = $1 AND dealer_id = $2 AND name = $3
           AND mobile IS NOT DISTINCT FROM $4 AND email IS NOT DISTINCT FROM $5)`,
    [c.enterpriseId, c.dealerId, c.name, c.mobile, c.email],
  );
}
