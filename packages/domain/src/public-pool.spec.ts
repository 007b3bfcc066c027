import { POOL_SETTINGS, isValidPoolSetting, mayClaimFromPool } from "./public-pool";

describe("public pool rules", () => {
  it("lets editing dealer accounts with a basic permission claim, not assistants", () => {
    expect(mayClaimFromPool("STAFF", ["BASIC"])).toBe(true);
    expect(mayClaimFromPool("STAFF", ["BASIC_REGISTER", "BUSINESS_REQUEST"])).toBe(true);
    expect(mayClaimFromPool("ADMIN", ["BASIC_REGISTER", "ADMIN"])).toBe(true);
    expect(mayClaimFromPool("ASSISTANT", ["BASIC", "ASSISTANT", "ACCOUNT_MANAGE"])).toBe(false);
    expect(mayClaimFromPool("ASSISTANT", ["BASIC", "ASSISTANT", "ADMIN"])).toBe(true);
    expect(mayClaimFromPool("STAFF", ["FINANCE_VIEW"])).toBe(false);
    expect(mayClaimFromPool(null, ["BASIC"])).toBe(false);
  });

  it("bounds the settings", () => {
    expect(POOL_SETTINGS.graceDays.default).toBe(30);
    expect(POOL_SETTINGS.dailyClaimCap.default).toBe(20);
    expect(isValidPoolSetting("graceDays", 0)).toBe(true);
    expect(isValidPoolSetting("graceDays", -1)).toBe(false);
    expect(isValidPoolSetting("dailyClaimCap", 1.5)).toBe(false);
    expect(isValidPoolSetting("dailyClaimCap", 1001)).toBe(false);
  });
});
