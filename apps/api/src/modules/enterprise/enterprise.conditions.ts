/**
 * A routed lead (甩单) still waiting for its first follow-up: routed, and nobody followed it up
 * since (a follow-up from before a re-routing doesn't count). The SQL of needsFirstFollowUp in
 * @crm/domain, shared by 首页's 甩单待跟进 count and the enterprise lists' awaitingFollowUp filter.
 */
export function awaitingFollowUpCondition(alias: string): string {
  return `${alias}.routed_at IS NOT NULL AND (${alias}.last_follow_up_at IS NULL OR ${alias}.last_follow_up_at < ${alias}.routed_at)`;
}
