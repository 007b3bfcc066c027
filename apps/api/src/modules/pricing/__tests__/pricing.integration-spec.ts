import { randomUUID } from "node:crypto";
import type { DealerPermission } from "@crm/domain";
import type { DealerEntity } from "../../dealer/dealer.entity";
import { makeEdition, setDiscountDirectly, setGiftRule } from "../../../../test/support/catalog-factories";
import { makeDealer, makeDealerAccount, makeVendorStaff } from "../../../../test/support/factories";
import type { GraphQLTestClient } from "../../../../test/support/graphql-client";
import { makeProductLine } from "../../../../test/support/routing-factories";
import { signInDirectly } from "../../../../test/support/sessions";
import { startTestApp, type TestApp } from "../../../../test/support/test-app";

const SET_DISCOUNTS = `mutation($dealerId: ID!, $input: SetDealerDiscountsInput!) {
  setDealerDiscounts(dealerId: $dealerId, input: $input) { id discounts { rateBp productLine { id } } } }`;
const DEALER_DISCOUNTS = `query($id: ID!) { dealer(id: $id) { id discounts { rateBp productLine { id } } } }`;
const MY_TERMS = `query { myDealer { id name discounts { rateBp productLine { id } } }
  productLines { id editions { id code listPrice settlementPrice } } }`;
const PRICES_FOR = `query($dealerId: ID) { productLines { id editions { id listPrice settlementPrice(dealerId: $dealerId) } } }`;

type Discount = { rateBp: number; productLine: { id: string } };
type EditionPrices = { id: string; listPrice: number | null; settlementPrice: number | null };
type Terms = {
  myDealer: { id: string; discounts: Discount[] | null };
  productLines: { id: string; editions: EditionPrices[] }[];
};

describe("dealer terms (折扣, 结算价) and who sees prices", () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  /** A dealer managed by a fresh channel manager, with a test product line and one edition at `listPrice`. */
  async function world(listPrice = 1000) {
    const manager = await makeVendorStaff(t.dataSource, ["CHANNEL_MANAGER"]);
    const dealer = await makeDealer(t.dataSource);
    await t.dataSource.query(`UPDATE dealer SET channel_manager_id = $2 WHERE id = $1`, [dealer.id, manager.id]);
    const lineId = await makeProductLine(t.dataSource);
    const editionId = await makeEdition(t.dataSource, lineId, { listPrice });
    return { manager, managerClient: await signInDirectly(t, manager.id), dealer, lineId, editionId };
  }

  async function discountRows(dealerId: string): Promise<{ product_line_id: string; rate_bp: number }[]> {
    return t.dataSource.query(`SELECT product_line_id, rate_bp FROM dealer_discount WHERE dealer_id = $1`, [dealerId]);
  }

  async function dealerClient(dealer: DealerEntity, permissions: DealerPermission[]): Promise<GraphQLTestClient> {
    const accountType = permissions.includes("ASSISTANT") ? "ASSISTANT" : "STAFF";
    const account = await makeDealerAccount(t.dataSource, { dealer, permissions, accountType });
    return signInDirectly(t, account.id);
  }

  function editionOf(terms: { productLines: { id: string; editions: EditionPrices[] }[] }, lineId: string) {
    return terms.productLines.find((p) => p.id === lineId)?.editions[0];
  }

  describe("setDealerDiscounts", () => {
    it("lets the dealer's channel manager set, change and remove discounts, each change audited", async () => {
      const { managerClient, dealer, lineId } = await world();
      const other = await makeProductLine(t.dataSource);
      const set = await managerClient.ok<{ setDealerDiscounts: { discounts: Discount[] } }>(SET_DISCOUNTS, {
        dealerId: dealer.id,
        input: {
          discounts: [
            { productLineId: lineId, rateBp: 8500 },
            { productLineId: other, rateBp: 9000 },
          ],
        },
      });
      expect(set.setDealerDiscounts.discounts).toEqual(
        expect.arrayContaining([
          { rateBp: 8500, productLine: { id: lineId } },
          { rateBp: 9000, productLine: { id: other } },
        ]),
      );
      await managerClient.ok(SET_DISCOUNTS, {
        dealerId: dealer.id,
        input: {
          discounts: [
            { productLineId: lineId, rateBp: 8000 },
            { productLineId: other, rateBp: null },
          ],
        },
      });
      expect(await discountRows(dealer.id)).toEqual([{ product_line_id: lineId, rate_bp: 8000 }]);

      const audit = await t.dataSource.query<{ before: { rateBp: number | null }; after: { rateBp: number | null } }[]>(
        `SELECT before, after FROM audit_log WHERE entity_id = $1 AND action = 'discount.dealer.set' ORDER BY at, id`,
        [dealer.id],
      );
      expect(audit.map((a) => [a.before.rateBp, a.after.rateBp])).toEqual(
        expect.arrayContaining([
          [null, 8500],
          [null, 9000],
          [8500, 8000],
          [9000, null],
        ]),
      );
      expect(audit).toHaveLength(4);
      // Not in the dealer's own audit trail, which its admins read whatever their price permissions.
      const dealerAdmin = await signInDirectly(
        t,
        (await makeDealerAccount(t.dataSource, { dealer, preset: "ADMIN" })).id,
      );
      const trail = await dealerAdmin.ok<{ auditLogs: { edges: { node: { action: string } }[] } }>(
        `query($id: String) { auditLogs(filter: { entityId: $id }, first: 100) { edges { node { action } } } }`,
        { id: dealer.id },
      );
      expect(trail.auditLogs.edges.map((e) => e.node.action)).not.toContain("discount.dealer.set");
      // Setting the same value again is no change: no audit entry.
      await managerClient.ok(SET_DISCOUNTS, {
        dealerId: dealer.id,
        input: { discounts: [{ productLineId: lineId, rateBp: 8000 }] },
      });
      const [count] = await t.dataSource.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM audit_log WHERE entity_id = $1 AND action = 'discount.dealer.set'`,
        [dealer.id],
      );
      expect(count?.n).toBe(4);
    });

    it("refuses another channel manager (FORBIDDEN), other staff and dealers, and changes nothing; platform admins may", async () => {
      const { dealer, lineId } = await world();
      await setDiscountDirectly(t.dataSource, dealer.id, lineId, 9000);
      const input = { discounts: [{ productLineId: lineId, rateBp: 5000 }] };
      const rival = await signInDirectly(t, (await makeVendorStaff(t.dataSource, ["CHANNEL_MANAGER"])).id);
      expect(await rival.errorCode(SET_DISCOUNTS, { dealerId: dealer.id, input })).toBe("FORBIDDEN");
      const finance = await signInDirectly(t, (await makeVendorStaff(t.dataSource, ["FINANCE", "OPERATIONS"])).id);
      expect(await finance.errorCode(SET_DISCOUNTS, { dealerId: dealer.id, input })).toBe("FORBIDDEN");
      const dealerAdmin = await signInDirectly(
        t,
        (await makeDealerAccount(t.dataSource, { dealer, preset: "ADMIN" })).id,
      );
      expect(await dealerAdmin.errorCode(SET_DISCOUNTS, { dealerId: dealer.id, input })).toBe("FORBIDDEN");
      expect(await t.client().errorCode(SET_DISCOUNTS, { dealerId: dealer.id, input })).toBe("UNAUTHENTICATED");
      expect(await discountRows(dealer.id)).toEqual([{ product_line_id: lineId, rate_bp: 9000 }]);

      const platform = await signInDirectly(t, (await makeVendorStaff(t.dataSource, ["PLATFORM_ADMIN"])).id);
      await platform.ok(SET_DISCOUNTS, { dealerId: dealer.id, input });
      expect(await discountRows(dealer.id)).toEqual([{ product_line_id: lineId, rate_bp: 5000 }]);
    });

    it("refuses invalid discounts with coded errors and writes none of the batch", async () => {
      const { managerClient, dealer, lineId } = await world();
      const other = await makeProductLine(t.dataSource);
      const cases: [Record<string, unknown>, string][] = [
        [{ discounts: [{ productLineId: lineId, rateBp: 0 }] }, "VALIDATION_FAILED"],
        [
          {
            discounts: [
              { productLineId: other, rateBp: 8500 },
              { productLineId: lineId, rateBp: 10_001 },
            ],
          },
          "VALIDATION_FAILED",
        ],
        [
          {
            discounts: [
              { productLineId: lineId, rateBp: 8500 },
              { productLineId: lineId, rateBp: 9000 },
            ],
          },
          "VALIDATION_FAILED",
        ],
        [{ discounts: [{ productLineId: randomUUID(), rateBp: 8500 }] }, "VALIDATION_FAILED"],
        [{ discounts: [{ productLineId: "nope", rateBp: 8500 }] }, "VALIDATION_FAILED"],
      ];
      for (const [input, code] of cases) {
        expect({ input, code: await managerClient.errorCode(SET_DISCOUNTS, { dealerId: dealer.id, input }) }).toEqual({
          input,
          code,
        });
      }
      expect(
        await managerClient.errorCode(SET_DISCOUNTS, {
          dealerId: randomUUID(),
          input: { discounts: [{ productLineId: lineId, rateBp: 8500 }] },
        }),
      ).toBe("NOT_FOUND");
      expect(await discountRows(dealer.id)).toEqual([]);
    });
  });

  describe("field-level price visibility", () => {
    it("gives each dealer account exactly the prices its permissions allow, as null (not an error) otherwise", async () => {
      const { dealer, lineId, editionId } = await world(999);
      await setDiscountDirectly(t.dataSource, dealer.id, lineId, 8500);
      const cases: {
        permissions: DealerPermission[];
        list: number | null;
        settlement: number | null;
        discounts: boolean;
      }[] = [
        { permissions: ["BASIC"], list: null, settlement: null, discounts: false },
        { permissions: ["BASIC", "LIST_PRICE_ORDER"], list: 999, settlement: null, discounts: false },
        { permissions: ["BASIC", "SETTLEMENT_ORDER"], list: null, settlement: 849, discounts: true },
        {
          permissions: ["BASIC_REGISTER", "LIST_PRICE_ORDER", "SETTLEMENT_ORDER"],
          list: 999,
          settlement: 849,
          discounts: true,
        },
        // assistants read everything of the dealer, but prices follow the price permissions
        { permissions: ["BASIC", "ASSISTANT", "ACCOUNT_MANAGE"], list: null, settlement: null, discounts: false },
      ];
      for (const c of cases) {
        const client = await dealerClient(dealer, c.permissions);
        const result = await client.request<Terms>(MY_TERMS);
        expect({ permissions: c.permissions, errors: result.errors }).toEqual({
          permissions: c.permissions,
          errors: undefined,
        });
        const edition = result.data ? editionOf(result.data, lineId) : undefined;
        expect({
          permissions: c.permissions,
          id: edition?.id,
          list: edition?.listPrice,
          settlement: edition?.settlementPrice,
        }).toEqual({
          permissions: c.permissions,
          id: editionId,
          list: c.list,
          settlement: c.settlement,
        });
        expect({ permissions: c.permissions, discounts: result.data?.myDealer.discounts ?? null }).toEqual({
          permissions: c.permissions,
          discounts: c.discounts ? [{ rateBp: 8500, productLine: { id: lineId } }] : null,
        });
      }
    });

    it("leaves prices the viewer may not see out of the audit log's before/after", async () => {
      const { dealer } = await world();
      const snapshot = { status: "PAID", seats: 5, listAmount: 5000, settlementAmount: 4250, amountDue: 4250 };
      const action = `order.pay.${randomUUID().slice(0, 8)}`;
      await t.dataSource.query(
        `INSERT INTO audit_log (dealer_id, actor_name, action, entity_type, entity_id, before, after, at)
         VALUES ($1, 'test', $2, 'order', $3, $4::jsonb, $4::jsonb, now())`,
        [dealer.id, action, randomUUID(), JSON.stringify(snapshot)],
      );
      const AUDIT = `query($action: String) { auditLogs(filter: { action: $action }, first: 5) { edges { node { before after } } } }`;
      const seen = async (permissions: DealerPermission[]) => {
        const account = await makeDealerAccount(t.dataSource, { dealer, preset: "ADMIN", permissions });
        const client = await signInDirectly(t, account.id);
        const data = await client.ok<{ auditLogs: { edges: { node: { before: unknown; after: unknown } }[] } }>(AUDIT, {
          action,
        });
        expect(data.auditLogs.edges).toHaveLength(1);
        const node = data.auditLogs.edges[0]?.node;
        expect(node?.before).toEqual(node?.after);
        return node?.after;
      };
      expect(await seen(["ADMIN", "BASIC", "ACCOUNT_MANAGE"])).toEqual({ status: "PAID", seats: 5 });
      expect(await seen(["ADMIN", "BASIC", "ACCOUNT_MANAGE", "LIST_PRICE_ORDER"])).toEqual({
        status: "PAID",
        seats: 5,
        listAmount: 5000,
      });
      expect(await seen(["ADMIN", "BASIC", "ACCOUNT_MANAGE", "LIST_PRICE_ORDER", "SETTLEMENT_ORDER"])).toEqual(
        snapshot,
      );
    });

    it("never shows one dealer's discounts or settlement prices to another dealer, by any path", async () => {
      const { dealer, lineId } = await world(1000);
      await setDiscountDirectly(t.dataSource, dealer.id, lineId, 7000);
      const rivalDealer = await makeDealer(t.dataSource);
      const rival = await signInDirectly(
        t,
        (await makeDealerAccount(t.dataSource, { dealer: rivalDealer, preset: "ADMIN" })).id,
      );
      // the dealer itself: NOT_FOUND
      expect(await rival.errorCode(DEALER_DISCOUNTS, { id: dealer.id })).toBe("NOT_FOUND");
      // naming the other dealer on settlementPrice: null; its own price (no discount) is the list price
      const prices = await rival.ok<{ productLines: { id: string; editions: EditionPrices[] }[] }>(PRICES_FOR, {
        dealerId: dealer.id,
      });
      expect(editionOf(prices, lineId)).toMatchObject({ listPrice: 1000, settlementPrice: null });
      const own = await rival.ok<Terms>(MY_TERMS);
      expect(editionOf(own, lineId)).toMatchObject({ listPrice: 1000, settlementPrice: 1000 });
      expect(own.myDealer.discounts).toEqual([]);
      // setDealerDiscounts is vendor staff's
      expect(await rival.errorCode(SET_DISCOUNTS, { dealerId: dealer.id, input: { discounts: [] } })).toBe("FORBIDDEN");
    });

    it("shows vendor staff list prices, and a named dealer's discounts and settlement prices", async () => {
      const { dealer, lineId } = await world(3000);
      await setDiscountDirectly(t.dataSource, dealer.id, lineId, 8500);
      const ops = await signInDirectly(t, (await makeVendorStaff(t.dataSource, ["OPERATIONS"])).id);
      const anyDealer = await ops.ok<{ productLines: { id: string; editions: EditionPrices[] }[] }>(PRICES_FOR, {
        dealerId: null,
      });
      expect(editionOf(anyDealer, lineId)).toMatchObject({ listPrice: 3000, settlementPrice: null });
      const named = await ops.ok<{ productLines: { id: string; editions: EditionPrices[] }[] }>(PRICES_FOR, {
        dealerId: dealer.id,
      });
      expect(editionOf(named, lineId)).toMatchObject({ listPrice: 3000, settlementPrice: 2550 });
      const discounts = await ops.ok<{ dealer: { discounts: Discount[] } }>(DEALER_DISCOUNTS, { id: dealer.id });
      expect(discounts.dealer.discounts).toEqual([{ rateBp: 8500, productLine: { id: lineId } }]);
    });
  });

  describe("priceTerms (for the order module)", () => {
    it("returns list price, the dealer's rate (10000 without a discount), flags and the gift rule", async () => {
      const { dealer, lineId } = await world();
      await setGiftRule(t.dataSource, lineId, 12, 2);
      const special = await makeEdition(t.dataSource, lineId, { listPrice: 16_500, isSpecial: true });
      const pricing = t.app.services.pricing;
      const without = await t.dataSource.transaction((m) => pricing.priceTerms(m, dealer.id, special));
      expect(without).toEqual({
        editionId: special,
        productLineId: lineId,
        isSpecial: true,
        active: true,
        listPrice: 16_500,
        rateBp: 10_000,
        giftRule: { perPaidMonths: 12, maxGift: 2 },
      });
      await setDiscountDirectly(t.dataSource, dealer.id, lineId, 8500);
      await t.dataSource.query(`UPDATE edition SET active = false WHERE id = $1`, [special]);
      const withDiscount = await t.dataSource.transaction((m) => pricing.priceTerms(m, dealer.id, special));
      expect(withDiscount).toMatchObject({ rateBp: 8500, active: false });
      // another dealer's terms for the same edition: its own (none)
      const other = await makeDealer(t.dataSource);
      expect((await pricing.priceTerms(t.dataSource.manager, other.id, special))?.rateBp).toBe(10_000);
      expect(await pricing.priceTerms(t.dataSource.manager, dealer.id, randomUUID())).toBeNull();
      expect(await pricing.priceTerms(t.dataSource.manager, dealer.id, "not-a-uuid")).toBeNull();
    });
  });
});
