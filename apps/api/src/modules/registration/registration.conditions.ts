/**
 * The SQL of "which registrations" that more than one query asks, written once so 首页's counts
 * and 报备列表's filters select the same rows. Parameters: `:now`, and `:endingBy` for the window.
 */

/** A registration holds its lock (and a quota slot) at :now. */
export function activeRegistrationCondition(alias: string): string {
  return `${alias}.ended_at IS NULL AND ${alias}.starts_at <= :now AND ${alias}.expires_at > :now`;
}

/** An active lock that ends by :endingBy (see registrationEndingBy in @crm/domain): 报备即将到期. */
export function registrationEndingByCondition(alias: string): string {
  return `${activeRegistrationCondition(alias)} AND ${alias}.expires_at <= :endingBy`;
}
