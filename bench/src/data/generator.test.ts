// node:test's describe/it return promises that the runner itself awaits.
/* eslint-disable @typescript-eslint/no-floating-promises */
import assert from "node:assert/strict";
import { Writable } from "node:stream";
import { describe, it } from "node:test";
import { enterpriseSearchText, normalizeDomain, toUnicodeDomain } from "@crm/domain";
import { RowSink, iso } from "./copy";
import { IdSpace } from "./ids";
import { DomainRegistry, companyName, industryWord, tradeName } from "./names";
import { MAX_TREE_DEPTH, buildOrg, descendantCount } from "./org";
import { Prng } from "./prng";
import { volumesFor } from "./volumes";
import { WorldGenerator, type ProductLine } from "./world";

const ANCHOR = Date.parse("2026-12-04T00:00:00+08:00");
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const LINES: ProductLine[] = ["MAIL", "CAMPUS_MAIL", "COURT_MAIL", "O365", "WHOLESALE"].map((code, i) => ({
  id: new IdSpace("lines", 1).id(i + 1),
  code,
  gift: { perPaidMonths: 12, maxGift: code === "MAIL" ? 2 : 0 },
  editions: [
    { id: new IdSpace("editions", 1).id(i * 2 + 1), code: "STANDARD", listPrice: 800, isSpecial: code === "O365" },
    { id: new IdSpace("editions", 1).id(i * 2 + 2), code: "PRO", listPrice: 1500, isSpecial: code === "O365" },
  ],
}));

/** Runs the enterprises pass into memory and returns every table's rows. */
async function world(seed: string, enterprises: number) {
  const prng = new Prng(seed);
  const org = buildOrg(volumesFor(enterprises), prng.fork("org"), seed);
  const out: Record<string, string[]> = {};
  const sink = (table: string) => {
    out[table] = [];
    const rows = out[table];
    return new RowSink(
      new Writable({
        write(chunk: Buffer, _e, done) {
          rows.push(...chunk.toString("utf8").split("\n").filter(Boolean));
          done();
        },
      }),
      table,
    );
  };
  const gen = new WorldGenerator(prng.fork("world"), seed, org, LINES, ANCHOR, new IdSpace("v", 1).id(1));
  const sinks = {
    enterprise: sink("enterprise"),
    enterprise_domain: sink("enterprise_domain"),
    service: sink("service"),
    sales_order: sink("sales_order"),
    registration: sink("registration"),
  };
  await gen.run(enterprises, sinks);
  await Promise.all(Object.values(sinks).map((s) => s.end()));
  return { org, out, gen };
}

describe("seeded generation", () => {
  it("produces identical rows for the same seed and different rows for another", async () => {
    const first = await world("determinism", 2000);
    const second = await world("determinism", 2000);
    const other = await world("another seed", 2000);
    for (const table of Object.keys(first.out)) {
      assert.deepEqual(second.out[table], first.out[table], table);
    }
    assert.notDeepEqual(other.out.enterprise, first.out.enterprise);
    assert.deepEqual(
      first.org.accounts.map((a) => a.loginName),
      second.org.accounts.map((a) => a.loginName),
    );
  });

  it("the PRNG repeats itself per seed", () => {
    const a = new Prng("x");
    const b = new Prng("x");
    const seqA = Array.from({ length: 100 }, () => a.uint32());
    assert.deepEqual(
      Array.from({ length: 100 }, () => b.uint32()),
      seqA,
    );
    assert.ok(new Set(seqA).size > 95);
  });
});

describe("names and domains", () => {
  it("every generated domain is what the product's normalizer stores (registrable, ASCII), and unique", () => {
    const prng = new Prng("domains");
    const registry = new DomainRegistry(0.05);
    const seen = new Set<string>();
    let idn = 0;
    for (let i = 0; i < 20_000; i += 1) {
      const trade = tradeName(prng);
      const domain = registry.next(prng, trade, industryWord(prng));
      const normalized = normalizeDomain(domain);
      assert.ok(normalized.ok, `${domain} is refused`);
      assert.equal(normalized.registrable, domain);
      assert.ok(!seen.has(domain), `${domain} twice`);
      seen.add(domain);
      if (normalized.isIdn) {
        idn += 1;
        // Typed in Chinese, it normalizes to the stored form.
        const typed = normalizeDomain(toUnicodeDomain(domain));
        assert.ok(typed.ok && typed.registrable === domain);
      }
    }
    assert.ok(idn > 500, `only ${idn} IDNs`);
  });

  it("company names are Chinese, 城市 + 字号 + 行业 + suffix, within the product's limits", () => {
    const prng = new Prng("names");
    for (let i = 0; i < 2000; i += 1) {
      const trade = tradeName(prng);
      const name = companyName("杭州市", trade, industryWord(prng), prng);
      assert.match(name, /^杭州.{2}.+(有限公司|有限责任公司)$/u);
      assert.ok(name.includes(trade.zh));
      assert.ok(name.length <= 200);
      const text = enterpriseSearchText(name, [`${trade.pinyin}.com`]);
      assert.ok(text.includes(trade.pinyin));
    }
  });

  it("ids are UUID-shaped and distinct per table", () => {
    const a = new IdSpace("s", 1);
    const b = new IdSpace("s", 2);
    assert.match(a.id(1), UUID);
    assert.match(a.id(2 ** 50), UUID);
    assert.notEqual(a.id(1), b.id(1));
    assert.equal(iso(Date.UTC(2026, 11, 4, 3, 4, 5, 678)), "2026-12-04 03:04:05.678+00");
  });
});

describe("the 隶属 trees", () => {
  it("are at most 5 levels deep, one per dealer, and large dealers have a sales manager with 40 below", () => {
    const volumes = volumesFor(1_000_000);
    const org = buildOrg(volumes, new Prng("trees"), "trees");
    assert.equal(org.dealers.length, 2000);
    assert.equal(org.accounts.length, volumes.accounts);
    assert.ok(Math.abs(org.accounts.length - 20_000) <= 10);
    for (const account of org.accounts) {
      assert.ok(
        account.level >= 1 && account.level <= MAX_TREE_DEPTH,
        `${account.loginName} at level ${account.level}`,
      );
      const superior = account.superiorIndex >= 0 ? org.accounts[account.superiorIndex] : undefined;
      if (superior) {
        assert.equal(superior.dealerIndex, account.dealerIndex);
        assert.equal(account.level, superior.level + 1);
      }
    }
    const large = org.dealers.filter((d) => d.large);
    assert.equal(large.length, volumes.largeDealers);
    for (const d of large) assert.equal(descendantCount(org.accounts, d.bigManagerIndex), 40);
    assert.ok(org.accounts.some((a) => a.level === MAX_TREE_DEPTH));
    assert.equal(new Set(org.accounts.map((a) => a.loginName)).size, org.accounts.length);
    assert.equal(new Set(org.dealers.map((d) => d.name.toLowerCase())).size, org.dealers.length);
  });
});

describe("the enterprises pass", () => {
  it("keeps one active registration per (line, domain) and registrations inside their 90 days", async () => {
    const { out } = await world("registrations", 3000);
    const active = new Set<string>();
    for (const row of out.registration ?? []) {
      const [, , , line, domain, , startsAt, expiresAt, endedAt] = row.split("\t");
      const starts = Date.parse((startsAt ?? "").replace(" ", "T").replace("+00", "Z"));
      const expires = Date.parse((expiresAt ?? "").replace(" ", "T").replace("+00", "Z"));
      assert.equal(expires - starts, 90 * 86_400_000);
      if (endedAt === "\\N") {
        const key = `${line}|${domain}`;
        assert.ok(!active.has(key), `two active locks on ${key}`);
        active.add(key);
        assert.ok(expires > ANCHOR, "an active lock has ended already");
      }
    }
    assert.ok(active.size > 600);
    // Every paid order with money due is paid; amounts are never negative.
    for (const row of out.sales_order ?? []) {
      const cols = row.split("\t");
      assert.ok(Number(cols[14]) >= 0 && Number(cols[15]) >= 0);
      assert.equal(cols[16] === "PAID", cols[22] !== "\\N");
    }
  });
});
