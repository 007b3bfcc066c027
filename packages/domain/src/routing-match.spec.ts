import { expandRegionCoverage, isProvinceCode, regionCovers, routingMismatches } from "./routing-match";

const ANY = { regionCodes: [], productLineIds: [], sources: [] };

describe("routing rule matching", () => {
  it("a province covers itself and its cities; a city covers only itself", () => {
    expect(regionCovers("440000", "440300")).toBe(true);
    expect(regionCovers("440000", "440000")).toBe(true);
    expect(regionCovers("440300", "440300")).toBe(true);
    expect(regionCovers("440300", "440000")).toBe(false);
    expect(regionCovers("440300", "440100")).toBe(false);
    expect(regionCovers("440000", "310100")).toBe(false);
    expect(regionCovers("440000", null)).toBe(false);
    expect(isProvinceCode("310000")).toBe(true);
    expect(isProvinceCode("310100")).toBe(false);
    expect(isProvinceCode("999999")).toBe(false);
  });

  it("empty condition lists match anything, including a lead without region or product line", () => {
    expect(routingMismatches(ANY, { regionCode: null, productLineId: null, source: "HOTLINE" })).toEqual([]);
  });

  it("names every failed condition", () => {
    const rule = { regionCodes: ["310000", "320100"], productLineIds: ["pl-mail"], sources: ["OFFICIAL_SITE"] };
    expect(
      routingMismatches(rule, { regionCode: "310100", productLineId: "pl-mail", source: "OFFICIAL_SITE" }),
    ).toEqual([]);
    expect(
      routingMismatches(rule, { regionCode: "320100", productLineId: "pl-mail", source: "OFFICIAL_SITE" }),
    ).toEqual([]);
    expect(routingMismatches(rule, { regionCode: "320200", productLineId: "pl-o365", source: "HOTLINE" })).toEqual([
      "REGION",
      "PRODUCT_LINE",
      "SOURCE",
    ]);
    expect(routingMismatches(rule, { regionCode: null, productLineId: null, source: "OFFICIAL_SITE" })).toEqual([
      "REGION",
      "PRODUCT_LINE",
    ]);
  });

  it("expands a territory into every stored code it covers", () => {
    const covered = expandRegionCoverage(["440000", "310100", "bogus"]);
    expect(covered).toContain("440000");
    expect(covered).toContain("440300");
    expect(covered).toContain("440100");
    expect(covered).toContain("310100");
    expect(covered).not.toContain("310000");
    expect(covered).not.toContain("bogus");
    expect(covered.filter((c) => c.startsWith("44")).length).toBeGreaterThan(15);
    expect(expandRegionCoverage([])).toEqual([]);
  });
});
