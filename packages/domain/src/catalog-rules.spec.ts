import {
  describeGiftRule,
  giftRuleProblem,
  isValidListPrice,
  isValidSortOrder,
  normalizeCatalogCode,
  normalizeCatalogName,
} from "./catalog-rules";

describe("catalogue checks", () => {
  it("normalizes codes to the database's pattern", () => {
    expect(normalizeCatalogCode(" std ")).toBe("STD");
    expect(normalizeCatalogCode("PRO_2")).toBe("PRO_2");
    expect(normalizeCatalogCode("pro-2")).toBeNull();
    expect(normalizeCatalogCode("")).toBeNull();
    expect(normalizeCatalogCode("A".repeat(41))).toBeNull();
    expect(normalizeCatalogCode("标准")).toBeNull();
  });

  it("trims names and holds them to 1–60 characters", () => {
    expect(normalizeCatalogName("  标准版 ")).toBe("标准版");
    expect(normalizeCatalogName("   ")).toBeNull();
    expect(normalizeCatalogName("版".repeat(60))).toBe("版".repeat(60));
    expect(normalizeCatalogName("版".repeat(61))).toBeNull();
  });

  it("accepts whole-分 list prices from 0 to ¥1,000,000.00 and sort orders 0–9999", () => {
    expect([0, 800, 100_000_000].every(isValidListPrice)).toBe(true);
    expect([-1, 8.5, 100_000_001, Number.NaN].some(isValidListPrice)).toBe(false);
    expect([0, 9999].every(isValidSortOrder)).toBe(true);
    expect([-1, 10_000, 1.5].some(isValidSortOrder)).toBe(false);
  });

  it("checks a gift rule: a block of 1–120 paid months, at most as many free months as paid", () => {
    expect(giftRuleProblem({ perPaidMonths: 12, maxGiftMonths: 2 })).toBeNull();
    expect(giftRuleProblem({ perPaidMonths: 12, maxGiftMonths: 0 })).toBeNull();
    expect(giftRuleProblem({ perPaidMonths: 0, maxGiftMonths: 0 })).toBe("GIFT_BLOCK_RANGE");
    expect(giftRuleProblem({ perPaidMonths: 121, maxGiftMonths: 0 })).toBe("GIFT_BLOCK_RANGE");
    expect(giftRuleProblem({ perPaidMonths: 12, maxGiftMonths: 13 })).toBe("GIFT_EXCEEDS_PAID");
    expect(giftRuleProblem({ perPaidMonths: 12, maxGiftMonths: -1 })).toBe("GIFT_EXCEEDS_PAID");
  });

  it("describes a gift rule in both languages", () => {
    expect(describeGiftRule({ perPaidMonths: 12, maxGiftMonths: 2 }).zh).toBe("每付费 12 个月最多赠送 2 个月");
    expect(describeGiftRule({ perPaidMonths: 12, maxGiftMonths: 1 }).en).toBe("Up to 1 free month per 12 paid");
    expect(describeGiftRule({ perPaidMonths: 12, maxGiftMonths: 0 }).zh).toBe("不赠送");
  });
});
