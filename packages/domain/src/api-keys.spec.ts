import {
  API_KEY_CALL_RETENTION_DAYS,
  apiKeyCallRetentionCutoff,
  apiKeyDisplayPrefix,
  apiKeyStatus,
  creatorStillEmpowersKey,
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

describe("a key never outlives its creator's authority", () => {
  const dealerKey = { ownerKind: "DEALER" as const, dealerId: "d1", revokedAt: null, expiresAt: null };
  const vendorKey = { ownerKind: "VENDOR" as const, dealerId: null, revokedAt: null, expiresAt: null };
  const admin = {
    kind: "DEALER" as const,
    status: "ACTIVE",
    dealerId: "d1",
    accountType: "ADMIN",
    permissions: ["BASIC", "ADMIN"],
    vendorRoles: [],
  };
  const platformAdmin = {
    kind: "VENDOR" as const,
    status: "ACTIVE",
    dealerId: null,
    accountType: null,
    permissions: [],
    vendorRoles: ["PLATFORM_ADMIN"],
  };
  const now = new Date("2026-12-04T10:00:00Z");

  it("works while the creator is an active admin of the key's dealer (type or permission)", () => {
    expect(creatorStillEmpowersKey(dealerKey, admin)).toBe(true);
    expect(creatorStillEmpowersKey(dealerKey, { ...admin, accountType: "STAFF" })).toBe(true);
    expect(creatorStillEmpowersKey(vendorKey, platformAdmin)).toBe(true);
  });

  it("is suspended when the creator is demoted, disabled or moved", () => {
    expect(creatorStillEmpowersKey(dealerKey, { ...admin, accountType: "STAFF", permissions: ["BASIC"] })).toBe(false);
    expect(creatorStillEmpowersKey(dealerKey, { ...admin, status: "DISABLED" })).toBe(false);
    expect(creatorStillEmpowersKey(dealerKey, { ...admin, dealerId: "d2" })).toBe(false);
    expect(creatorStillEmpowersKey(vendorKey, { ...platformAdmin, vendorRoles: ["OPERATIONS"] })).toBe(false);
    expect(creatorStillEmpowersKey(vendorKey, admin)).toBe(false);
  });

  it("shows revoked and expired before suspended", () => {
    expect(apiKeyStatus(dealerKey, admin, now)).toBe("ACTIVE");
    expect(apiKeyStatus(dealerKey, { ...admin, status: "DISABLED" }, now)).toBe("SUSPENDED");
    expect(apiKeyStatus(dealerKey, null, now)).toBe("SUSPENDED");
    expect(apiKeyStatus({ ...dealerKey, expiresAt: now }, null, now)).toBe("EXPIRED");
    expect(apiKeyStatus({ ...dealerKey, revokedAt: now, expiresAt: now }, admin, now)).toBe("REVOKED");
  });
});

describe("调用记录 retention", () => {
  it("prunes calls older than 90 days", () => {
    expect(API_KEY_CALL_RETENTION_DAYS).toBe(90);
    expect(apiKeyCallRetentionCutoff(new Date("2026-04-01T00:00:00Z")).toISOString()).toBe("2026-01-01T00:00:00.000Z");
  });
});
