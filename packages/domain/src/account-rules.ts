/** Pure input rules for accounts, shared by the API (authoritative) and the console (inline hints). */

export const LOGIN_NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.@-]{2,63}$/;
export const CN_MOBILE_PATTERN = /^1[3-9]\d{9}$/;

export function normalizeLoginName(raw: string): string {
  return raw.trim().toLowerCase();
}

export function isValidLoginName(raw: string): boolean {
  return LOGIN_NAME_PATTERN.test(raw.trim());
}

export function isValidMobile(raw: string): boolean {
  return CN_MOBILE_PATTERN.test(raw.trim());
}

/** At least 8 characters, at most 128, with both letters and digits. */
export function isStrongPassword(password: string): boolean {
  return password.length >= 8 && password.length <= 128 && /[A-Za-z]/.test(password) && /\d/.test(password);
}

/** A delegation is in force at `at` when from ≤ at < until. */
export function isDelegationActive(from: Date | null, until: Date | null, at: Date): boolean {
  if (!from || !until) return false;
  return from.getTime() <= at.getTime() && at.getTime() < until.getTime();
}
