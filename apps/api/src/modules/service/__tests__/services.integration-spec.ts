import { makeEdition } from "../../../../test/support/catalog-factories";
import { makeDealerTeam, makeEnterprise, makeVendorStaff } from "../../../../test/support/factories";
import type { GraphQLTestClient } from "../../../../test/support/graphql-client";
import { makeProductLine } from "../../../../test/support/routing-factories";
import { makeAddon, makeServiceRow } from "../../../../test/support/service-factories";
import { signInDirectly } from "../../../../test/support/sessions";
import { startTestApp, type TestApp } from "../../../../test/support/test-app";

const DAY = 86_400_000;

const SERVICES = `query($filter: ServiceFilter, $first: Int!, $after: String) {
  services(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id domain kind seats status daysLeft expiresAt
      edition { id name } productLine { id } enterprise { id name } dealer { id }
      addons { addon { id name active } enabled } } }
  }
}`;
const SET_ADDON = `mutation($serviceId: ID!, $addonId: ID!, $enabled: Boolean!) {
  setServiceAddon(serviceId: $serviceId, addonId: $addonId, enabled: $enabled) { id addons { addon { id } enabled } }
}`;
const ENTERPRISE_SERVICES = `query($id: ID!) { enterprise(id: $id) { services { id } } }`;

interface ServiceNode {
  id: string;
  domain: string;
  kind: string;
  seats: number;
  status: "ACTIVE" | "EXPIRED";
  daysLeft: number;
  expiresAt: string;
  edition: { id: string; name: string } | null;
  productLine: { id: string } | null;
  enterprise: { id: string; name: string } | null;
  dealer: { id: string } | null;
  addons: { addon: { id: string; name: string; active: boolean }; enabled: boolean }[];
}
interface ServicesData {
  services: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: ServiceNode }[];
  };
}

describe("已开通服务 (services) and 增值服务 switches", () => {
  let t: TestApp;
  let vendor: GraphQLTestClient;

  beforeAll(async () => {
    t = await startTestApp();
    vendor = await signInDirectly(t, (await makeVendorStaff(t.dataSource, ["OPERATIONS"])).id);
  });
  afterAll(async () => {
    await t.close();
  });

  /** Two dealers; A's enterprise is owned by staff `a` (below the manager) and holds services of a fresh product line. */
  async function world() {
    const line = await makeProductLine(t.dataSource);
    const otherLine = await makeProductLine(t.dataSource);
    const edition = await makeEdition(t.dataSource, line, { listPrice: 1000, name: "专业版" });
    const archive = await makeAddon(t.dataSource, line, { name: "邮件归档", sortOrder: 1 });
    const audit = await makeAddon(t.dataSource, line, { name: "审计", sortOrder: 2 });
    const retired = await makeAddon(t.dataSource, line, { name: "旧功能", active: false, sortOrder: 3 });
    const foreign = await makeAddon(t.dataSource, otherLine, { name: "别的产品线" });
    const A = await makeDealerTeam(t.dataSource);
    const B = await makeDealerTeam(t.dataSource);
    const enterprise = await makeEnterprise(t.dataSource, {
      dealer: A.dealer,
      owner: A.a,
      name: "华东示例科技有限公司",
    });
    const now = Date.now();
    const active = await makeServiceRow(t.dataSource, {
      dealer: A.dealer,
      enterprise,
      productLineId: line,
      editionId: edition,
      expiresAt: new Date(now + 20 * DAY),
    });
    const later = await makeServiceRow(t.dataSource, {
      dealer: A.dealer,
      enterprise,
      productLineId: line,
      editionId: edition,
      kind: "TRIAL",
      expiresAt: new Date(now + 200 * DAY),
    });
    const expired = await makeServiceRow(t.dataSource, {
      dealer: A.dealer,
      enterprise,
      productLineId: line,
      editionId: edition,
      expiresAt: new Date(now - 3 * DAY),
    });
    // A service B held on this enterprise before A claimed it: neither dealer sees it, vendor staff do.
    const stale = await makeServiceRow(t.dataSource, {
      dealer: B.dealer,
      enterprise,
      productLineId: line,
      expiresAt: new Date(now + 50 * DAY),
    });
    const bEnterprise = await makeEnterprise(t.dataSource, { dealer: B.dealer, owner: B.admin });
    const bService = await makeServiceRow(t.dataSource, {
      dealer: B.dealer,
      enterprise: bEnterprise,
      productLineId: line,
      expiresAt: new Date(now + 30 * DAY),
    });
    const sign = (account: { id: string }) => signInDirectly(t, account.id);
    return {
      line,
      otherLine,
      edition,
      addons: { archive, audit, retired, foreign },
      A,
      B,
      enterprise,
      bEnterprise,
      services: { active, later, expired, stale, bService },
      clients: {
        aAdmin: await sign(A.admin),
        aAssistant: await sign(A.assistant),
        aManager: await sign(A.manager),
        aStaff: await sign(A.a),
        aPeer: await sign(A.b),
        bAdmin: await sign(B.admin),
      },
    };
  }

  async function ids(client: GraphQLTestClient, filter: Record<string, unknown>): Promise<string[]> {
    const data = await client.ok<ServicesData>(SERVICES, { filter, first: 50 });
    return data.services.edges.map((e) => e.node.id);
  }

  async function auditRows(serviceId: string) {
    return t.dataSource.query<
      { action: string; before: { enabled: boolean }; after: { enabled: boolean; addonId: string } }[]
    >(`SELECT action, before, after FROM audit_log WHERE entity_type = 'service' AND entity_id = $1 ORDER BY id`, [
      serviceId,
    ]);
  }

  it("shows a service exactly when its enterprise is visible, and only to the dealer holding it", async () => {
    const w = await world();
    const { active, later, expired, stale, bService } = w.services;
    const byLine = { productLineId: w.line };
    const mine = [active.id, later.id, expired.id].sort();

    expect((await ids(w.clients.aAdmin, byLine)).sort()).toEqual(mine);
    expect((await ids(w.clients.aAssistant, byLine)).sort()).toEqual(mine);
    expect((await ids(w.clients.aManager, byLine)).sort()).toEqual(mine); // the owner's superior
    expect((await ids(w.clients.aStaff, byLine)).sort()).toEqual(mine); // the owner
    expect(await ids(w.clients.aPeer, byLine)).toEqual([]); // a peer of the owner
    expect(await ids(w.clients.bAdmin, byLine)).toEqual([bService.id]); // never A's rows, nor its own stale one
    expect((await ids(vendor, byLine)).sort()).toEqual([...mine, stale.id, bService.id].sort());

    // Another dealer naming A's enterprise gets nothing; the enterprise's own tab agrees with the list.
    expect(await ids(w.clients.bAdmin, { enterpriseId: w.enterprise.id })).toEqual([]);
    const tab = await w.clients.aAdmin.ok<{ enterprise: { services: { id: string }[] } }>(ENTERPRISE_SERVICES, {
      id: w.enterprise.id,
    });
    expect(tab.enterprise.services.map((s) => s.id).sort()).toEqual(mine);
  });

  it("filters by status, expiry window, kind and text, soonest expiry first, with the service's parts", async () => {
    const w = await world();
    const { active, later, expired } = w.services;
    const c = w.clients.aAdmin;
    const line = w.line;
    expect(await ids(c, { productLineId: line, status: "ACTIVE" })).toEqual([active.id, later.id]);
    expect(await ids(c, { productLineId: line, status: "EXPIRED" })).toEqual([expired.id]);
    expect(await ids(c, { productLineId: line, expiringWithinDays: 30 })).toEqual([active.id]);
    expect(await ids(c, { productLineId: line, kind: "TRIAL" })).toEqual([later.id]);
    expect(await ids(c, { productLineId: line, text: "华东示例" })).toHaveLength(3);
    expect(await ids(c, { productLineId: line, text: w.enterprise.mainDomain.slice(0, 8) })).toHaveLength(3);
    expect(await ids(c, { productLineId: line, text: "没有这个企业" })).toEqual([]);
    expect(await c.errorCode(SERVICES, { filter: { expiringWithinDays: 0 }, first: 10 })).toBe("VALIDATION_FAILED");

    // Paging keeps the order across pages.
    const first = await c.ok<ServicesData>(SERVICES, { filter: { productLineId: line }, first: 2 });
    expect(first.services.totalCount).toBe(3);
    expect(first.services.pageInfo.hasNextPage).toBe(true);
    const second = await c.ok<ServicesData>(SERVICES, {
      filter: { productLineId: line },
      first: 2,
      after: first.services.pageInfo.endCursor,
    });
    expect([...first.services.edges, ...second.services.edges].map((e) => e.node.id)).toEqual([
      expired.id,
      active.id,
      later.id,
    ]);

    const data = await c.ok<ServicesData>(SERVICES, { filter: { productLineId: line, status: "ACTIVE" }, first: 1 });
    const node = data.services.edges[0]?.node;
    expect(node).toMatchObject({
      id: active.id,
      status: "ACTIVE",
      daysLeft: 20,
      edition: { id: w.edition, name: "专业版" },
      productLine: { id: line },
      enterprise: { id: w.enterprise.id, name: "华东示例科技有限公司" },
      dealer: { id: w.A.dealer.id },
    });
    // The product line's active addons, all off; the discontinued one is not offered.
    expect(node?.addons.map((a) => [a.addon.name, a.enabled])).toEqual([
      ["邮件归档", false],
      ["审计", false],
    ]);
  });

  it("switches an addon with one audit entry per real switch; setting the same value records nothing", async () => {
    const w = await world();
    const serviceId = w.services.active.id;
    const addonId = w.addons.archive.id;
    const c = w.clients.aStaff; // the owner: a dealer user who edits

    const on = await c.ok<{ setServiceAddon: ServiceNode }>(SET_ADDON, { serviceId, addonId, enabled: true });
    expect(on.setServiceAddon.addons.find((a) => a.addon.id === addonId)?.enabled).toBe(true);
    await c.ok(SET_ADDON, { serviceId, addonId, enabled: true }); // again: nothing changes
    let rows = await auditRows(serviceId);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      action: "service.addon.set",
      before: { enabled: false },
      after: { enabled: true, addonId },
    });

    await w.clients.aAdmin.ok(SET_ADDON, { serviceId, addonId, enabled: false });
    await w.clients.aAdmin.ok(SET_ADDON, { serviceId, addonId, enabled: false });
    // Switching off an addon that was never on is no change either.
    await w.clients.aAdmin.ok(SET_ADDON, { serviceId, addonId: w.addons.audit.id, enabled: false });
    rows = await auditRows(serviceId);
    expect(rows.map((r) => [r.before.enabled, r.after.enabled])).toEqual([
      [false, true],
      [true, false],
    ]);
  });

  it("refuses another product line's addon, switching on a discontinued one, assistants, vendor staff and other dealers", async () => {
    const w = await world();
    const serviceId = w.services.active.id;
    const set = (client: GraphQLTestClient, addonId: string, enabled = true) =>
      client.request<{ setServiceAddon: ServiceNode }>(SET_ADDON, { serviceId, addonId, enabled });

    const foreign = await set(w.clients.aAdmin, w.addons.foreign.id);
    expect(foreign.errors?.[0]?.extensions).toMatchObject({
      code: "ADDON_NOT_AVAILABLE",
      details: { reason: "PRODUCT_LINE" },
    });
    const retired = await set(w.clients.aAdmin, w.addons.retired.id);
    expect(retired.errors?.[0]?.extensions).toMatchObject({
      code: "ADDON_NOT_AVAILABLE",
      details: { reason: "INACTIVE" },
    });
    expect((await set(w.clients.aAdmin, "not-an-id")).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");

    expect((await set(w.clients.aAssistant, w.addons.archive.id)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await set(vendor, w.addons.archive.id)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    // Another dealer, or a peer who can't see the enterprise: the service does not exist for them.
    expect((await set(w.clients.bAdmin, w.addons.archive.id)).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect((await set(w.clients.aPeer, w.addons.archive.id)).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    // B can't switch its stale service on A's enterprise either.
    const stale = await w.clients.bAdmin.request(SET_ADDON, {
      serviceId: w.services.stale.id,
      addonId: w.addons.archive.id,
      enabled: true,
    });
    expect(stale.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");

    expect(await auditRows(serviceId)).toEqual([]);
    const states: unknown[] = await t.dataSource.query(`SELECT 1 FROM service_addon WHERE service_id = ANY($1)`, [
      [serviceId, w.services.stale.id],
    ]);
    expect(states).toEqual([]);
  });

  it("keeps a discontinued addon visible while it is on, so it can be switched off", async () => {
    const w = await world();
    const serviceId = w.services.active.id;
    await w.clients.aAdmin.ok(SET_ADDON, { serviceId, addonId: w.addons.archive.id, enabled: true });
    await t.dataSource.query(`UPDATE addon SET active = false WHERE id = $1`, [w.addons.archive.id]);
    const data = await w.clients.aAdmin.ok<ServicesData>(SERVICES, {
      filter: { productLineId: w.line, status: "ACTIVE" },
      first: 1,
    });
    expect(data.services.edges[0]?.node.addons.map((a) => [a.addon.name, a.addon.active, a.enabled])).toEqual([
      ["邮件归档", false, true],
      ["审计", true, false],
    ]);
    await w.clients.aAdmin.ok(SET_ADDON, { serviceId, addonId: w.addons.archive.id, enabled: false });
    const after = await w.clients.aAdmin.ok<ServicesData>(SERVICES, {
      filter: { productLineId: w.line, status: "ACTIVE" },
      first: 1,
    });
    expect(after.services.edges[0]?.node.addons.map((a) => a.addon.name)).toEqual(["审计"]);
  });

  it("shows vendor staff every dealer's addon states but lets them switch none", async () => {
    const w = await world();
    await w.clients.aAdmin.ok(SET_ADDON, {
      serviceId: w.services.active.id,
      addonId: w.addons.audit.id,
      enabled: true,
    });
    const data = await vendor.ok<ServicesData>(SERVICES, {
      filter: { enterpriseId: w.enterprise.id, status: "ACTIVE" },
      first: 1,
    });
    expect(data.services.edges[0]?.node.addons.find((a) => a.addon.id === w.addons.audit.id)?.enabled).toBe(true);
  });
});
