/**
 * Which routing rule (甩单规则) a lead matches, and which regions a dealer's territory covers.
 * A rule's condition lists each mean "any" when empty; a province code covers its cities.
 */
import { citiesOf, isValidRegionCode, provinceCodeOf } from "./regions";

export interface RoutingConditions {
  readonly regionCodes: readonly string[];
  readonly productLineIds: readonly string[];
  readonly sources: readonly string[];
}

export interface RoutingLeadFacts {
  readonly regionCode: string | null;
  readonly productLineId: string | null;
  readonly source: string;
}

export type RoutingMismatch = "REGION" | "PRODUCT_LINE" | "SOURCE";

/** Whether a province-level code (the whole province) is meant. */
export function isProvinceCode(code: string): boolean {
  return isValidRegionCode(code) && provinceCodeOf(code) === code;
}

/**
 * Whether the territory `cover` (a province or a city code) includes `code`: the same code, or
 * a city of the province `cover`. A lead known only by its province is not inside one city.
 */
export function regionCovers(cover: string, code: string | null): boolean {
  if (code === null) return false;
  if (cover === code) return true;
  return isProvinceCode(cover) && provinceCodeOf(code) === cover;
}

/** The conditions a lead fails, in a fixed order; [] when the rule matches. */
export function routingMismatches(rule: RoutingConditions, lead: RoutingLeadFacts): RoutingMismatch[] {
  const mismatches: RoutingMismatch[] = [];
  if (rule.regionCodes.length > 0 && !rule.regionCodes.some((cover) => regionCovers(cover, lead.regionCode))) {
    mismatches.push("REGION");
  }
  if (
    rule.productLineIds.length > 0 &&
    (lead.productLineId === null || !rule.productLineIds.includes(lead.productLineId))
  ) {
    mismatches.push("PRODUCT_LINE");
  }
  if (rule.sources.length > 0 && !rule.sources.includes(lead.source)) mismatches.push("SOURCE");
  return mismatches;
}

/**
 * Every stored region code a territory covers: each province code with all its city codes,
 * each city code itself. Lets a query test `region_code = ANY(…)` against an index.
 */
export function expandRegionCoverage(codes: readonly string[]): string[] {
  const covered = new Set<string>();
  for (const code of codes) {
    if (!isValidRegionCode(code)) continue;
    covered.add(code);
    if (isProvinceCode(code)) for (const city of citiesOf(code)) covered.add(city.code);
  }
  return [...covered].sort();
}
