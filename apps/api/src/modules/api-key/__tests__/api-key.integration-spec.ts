import { createHash } from "node:crypto";
import { makeDealer, makeDealerAccount, makeEnterprise, makeVendorStaff } from "../../../../test/support/factories";
import type { GraphQLResult } from "../../../../test/support/graphql-client";
import { signInDirectly } from "../../../../test/support/sessions";
import { startTestApp, type TestApp } from "../../../../test/support/test-app";

const CREATE_KEY = `mutation($input: CreateApiKeyInput!) {
  createApiKey(input: $input) { secret apiKey { id prefix name scopes createdByName lastUsedAt revokedAt expiresAt } } }`;
const LIST_KEYS = `{ apiKeys(first: 100) { totalCount edges { node { id prefix name scopes lastUsedAt revokedAt status } } } }`;

interface KeyList {
  apiKeys: { totalCount: number; edges: { node: { id: string; lastUsedAt: string | null; status: string } }[] };
}
const nodesOf = (list: KeyList) => list.apiKeys.edges.map((e) => e.node);
const UPDATE_ACCOUNT = `mutation($id: ID!, $input: UpdateAccountInput!) { updateAccount(id: $id, input: $input) { id } }`;
const REVOKE = `mutation($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }`;
const ENTERPRISES = `{ enterprises(first: 100) { totalCount edges { node { id name } } } }`;
const ORDERS = `{ orders(first: 10) { totalCount } }`;
const CREATE_ENTERPRISE = `mutation($input: CreateEnterpriseInput!) { createEnterprise(input: $input) { id owner { id } } }`;

interface CreatedKey {
  createApiKey: {
    secret: string;
    apiKey: { id: string; prefix: string; name: string; scopes: string[]; createdByName: string };
  };
}

/** A partner system: only the Authorization header, no cookies. */
async function withKey<T = Record<string, unknown>>(
  t: TestApp,
  key: string,
  query: string,
  variables?: Record<string, unknown>,
  extraHeaders: Record<string, string> = {},
): Promise<{ status: number; body: GraphQLResult<T> }> {
  const response = await fetch(t.url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${key}`, ...extraHeaders },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as GraphQLResult<T> };
}

describe("API keys (SPEC §10): hashed, shown once, scoped, revocable, attributable", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  async function dealerWithAdmin() {
    const dealer = await makeDealer(t.dataSource);
    const admin = await makeDealerAccount(t.dataSource, { dealer, preset: "ADMIN" });
    const sales = await makeDealerAccount(t.dataSource, { dealer, preset: "SALES" });
    return { dealer, admin, sales, console: await signInDirectly(t, admin.id) };
  }

  async function createKey(
    client: Awaited<ReturnType<typeof dealerWithAdmin>>["console"],
    scopes: string[],
    extra: Record<string, unknown> = {},
  ) {
    const data = await client.ok<CreatedKey>(CREATE_KEY, { input: { name: "ERP 同步", scopes, ...extra } });
    return data.createApiKey;
  }

  it("shows the secret once and keeps only its SHA-256", async () => {
    const { console: admin } = await dealerWithAdmin();
    const created = await createKey(admin, ["READ_ENTERPRISES"]);
    expect(created.secret).toMatch(/^crm_live_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/);
    expect(created.secret.startsWith(`${created.apiKey.prefix}_`)).toBe(true);

    const [row] = await t.dataSource.query<{ secret_hash: string }[]>(`SELECT secret_hash FROM api_key WHERE id = $1`, [
      created.apiKey.id,
    ]);
    const secretPart = created.secret.slice(created.apiKey.prefix.length + 1);
    expect(row?.secret_hash).toBe(createHash("sha256").update(secretPart).digest("hex"));
    const [dump] = await t.dataSource.query<{ text: string }[]>(
      `SELECT row_to_json(k)::text AS text FROM api_key k WHERE id = $1`,
      [created.apiKey.id],
    );
    expect(dump?.text).not.toContain(secretPart);

    // the list never shows the secret again
    const listed = await admin.request(LIST_KEYS);
    expect(JSON.stringify(listed)).not.toContain(secretPart);
    expect(JSON.stringify(listed)).toContain(created.apiKey.prefix);
    expect(await admin.errorCode(`{ apiKeys { edges { node { secret } } } }`)).toBe("VALIDATION_FAILED");
  });

  it("does exactly its scopes: a READ_ENTERPRISES key reads enterprises, can't create leads or read orders", async () => {
    const { dealer, admin, console: adminConsole } = await dealerWithAdmin();
    const mine = await makeEnterprise(t.dataSource, { dealer, owner: admin });
    const key = (await createKey(adminConsole, ["READ_ENTERPRISES"])).secret;

    const read = await withKey<{ enterprises: { edges: { node: { id: string } }[] } }>(t, key, ENTERPRISES);
    expect(read.body.errors).toBeUndefined();
    expect(read.body.data?.enterprises.edges.map((e) => e.node.id)).toContain(mine.id);

    const write = await withKey(t, key, CREATE_ENTERPRISE, { input: { name: "新线索", mainDomain: "new-lead.cn" } });
    expect(write.body.errors?.[0]?.extensions?.code).toBe("API_KEY_SCOPE_REQUIRED");
    const [created] = await t.dataSource.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM enterprise WHERE dealer_id = $1 AND main_domain = 'new-lead.cn'`,
      [dealer.id],
    );
    expect(created?.count).toBe(0);

    const orders = await withKey(t, key, ORDERS);
    expect(orders.body.errors?.[0]?.extensions?.code).toBe("API_KEY_SCOPE_REQUIRED");
    // nor through a relation: services hang off an enterprise but need READ_SERVICES
    const nested = await withKey(t, key, `{ enterprises(first: 1) { edges { node { services { id } } } } }`);
    expect(nested.body.errors?.[0]?.extensions?.code).toBe("API_KEY_SCOPE_REQUIRED");
    // and never the console-only operations
    const keys = await withKey(t, key, LIST_KEYS);
    expect(keys.body.errors?.[0]?.extensions?.code).toBe("API_KEY_SCOPE_REQUIRED");
    const pwd = await withKey(t, key, `mutation { changePassword(input: { currentPassword: "x", newPassword: "y" }) }`);
    expect(pwd.body.errors?.[0]?.extensions?.code).toBe("API_KEY_SCOPE_REQUIRED");
  });

  it("sees its whole dealer and never another dealer's rows", async () => {
    const { dealer, sales, console: admin } = await dealerWithAdmin();
    const other = await dealerWithAdmin();
    const salesRow = await makeEnterprise(t.dataSource, { dealer, owner: sales });
    const foreign = await makeEnterprise(t.dataSource, { dealer: other.dealer, owner: other.admin });
    const key = (await createKey(admin, ["READ_ENTERPRISES"])).secret;

    const list = await withKey<{ enterprises: { edges: { node: { id: string } }[] } }>(t, key, ENTERPRISES);
    const ids = list.body.data?.enterprises.edges.map((e) => e.node.id) ?? [];
    expect(ids).toContain(salesRow.id);
    expect(ids).not.toContain(foreign.id);
    const one = await withKey(t, key, `query($id: ID!) { enterprise(id: $id) { id } }`, { id: foreign.id });
    expect(one.body.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it("writes with WRITE_LEADS, attributed to the key in the audit log, and records its last use", async () => {
    const { dealer, admin, console: adminConsole } = await dealerWithAdmin();
    const created = await createKey(adminConsole, ["WRITE_LEADS"]);
    const domain = `lead-${Date.now()}.cn`;
    const write = await withKey<{ createEnterprise: { id: string } }>(t, created.secret, CREATE_ENTERPRISE, {
      input: { name: "API 录入企业", mainDomain: domain },
    });
    expect(write.body.errors).toBeUndefined();
    const enterpriseId = write.body.data?.createEnterprise.id;

    const audit = await t.dataSource.query<{ actor_name: string; api_key_id: string; dealer_id: string }[]>(
      `SELECT actor_name, api_key_id, dealer_id FROM audit_log WHERE entity_id = $1 AND action LIKE 'enterprise.%'`,
      [enterpriseId],
    );
    expect(audit.length).toBeGreaterThan(0);
    expect(audit[0]?.api_key_id).toBe(created.apiKey.id);
    expect(audit[0]?.actor_name).toContain(created.apiKey.prefix);
    expect(audit[0]?.dealer_id).toBe(dealer.id);

    const [key] = await t.dataSource.query<{ last_used_at: Date | null }[]>(
      `SELECT last_used_at FROM api_key WHERE id = $1`,
      [created.apiKey.id],
    );
    expect(key?.last_used_at).toBeInstanceOf(Date);
    // the admin's console shows it too
    const listed = await adminConsole.ok<KeyList>(LIST_KEYS);
    expect(nodesOf(listed).find((k) => k.id === created.apiKey.id)?.lastUsedAt).not.toBeNull();
    expect(admin.id).toBeDefined();
  });

  it("stops working on the very next request after revocation", async () => {
    const { console: admin } = await dealerWithAdmin();
    const created = await createKey(admin, ["READ_ENTERPRISES"]);
    expect((await withKey(t, created.secret, ENTERPRISES)).status).toBe(200);
    await admin.ok(REVOKE, { id: created.apiKey.id });
    const after = await withKey(t, created.secret, ENTERPRISES);
    expect(after.status).toBe(401);
    expect(after.body.errors?.[0]?.extensions?.code).toBe("INVALID_API_KEY");
    expect(after.body.data).toBeUndefined();
  });

  it("honours its expiry", async () => {
    const { console: admin } = await dealerWithAdmin();
    const created = await createKey(admin, ["READ_ENTERPRISES"], { expiresAt: new Date(Date.now() + 3_600_000) });
    expect((await withKey(t, created.secret, ENTERPRISES)).status).toBe(200);
    await t.dataSource.query(`UPDATE api_key SET expires_at = now() - interval '1 second' WHERE id = $1`, [
      created.apiKey.id,
    ]);
    const expired = await withKey(t, created.secret, ENTERPRISES);
    expect(expired.body.errors?.[0]?.extensions?.code).toBe("INVALID_API_KEY");
    expect(
      await admin.errorCode(CREATE_KEY, {
        input: { name: "过去", scopes: ["READ_ENTERPRISES"], expiresAt: new Date(Date.now() - 1000) },
      }),
    ).toBe("VALIDATION_FAILED");
  });

  it("refuses a wrong secret under a real prefix, and garbage", async () => {
    const { console: admin } = await dealerWithAdmin();
    const created = await createKey(admin, ["READ_ENTERPRISES"]);
    const forged = `${created.apiKey.prefix}_${"A".repeat(43)}`;
    expect((await withKey(t, forged, ENTERPRISES)).body.errors?.[0]?.extensions?.code).toBe("INVALID_API_KEY");
    expect((await withKey(t, "nonsense", ENTERPRISES)).status).toBe(401);
  });

  it("wins over a session cookie sent with it", async () => {
    const { console: admin } = await dealerWithAdmin();
    const created = await createKey(admin, ["READ_ENTERPRISES"]);
    const cookie = admin.sessionCookie ?? "";
    // with the admin's cookie too, the request still has only the key's scopes
    const keys = await withKey(t, created.secret, LIST_KEYS, undefined, { cookie });
    expect(keys.body.errors?.[0]?.extensions?.code).toBe("API_KEY_SCOPE_REQUIRED");
  });

  it("is managed only by dealer admins (own dealer) and platform admins (vendor keys)", async () => {
    const { sales, console: admin } = await dealerWithAdmin();
    const other = await dealerWithAdmin();
    const salesConsole = await signInDirectly(t, sales.id);
    expect(await salesConsole.errorCode(LIST_KEYS)).toBe("FORBIDDEN");
    expect(await salesConsole.errorCode(CREATE_KEY, { input: { name: "x", scopes: ["READ_ENTERPRISES"] } })).toBe(
      "FORBIDDEN",
    );
    // a dealer key can't hold a vendor scope
    expect(await admin.errorCode(CREATE_KEY, { input: { name: "x", scopes: ["REPORT_DOMAIN_EVENTS"] } })).toBe(
      "VALIDATION_FAILED",
    );
    // another dealer's admin neither sees nor revokes it
    const created = await createKey(admin, ["READ_ENTERPRISES"]);
    const theirs = await other.console.ok<KeyList>(LIST_KEYS);
    expect(nodesOf(theirs).map((k) => k.id)).not.toContain(created.apiKey.id);
    expect(await other.console.errorCode(REVOKE, { id: created.apiKey.id })).toBe("NOT_FOUND");
  });

  it("lets a platform admin key the mail platform to report domain events, and nothing else", async () => {
    const platformAdmin = await makeVendorStaff(t.dataSource, ["PLATFORM_ADMIN"]);
    const vendorConsole = await signInDirectly(t, platformAdmin.id);
    const created = (
      await vendorConsole.ok<CreatedKey>(CREATE_KEY, { input: { name: "邮件平台", scopes: ["REPORT_DOMAIN_EVENTS"] } })
    ).createApiKey;
    const report = await withKey<{ reportDomainEvent: { domain: string } }>(
      t,
      created.secret,
      `mutation($input: ReportDomainEventInput!) { reportDomainEvent(input: $input) { domain } }`,
      { input: { domain: "www.events-example.cn", event: "VERIFIED" } },
    );
    expect(report.body.errors).toBeUndefined();
    expect(report.body.data?.reportDomainEvent.domain).toBe("events-example.cn");
    const [audit] = await t.dataSource.query<{ api_key_id: string }[]>(
      `SELECT api_key_id FROM audit_log WHERE api_key_id = $1 LIMIT 1`,
      [created.apiKey.id],
    );
    expect(audit?.api_key_id).toBe(created.apiKey.id);
    const dealers = await withKey(t, created.secret, `{ dealers(first: 5) { totalCount } }`);
    expect(dealers.body.errors?.[0]?.extensions?.code).toBe("API_KEY_SCOPE_REQUIRED");
  });

  it("is suspended while its creator is no longer an admin, for dealer and vendor keys alike", async () => {
    const { dealer, admin, console: creatorConsole } = await dealerWithAdmin();
    const second = await makeDealerAccount(t.dataSource, { dealer, preset: "ADMIN" });
    const secondConsole = await signInDirectly(t, second.id);
    const created = await createKey(creatorConsole, ["READ_ENTERPRISES"]);
    expect((await withKey(t, created.secret, ENTERPRISES)).status).toBe(200);

    // another admin demotes the creator to a salesperson in the console
    await secondConsole.ok(UPDATE_ACCOUNT, {
      id: admin.id,
      input: { accountType: "STAFF", permissions: ["BASIC", "LIST_PRICE_ORDER"] },
    });
    const demoted = await withKey(t, created.secret, ENTERPRISES);
    expect(demoted.status).toBe(401);
    expect(demoted.body.errors?.[0]?.extensions?.code).toBe("INVALID_API_KEY");
    const listed = nodesOf(await secondConsole.ok<KeyList>(LIST_KEYS)).find((k) => k.id === created.apiKey.id);
    expect(listed?.status).toBe("SUSPENDED");

    // restored to admin: the key works again; disabled: refused again
    await secondConsole.ok(UPDATE_ACCOUNT, {
      id: admin.id,
      input: { accountType: "ADMIN", permissions: ["BASIC", "ADMIN"] },
    });
    expect((await withKey(t, created.secret, ENTERPRISES)).status).toBe(200);
    await secondConsole.ok(`mutation($id: ID!) { setAccountStatus(id: $id, status: DISABLED) { id } }`, {
      id: admin.id,
    });
    expect((await withKey(t, created.secret, ENTERPRISES)).status).toBe(401);

    // a vendor key whose creator loses 平台管理员
    const platformAdmin = await makeVendorStaff(t.dataSource, ["PLATFORM_ADMIN", "OPERATIONS"]);
    const vendorKey = (
      await (
        await signInDirectly(t, platformAdmin.id)
      ).ok<CreatedKey>(CREATE_KEY, { input: { name: "邮件平台", scopes: ["REPORT_DOMAIN_EVENTS"] } })
    ).createApiKey;
    const report = `mutation($input: ReportDomainEventInput!) { reportDomainEvent(input: $input) { domain } }`;
    const event = { input: { domain: "suspend-example.cn", event: "VERIFIED" } };
    expect((await withKey(t, vendorKey.secret, report, event)).status).toBe(200);
    await t.dataSource.query(`UPDATE account SET vendor_roles = '{OPERATIONS}' WHERE id = $1`, [platformAdmin.id]);
    expect((await withKey(t, vendorKey.secret, report, event)).body.errors?.[0]?.extensions?.code).toBe(
      "INVALID_API_KEY",
    );
  });

  it("lists keys as a cursor connection, newest first, with each key's status", async () => {
    const { console: admin } = await dealerWithAdmin();
    const ids: string[] = [];
    for (const name of ["一", "二", "三"]) {
      ids.push(
        (await admin.ok<CreatedKey>(CREATE_KEY, { input: { name, scopes: ["READ_ENTERPRISES"] } })).createApiKey.apiKey
          .id,
      );
    }
    await admin.ok(REVOKE, { id: ids[0] });
    const PAGE = `query($after: String) { apiKeys(first: 2, after: $after) {
      totalCount edges { cursor node { id status } } pageInfo { hasNextPage endCursor } } }`;
    interface Page {
      apiKeys: {
        totalCount: number;
        edges: { node: { id: string; status: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    }
    const first = await admin.ok<Page>(PAGE);
    expect(first.apiKeys.totalCount).toBe(3);
    expect(first.apiKeys.edges.map((e) => e.node.id)).toEqual([ids[2], ids[1]]);
    expect(first.apiKeys.pageInfo.hasNextPage).toBe(true);
    const second = await admin.ok<Page>(PAGE, { after: first.apiKeys.pageInfo.endCursor });
    expect(second.apiKeys.edges.map((e) => e.node)).toEqual([{ id: ids[0], status: "REVOKED" }]);
    expect(second.apiKeys.pageInfo.hasNextPage).toBe(false);
    expect(first.apiKeys.edges.map((e) => e.node.status)).toEqual(["ACTIVE", "ACTIVE"]);
  });
});
