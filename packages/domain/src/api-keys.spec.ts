import {
  apiKeyDisplayPrefix,
  formatApiKey,
  isApiKeyUsable,
  parseApiKey,
  scopesFor,
  validApiKeyScopes,
} from "./api-keys";

describe("API keys", () => {
  const secret = "A".repeat(42) + "_";

  it("formats and parses a key round trip", () => {
    const key = formatApiKey("0123456789ab", secret);
    expect(key).toBe(`crm_live_0123456789ab_${secret}`);
    expect(parseApiKey(key)).toEqual({ lookupId: "0123456789ab", secret });
    expect(apiKeyDisplayPrefix("0123456789ab")).toBe("crm_live_0123456789ab");
  });

  it("refuses anything not shaped like a key", () => {
    expect(parseApiKey("crm_live_0123456789ab_short")).toBeNull();
    expect(parseApiKey(`crm_test_0123456789ab_${secret}`)).toBeNull();
    expect(parseApiKey(`crm_live_0123456789AB_${secret}`)).toBeNull();
    expect(parseApiKey("")).toBeNull();
  });

  it("limits scopes to the owner kind, at least one, no repeats", () => {
    expect(validApiKeyScopes("DEALER", ["READ_ENTERPRISES", "WRITE_LEADS"])).toBe(true);
    expect(validApiKeyScopes("DEALER", ["REPORT_DOMAIN_EVENTS"])).toBe(false);
    expect(validApiKeyScopes("VENDOR", ["REPORT_DOMAIN_EVENTS"])).toBe(true);
    expect(validApiKeyScopes("VENDOR", ["READ_ORDERS"])).toBe(false);
    expect(validApiKeyScopes("DEALER", [])).toBe(false);
    expect(validApiKeyScopes("DEALER", ["READ_ORDERS", "READ_ORDERS"])).toBe(false);
    expect(validApiKeyScopes("DEALER", ["NOPE"])).toBe(false);
    expect(scopesFor("VENDOR")).toEqual(["REPORT_DOMAIN_EVENTS"]);
  });

  it("is usable until revoked or expired", () => {
    const now = new Date("2026-01-01T00:00:00Z");
    expect(isApiKeyUsable({ revokedAt: null, expiresAt: null }, now)).toBe(true);
    expect(isApiKeyUsable({ revokedAt: null, expiresAt: new Date("2026-01-02T00:00:00Z") }, now)).toBe(true);
    expect(isApiKeyUsable({ revokedAt: null, expiresAt: now }, now)).toBe(false);
    expect(isApiKeyUsable({ revokedAt: now, expiresAt: null }, now)).toBe(false);
  });
});
