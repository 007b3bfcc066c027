import {
  isRegistrationEndingWithinDays,
  registrationEndingBy,
  mayRegisterDeals,
  quotaAvailable,
  quotaExceededMessage,
  quotaVerdict,
  registrationDaysLeft,
  registrationExpiresAt,
  registrationStatus,
} from "./registration-rules";

const DAY = 86_400_000;

describe("quota arithmetic (报备名额)", () => {
  it("holds the manual's example: dealer 10, A 10, B 6, A holds 6 → B has 4, the 5th hits the dealer's limit", () => {
    const b = { dealerMax: 10, accountMax: 6 };
    expect(quotaAvailable({ ...b, dealerUsed: 6, accountUsed: 0 })).toBe(4);
    expect(quotaVerdict({ ...b, dealerUsed: 9, accountUsed: 3 })).toEqual({ ok: true });
    expect(quotaVerdict({ ...b, dealerUsed: 10, accountUsed: 4 })).toEqual({
      ok: false,
      limit: "DEALER",
      max: 10,
      used: 10,
    });
  });

  it("names the employee's own limit when it is reached, and treats a line not enabled as no slots", () => {
    expect(quotaVerdict({ dealerMax: 10, dealerUsed: 2, accountMax: 2, accountUsed: 2 })).toEqual({
      ok: false,
      limit: "ACCOUNT",
      max: 2,
      used: 2,
    });
    const notEnabled = quotaVerdict({ dealerMax: 10, dealerUsed: 0, accountMax: null, accountUsed: 0 });
    expect(notEnabled).toEqual({ ok: false, limit: "ACCOUNT", max: 0, used: 0 });
    if (!notEnabled.ok) expect(quotaExceededMessage(notEnabled).zh).toContain("尚未给您分配");
    expect(quotaAvailable({ dealerMax: 10, dealerUsed: 0, accountMax: null, accountUsed: 0 })).toBe(0);
  });

  it("never reports negative availability after a maximum was lowered below what is held", () => {
    expect(quotaAvailable({ dealerMax: 3, dealerUsed: 5, accountMax: 10, accountUsed: 5 })).toBe(0);
  });
});

describe("the 90-day lock", () => {
  const start = new Date("2026-12-03T08:00:00Z");

  it("ends exactly 90 days after it starts", () => {
    expect(registrationExpiresAt(start).toISOString()).toBe("2027-03-03T08:00:00.000Z");
  });

  it("is active until the end instant, then expired; an unlock or conversion wins", () => {
    const expiresAt = registrationExpiresAt(start);
    expect(registrationStatus({ expiresAt, endReason: null }, new Date(expiresAt.getTime() - 1))).toBe("ACTIVE");
    expect(registrationStatus({ expiresAt, endReason: null }, expiresAt)).toBe("EXPIRED");
    expect(registrationStatus({ expiresAt, endReason: "UNLOCKED" }, start)).toBe("UNLOCKED");
    expect(registrationStatus({ expiresAt, endReason: "CONVERTED" }, start)).toBe("CONVERTED");
  });

  it("counts days left rounded up", () => {
    const expiresAt = registrationExpiresAt(start);
    expect(registrationDaysLeft(expiresAt, start)).toBe(90);
    expect(registrationDaysLeft(expiresAt, new Date(expiresAt.getTime() - 30 * 3_600_000))).toBe(2);
    expect(registrationDaysLeft(expiresAt, new Date(expiresAt.getTime() + DAY))).toBe(0);
  });
});

describe("locks ending within N days (即将到期)", () => {
  it("ends the window N whole days from now", () => {
    const now = new Date("2026-03-15T10:30:00Z");
    expect(registrationEndingBy(now, 7).toISOString()).toBe("2026-03-22T10:30:00.000Z");
  });
  it("takes whole days from 1 to 90", () => {
    expect([1, 7, 30, 90].every(isRegistrationEndingWithinDays)).toBe(true);
    expect([0, -1, 91, 7.5, Number.NaN].some(isRegistrationEndingWithinDays)).toBe(false);
  });
});

describe("who may register", () => {
  it("needs 基本权限(含报备权), not the plain basic permission", () => {
    expect(mayRegisterDeals(["BASIC_REGISTER"])).toBe(true);
    expect(mayRegisterDeals(["BASIC", "ASSISTANT"])).toBe(false);
  });
});
