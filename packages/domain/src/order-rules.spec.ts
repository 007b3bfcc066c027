import {
  addShanghaiMonths,
  allowedGiftMonths,
  confirmationReasons,
  formatFen,
  quoteOrder,
  remainingDays,
  type PriceInput,
} from "./order-rules";

describe("order pricing (exact, in 分)", () => {
  const cases: [string, PriceInput, number, number][] = [
    ["no discount", { type: "NEW", listPrice: 1000, rateBp: 10000, seats: 10, months: 12 }, 120_000, 120_000],
    ["85% (8.5 折)", { type: "NEW", listPrice: 1000, rateBp: 8500, seats: 10, months: 12 }, 120_000, 102_000],
    ["rounds half up once", { type: "RENEWAL", listPrice: 1234, rateBp: 8765, seats: 7, months: 13 }, 112_294, 98_426],
    ["half a 分 rounds up", { type: "NEW", listPrice: 1, rateBp: 5000, seats: 1, months: 1 }, 1, 1],
    ["trial costs nothing", { type: "TRIAL", listPrice: 5000, rateBp: 8000, seats: 50, months: 0 }, 0, 0],
    ["trial extension too", { type: "TRIAL_EXTEND", listPrice: 5000, rateBp: 8000, seats: 50, months: 0 }, 0, 0],
    ["trial → paid", { type: "TRIAL_CONVERT", listPrice: 800, rateBp: 9000, seats: 3, months: 6 }, 14_400, 12_960],
    [
      "expansion pro rata by day",
      { type: "EXPANSION", listPrice: 3650, rateBp: 10000, seats: 5, months: 0, remainingDays: 100 },
      60_000,
      60_000,
    ],
    [
      "expansion rounds the exact pro-rata amount",
      { type: "EXPANSION", listPrice: 1000, rateBp: 8500, seats: 1, months: 0, remainingDays: 1 },
      33,
      28,
    ],
    [
      "large amounts stay exact",
      { type: "NEW", listPrice: 999_999, rateBp: 9999, seats: 100_000, months: 120 },
      11_999_988_000_000,
      11_998_788_001_200,
    ],
  ];

  it.each(cases)("%s", (_name, input, listAmount, settlementAmount) => {
    expect(quoteOrder(input)).toEqual({ listAmount, settlementAmount });
  });
});

describe("gift rule and confirmation reasons", () => {
  it("allows whole blocks of gift months only", () => {
    const rule = { perPaidMonths: 12, maxGift: 2 };
    expect(allowedGiftMonths(11, rule)).toBe(0);
    expect(allowedGiftMonths(12, rule)).toBe(2);
    expect(allowedGiftMonths(36, rule)).toBe(6);
  });

  it("lists every rule that holds, in a stable order", () => {
    expect(
      confirmationReasons({
        specialEdition: false,
        enterpriseHoldsSameEdition: false,
        giftMonths: 2,
        allowedGiftMonths: 2,
      }),
    ).toEqual([]);
    expect(
      confirmationReasons({
        specialEdition: true,
        enterpriseHoldsSameEdition: true,
        giftMonths: 3,
        allowedGiftMonths: 2,
      }),
    ).toEqual(["SPECIAL_EDITION", "DUPLICATE_EDITION", "GIFT_EXCEEDS_RULE"]);
  });
});

describe("terms in Asia/Shanghai", () => {
  it("adds calendar months and keeps the month's last day", () => {
    // 2027-01-31 10:00 Beijing + 1 month → 2027-02-28 10:00 Beijing.
    expect(addShanghaiMonths(new Date("2027-01-31T02:00:00Z"), 1).toISOString()).toBe("2027-02-28T02:00:00.000Z");
    // 2026-12-31 23:30 Beijing (15:30 UTC) + 12 months stays on Beijing's 12-31.
    expect(addShanghaiMonths(new Date("2026-12-31T15:30:00Z"), 12).toISOString()).toBe("2027-12-31T15:30:00.000Z");
  });

  it("counts remaining days rounded up, never negative", () => {
    const now = new Date("2027-01-01T00:00:00Z");
    expect(remainingDays(now, new Date("2027-01-11T00:00:00Z"))).toBe(10);
    expect(remainingDays(now, new Date("2027-01-10T01:00:00Z"))).toBe(10);
    expect(remainingDays(now, new Date("2026-12-01T00:00:00Z"))).toBe(0);
  });

  it("formats 分 as yuan", () => {
    expect(formatFen(123456)).toBe("1,234.56");
    expect(formatFen(-5)).toBe("-0.05");
  });
});
