import {
  bpToPercentText,
  discountLabel,
  isValidRateBp,
  maySeeListPrices,
  maySeeSettlementOf,
  parsePercentToBp,
  settlementPrice,
  type PriceViewer,
} from "./pricing";

const vendor: PriceViewer = { kind: "VENDOR", dealerId: null, permissions: [] };
const dealer = (permissions: string[], dealerId = "d1"): PriceViewer => ({ kind: "DEALER", dealerId, permissions });

describe("price visibility (permissions 6 and 9)", () => {
  it("shows list prices to vendor staff and to dealer accounts holding LIST_PRICE_ORDER only", () => {
    expect(maySeeListPrices(vendor)).toBe(true);
    expect(maySeeListPrices(dealer(["BASIC", "LIST_PRICE_ORDER"]))).toBe(true);
    expect(maySeeListPrices(dealer(["BASIC", "SETTLEMENT_ORDER", "ADMIN"]))).toBe(false);
    expect(maySeeListPrices(null)).toBe(false);
  });

  it("shows a dealer's settlement terms to vendor staff and to that dealer's SETTLEMENT_ORDER holders only", () => {
    expect(maySeeSettlementOf(vendor, "d1")).toBe(true);
    expect(maySeeSettlementOf(dealer(["BASIC", "SETTLEMENT_ORDER"]), "d1")).toBe(true);
    expect(maySeeSettlementOf(dealer(["BASIC", "LIST_PRICE_ORDER", "ADMIN"]), "d1")).toBe(false);
    // another dealer's terms: never, whatever the permissions
    expect(maySeeSettlementOf(dealer(["BASIC", "SETTLEMENT_ORDER"], "d2"), "d1")).toBe(false);
    expect(maySeeSettlementOf({ kind: "DEALER", dealerId: null, permissions: ["SETTLEMENT_ORDER"] }, "d1")).toBe(false);
    expect(maySeeSettlementOf(null, "d1")).toBe(false);
  });

  it("accepts permissions as any iterable (the API's Set)", () => {
    expect(maySeeListPrices({ kind: "DEALER", dealerId: "d1", permissions: new Set(["LIST_PRICE_ORDER"]) })).toBe(true);
  });
});

describe("discounts", () => {
  it("computes the settlement price exactly, rounding half up to the 分", () => {
    expect(settlementPrice(800, 8500)).toBe(680);
    expect(settlementPrice(1500, 9000)).toBe(1350);
    expect(settlementPrice(999, 8500)).toBe(849); // 849.15
    expect(settlementPrice(1, 5000)).toBe(1); // 0.5 → 1
    expect(settlementPrice(3, 5000)).toBe(2); // 1.5 → 2
    expect(settlementPrice(1234, 10_000)).toBe(1234);
    expect(settlementPrice(100_000_000, 3333)).toBe(33_330_000);
  });

  it("accepts 1–10000 whole basis points", () => {
    expect([1, 8500, 10_000].every(isValidRateBp)).toBe(true);
    expect([0, 10_001, 85.5, -1, Number.NaN].some(isValidRateBp)).toBe(false);
  });

  it("says a discount the way dealers do", () => {
    expect(discountLabel(8500, "zh")).toBe("8.5 折 (85%)");
    expect(discountLabel(8750, "zh")).toBe("8.75 折 (87.5%)");
    expect(discountLabel(9000, "zh")).toBe("9 折 (90%)");
    expect(discountLabel(8525, "zh")).toBe("8.525 折 (85.25%)");
    expect(discountLabel(10_000, "zh")).toBe("无折扣 (100%)");
    expect(discountLabel(8500, "en")).toBe("85% of list");
  });

  it("parses a typed percentage into basis points without floating point", () => {
    expect(parsePercentToBp("85")).toBe(8500);
    expect(parsePercentToBp(" 87.5 ")).toBe(8750);
    expect(parsePercentToBp("85.25")).toBe(8525);
    expect(parsePercentToBp("100")).toBe(10_000);
    expect(parsePercentToBp("0.01")).toBe(1);
    for (const bad of ["0", "100.01", "85.255", "-5", "1e2", "", "abc", "101"])
      expect(parsePercentToBp(bad)).toBeNull();
    expect(bpToPercentText(8750)).toBe("87.5");
    expect(bpToPercentText(10_000)).toBe("100");
  });
});
