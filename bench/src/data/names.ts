import { normalizeDomain } from "@crm/domain";
import type { Prng } from "./prng";
import {
  COMPANY_SUFFIXES,
  GIVEN_NAME_CHARS,
  INDUSTRY_WORDS,
  SURNAMES,
  TLDS,
  TRADE_CHARS,
  type IndustryWord,
} from "./words";

export interface TradeName {
  zh: string;
  pinyin: string;
  /** Index into the trade-name space (for counting how often a name was used). */
  index: number;
}

/** Two distinct trade characters: 云帆 / yunfan. */
export function tradeName(prng: Prng): TradeName {
  const n = TRADE_CHARS.length;
  const i = prng.int(0, n - 1);
  let j = prng.int(0, n - 2);
  if (j >= i) j += 1;
  const [zhA, pyA] = TRADE_CHARS[i] as readonly [string, string];
  const [zhB, pyB] = TRADE_CHARS[j] as readonly [string, string];
  return { zh: zhA + zhB, pinyin: pyA + pyB, index: i * n + j };
}

/** The trade name with the given index (inverse of `tradeName(...).index`). */
export function tradeNameAt(index: number): TradeName {
  const n = TRADE_CHARS.length;
  const [zhA, pyA] = TRADE_CHARS[Math.floor(index / n)] as readonly [string, string];
  const [zhB, pyB] = TRADE_CHARS[index % n] as readonly [string, string];
  return { zh: zhA + zhB, pinyin: pyA + pyB, index };
}

/** "杭州市" → "杭州"; municipalities and prefectures keep what reads naturally in a company name. */
export function cityPrefix(cityName: string): string {
  return cityName.endsWith("市") && cityName.length > 2 ? cityName.slice(0, -1) : cityName;
}

export function industryWord(prng: Prng): IndustryWord {
  return prng.pick(INDUSTRY_WORDS);
}

/** 城市 + 字号 + 行业 + 有限公司: "杭州云帆科技有限公司". */
export function companyName(city: string, trade: TradeName, industry: IndustryWord, prng: Prng): string {
  return `${cityPrefix(city)}${trade.zh}${industry.zh}${prng.pick(COMPANY_SUFFIXES)}`;
}

const TLD_WEIGHTS = TLDS.map(([, w]) => w);

/**
 * Hands out customer domains, each once: ASCII domains built from the trade name's pinyin
 * (yunfan.com, yunfan-tech.cn, yunfantech.com.cn …) and a share of IDNs (云帆科技.cn, 云帆.中国)
 * stored as the product stores them — the registrable domain in ASCII (xn--…), as
 * packages/domain's normalizeDomain returns it.
 */
export class DomainRegistry {
  private readonly taken = new Set<string>();
  idnCount = 0;

  constructor(private readonly idnShare = 0.03) {}

  get size(): number {
    return this.taken.size;
  }

  has(domain: string): boolean {
    return this.taken.has(domain);
  }

  /** Reserves a domain that no generated enterprise will get (for scenarios that need free ones). */
  reserve(domain: string): void {
    this.taken.add(domain);
  }

  next(prng: Prng, trade: TradeName, industry: IndustryWord): string {
    if (prng.chance(this.idnShare)) {
      const idn = this.nextIdn(prng, trade, industry);
      if (idn) return idn;
    }
    const tld = TLDS[prng.weighted(TLD_WEIGHTS)]?.[0] ?? "com";
    const style = prng.int(0, 5);
    let stem: string;
    switch (style) {
      case 0:
      case 1:
        stem = trade.pinyin;
        break;
      case 2:
        stem = `${trade.pinyin}-${industry.slug}`;
        break;
      case 3:
        stem = `${trade.pinyin}${industry.slug}`;
        break;
      case 4:
        stem = `${industry.slug}${trade.pinyin}`;
        break;
      default:
        stem = `${trade.pinyin}${prng.pick(["group", "cn", "china", "hk", "sh", "gz", "bj", "sz"])}`;
    }
    let candidate = `${stem}.${tld}`;
    for (let attempt = 0; this.taken.has(candidate); attempt += 1) {
      const n = attempt < 20 ? prng.int(2, 99) : prng.int(100, 99_999);
      candidate = `${stem}${n}.${tld}`;
    }
    this.taken.add(candidate);
    return candidate;
  }

  private nextIdn(prng: Prng, trade: TradeName, industry: IndustryWord): string | null {
    const label = prng.chance(0.5) ? trade.zh + industry.zh : trade.zh;
    const tld = prng.chance(0.75) ? "cn" : "中国";
    for (let attempt = 0; attempt < 50; attempt += 1) {
      const unicode = attempt === 0 ? `${label}.${tld}` : `${label}${prng.int(2, 999)}.${tld}`;
      const normalized = normalizeDomain(unicode);
      if (!normalized.ok) return null;
      if (!this.taken.has(normalized.registrable)) {
        this.taken.add(normalized.registrable);
        this.idnCount += 1;
        return normalized.registrable;
      }
    }
    return null;
  }
}

/** 王伟 / 陈欣悦. */
export function personName(prng: Prng): string {
  const given = prng.chance(0.6)
    ? prng.pick(GIVEN_NAME_CHARS) + prng.pick(GIVEN_NAME_CHARS)
    : prng.pick(GIVEN_NAME_CHARS);
  return prng.pick(SURNAMES) + given;
}

/** A mainland mobile number: 1[3-9]x xxxx xxxx. */
export function mobile(prng: Prng): string {
  return `1${prng.int(3, 9)}${String(prng.int(0, 999_999_999)).padStart(9, "0")}`;
}
