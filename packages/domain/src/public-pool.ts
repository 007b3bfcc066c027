/**
 * Public pool (公海库) rules shared by the API and the console.
 */
import { hasBasicPermission, type AccountType } from "./permissions";

/** Runtime settings of the pool (app_setting), with their defaults and allowed ranges. */
export const POOL_SETTINGS = {
  graceDays: { key: "pool.graceDays", default: 30, min: 0, max: 3650 },
  dailyClaimCap: { key: "pool.dailyClaimCap", default: 20, min: 0, max: 1000 },
} as const;

export type PoolSettingName = keyof typeof POOL_SETTINGS;

export function isValidPoolSetting(name: PoolSettingName, value: number): boolean {
  const spec = POOL_SETTINGS[name];
  return Number.isInteger(value) && value >= spec.min && value <= spec.max;
}

/**
 * Who may claim (申请转入) a pool entry for its dealer: a dealer account with a basic permission
 * that edits — an assistant (助理: reads everything, edits nothing) does not, unless it is
 * also an administrator.
 */
export function mayClaimFromPool(accountType: AccountType | null, permissions: readonly string[]): boolean {
  if (accountType === null || !hasBasicPermission(permissions)) return false;
  const admin = accountType === "ADMIN" || permissions.includes("ADMIN");
  const assistantOnly = !admin && (accountType === "ASSISTANT" || permissions.includes("ASSISTANT"));
  return !assistantOnly;
}
