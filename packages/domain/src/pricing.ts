/**
 * Prices and who may see them (SPEC §2 permissions 6 and 9, §6 prices). Money is integer 分;
 * discounts are basis points of the list price (10000 = no discount, 8500 = 85%, "8.5 折").
 * Yuan typed by a person converts with parseYuanToFen / fenToYuanString (ledger-rules).
 */

/** No discount: the settlement price equals the list price. */
export const NO_DISCOUNT_BP = 10_000;
/** The deepest discount accepted, 1 bp (the database's check: 1–10000). */
export const MIN_DISCOUNT_BP = 1;

/** The viewer as far as prices are concerned. */
export interface PriceViewer {
  kind: "VENDOR" | "DEALER";
  /** The viewer's dealer (null for vendor staff). */
  dealerId: string | null;
  permissions: Iterable<string>;
}

function holds(viewer: PriceViewer, permission: string): boolean {
  for (const p of viewer.permissions) if (p === permission) return true;
  return false;
}

/**
 * 公开价格 (list prices, and amounts at list price such as an order's list amount): vendor
 * staff, and dealer accounts holding (新)经销商-查询公开价格、提单.
 */
export function maySeeListPrices(viewer: PriceViewer | null): boolean {
  if (!viewer) return false;
  return viewer.kind === "VENDOR" || holds(viewer, "LIST_PRICE_ORDER");
}

/**
 * 结算价 and 折扣 of one dealer (its discounts, settlement prices, an order's settlement amount,
 * discount and amount due): vendor staff, and that dealer's own accounts holding
 * (新)经销商-查看结算价、查看折扣、提单. Another dealer's terms are never visible to a dealer.
 */
export function maySeeSettlementOf(viewer: PriceViewer | null, dealerId: string): boolean {
  if (!viewer) return false;
  if (viewer.kind === "VENDOR") return true;
  return viewer.dealerId !== null && viewer.dealerId === dealerId && holds(viewer, "SETTLEMENT_ORDER");
}

export function isValidRateBp(rateBp: number): boolean {
  return Number.isInteger(rateBp) && rateBp >= MIN_DISCOUNT_BP && rateBp <= NO_DISCOUNT_BP;
}

/** 结算价 per seat per month: list × rateBp / 10000, rounded half up to the 分 (exact). */
export function settlementPrice(listPriceFen: number, rateBp: number): number {
  const numerator = BigInt(listPriceFen) * BigInt(rateBp);
  const denominator = BigInt(NO_DISCOUNT_BP);
  return Number((numerator * 2n + denominator) / (2n * denominator));
}

/** `value / 10^scale` as a short decimal string without trailing zeros: (8750, 3) → "8.75". */
function decimal(value: number, scale: number): string {
  const unit = 10 ** scale;
  const whole = Math.floor(value / unit);
  const fraction = String(value % unit)
    .padStart(scale, "0")
    .replace(/0+$/, "");
  return fraction ? `${whole}.${fraction}` : String(whole);
}

/**
 * A discount as dealers say it: 8500 → "8.5 折 (85%)", 8750 → "8.75 折 (87.5%)", 10000 → "无折扣";
 * in English "85% of list".
 */
export function discountLabel(rateBp: number, lang: "zh" | "en"): string {
  if (rateBp >= NO_DISCOUNT_BP) return lang === "zh" ? "无折扣 (100%)" : "No discount (100%)";
  const percent = decimal(rateBp, 2);
  return lang === "zh" ? `${decimal(rateBp, 3)} 折 (${percent}%)` : `${percent}% of list`;
}

/** A percentage typed by a person, at most two decimals: "85" → 8500, "87.5" → 8750; else null. */
export function parsePercentToBp(text: string): number | null {
  const match = /^(\d{1,3})(?:\.(\d{1,2}))?$/.exec(text.trim());
  if (!match) return null;
  const bp = Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0"));
  return isValidRateBp(bp) ? bp : null;
}

/** The percentage for an input field: 8750 → "87.5". */
export function bpToPercentText(rateBp: number): string {
  return decimal(rateBp, 2);
}
