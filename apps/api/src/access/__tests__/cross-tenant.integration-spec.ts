import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { getNamedType, isObjectType, type GraphQLSchema } from "graphql";
import { ProbeGenerator, findLeaks, type Probe, type Protected } from "../../../test/support/cross-tenant-probe";
import { makeVendorStaff } from "../../../test/support/factories";
import { startTestApp, type TestApp } from "../../../test/support/test-app";
import { signInDirectly } from "../../../test/support/sessions";
import {
  contestDomain,
  makeTenantWorld,
  makeVendorSide,
  originOf,
  tenantFingerprint,
  tenantIds,
  type TenantWorld,
} from "../../../test/support/tenant-world";
import { scopesFor, type ApiKeyScope } from "@crm/domain";
import { API_KEY_DENIED_FIELDS, API_KEY_TYPE_SCOPES } from "../../permissions/api-key-gate";
import { buildApiSchema } from "../../schema";
import { LocalDiskFileStore } from "../../shared/file-store";

/**
 * The cross-tenant regression suite (SPEC §2 visibility, §10; CONVENTIONS rule 6): generated
 * from the schema, so a new Query field, argument or relation is probed the day it is added.
 * Dealer A's admin, assistant, manager, a sales rep and an API key with every dealer scope try
 * to reach dealer B's rows — by ID, by text filter, through nested relations, through the
 * exports and file downloads — and must see nothing of them. Inside dealer A, sales rep r1 must
 * see nothing of its peer r2. Dealer B's admin (and r2) run the same probes as the control:
 * they must find their rows, or the suite could not fail.
 */

const MIN_FILL_MS = 5;
/** Relation hops below each root field (connections and pages do not count as a hop). */
const HOPS = 3;
const CONCURRENCY = 4;
/** B's ids tried per ID argument: a spread over owners and kinds (every row id is still scanned for). */
const IDS_PER_TYPE = 3;

/**
 * Query fields only vendor staff may call: a dealer principal is refused (FORBIDDEN), whatever
 * the arguments. `tags(dealerId)` is not here: dealers may call it, and it ignores dealerId.
 */
const VENDOR_ONLY = ["dealers", "vendorHome", "routingRules", "routingRule", "announcements"];

/**
 * Row types of dealer B that no dealer ever reads back, with the reason. Every other type of
 * B's rows must be found by B's own admin through the generated probes (the positive control).
 */
const NOT_READ_BACK: Record<string, string> = {};

interface Principal {
  name: string;
  headers: Record<string, string>;
  /** Probes of this principal when not the common ones (an API key selects only what its scopes reach). */
  probes?: ProbeGenerator;
}

/** Whether a key with `scopes` may read a nested field (the gate refuses the others, nulling the answer). */
function keyReaches(scopes: readonly ApiKeyScope[]) {
  const has = (scope: ApiKeyScope | null | undefined) =>
    scope === undefined || (scope !== null && scopes.includes(scope));
  return (parent: string, field: string, returned: string) =>
    !(API_KEY_DENIED_FIELDS[parent] ?? []).includes(field) &&
    has(API_KEY_TYPE_SCOPES[parent]) &&
    has(API_KEY_TYPE_SCOPES[returned]);
}

interface Outcome {
  probe: Probe;
  status: number;
  text: string;
  codes: string[];
  leaks: string[];
}

async function sessionOf(t: TestApp, accountId: string): Promise<Record<string, string>> {
  const client = await signInDirectly(t, accountId);
  return { cookie: client.sessionCookie ?? "" };
}

const TIMING = new Map<string, number>();
afterAll(() => {
  if (process.env.CROSS_TENANT_DEBUG) console.log(JSON.stringify([...TIMING]));
});

async function run(t: TestApp, who: Principal, probes: Probe[], target: Protected): Promise<Outcome[]> {
  const out: Outcome[] = new Array<Outcome>(probes.length);
  let next = 0;
  const worker = async () => {
    while (next < probes.length) {
      const i = next;
      next += 1;
      const probe = probes[i] as Probe;
      const started = Date.now();
      const response = await fetch(t.url, {
        method: "POST",
        headers: { "content-type": "application/json", ...who.headers },
        body: JSON.stringify({ query: probe.query, variables: probe.variables }),
      });
      const text = await response.text();
      let codes: string[] = [];
      try {
        const body = JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] };
        codes = (body.errors ?? []).map((e) => e.extensions?.code ?? "?");
      } catch {
        codes = ["NOT_JSON"];
      }
      out[i] = { probe, status: response.status, text, codes, leaks: findLeaks(text, target, probe.sent) };
      if (process.env.CROSS_TENANT_DEBUG) {
        const key = `${probe.kind}`;
        TIMING.set(key, (TIMING.get(key) ?? 0) + (Date.now() - started));
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return out;
}

function describeLeaks(who: string, outcomes: Outcome[]): string[] {
  return outcomes
    .filter((o) => o.leaks.length > 0)
    .map((o) => `${who} ${o.probe.field} [${o.probe.kind} ${o.probe.via}]: ${o.leaks.slice(0, 4).join(", ")}`);
}

/** The strings of a tenant (or of one rep) that text filters are tried with. */
function searchStringsOf(marker: string, w: TenantWorld, rep: "r1" | "r2"): string[] {
  const m = w[rep].marker;
  // the bare marker is a substring of every string the rows hold: a text search for it matches them all
  return [marker, `企业${m}a`, `${m}a-main.com`, `boss@${m}a-main.com`];
}

/** A dealer's balance in 分 as a marker, when it is long enough not to occur by chance. */
async function balanceMarker(t: TestApp, dealerId: string): Promise<string[]> {
  const rows: { balance: string }[] = await t.dataSource.query(
    `SELECT balance FROM dealer_balance WHERE dealer_id = $1`,
    [dealerId],
  );
  const balance = rows[0]?.balance;
  return balance && balance.length >= 8 ? [balance] : [];
}

/** An order number and a request number (SO…, BR…), which dealers search with too. */
async function numbersOf(t: TestApp, dealerId: string, owner?: string): Promise<string[]> {
  const rows: { n: string }[] = await t.dataSource.query(
    `(SELECT order_no AS n FROM sales_order WHERE dealer_id = $1 AND ($2::uuid IS NULL OR created_by = $2) LIMIT 1)
     UNION ALL
     (SELECT request_no FROM business_request WHERE dealer_id = $1 AND ($2::uuid IS NULL OR submitted_by = $2) LIMIT 1)`,
    [dealerId, owner ?? null],
  );
  return rows.map((r) => r.n);
}

function typesOfIds(target: Protected, outcomes: Outcome[]): Set<string> {
  const seen = new Set<string>();
  for (const [type, ids] of target.idsByType) {
    if (outcomes.some((o) => ids.some((id) => o.text.includes(`"id":"${id}"`)))) seen.add(type);
  }
  return seen;
}

describe("cross-tenant regression (generated from the schema)", () => {
  let t: TestApp;
  let dir: string;
  let schema: GraphQLSchema;
  let A: TenantWorld;
  let B: TenantWorld;
  let toB: Protected;
  let toR2: Protected;
  let probesB: ProbeGenerator;
  let probesR2: ProbeGenerator;
  let dealerA: Principal[];
  let contestRefusal: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "crm-cross-tenant-"));
    t = await startTestApp(
      { fileStore: new LocalDiskFileStore(dir), campaignPublic: { minFillMs: MIN_FILL_MS } },
      // the probes select every field a few relations deep: far above the console's own limits
      { maxDepth: 40, maxTokens: 200_000, maxCost: 100_000_000, maxAliases: 100 },
    );
    const ops = await makeVendorStaff(t.dataSource, ["OPERATIONS"]);
    const finance = await makeVendorStaff(t.dataSource, ["FINANCE"]);
    const vendor = await makeVendorSide(t, { ops, finance });
    A = await makeTenantWorld(t, vendor, MIN_FILL_MS);
    B = await makeTenantWorld(t, vendor, MIN_FILL_MS);
    schema = buildApiSchema();
    // the one place the tenants meet: A's rep tries to register a domain B holds
    const refusal = await contestDomain(t, vendor, B, A);
    expect(refusal.errors?.[0]?.extensions?.code).toBe("DOMAIN_LOCKED");
    contestRefusal = JSON.stringify(refusal);

    toB = {
      idsByType: await tenantIds(t.dataSource, B.dealer.id),
      searchStrings: [...searchStringsOf(B.marker, B, "r1"), ...(await numbersOf(t, B.dealer.id))],
      // B's top-up and balance in 分: amounts are data too
      markers: [B.marker, String(B.topUpAmount), ...(await balanceMarker(t, B.dealer.id))],
    };
    toR2 = {
      idsByType: await tenantIds(t.dataSource, A.dealer.id, A.r2.account),
      searchStrings: [...searchStringsOf(A.r2.marker, A, "r2"), ...(await numbersOf(t, A.dealer.id, A.r2.account.id))],
      markers: [A.r2.marker],
    };
    // r2's own account row is not r2's data: colleagues see each other's names (代办人 candidates)
    (toR2.idsByType as Map<string, string[]>).delete("Account");
    // plain probes walk the relations of rows A's rep r1 holds (all of A's principals see them but the key's scopes)
    const ownOfA = await tenantIds(t.dataSource, A.dealer.id);
    for (const [type, ids] of await tenantIds(t.dataSource, A.dealer.id, A.r1.account)) ownOfA.set(type, ids);
    probesB = new ProbeGenerator(schema, toB, { hops: HOPS, idsPerType: IDS_PER_TYPE, ownIds: ownOfA });
    probesR2 = new ProbeGenerator(schema, toR2, { hops: HOPS, idsPerType: IDS_PER_TYPE, ownIds: ownOfA });

    dealerA = [
      { name: "A.admin", headers: await sessionOf(t, A.admin.id) },
      { name: "A.assistant", headers: await sessionOf(t, A.assistant.id) },
      { name: "A.manager", headers: await sessionOf(t, A.manager.id) },
      { name: "A.r1", headers: await sessionOf(t, A.r1.account.id) },
      {
        name: "A.apiKey",
        headers: { authorization: `Bearer ${A.apiKeySecret}` },
        probes: new ProbeGenerator(schema, toB, {
          hops: HOPS,
          idsPerType: IDS_PER_TYPE,
          ownIds: ownOfA,
          allowField: keyReaches(scopesFor("DEALER")),
        }),
      },
    ];
  }, 120_000);
  afterAll(async () => {
    await t.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("the world holds rows of every kind for dealer B, and of rep r2 inside dealer A", () => {
    expect([...toB.idsByType.keys()].sort()).toEqual(
      [
        "Account",
        "ApiKey",
        "ApiKeyCall",
        "AuditLogEntry",
        "BusinessRequest",
        "Campaign",
        "ContractFile",
        "Dealer",
        "Enterprise",
        "EnterpriseContact",
        "FollowUp",
        "InvoiceRequest",
        "Lead",
        "LedgerEntry",
        "Notice",
        "Order",
        "Registration",
        "RequestAttachment",
        "Service",
        "Tag",
      ].sort(),
    );
    expect(toB.idsByType.get("Order")).toHaveLength(8); // NEW, RENEWAL, EXPANSION, TRIAL per rep
    expect([...toR2.idsByType.keys()].sort()).toEqual(
      [
        "BusinessRequest",
        "Campaign",
        "ContractFile",
        "Enterprise",
        "EnterpriseContact",
        "FollowUp",
        "InvoiceRequest",
        "Order",
        "Registration",
        "RequestAttachment",
        "Service",
      ].sort(),
    );
  });

  it("generates probes for every Query field, and every ID argument it meets is covered", () => {
    const fields = Object.keys(schema.getQueryType()?.getFields() ?? {});
    const probes = probesB.all();
    expect(new Set(probes.map((p) => p.field))).toEqual(new Set(fields));
    // a new ID argument with no known row type (or no rows of it in the world) fails here
    expect(probesB.skipped).toEqual([]);
    expect([...probesB.nestedSkipped]).toEqual([]);
    const reachable = new Set<string>();
    const walk = (name: string) => {
      const type = schema.getType(name);
      if (!type || !isObjectType(type) || reachable.has(name)) return;
      reachable.add(name);
      for (const f of Object.values(type.getFields())) walk(getNamedType(f.type).name);
    };
    walk("Query");
    reachable.delete("Query");
    // every object type reachable from Query is selected by some probe
    expect([...reachable].filter((name) => !probesB.typesReached.has(name))).toEqual([]);
    console.log(
      `[cross-tenant] ${fields.length} Query fields, ${probesB.typesReached.size} object types, ` +
        `${probes.length} probes per principal (${probes.filter((p) => p.kind === "id").length} by id, ` +
        `${probes.filter((p) => p.kind === "text").length} by text)`,
    );
  });

  it("control: dealer B's admin running the same probes finds B's rows of every kind", async () => {
    const outcomes = await run(t, { name: "B.admin", headers: await sessionOf(t, B.admin.id) }, probesB.all(), toB);
    const seen = typesOfIds(toB, outcomes);
    const expected = [...toB.idsByType.keys()].filter((type) => !NOT_READ_BACK[type]);
    expect(expected.filter((type) => !seen.has(type))).toEqual([]);
    // and by id, by text and through nested relations alike
    const found = (kind: Probe["kind"]) => new Set(outcomes.filter((o) => o.probe.kind === kind && o.leaks.length));
    expect(found("id").size).toBeGreaterThan(20);
    expect(found("text").size).toBeGreaterThan(10);
    expect(found("plain").size).toBeGreaterThan(10);
  }, 120_000);

  it("control: dealer B's API key, with the key's own probes, finds what its scopes read", async () => {
    const keyProbes = dealerA.find((p) => p.name === "A.apiKey")?.probes as ProbeGenerator;
    const outcomes = await run(
      t,
      { name: "B.apiKey", headers: { authorization: `Bearer ${B.apiKeySecret}` } },
      keyProbes.all(),
      toB,
    );
    const seen = typesOfIds(toB, outcomes);
    expect(
      [
        "Enterprise",
        "EnterpriseContact",
        "FollowUp",
        "Tag",
        "Lead",
        "Order",
        "ContractFile",
        "Registration",
        "Service",
      ].filter((type) => !seen.has(type)),
    ).toEqual([]);
  }, 120_000);

  it("no principal of dealer A reaches a row of dealer B: by id, by filter, through relations", async () => {
    const probes = probesB.all();
    const leaks: string[] = [];
    for (const who of dealerA) {
      const outcomes = await run(t, who, who.probes?.all() ?? probes, toB);
      leaks.push(...describeLeaks(who.name, outcomes));
      if (process.env.CROSS_TENANT_DEBUG) {
        const hist = new Map<string, number>();
        for (const o of outcomes) {
          const key = `${o.probe.field} ${o.probe.kind} ${o.codes.join("+") || "ok"}`;
          hist.set(key, (hist.get(key) ?? 0) + 1);
        }
        console.log(who.name, JSON.stringify([...hist].sort()));
      }
    }
    expect(leaks).toEqual([]);
  }, 120_000);

  it("the refusal of a domain another dealer holds names nothing of that dealer", () => {
    expect(findLeaks(contestRefusal, toB, [])).toEqual([]);
  });

  it("vendor-side Query fields refuse every principal of dealer A", async () => {
    const query = schema.getQueryType()?.getFields() ?? {};
    for (const name of VENDOR_ONLY) expect(query[name]).toBeDefined();
    const probes = probesB.all().filter((p) => VENDOR_ONLY.includes(p.field) && p.kind !== "text");
    for (const who of dealerA) {
      const outcomes = await run(t, who, probes, toB);
      const refused = (o: Outcome) =>
        o.codes.length > 0 &&
        o.codes.every((code) => code === "FORBIDDEN" || code === "API_KEY_SCOPE_REQUIRED") &&
        !o.text.includes('"data":{');
      const answered = outcomes.filter((o) => !refused(o));
      expect(answered.map((o) => `${who.name} ${o.probe.field} ${o.probe.via}: ${o.text.slice(0, 200)}`)).toEqual([]);
    }
  });

  it("inside dealer A, sales rep r1 reaches nothing of its peer r2 (and r2 finds its own rows)", async () => {
    const probes = probesR2.all();
    expect(probesR2.skipped.filter((s) => !/no protected/.test(s.reason))).toEqual([]);
    const r1 = dealerA.find((p) => p.name === "A.r1") as Principal;
    expect(describeLeaks("A.r1", await run(t, r1, probes, toR2))).toEqual([]);

    const own = await run(t, { name: "A.r2", headers: await sessionOf(t, A.r2.account.id) }, probes, toR2);
    const seen = typesOfIds(toR2, own);
    // 发票 need 查看经销商财务信息, which a sales rep does not hold: r2 reads none, r1 neither
    expect([...toR2.idsByType.keys()].filter((type) => !seen.has(type) && type !== "InvoiceRequest")).toEqual([]);
  }, 60_000);

  describe("exports and file downloads", () => {
    /** Filters of an export route, generated from the input type like the GraphQL probes. */
    function exportFilters(typeName: string, target: Protected): { filter: Record<string, unknown>; sent: string[] }[] {
      const generator = new ProbeGenerator(schema, target);
      const field = schema.getQueryType()?.getFields()[
        typeName === "EnterpriseFilter" ? "enterprises" : "businessRequests"
      ];
      if (!field) throw new Error("no list field");
      const filters = generator
        .probesFor(field)
        .filter((p) => p.kind !== "plain" && p.kind !== "nested-id" && p.variables.filter)
        .map((p) => ({ filter: p.variables.filter as Record<string, unknown>, sent: p.sent }));
      return [{ filter: {}, sent: [] }, ...filters];
    }

    async function get(who: Principal, path: string) {
      const response = await fetch(`${originOf(t)}${path}`, { headers: who.headers });
      return { status: response.status, text: Buffer.from(await response.arrayBuffer()).toString("utf8") };
    }

    it("the enterprise and request exports of dealer A hold nothing of dealer B, whatever the filter", async () => {
      const sessions = dealerA.filter((p) => p.name !== "A.apiKey");
      const leaks: string[] = [];
      const paths: { path: string; sent: string[] }[] = [];
      // every filter on the 全部录入企业 export; the other three lists unfiltered and by B's owners
      for (const [i, { filter, sent }] of exportFilters("EnterpriseFilter", toB).entries()) {
        const lists =
          i === 0 || "ownerAccountIds" in filter
            ? ["all", "renewal-due&withinDays=365", "trial-expired", "routed"]
            : ["all"];
        for (const list of lists) {
          paths.push({
            path: `/export/enterprises?format=csv&list=${list}&filter=${encodeURIComponent(JSON.stringify(filter))}`,
            sent,
          });
        }
      }
      for (const { filter, sent } of exportFilters("RequestFilter", toB)) {
        paths.push({ path: `/export/requests?format=csv&filter=${encodeURIComponent(JSON.stringify(filter))}`, sent });
      }
      let served = 0;
      for (const who of sessions) {
        for (const { path, sent } of paths) {
          const { status, text } = await get(who, path);
          if (status === 200) served += 1;
          const found = findLeaks(text, toB, sent);
          if (found.length) leaks.push(`${who.name} ${path}: ${found.join(", ")}`);
        }
      }
      expect(leaks).toEqual([]);
      expect(served).toBeGreaterThan(paths.length); // the exports did run (not refused wholesale)

      // control: B's admin's export holds B's rows
      const bAdmin = { name: "B.admin", headers: await sessionOf(t, B.admin.id) };
      expect((await get(bAdmin, "/export/enterprises?format=csv&list=all")).text).toContain(B.r1.marker);
      expect((await get(bAdmin, "/export/requests?format=csv")).text).toContain(B.marker);
    }, 60_000);

    it("inside dealer A, rep r1's exports and downloads hold nothing of its peer r2", async () => {
      const r1 = dealerA.find((p) => p.name === "A.r1") as Principal;
      const paths = [
        ...exportFilters("EnterpriseFilter", toR2).map(({ filter, sent }) => ({
          path: `/export/enterprises?format=csv&list=all&filter=${encodeURIComponent(JSON.stringify(filter))}`,
          sent,
        })),
        ...exportFilters("RequestFilter", toR2).map(({ filter, sent }) => ({
          path: `/export/requests?format=csv&filter=${encodeURIComponent(JSON.stringify(filter))}`,
          sent,
        })),
      ];
      const files = [
        ...(toR2.idsByType.get("ContractFile") ?? []).map((id) => `/contracts/${id}`),
        ...(toR2.idsByType.get("RequestAttachment") ?? []).map((id) => `/request-attachments/${id}`),
      ];
      expect(files).toHaveLength(2);
      const answers: string[] = [];
      for (const { path, sent } of paths) {
        const { status, text } = await get(r1, path);
        const found = findLeaks(text, toR2, sent);
        if (status !== 200 || found.length) answers.push(`${path}: ${status} ${found.join(", ")}`);
      }
      for (const path of files) {
        const { status, text } = await get(r1, path);
        if (status !== 404 || findLeaks(text, toR2, []).length) answers.push(`${path}: ${status}`);
      }
      expect(answers).toEqual([]);
      // control: r1's own export holds r1's rows
      expect((await get(r1, "/export/enterprises?format=csv&list=all")).text).toContain(A.r1.marker);
    }, 60_000);

    it("B's contract files, request attachments and QR codes answer 404 to every principal of dealer A", async () => {
      const paths = [
        ...(toB.idsByType.get("ContractFile") ?? []).map((id) => `/contracts/${id}`),
        ...(toB.idsByType.get("RequestAttachment") ?? []).map((id) => `/request-attachments/${id}`),
        ...(toB.idsByType.get("Campaign") ?? []).flatMap((id) => [
          `/campaign-files/qr/${id}/wechat.svg?origin=${encodeURIComponent("https://crm.example.com")}`,
          `/campaign-files/qr/${id}/poster.png?origin=${encodeURIComponent("https://crm.example.com")}`,
        ]),
      ];
      expect(paths.length).toBeGreaterThanOrEqual(8);
      const answers: string[] = [];
      for (const who of dealerA) {
        for (const path of paths) {
          const { status, text } = await get(who, path);
          const found = findLeaks(text, toB, []);
          if (![401, 403, 404].includes(status) || found.length)
            answers.push(`${who.name} ${path}: ${status} ${found.join(", ")}`);
        }
      }
      expect(answers).toEqual([]);

      // control: B's admin downloads them
      const bAdmin = { name: "B.admin", headers: await sessionOf(t, B.admin.id) };
      for (const path of paths) expect([path, (await get(bAdmin, path)).status]).toEqual([path, 200]);
      const contract = paths.find((p) => p.startsWith("/contracts/")) as string;
      expect((await get(bAdmin, contract)).text).toContain(B.marker);
    }, 60_000);
  });

  // last: a mutation that wrongly went through would change B's rows under the other tests
  describe("mutations", () => {
    it("mutations naming B's rows by id answer nothing of B and change nothing of B", async () => {
      const before = await tenantFingerprint(t.dataSource, B.dealer.id);
      const probes = probesB.mutationProbes();
      expect(probes.length).toBeGreaterThan(40);
      const leaks: string[] = [];
      for (const who of dealerA.filter((p) => p.name === "A.admin" || p.name === "A.r1" || p.name === "A.apiKey")) {
        const outcomes = await run(t, who, probes, toB);
        leaks.push(...describeLeaks(who.name, outcomes));
        if (process.env.CROSS_TENANT_DEBUG) {
          console.log(
            who.name,
            outcomes.map((o) => `${o.probe.field} ${o.probe.via} ${o.codes.join("+") || "ok"}`),
          );
        }
      }
      expect(leaks).toEqual([]);
      expect(await tenantFingerprint(t.dataSource, B.dealer.id)).toEqual(before);
    }, 120_000);
  });
});
