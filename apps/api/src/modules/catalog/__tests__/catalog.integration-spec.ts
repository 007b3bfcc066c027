import { randomUUID } from "node:crypto";
import { makeDealer, makeDealerAccount, makeVendorStaff } from "../../../../test/support/factories";
import type { GraphQLTestClient } from "../../../../test/support/graphql-client";
import { makeProductLine } from "../../../../test/support/routing-factories";
import { signInDirectly } from "../../../../test/support/sessions";
import { startTestApp, type TestApp } from "../../../../test/support/test-app";

const LINES = `query { productLines { id code name sortOrder giftRule { perPaidMonths maxGiftMonths labelZh }
  editions(includeInactive: true) { id code name isSpecial listPrice active sortOrder productLine { id } }
  addons(includeInactive: true) { id code name description active sortOrder } } }`;
const CREATE_LINE = `mutation($input: CreateProductLineInput!) {
  createProductLine(input: $input) { id code name sortOrder giftRule { perPaidMonths maxGiftMonths } } }`;
const UPDATE_LINE = `mutation($id: ID!, $input: UpdateProductLineInput!) {
  updateProductLine(id: $id, input: $input) { id name sortOrder giftRule { perPaidMonths maxGiftMonths labelZh } } }`;
const CREATE_EDITION = `mutation($input: CreateEditionInput!) {
  createEdition(input: $input) { id code name isSpecial listPrice active sortOrder } }`;
const UPDATE_EDITION = `mutation($id: ID!, $input: UpdateEditionInput!) {
  updateEdition(id: $id, input: $input) { id name isSpecial listPrice active sortOrder } }`;
const CREATE_ADDON = `mutation($input: CreateAddonInput!) {
  createAddon(input: $input) { id code name description active sortOrder } }`;
const UPDATE_ADDON = `mutation($id: ID!, $input: UpdateAddonInput!) {
  updateAddon(id: $id, input: $input) { id name description active } }`;

interface EditionNode {
  id: string;
  code: string;
  name: string;
  isSpecial: boolean;
  listPrice: number | null;
  active: boolean;
  sortOrder: number;
}
interface LineNode {
  id: string;
  code: string;
  name: string;
  sortOrder: number;
  giftRule: { perPaidMonths: number; maxGiftMonths: number; labelZh: string };
  editions: EditionNode[];
  addons: { id: string; code: string; name: string; description: string | null; active: boolean }[];
}

function uniqueCode(prefix = "T"): string {
  return `${prefix}_${randomUUID().slice(0, 8).toUpperCase().replace(/-/g, "_")}`;
}

describe("the product catalogue (产品线、版本、价格、增值服务)", () => {
  let t: TestApp;
  let admin: GraphQLTestClient;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await signInDirectly(t, (await makeVendorStaff(t.dataSource, ["PLATFORM_ADMIN"])).id);
  });
  afterAll(async () => {
    await t.close();
  });

  async function line(client: GraphQLTestClient, id: string): Promise<LineNode | undefined> {
    return (await client.ok<{ productLines: LineNode[] }>(LINES)).productLines.find((p) => p.id === id);
  }

  async function auditCount(entityId: string, action: string): Promise<number> {
    const [row] = await t.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM audit_log WHERE entity_id = $1 AND action = $2`,
      [entityId, action],
    );
    return row?.n ?? -1;
  }

  async function tableCount(table: "product_line" | "edition" | "addon"): Promise<number> {
    const [row] = await t.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM ${table}`);
    return row?.n ?? -1;
  }

  it("lets a platform admin build a product line with a gift rule, editions with list prices and addons, all audited", async () => {
    const code = uniqueCode("PL");
    const created = await admin.ok<{ createProductLine: { id: string; code: string; sortOrder: number } }>(
      CREATE_LINE,
      {
        input: {
          code: code.toLowerCase(),
          name: `  测试邮箱 ${code} `,
          giftRule: { perPaidMonths: 12, maxGiftMonths: 2 },
        },
      },
    );
    const lineId = created.createProductLine.id;
    expect(created.createProductLine.code).toBe(code);
    expect(await auditCount(lineId, "productLine.create")).toBe(1);

    const pro = await admin.ok<{ createEdition: EditionNode }>(CREATE_EDITION, {
      input: { productLineId: lineId, code: "pro", name: "专业版", listPrice: 1500 },
    });
    expect(pro.createEdition).toMatchObject({ code: "PRO", listPrice: 1500, isSpecial: false, active: true });
    const std = await admin.ok<{ createEdition: EditionNode }>(CREATE_EDITION, {
      input: { productLineId: lineId, code: "STANDARD", name: "标准版", listPrice: 800, sortOrder: 1 },
    });
    const o365 = await admin.ok<{ createEdition: EditionNode }>(CREATE_EDITION, {
      input: { productLineId: lineId, code: "E3", name: "企业版 E3", listPrice: 16_500, isSpecial: true },
    });
    expect(o365.createEdition.isSpecial).toBe(true);
    expect(o365.createEdition.sortOrder).toBeGreaterThan(pro.createEdition.sortOrder);
    const addon = await admin.ok<{ createAddon: { id: string; code: string; description: string | null } }>(
      CREATE_ADDON,
      { input: { productLineId: lineId, code: "ARCHIVE", name: "邮件归档", description: "  保存 10 年 " } },
    );
    expect(addon.createAddon).toMatchObject({ code: "ARCHIVE", description: "保存 10 年" });

    const read = await line(admin, lineId);
    expect(read?.name).toBe(`测试邮箱 ${code}`);
    expect(read?.giftRule).toEqual({ perPaidMonths: 12, maxGiftMonths: 2, labelZh: "每付费 12 个月最多赠送 2 个月" });
    expect(read?.editions.map((e) => [e.code, e.listPrice])).toEqual([
      ["STANDARD", 800],
      ["PRO", 1500],
      ["E3", 16_500],
    ]);
    expect(read?.addons.map((a) => a.code)).toEqual(["ARCHIVE"]);

    // Updates: the price, the gift rule, switching an edition and an addon off.
    const updated = await admin.ok<{ updateEdition: EditionNode }>(UPDATE_EDITION, {
      id: std.createEdition.id,
      input: { listPrice: 880, name: "标准版（新）" },
    });
    expect(updated.updateEdition).toMatchObject({ listPrice: 880, name: "标准版（新）" });
    await admin.ok(UPDATE_EDITION, { id: o365.createEdition.id, input: { active: false } });
    await admin.ok(UPDATE_ADDON, { id: addon.createAddon.id, input: { active: false, description: "" } });
    const rule = await admin.ok<{ updateProductLine: { giftRule: { labelZh: string } } }>(UPDATE_LINE, {
      id: lineId,
      input: { giftRule: { perPaidMonths: 24, maxGiftMonths: 3 }, sortOrder: 998 },
    });
    expect(rule.updateProductLine.giftRule.labelZh).toBe("每付费 24 个月最多赠送 3 个月");

    const after = await line(admin, lineId);
    expect(after?.editions.find((e) => e.code === "E3")?.active).toBe(false);
    expect(after?.addons[0]).toMatchObject({ active: false, description: null });
    expect(after?.sortOrder).toBe(998);

    // Audit: before and after of the price change.
    const [entry] = await t.dataSource.query<{ before: { listPrice: number }; after: { listPrice: number } }[]>(
      `SELECT before, after FROM audit_log WHERE entity_id = $1 AND action = 'edition.update' ORDER BY at LIMIT 1`,
      [std.createEdition.id],
    );
    expect(entry?.before.listPrice).toBe(800);
    expect(entry?.after.listPrice).toBe(880);
    expect(await auditCount(o365.createEdition.id, "edition.update")).toBe(1);
    expect(await auditCount(addon.createAddon.id, "addon.update")).toBe(1);
    expect(await auditCount(lineId, "productLine.update")).toBe(1);

    // An update that changes nothing writes no audit entry.
    await admin.ok(UPDATE_EDITION, { id: std.createEdition.id, input: { listPrice: 880 } });
    expect(await auditCount(std.createEdition.id, "edition.update")).toBe(1);
  });

  it("shows dealers only active editions and addons, even when they ask for inactive ones", async () => {
    const lineId = await makeProductLine(t.dataSource);
    const on = await admin.ok<{ createEdition: EditionNode }>(CREATE_EDITION, {
      input: { productLineId: lineId, code: "ON", name: "在售版", listPrice: 100 },
    });
    await admin.ok(CREATE_EDITION, {
      input: { productLineId: lineId, code: "OFF", name: "停售版", listPrice: 100, active: false },
    });
    await admin.ok(CREATE_ADDON, { input: { productLineId: lineId, code: "OFF", name: "停用服务", active: false } });
    const dealer = await makeDealer(t.dataSource);
    const staff = await signInDirectly(t, (await makeDealerAccount(t.dataSource, { dealer, preset: "SALES" })).id);
    const seen = await line(staff, lineId);
    expect(seen?.editions.map((e) => e.id)).toEqual([on.createEdition.id]);
    expect(seen?.addons).toEqual([]);
    expect((await line(admin, lineId))?.editions).toHaveLength(2);
  });

  it("refuses everyone but platform admins (FORBIDDEN) and changes nothing", async () => {
    const lineId = await makeProductLine(t.dataSource);
    const edition = await admin.ok<{ createEdition: EditionNode }>(CREATE_EDITION, {
      input: { productLineId: lineId, code: "STD", name: "标准版", listPrice: 800 },
    });
    const addon = await admin.ok<{ createAddon: { id: string } }>(CREATE_ADDON, {
      input: { productLineId: lineId, code: "ARCHIVE", name: "邮件归档" },
    });
    const dealer = await makeDealer(t.dataSource);
    const others = await Promise.all([
      makeVendorStaff(t.dataSource, ["CHANNEL_MANAGER"]),
      makeVendorStaff(t.dataSource, ["OPERATIONS", "FINANCE", "SALES_DIRECTOR"]),
      makeDealerAccount(t.dataSource, { dealer, preset: "ADMIN" }),
    ]);
    const before = await Promise.all([tableCount("product_line"), tableCount("edition"), tableCount("addon")]);
    for (const account of others) {
      const client = await signInDirectly(t, account.id);
      const attempts: [string, Record<string, unknown>][] = [
        [CREATE_LINE, { input: { code: uniqueCode("X"), name: "越权产品线" } }],
        [UPDATE_LINE, { id: lineId, input: { name: "越权改名", giftRule: { perPaidMonths: 1, maxGiftMonths: 1 } } }],
        [CREATE_EDITION, { input: { productLineId: lineId, code: "HACK", name: "越权版本", listPrice: 1 } }],
        [UPDATE_EDITION, { id: edition.createEdition.id, input: { listPrice: 1 } }],
        [CREATE_ADDON, { input: { productLineId: lineId, code: "HACK", name: "越权服务" } }],
        [UPDATE_ADDON, { id: addon.createAddon.id, input: { active: false } }],
      ];
      for (const [query, variables] of attempts) {
        expect({ query, code: await client.errorCode(query, variables) }).toEqual({ query, code: "FORBIDDEN" });
      }
    }
    expect(await t.client().errorCode(CREATE_LINE, { input: { code: uniqueCode("X"), name: "匿名" } })).toBe(
      "UNAUTHENTICATED",
    );
    expect(await Promise.all([tableCount("product_line"), tableCount("edition"), tableCount("addon")])).toEqual(before);
    const unchanged = await line(admin, lineId);
    expect(unchanged?.giftRule.perPaidMonths).toBe(12);
    expect(unchanged?.editions[0]?.listPrice).toBe(800);
    expect(unchanged?.addons[0]?.active).toBe(true);
  });

  it("refuses invalid input with coded errors naming the field, and writes nothing", async () => {
    const lineId = await makeProductLine(t.dataSource);
    await admin.ok(CREATE_EDITION, { input: { productLineId: lineId, code: "STD", name: "标准版", listPrice: 800 } });
    const before = await Promise.all([tableCount("product_line"), tableCount("edition"), tableCount("addon")]);

    const cases: [string, Record<string, unknown>, string, string | undefined][] = [
      [
        CREATE_EDITION,
        { input: { productLineId: lineId, code: "std", name: "重复", listPrice: 1 } },
        "CATALOG_CODE_TAKEN",
        "code",
      ],
      [
        CREATE_EDITION,
        { input: { productLineId: lineId, code: "BAD-CODE", name: "x", listPrice: 1 } },
        "VALIDATION_FAILED",
        "code",
      ],
      [
        CREATE_EDITION,
        { input: { productLineId: lineId, code: "NEG", name: "x", listPrice: -1 } },
        "VALIDATION_FAILED",
        "listPrice",
      ],
      [
        CREATE_EDITION,
        { input: { productLineId: lineId, code: "BIG", name: "x", listPrice: 100_000_001 } },
        "VALIDATION_FAILED",
        "listPrice",
      ],
      [
        CREATE_EDITION,
        { input: { productLineId: lineId, code: "EMPTY", name: "   ", listPrice: 1 } },
        "VALIDATION_FAILED",
        "name",
      ],
      [
        CREATE_EDITION,
        { input: { productLineId: randomUUID(), code: "NOLINE", name: "x", listPrice: 1 } },
        "VALIDATION_FAILED",
        "productLineId",
      ],
      [
        CREATE_EDITION,
        { input: { productLineId: "not-a-uuid", code: "NOLINE", name: "x", listPrice: 1 } },
        "VALIDATION_FAILED",
        "productLineId",
      ],
      [
        CREATE_EDITION,
        { input: { productLineId: lineId, code: "SORT", name: "x", listPrice: 1, sortOrder: -1 } },
        "VALIDATION_FAILED",
        "sortOrder",
      ],
      [
        CREATE_LINE,
        { input: { code: uniqueCode("G"), name: "赠送超限", giftRule: { perPaidMonths: 12, maxGiftMonths: 13 } } },
        "VALIDATION_FAILED",
        "giftRule.maxGiftMonths",
      ],
      [
        CREATE_LINE,
        { input: { code: uniqueCode("G"), name: "付费为零", giftRule: { perPaidMonths: 0, maxGiftMonths: 0 } } },
        "VALIDATION_FAILED",
        "giftRule.perPaidMonths",
      ],
      [CREATE_LINE, { input: { code: "MAIL", name: "重复编码" } }, "CATALOG_CODE_TAKEN", "code"],
      [
        CREATE_ADDON,
        { input: { productLineId: lineId, code: "A", name: "x".repeat(61) } },
        "VALIDATION_FAILED",
        "name",
      ],
      [UPDATE_EDITION, { id: randomUUID(), input: { listPrice: 1 } }, "NOT_FOUND", undefined],
      [
        UPDATE_LINE,
        { id: lineId, input: { giftRule: { perPaidMonths: 12, maxGiftMonths: 20 } } },
        "VALIDATION_FAILED",
        "giftRule.maxGiftMonths",
      ],
    ];
    for (const [query, variables, code, field] of cases) {
      const result = await admin.request(query, variables);
      const error = result.errors?.[0];
      expect({ variables, code: error?.extensions?.code, field: error?.extensions?.details?.field }).toEqual({
        variables,
        code,
        field,
      });
      expect(error?.extensions?.messageZh).toBeTruthy();
    }
    // A 分 amount is an integer: a fraction is refused by the scalar before any code runs.
    const fraction = await admin.request(CREATE_EDITION, {
      input: { productLineId: lineId, code: "FRAC", name: "x", listPrice: 8.5 },
    });
    expect(fraction.errors?.[0]?.extensions?.code).toBe("VALIDATION_FAILED");

    expect(await Promise.all([tableCount("product_line"), tableCount("edition"), tableCount("addon")])).toEqual(before);
    expect((await line(admin, lineId))?.giftRule.maxGiftMonths).toBe(0);
  });

  it("lets only one of two admins adding the same edition code at once succeed", async () => {
    const lineId = await makeProductLine(t.dataSource);
    const results = await Promise.all(
      Array.from({ length: 5 }, () =>
        admin.request(CREATE_EDITION, { input: { productLineId: lineId, code: "SAME", name: "同码", listPrice: 100 } }),
      ),
    );
    const codes = results.map((r) => r.errors?.[0]?.extensions?.code ?? "OK");
    expect(codes.filter((c) => c === "OK")).toHaveLength(1);
    expect(codes.filter((c) => c === "CATALOG_CODE_TAKEN")).toHaveLength(4);
  });
});
