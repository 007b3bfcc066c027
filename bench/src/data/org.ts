import { PROVINCES, ROLE_PRESETS, citiesOf, type RolePresetCode } from "@crm/domain";
import { ID_TAGS, IdSpace } from "./ids";
import { personName, tradeName } from "./names";
import type { Prng } from "./prng";
import { LARGE_DEALER_SIZE, SMALL_DEALER_MAX, SMALL_DEALER_MIN, type Volumes } from "./volumes";

/** The 隶属 tree may be at most this deep (a root account is level 1). */
export const MAX_TREE_DEPTH = 5;

export interface GenAccount {
  index: number;
  id: string;
  dealerIndex: number;
  loginName: string;
  realName: string;
  preset: RolePresetCode;
  accountType: string;
  permissions: readonly string[];
  superiorIndex: number;
  /** 1 for a root. */
  level: number;
  mobile: string;
}

export interface GenDealer {
  index: number;
  id: string;
  no: string;
  name: string;
  regionName: string;
  /** dealer_region rows: the province, or some of its cities. */
  regionCodes: readonly string[];
  /** The cities an enterprise of this dealer may be in. */
  cityCodes: readonly string[];
  cityNames: readonly string[];
  large: boolean;
  accountIndexes: number[];
  adminIndex: number;
  /** Accounts that may own enterprises and register domains (basic permission with 报备权). */
  ownerIndexes: number[];
  ownerWeights: number[];
  /** For the large shape: the sales manager with ~40 descendants. */
  bigManagerIndex: number;
  /** Discount (basis points of list) on 企业邮箱 and the other product lines. */
  rateBp: number;
}

export interface Org {
  dealers: GenDealer[];
  accounts: GenAccount[];
}

const PROVINCE_WEIGHT: Record<string, number> = {
  "110000": 6,
  "310000": 6,
  "440000": 9,
  "320000": 7,
  "330000": 7,
  "370000": 5,
  "510000": 4,
  "420000": 3,
  "410000": 3,
  "350000": 3,
  "340000": 2,
  "430000": 2,
  "500000": 2,
  "120000": 2,
  "210000": 2,
  "610000": 2,
};

const DEALER_WORDS = ["网络科技", "信息技术", "软件", "通信技术", "数码科技", "系统集成", "云计算"];

function preset(code: RolePresetCode): { accountType: string; permissions: readonly string[] } {
  const p = ROLE_PRESETS.find((r) => r.code === code);
  if (!p) throw new Error(`unknown preset ${code}`);
  return { accountType: p.accountType, permissions: p.permissions };
}

/** Account counts per dealer: large dealers have the fixed large shape, the rest share what is left. */
export function dealerSizes(volumes: Volumes, prng: Prng): number[] {
  const sizes: number[] = [];
  const small = volumes.dealers - volumes.largeDealers;
  let left = volumes.accounts - volumes.largeDealers * LARGE_DEALER_SIZE;
  for (let i = 0; i < volumes.dealers; i += 1) {
    const step = Math.max(1, Math.floor(volumes.dealers / volumes.largeDealers));
    if (i % step === 0 && i / step < volumes.largeDealers) {
      sizes.push(LARGE_DEALER_SIZE);
    } else {
      sizes.push(prng.int(SMALL_DEALER_MIN, SMALL_DEALER_MAX));
    }
  }
  const smallIndexes = sizes.map((s, i) => (s === LARGE_DEALER_SIZE ? -1 : i)).filter((i) => i >= 0);
  let total = smallIndexes.reduce((a, i) => a + (sizes[i] ?? 0), 0);
  left = Math.max(left, small * SMALL_DEALER_MIN);
  // Nudge random small dealers up or down until the total is exact.
  while (total !== left && smallIndexes.length > 0) {
    const i = prng.pick(smallIndexes);
    const s = sizes[i] ?? SMALL_DEALER_MIN;
    if (total < left && s < SMALL_DEALER_MAX) {
      sizes[i] = s + 1;
      total += 1;
    } else if (total > left && s > SMALL_DEALER_MIN) {
      sizes[i] = s - 1;
      total -= 1;
    }
  }
  return sizes;
}

export function buildOrg(volumes: Volumes, prng: Prng, seed: string): Org {
  const dealerIds = new IdSpace(seed, ID_TAGS.dealer);
  const accountIds = new IdSpace(seed, ID_TAGS.account);
  const provinces = PROVINCES.filter((p) => citiesOf(p.code).length > 0);
  const provinceWeights = provinces.map((p) => PROVINCE_WEIGHT[p.code] ?? 1);
  const sizes = dealerSizes(volumes, prng);
  const dealers: GenDealer[] = [];
  const accounts: GenAccount[] = [];
  const names = new Set<string>();

  for (let d = 0; d < volumes.dealers; d += 1) {
    const province = provinces[prng.weighted(provinceWeights)] ?? provinces[0];
    if (!province) throw new Error("no provinces");
    const cities = citiesOf(province.code);
    let regionCodes: string[];
    let chosen: typeof cities;
    if (cities.length <= 1 || prng.chance(0.3)) {
      regionCodes = [province.code];
      chosen = cities;
    } else {
      const want = Math.min(cities.length, prng.int(1, 4));
      const pool = [...cities];
      chosen = [];
      while (chosen.length < want) chosen = [...chosen, ...pool.splice(prng.int(0, pool.length - 1), 1)];
      regionCodes = chosen.map((c) => c.code).sort();
    }
    const no = String(d + 1).padStart(4, "0");
    let name = "";
    do {
      const prefix = province.name.replace(/(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$/, "");
      name = `${prefix}${tradeName(prng).zh}${prng.pick(DEALER_WORDS)}有限公司`;
    } while (names.has(name));
    names.add(name);
    const dealer: GenDealer = {
      index: d,
      id: dealerIds.id(d + 1),
      no,
      name,
      regionName: province.name,
      regionCodes,
      cityCodes: chosen.map((c) => c.code),
      cityNames: chosen.map((c) => c.name),
      large: sizes[d] === LARGE_DEALER_SIZE,
      accountIndexes: [],
      adminIndex: -1,
      ownerIndexes: [],
      ownerWeights: [],
      bigManagerIndex: -1,
      rateBp: prng.pick([7000, 7500, 8000, 8500, 8800, 9000, 9500]),
    };
    dealers.push(dealer);

    const add = (role: string, code: RolePresetCode, superiorIndex: number): number => {
      const p = preset(code);
      const superior = superiorIndex >= 0 ? accounts[superiorIndex] : undefined;
      const index = accounts.length;
      accounts.push({
        index,
        id: accountIds.id(index + 1),
        dealerIndex: d,
        loginName: `d${no}.${role}`,
        realName: personName(prng),
        preset: code,
        accountType: p.accountType,
        permissions: p.permissions,
        superiorIndex,
        level: superior ? superior.level + 1 : 1,
        mobile: `1${prng.int(3, 9)}${String(prng.int(0, 999_999_999)).padStart(9, "0")}`,
      });
      dealer.accountIndexes.push(index);
      if (code === "ADMIN" || code === "SALES_MANAGER" || code === "SALES") {
        dealer.ownerIndexes.push(index);
        dealer.ownerWeights.push(code === "ADMIN" ? 0.3 : code === "SALES_MANAGER" ? 0.7 : 1);
      }
      return index;
    };

    dealer.adminIndex = add("admin", "ADMIN", -1);
    const size = sizes[d] ?? SMALL_DEALER_MIN;
    if (dealer.large) {
      add("assistant", "ASSISTANT", -1);
      add("finance", "FINANCE", -1);
      // 销售总监-like manager: 4 team leads → 2 group leads each → 2 each → 12 of those with one more: 40 below.
      const big = add("mgr1", "SALES_MANAGER", -1);
      dealer.bigManagerIndex = big;
      let n = 0;
      const level4: number[] = [];
      for (let a = 0; a < 4; a += 1) {
        const lead = add(`mgr1.t${a + 1}`, "SALES_MANAGER", big);
        for (let b = 0; b < 2; b += 1) {
          const group = add(`mgr1.t${a + 1}.g${b + 1}`, "SALES_MANAGER", lead);
          for (let c = 0; c < 2; c += 1) level4.push(add(`sales${(n += 1)}`, "SALES", group));
        }
      }
      for (let k = 0; k < 12; k += 1) {
        const parent = level4[k] as number;
        const acc = accounts[parent];
        if (acc) {
          acc.preset = "SALES_MANAGER";
          const p = preset("SALES_MANAGER");
          acc.accountType = p.accountType;
          acc.permissions = p.permissions;
        }
        add(`sales${(n += 1)}`, "SALES", parent);
      }
      // A second, smaller team: 3 leads with 4 reps each.
      const second = add("mgr2", "SALES_MANAGER", -1);
      for (let a = 0; a < 3; a += 1) {
        const lead = add(`mgr2.t${a + 1}`, "SALES_MANAGER", second);
        for (let c = 0; c < 4; c += 1) add(`sales${(n += 1)}`, "SALES", lead);
      }
    } else {
      let left = size - 1;
      if (size >= 5) {
        add("assistant", "ASSISTANT", -1);
        left -= 1;
      }
      if (size >= 7) {
        add("finance", "FINANCE", -1);
        left -= 1;
      }
      let n = 0;
      if (left >= 3) {
        const manager = add("mgr1", "SALES_MANAGER", -1);
        left -= 1;
        let parent = manager;
        if (left >= 7) {
          parent = add("mgr1.t1", "SALES_MANAGER", manager);
          left -= 1;
          const direct = Math.floor(left / 2);
          for (let k = 0; k < direct; k += 1) add(`sales${(n += 1)}`, "SALES", manager);
          left -= direct;
        }
        while (left > 0) {
          add(`sales${(n += 1)}`, "SALES", parent);
          left -= 1;
        }
      } else {
        while (left > 0) {
          add(`sales${(n += 1)}`, "SALES", dealer.adminIndex);
          left -= 1;
        }
      }
    }
  }
  return { dealers, accounts };
}

/** Accounts below `index`, transitively. */
export function descendantCount(accounts: readonly GenAccount[], index: number): number {
  const children = new Map<number, number[]>();
  for (const a of accounts) {
    if (a.superiorIndex < 0) continue;
    const list = children.get(a.superiorIndex) ?? [];
    list.push(a.index);
    children.set(a.superiorIndex, list);
  }
  let count = 0;
  const stack = [index];
  while (stack.length > 0) {
    for (const child of children.get(stack.pop() as number) ?? []) {
      count += 1;
      stack.push(child);
    }
  }
  return count;
}
