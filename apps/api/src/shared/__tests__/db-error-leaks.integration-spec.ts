import { randomUUID } from "node:crypto";
import { QueryFailedError } from "typeorm";
import { makeDealerTeam, makeTag } from "../../../test/support/factories";
import type { GraphQLTestClient } from "../../../test/support/graphql-client";
import { signInDirectly } from "../../../test/support/sessions";
import { startTestApp, type TestApp } from "../../../test/support/test-app";

/**
 * Database errors never reach a client as SQL, table, column, constraint names or stack text
 * (item 9): real PostgreSQL errors — unique, check and foreign-key violations, a too-long value
 * and an invalid UUID — thrown inside a resolver and inside the file routes answer with a stable
 * code and the zh/en messages only. Malformed ids sent by clients are VALIDATION_FAILED.
 */

/** Words that appear in PostgreSQL / TypeORM error text and must never reach a client. */
const LEAKS = [
  /violates/i,
  /duplicate key/i,
  /constraint/i,
  /relation "/i,
  /column "/i,
  /syntax for type/i,
  /value too long/i,
  /QueryFailedError/,
  /\bINSERT INTO\b|\bSELECT\b.*\bFROM\b|\bUPDATE\b.*\bSET\b/,
  /\bat \S+ \(/, // stack frames
  /\.ts:\d+|\.js:\d+/,
  /harden_leak|tag_dealer_name_uq|_fkey|_check\b/,
];

function expectNoLeak(text: string): void {
  for (const pattern of LEAKS) expect(text).not.toMatch(pattern);
}

describe("database errors never leak SQL or table names", () => {
  let t: TestApp;
  let admin: GraphQLTestClient;
  let base: string;
  let dealerId: string;
  const errors: Record<string, QueryFailedError> = {};

  async function capture(sql: string, params: unknown[] = []): Promise<QueryFailedError> {
    try {
      await t.dataSource.query(sql, params);
    } catch (error) {
      if (error instanceof QueryFailedError) return error;
      throw error;
    }
    throw new Error(`expected ${sql} to fail`);
  }

  beforeAll(async () => {
    t = await startTestApp();
    base = t.url.replace(/\/graphql$/, "");
    const team = await makeDealerTeam(t.dataSource);
    dealerId = team.dealer.id;
    admin = await signInDirectly(t, team.admin.id);
    const tag = await makeTag(t.dataSource, { dealer: team.dealer, name: "重复" });
    errors.unique = await capture(`INSERT INTO tag (dealer_id, name) VALUES ($1, $2)`, [dealerId, tag.name]);
    errors.check = await capture(`INSERT INTO tag (dealer_id, name) VALUES ($1, '   ')`, [dealerId]);
    errors.foreignKey = await capture(`INSERT INTO tag (dealer_id, name) VALUES ($1, 'x')`, [randomUUID()]);
    errors.tooLong = await capture(`DO $$ DECLARE harden_leak varchar(2); BEGIN harden_leak := 'abcdef'; END $$`);
    errors.invalidUuid = await capture(`SELECT id FROM enterprise WHERE id = $1`, ["not-a-uuid'; drop table tag"]);
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await t.close();
  });

  it("the captured errors are the real ones (and do name the internals)", () => {
    expect(errors.unique?.driverError).toMatchObject({ code: "23505" });
    expect(errors.check?.driverError).toMatchObject({ code: "23514" });
    expect(errors.foreignKey?.driverError).toMatchObject({ code: "23503" });
    expect(errors.tooLong?.driverError).toMatchObject({ code: "22001" });
    expect(errors.invalidUuid?.driverError).toMatchObject({ code: "22P02" });
    expect(errors.unique?.message).toMatch(/duplicate key/);
  });

  it.each([
    ["unique", "CONFLICT"],
    ["foreignKey", "CONFLICT"],
    ["check", "VALIDATION_FAILED"],
    ["tooLong", "VALIDATION_FAILED"],
    ["invalidUuid", "VALIDATION_FAILED"],
  ])("a %s violation inside a resolver answers %s with zh/en messages only", async (kind, code) => {
    const spy = jest.spyOn(t.app.services.tag, "update").mockRejectedValueOnce(errors[kind]);
    const quiet = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const response = await fetch(t.url, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: admin.sessionCookie ?? "" },
      body: JSON.stringify({
        query: `mutation($id: ID!) { updateTag(id: $id, input: { name: "x" }) { id } }`,
        variables: { id: randomUUID() },
      }),
    });
    const text = await response.text();
    quiet.mockRestore();
    expect(spy).toHaveBeenCalled();
    spy.mockRestore();
    const body = JSON.parse(text) as { errors: { extensions: Record<string, unknown> }[] };
    const extensions = body.errors[0]?.extensions ?? {};
    expect(extensions.code).toBe(code);
    expect(typeof extensions.messageZh).toBe("string");
    expect(typeof extensions.messageEn).toBe("string");
    expectNoLeak(text);
  });

  it.each(["unique", "foreignKey", "check", "tooLong", "invalidUuid"])(
    "a %s violation inside a file route answers a coded JSON error only",
    async (kind) => {
      const spy = jest.spyOn(t.app.services.contract, "openDownload").mockRejectedValueOnce(errors[kind]);
      const quiet = jest.spyOn(console, "error").mockImplementation(() => undefined);
      const response = await fetch(`${base}/contracts/${randomUUID()}`, {
        headers: { cookie: admin.sessionCookie ?? "" },
      });
      const text = await response.text();
      quiet.mockRestore();
      expect(spy).toHaveBeenCalled();
      spy.mockRestore();
      expect(response.status).toBeGreaterThanOrEqual(400);
      const body = JSON.parse(text) as { error: Record<string, unknown> };
      expect(["INTERNAL", "VALIDATION_FAILED"]).toContain(body.error.code);
      expect(typeof body.error.messageZh).toBe("string");
      expect(typeof body.error.messageEn).toBe("string");
      expectNoLeak(text);
    },
  );

  it("malformed ids, too-long and NUL-byte values from clients are VALIDATION_FAILED without internals", async () => {
    const bad = ["not-a-uuid", "'; drop table sales_order; --", "00000000-0000-0000-0000-00000000000Z"];
    for (const id of bad) {
      for (const query of [
        `query($id: ID!) { order(id: $id) { id } }`,
        `query($id: ID!) { enterprise(id: $id) { id } }`,
        `query($id: ID!) { campaign(id: $id) { id } }`,
        `mutation($id: ID!) { closeOrder(id: $id) { id } }`,
        `mutation($id: ID!) { updateTag(id: $id, input: { name: "x" }) { id } }`,
      ]) {
        const result = await admin.request(query, { id });
        expect(["VALIDATION_FAILED", "NOT_FOUND"]).toContain(result.errors?.[0]?.extensions?.code);
        expectNoLeak(JSON.stringify(result));
      }
    }
    for (const name of ["x".repeat(10_000), "名\u0000字"]) {
      const result = await admin.request(
        `mutation($input: CreateEnterpriseInput!) { createEnterprise(input: $input) { id } }`,
        { input: { name, mainDomain: `${randomUUID().slice(0, 8)}.cn` } },
      );
      expect(result.errors?.[0]?.extensions?.code).toBe("VALIDATION_FAILED");
      expectNoLeak(JSON.stringify(result));
    }
    const tag = await admin.request(
      `mutation { createTag(input: { name: "${"长".repeat(50)}", color: "blue" }) { id } }`,
    );
    expect(tag.errors?.[0]?.extensions?.code).toBe("VALIDATION_FAILED");
    expectNoLeak(JSON.stringify(tag));
  });

  it("malformed ids on the file routes answer 404 / 400 JSON without internals", async () => {
    const cookie = admin.sessionCookie ?? "";
    for (const path of ["/contracts/not-a-uuid", "/request-attachments/'%3B%20drop%20table%20x", "/contracts/%00"]) {
      const response = await fetch(`${base}${path}`, { headers: { cookie } });
      expect([400, 404]).toContain(response.status);
      expectNoLeak(await response.text());
    }
    const form = new FormData();
    form.append("file", new Blob([Buffer.from("%PDF-1.4\n")], { type: "application/pdf" }), "c.pdf");
    const upload = await fetch(`${base}/orders/not-a-uuid/contracts`, {
      method: "POST",
      headers: { cookie, "x-requested-with": "XMLHttpRequest" },
      body: form,
    });
    expect([400, 404]).toContain(upload.status);
    expectNoLeak(await upload.text());
  });
});
