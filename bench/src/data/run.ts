import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { join } from "node:path";
import { MultiBar, Presets } from "cli-progress";
import { Client, Pool, type PoolClient } from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { toUnicodeDomain } from "@crm/domain";
import { CAMPAIGN_COLUMNS, buildCampaigns, campaignRows, writePageViews } from "./campaigns";
import { Progress, copyFile, copySink, fileSink, iso, textArray } from "./copy";
import { IdSpace } from "./ids";
import { dropDeferrable, restoreSteps, runSteps, snapshotDeferrable, verifyRestored } from "./deferred-ddl";
import { ledgerChunks, LEDGER_COLUMNS, type LedgerTotals } from "./ledger";
import type { BenchManifest, Login } from "./manifest";
import { tradeNameAt } from "./names";
import { MAX_TREE_DEPTH, buildOrg, descendantCount, type Org } from "./org";
import { Prng } from "./prng";
import { loadProduct } from "./product";
import { volumesFor } from "./volumes";
import { COLUMNS, DAY, WorldGenerator, type ProductLine } from "./world";

export interface GenerateOptions {
  enterprises: number;
  seed: string;
  databaseUrl: string;
  force: boolean;
  /** Asia/Shanghai midnight (ms) the data is relative to. */
  anchor: number;
  dataDir: string;
  ledgerBatch: number;
}

export const BENCH_PASSWORD = "bench1234";

/** The tables loaded in bulk: their secondary indexes and foreign keys are built after COPY. */
export const BULK_TABLES = [
  "enterprise",
  "enterprise_domain",
  "service",
  "sales_order",
  "registration",
  "ledger_entry",
  "campaign_daily_pv",
  "campaign_daily_visitor",
  "campaign_view_event",
] as const;

/** Today's Asia/Shanghai midnight, or the given day's (YYYY-MM-DD). */
export function shanghaiMidnight(day?: string): number {
  const text = day ?? new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) throw new Error("--anchor must be YYYY-MM-DD");
  return Date.parse(`${text}T00:00:00+08:00`);
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

async function copyRows(client: PoolClient, table: string, columns: readonly string[], rows: readonly string[]) {
  if (rows.length === 0) return;
  const stream = client.query(copyFrom(`COPY ${table} (${columns.join(", ")}) FROM STDIN`));
  await new Promise<void>((done, fail) => {
    stream.on("finish", done);
    stream.on("error", fail);
    stream.end(rows.join("\n") + "\n");
  });
}

export async function generate(options: GenerateOptions): Promise<BenchManifest> {
  const started = Date.now();
  const phases: Record<string, number> = {};
  const tables: Record<string, number> = {};
  const counts: Record<string, number> = {};
  const loads: Record<string, number> = {};
  const phase = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
    const t = Date.now();
    try {
      return await work();
    } finally {
      phases[name] = (Date.now() - t) / 1000;
      loads[name] = Math.round((loadavg()[0] ?? 0) * 10) / 10;
    }
  };
  const volumes = volumesFor(options.enterprises);
  const url = new URL(options.databaseUrl);
  const dbName = decodeURIComponent(url.pathname.replace(/^\//, ""));
  if (!dbName) throw new Error("the database URL names no database");
  if (!dbName.startsWith("crm_bench") && !options.force) {
    throw new Error(`refusing to drop database "${dbName}": its name does not start with crm_bench (use --force)`);
  }

  const product = loadProduct();

  await phase("create database", async () => {
    const adminUrl = new URL(url.toString());
    adminUrl.pathname = "/postgres";
    const admin = new Client({ connectionString: adminUrl.toString() });
    await admin.connect();
    try {
      await admin.query(`DROP DATABASE IF EXISTS ${quoteIdent(dbName)} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${quoteIdent(dbName)}`);
    } finally {
      await admin.end();
    }
  });
  /** A deterministic id from text, shaped as UUID version 4 (the API validates ids as UUIDs). */
  const v4 = (text: string) => `(overlay(overlay(md5(${text}) placing '4' from 13) placing '8' from 17))::uuid`;
  await phase("migrate + reference data", async () => {
    await product.migrate(url.toString());
    const ds = await product.createDataSource(url.toString(), 1).initialize();
    const c = new Client({ connectionString: url.toString() });
    await c.connect();
    try {
      // Reference data through the product's seeds; ids made deterministic before anything points at them.
      await product.seedProductLines(ds);
      await c.query(`UPDATE product_line SET id = ${v4(`'crm-bench:product_line:' || code`)}, created_at = $1`, [
        new Date(options.anchor - 400 * DAY),
      ]);
      await product.seedCatalogue(ds);
      await c.query(
        `UPDATE edition e SET id = ${v4(`'crm-bench:edition:' || p.code || ':' || e.code`)}, created_at = $1, updated_at = $1
           FROM product_line p WHERE p.id = e.product_line_id`,
        [new Date(options.anchor - 400 * DAY)],
      );
      await c.query(
        `UPDATE addon a SET id = ${v4(`'crm-bench:addon:' || p.code || ':' || a.code`)}, created_at = $1
           FROM product_line p WHERE p.id = a.product_line_id`,
        [new Date(options.anchor - 400 * DAY)],
      );
    } finally {
      await c.end();
      await ds.destroy();
    }
  });
  const passwordHash = await product.hashPassword(BENCH_PASSWORD);

  const pool = new Pool({ connectionString: url.toString(), max: 2 });
  pool.on("connect", (client) => {
    void client.query(
      "SET synchronous_commit = off; SET maintenance_work_mem = '512MB'; SET max_parallel_maintenance_workers = 0",
    );
  });
  const a = await pool.connect();
  const b = await pool.connect();
  const backendPids = await Promise.all(
    [a, b].map(async (c) => (await c.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows[0]?.pid ?? 0),
  );
  const backendCpu = () => backendPids.reduce((sum, pid) => sum + procCpuSeconds(pid), 0);
  const multi = new MultiBar(
    {
      format: "{table} |{bar}| {percentage}% {value}/{total} rows | {rate} rows/s | {duration}s",
      hideCursor: true,
      clearOnComplete: false,
      stopOnComplete: false,
      noTTYOutput: true,
      notTTYSchedule: 10_000,
    },
    Presets.shades_classic,
  );
  const progress = new Progress(multi);
  const timed = async (table: string, work: () => Promise<number>): Promise<void> => {
    const t = Date.now();
    const rows = await work();
    tables[table] = (Date.now() - t) / 1000;
    counts[table] = rows;
  };

  const prng = new Prng(options.seed);
  const orgPrng = prng.fork("org");
  const worldPrng = prng.fork("world");
  const campaignPrng = prng.fork("campaigns");
  const ledgerPrng = prng.fork("ledger");
  const anchor = options.anchor;
  const seed = options.seed;

  // Reference data the generator reads back.
  const lineRows = await a.query<{ id: string; code: string; name: string; per: number; max: number }>(
    `SELECT id, code, name, gift_per_paid_months AS per, gift_max_months AS max FROM product_line ORDER BY sort_order`,
  );
  const editionRows = await a.query<{ id: string; line: string; code: string; price: string; special: boolean }>(
    `SELECT id, product_line_id AS line, code, list_price::text AS price, is_special AS special
       FROM edition WHERE active ORDER BY sort_order`,
  );
  const lines: ProductLine[] = lineRows.rows.map((l) => ({
    id: l.id,
    code: l.code,
    gift: { perPaidMonths: l.per, maxGift: l.max },
    editions: editionRows.rows
      .filter((e) => e.line === l.id)
      .map((e) => ({ id: e.id, code: e.code, listPrice: Number(e.price), isSpecial: e.special })),
  }));
  if (lines.length === 0 || lines.some((l) => l.editions.length === 0)) throw new Error("catalogue not seeded");

  // Vendor staff, dealers and their accounts.
  const org = buildOrg(volumes, orgPrng, seed);
  const vendorIds = new IdSpace(seed, 0x0a0);
  const vendor = product.vendorStaff.map((v, i) => ({ ...v, id: vendorIds.id(i + 1) }));
  const vendorBy = (role: string) => {
    const v = vendor.find((s) => s.roles.includes(role));
    if (!v) throw new Error(`no vendor staff with role ${role}`);
    return v;
  };
  const created = iso(anchor - 1000 * DAY);
  await phase("dealers + accounts", async () => {
    await timed("account (vendor)", async () => {
      await copyRows(
        a,
        "account",
        ["id", "kind", "login_name", "password_hash", "real_name", "vendor_roles", "created_at", "updated_at"],
        vendor.map((v) =>
          [v.id, "VENDOR", v.loginName, passwordHash, v.realName, textArray(v.roles), created, created].join("\t"),
        ),
      );
      return vendor.length;
    });
    await timed("dealer", async () => {
      await copyRows(
        a,
        "dealer",
        ["id", "name", "region_name", "status", "channel_manager_id", "created_at", "updated_at"],
        org.dealers.map((d) =>
          [d.id, d.name, d.regionName, "ACTIVE", vendorBy("CHANNEL_MANAGER").id, created, created].join("\t"),
        ),
      );
      return org.dealers.length;
    });
    await timed("account", async () => {
      await copyRows(
        a,
        "account",
        [
          "id",
          "kind",
          "dealer_id",
          "login_name",
          "password_hash",
          "real_name",
          "mobile",
          "account_type",
          "superior_id",
          "permissions",
          "created_at",
          "updated_at",
        ],
        org.accounts.map((x) =>
          [
            x.id,
            "DEALER",
            org.dealers[x.dealerIndex]?.id,
            x.loginName,
            passwordHash,
            x.realName,
            x.mobile,
            x.accountType,
            x.superiorIndex >= 0 ? org.accounts[x.superiorIndex]?.id : "\\N",
            textArray(x.permissions),
            created,
            created,
          ].join("\t"),
        ),
      );
      return org.accounts.length;
    });
    await timed("dealer_region", async () => {
      const rows = org.dealers.flatMap((d) => d.regionCodes.map((code) => `${d.id}\t${code}`));
      await copyRows(a, "dealer_region", ["dealer_id", "region_code"], rows);
      return rows.length;
    });
    await timed("dealer_discount", async () => {
      const rows = org.dealers.flatMap((d) =>
        lines.map((l) => [d.id, l.id, d.rateBp, created, vendorBy("CHANNEL_MANAGER").id].join("\t")),
      );
      await copyRows(
        a,
        "dealer_discount",
        ["dealer_id", "product_line_id", "rate_bp", "updated_at", "updated_by"],
        rows,
      );
      return rows.length;
    });
  });

  // Campaigns are small to generate: spooled first, loaded on connection B during the big pass.
  const spool = join(options.dataDir, "spool");
  rmSync(spool, { recursive: true, force: true });
  mkdirSync(spool, { recursive: true });
  const campaigns = buildCampaigns(volumes.campaigns, volumes.pageViews, org, campaignPrng, seed, anchor);
  const campaignSpool = {
    pv: fileSink(join(spool, "campaign_daily_pv.tsv"), "campaign_daily_pv"),
    visitor: fileSink(join(spool, "campaign_daily_visitor.tsv"), "campaign_daily_visitor"),
    event: fileSink(join(spool, "campaign_view_event.tsv"), "campaign_view_event"),
  };
  await phase("generate page views", async () => {
    await writePageViews(campaigns, campaignPrng, anchor, volumes.rawViewShare, campaignSpool);
    await Promise.all(Object.values(campaignSpool).map((sink) => sink.end()));
  });

  const snapshot = await snapshotDeferrable(a, BULK_TABLES);
  await dropDeferrable(a, snapshot);

  const world = new WorldGenerator(worldPrng, seed, org, lines, anchor, vendorBy("OPERATIONS").id);
  const spoolFile = (table: string) => join(spool, `${table}.tsv`);
  const loadSpool = (client: PoolClient, table: string, columns: readonly string[], total: number) =>
    timed(table, () => copyFile(client, table, columns, spoolFile(table), progress.bar(table, total)));

  await phase("enterprises pass: enterprise (A) | sales_order (B)", async () => {
    const t = Date.now();
    const sinks = {
      enterprise: copySink(a, "enterprise", COLUMNS.enterprise, progress.bar("enterprise", volumes.enterprises)),
      sales_order: copySink(
        b,
        "sales_order",
        COLUMNS.sales_order,
        progress.bar("sales_order", volumes.enterprises * 2),
      ),
      enterprise_domain: fileSink(spoolFile("enterprise_domain"), "enterprise_domain"),
      service: fileSink(spoolFile("service"), "service"),
      registration: fileSink(spoolFile("registration"), "registration"),
    };
    await world.run(volumes.enterprises, sinks);
    await Promise.all(Object.values(sinks).map((sink) => sink.end()));
    tables.enterprise = tables.sales_order = (Date.now() - t) / 1000;
    counts.enterprise = sinks.enterprise.rows;
    counts.sales_order = sinks.sales_order.rows;
  });

  const ledgerTotals: LedgerTotals = {
    rows: 0,
    topUps: 0,
    payments: 0,
    balances: new Float64Array(org.dealers.length),
  };
  const quotaLeft = new Map<number, number>();
  // The ledger in two partitions of disjoint dealers: B starts at once, A when its loads are done.
  const ledgerBar = progress.bar(
    "ledger_entry",
    world.payments.length + Math.round(world.payments.length * 0.03) + org.dealers.length,
  );
  const ledgerBatch = options.ledgerBatch > 0 ? options.ledgerBatch : Math.max(2000, org.dealers.length * 2);
  const ledgerStarted = Date.now();
  const loadLedger = async (client: PoolClient, index: number) => {
    // Small transactions: each moves a dealer's balance row only a few times (its row versions stay few).
    let inflight: Promise<void> | null = null;
    let chunks = 0;
    for (const chunk of ledgerChunks(
      world.payments,
      org,
      ledgerPrng.fork(`partition ${index}`),
      seed,
      anchor,
      vendorBy("FINANCE").id,
      ledgerBatch,
      ledgerTotals,
      { index, count: 2 },
    )) {
      if (inflight) await inflight;
      // Each balance row is updated ~1,000 times: clear its dead versions as autovacuum would, but
      // often (one connection does it; it takes a fraction of a second).
      chunks += 1;
      if (index === 0 && chunks % 10 === 0) await client.query("VACUUM dealer_balance");
      inflight = copyText(client, "ledger_entry", LEDGER_COLUMNS, chunk).then(() =>
        ledgerBar.update(ledgerTotals.rows),
      );
    }
    if (inflight) await inflight;
    ledgerBar.update(ledgerTotals.rows);
  };
  await phase("registrations, services, domains, campaigns, ledger ½ (A) | quotas, ledger ½ (B)", async () => {
    const chainA = (async () => {
      await loadSpool(a, "registration", COLUMNS.registration, world.stats.registrations);
      await loadSpool(a, "service", COLUMNS.service, world.stats.services);
      await loadSpool(a, "enterprise_domain", COLUMNS.enterprise_domain, world.stats.enterpriseDomains);
      const rows = campaignRows(campaigns, org, vendorBy("OPERATIONS").id);
      await timed("campaign", async () => {
        await copyRows(a, "campaign", CAMPAIGN_COLUMNS.campaign, rows.campaign);
        return rows.campaign.length;
      });
      await timed("campaign_channel", async () => {
        await copyRows(a, "campaign_channel", CAMPAIGN_COLUMNS.campaign_channel, rows.channel);
        return rows.channel.length;
      });
      await loadSpool(a, "campaign_daily_pv", CAMPAIGN_COLUMNS.campaign_daily_pv, campaignSpool.pv.rows);
      await loadSpool(a, "campaign_daily_visitor", CAMPAIGN_COLUMNS.campaign_daily_visitor, campaignSpool.visitor.rows);
      await loadSpool(a, "campaign_view_event", CAMPAIGN_COLUMNS.campaign_view_event, campaignSpool.event.rows);
      await loadLedger(a, 1);
    })();
    const chainB = (async () => {
      await timed("dealer_quota + account_quota", async () => {
        const quotas = buildQuotas(org, lines, world, anchor);
        await copyRows(b, "dealer_quota", ["dealer_id", "product_line_id", "max_count", "updated_at"], quotas.dealer);
        await copyRows(
          b,
          "account_quota",
          ["dealer_id", "account_id", "product_line_id", "max_count", "updated_at"],
          quotas.account,
        );
        for (const [k, v] of quotas.mailLeft) quotaLeft.set(k, v);
        counts.dealer_quota = quotas.dealer.length;
        counts.account_quota = quotas.account.length;
        return quotas.dealer.length + quotas.account.length;
      });
      await loadLedger(b, 0);
    })();
    await Promise.all([chainA, chainB]);
    tables.ledger_entry = (Date.now() - ledgerStarted) / 1000;
    counts.ledger_entry = ledgerTotals.rows;
  });
  progress.stop();

  await phase("indexes + foreign keys (A | B)", async () => {
    const rows = new Map(Object.entries(counts));
    const steps = restoreSteps(snapshot, rows);
    await runSteps([a, b], steps, (step, seconds) => {
      const key = step.kind === "index" ? "indexes" : "foreign keys";
      tables[`(${key}, summed)`] = (tables[`(${key}, summed)`] ?? 0) + seconds;
      if (seconds >= 2) console.log(`  ${step.kind} ${step.label}: ${seconds.toFixed(1)} s`);
    });
    await verifyRestored(a, BULK_TABLES, snapshot);
  });
  await a.query(`SELECT setval('sales_order_no_seq', $1)`, [Math.max(1, world.orderCount)]);

  await phase("analyze", async () => {
    const { rows } = await a.query<{ name: string }>(
      `SELECT quote_ident(relname) AS name FROM pg_stat_user_tables ORDER BY n_live_tup DESC`,
    );
    const names = rows.map((r) => r.name);
    const half = (client: PoolClient, parity: number) =>
      (async () => {
        for (const [i, name] of names.entries()) if (i % 2 === parity) await client.query(`ANALYZE ${name}`);
      })();
    await Promise.all([half(a, 0), half(b, 1)]);
  });
  const postgresCpu = backendCpu();
  a.release();
  b.release();
  await pool.end();
  rmSync(spool, { recursive: true, force: true });

  counts.dealer = org.dealers.length;
  counts.account = org.accounts.length + vendor.length;
  counts.ledger_topups = ledgerTotals.topUps;
  counts.ledger_payments = ledgerTotals.payments;
  counts.active_registrations = world.stats.activeRegistrations;
  counts.idn_domains = world.stats.idnDomains;
  counts.page_views = campaigns.reduce((sum, c) => sum + c.pageViews, 0);
  for (const [status, n] of Object.entries(world.stats.byStatus)) counts[`enterprise_${status.toLowerCase()}`] = n;

  const manifest = buildManifest({
    options,
    url,
    dbName,
    org,
    vendor,
    lines: lineRows.rows.map((l) => ({ id: l.id, code: l.code, name: l.name })),
    world,
    campaigns,
    counts,
    timings: {
      totalSeconds: (Date.now() - started) / 1000,
      tables,
      phases,
      loadAverageAtPhaseEnd: loads,
      cpuSeconds: {
        generator: Math.round(process.cpuUsage().user / 1e4 + process.cpuUsage().system / 1e4) / 100,
        postgresLoadConnections: Math.round(postgresCpu * 100) / 100,
      },
      cpus: availableParallelism(),
    },
    balances: ledgerTotals.balances,
    quotaLeft,
  });
  mkdirSync(options.dataDir, { recursive: true });
  writeFileSync(join(options.dataDir, "manifest.json"), JSON.stringify(manifest, null, 2) + "\n");
  return manifest;
}

/** CPU seconds (user + system) a process has used, from /proc (Linux); 0 where unavailable. */
function procCpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

async function copyText(client: PoolClient, table: string, columns: readonly string[], text: string): Promise<void> {
  const stream = client.query(copyFrom(`COPY ${table} (${columns.join(", ")}) FROM STDIN`));
  await new Promise<void>((done, fail) => {
    stream.on("finish", done);
    stream.on("error", fail);
    stream.end(text);
  });
}

/**
 * 报备名额: every dealer gets a maximum per product line above what it holds (so registrations
 * can still be taken), every account that registers a maximum above its own holdings and never
 * above its dealer's — the invariants the API keeps when quotas are set by hand.
 */
export function buildQuotas(
  org: Org,
  lines: readonly ProductLine[],
  world: WorldGenerator,
  anchor: number,
): { dealer: string[]; account: string[]; mailLeft: Map<number, number> } {
  const when = iso(anchor - 30 * DAY);
  const n = lines.length;
  const dealerRows: string[] = [];
  const accountRows: string[] = [];
  const mailLeft = new Map<number, number>();
  for (const d of org.dealers) {
    for (const [k, line] of lines.entries()) {
      const used = world.dealerUsed[d.index * n + k] ?? 0;
      if (used === 0 && k !== 0) continue;
      const dealerMax = used + Math.max(20, Math.ceil(used * 0.2));
      dealerRows.push([d.id, line.id, dealerMax, when].join("\t"));
      for (const i of d.ownerIndexes) {
        const account = org.accounts[i];
        if (!account) continue;
        const own = world.accountUsed[i * n + k] ?? 0;
        const max = Math.min(dealerMax, own + Math.max(5, Math.ceil(own * 0.2)));
        accountRows.push([d.id, account.id, line.id, max, when].join("\t"));
        if (k === 0) mailLeft.set(i, Math.min(max - own, dealerMax - used));
      }
    }
  }
  return { dealer: dealerRows, account: accountRows, mailLeft };
}

interface ManifestInput {
  options: GenerateOptions;
  url: URL;
  dbName: string;
  org: Org;
  vendor: { id: string; loginName: string; roles: readonly string[] }[];
  lines: { id: string; code: string; name: string }[];
  world: WorldGenerator;
  campaigns: ReturnType<typeof buildCampaigns>;
  counts: Record<string, number>;
  timings: BenchManifest["timings"];
  balances: Float64Array;
  quotaLeft: Map<number, number>;
}

function buildManifest(m: ManifestInput): BenchManifest {
  const { org, world } = m;
  const login = (index: number): Login => {
    const account = org.accounts[index];
    if (!account) throw new Error(`no account ${index}`);
    return {
      loginName: account.loginName,
      accountId: account.id,
      dealerId: org.dealers[account.dealerIndex]?.id ?? null,
    };
  };
  const vendorLogin = (role: string): Login => {
    const v = m.vendor.find((s) => s.roles.includes(role));
    if (!v) throw new Error(`no vendor ${role}`);
    return { loginName: v.loginName, accountId: v.id, dealerId: null };
  };
  const bigDealer = org.dealers.find((d) => d.large && d.bigManagerIndex >= 0);
  if (!bigDealer) throw new Error("no large dealer");
  const manager = bigDealer.bigManagerIndex;
  const subtree = subtreeOf(org, manager);
  const visible = subtree.reduce((sum, i) => sum + (world.ownedBy[i] ?? 0), 0);
  const rep = bigDealer.accountIndexes
    .filter((i) => org.accounts[i]?.preset === "SALES")
    .sort((x, y) => (world.ownedBy[y] ?? 0) - (world.ownedBy[x] ?? 0))[0];
  if (rep === undefined) throw new Error("no sales rep");

  const registrants: BenchManifest["logins"]["registrants"] = [];
  for (const d of org.dealers) {
    if (registrants.length >= 60) break;
    const best = d.ownerIndexes.map((i) => ({ i, left: m.quotaLeft.get(i) ?? 0 })).sort((x, y) => y.left - x.left)[0];
    if (best && best.left >= 5) registrants.push({ ...login(best.i), mailQuotaLeft: best.left });
  }
  const hotDomains = [...world.freeDomains.values()].slice(0, 50);

  // Search terms: the most used trade names (Chinese), their pinyin (domain substrings), IDNs.
  const trades = [...world.tradeUse.entries()].sort((x, y) => y[1] - x[1] || x[0] - y[0]);
  const pickTrades = [0, 1, 2, Math.floor(trades.length / 2), trades.length - 1]
    .map((k) => trades[k])
    .filter((t): t is [number, number] => t !== undefined);
  const idnSamples = world.samples.filter((s) => s.idn).slice(0, 3);
  const plain = world.samples.filter((s) => !s.idn);
  return {
    version: 1,
    generatedAt: new Date().toISOString(),
    seed: m.options.seed,
    anchor: new Date(m.options.anchor).toISOString(),
    database: { name: m.dbName, host: m.url.hostname, port: Number(m.url.port || 5432) },
    password: BENCH_PASSWORD,
    counts: m.counts,
    timings: m.timings,
    productLines: m.lines,
    logins: {
      vendorAdmin: vendorLogin("PLATFORM_ADMIN"),
      vendorFinance: vendorLogin("FINANCE"),
      vendorOps: vendorLogin("OPERATIONS"),
      channelManager: vendorLogin("CHANNEL_MANAGER"),
      salesDirector: vendorLogin("SALES_DIRECTOR"),
      dealerAdmin: { ...login(bigDealer.adminIndex), dealerName: bigDealer.name },
      salesManager: {
        ...login(manager),
        descendants: descendantCount(org.accounts, manager),
        visibleEnterprises: visible,
        maxTreeDepth: Math.max(...subtree.map((i) => org.accounts[i]?.level ?? 0)),
      },
      salesRep: { ...login(rep), ownedEnterprises: world.ownedBy[rep] ?? 0 },
      dealerAdmins: org.dealers
        .slice(0, 50)
        .map((d) => ({ ...login(d.adminIndex), balanceFen: m.balances[d.index] ?? 0 })),
      registrants,
    },
    hotDomains,
    campaigns: [...m.campaigns]
      .filter((c) => c.reviewStatus === "APPROVED")
      .sort((x, y) => y.pageViews - x.pageViews)
      .slice(0, 10)
      .map((c) => ({
        id: c.id,
        slug: c.slug,
        path: `/c/${c.slug}`,
        dealerId: org.dealers[c.dealerIndex]?.id ?? "",
        pageViews: c.pageViews,
        channels: c.channels,
      })),
    search: {
      chineseNames: pickTrades.map(([index, n]) => ({ term: tradeNameAt(index).zh, minHits: n })),
      domainSubstrings: pickTrades.slice(0, 3).map(([index]) => ({ term: tradeNameAt(index).pinyin, minHits: 1 })),
      idn: idnSamples.map((s) => ({ term: toUnicodeDomain(s.domain).split(".")[0] ?? s.domain, minHits: 1 })),
      exactDomains: plain.slice(0, 5).map((s) => s.domain),
      noHit: "不存在的企业名称xq",
    },
    sampleEnterprises: plain
      .slice(0, 20)
      .map((s) => ({ name: s.name, domain: s.domain, dealerId: org.dealers[s.dealerIndex]?.id ?? "" })),
  };
}

function subtreeOf(org: Org, root: number): number[] {
  const out = [root];
  for (let k = 0; k < out.length; k += 1) {
    const parent = out[k];
    for (const a of org.accounts) if (a.superiorIndex === parent) out.push(a.index);
  }
  return out;
}

export { MAX_TREE_DEPTH };
