import { hashString } from "./prng";

/**
 * Deterministic, UUID-shaped ids (version 4 and variant bits set): the seed's prefix, a table tag
 * and the row's ordinal. The same seed gives the same ids, and ids grow with the ordinal, so
 * b-tree indexes are built by appending.
 */
export class IdSpace {
  private readonly prefix: string;

  constructor(seed: string | number, tag: number) {
    const seedHex = hashString(`ids:${seed}`).toString(16).padStart(8, "0");
    this.prefix = `${seedHex}-${tag.toString(16).padStart(4, "0")}-4000-8`;
  }

  id(ordinal: number): string {
    const hex = ordinal.toString(16);
    // 3 hex digits after the variant nibble, then 12: 60 bits of ordinal is plenty.
    const low = hex.length > 12 ? hex.slice(-12) : hex.padStart(12, "0");
    const high = hex.length > 12 ? hex.slice(0, -12).padStart(3, "0") : "000";
    return `${this.prefix}${high}-${low}`;
  }
}

/** The table tags of the id spaces (stable: changing one changes every id of its table). */
export const ID_TAGS = {
  dealer: 0x0d1,
  account: 0x0a1,
  enterprise: 0x0e1,
  service: 0x051,
  order: 0x001,
  registration: 0x0b1,
  ledger: 0x0f1,
  campaign: 0x0c1,
} as const;
