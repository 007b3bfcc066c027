import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  makeDealer,
  makeDealerAccount,
  makeDealerTeam,
  makeEnterprise,
  makeService,
  makeTag,
  makeVendorStaff,
  productLineId,
} from "../../../test/support/factories";
import type { GraphQLTestClient } from "../../../test/support/graphql-client";
import { makeOrderRow } from "../../../test/support/order-factories";
import { signInDirectly } from "../../../test/support/sessions";
import { startTestApp, type TestApp } from "../../../test/support/test-app";

/**
 * Every mutation that takes the id of a dealer-owned row re-checks ownership in its service: a
 * caller whom the shield lets through (an administrator of dealer A, with every permission; a
 * channel manager of dealer A only) sends dealer B's ids and gets NOT_FOUND / FORBIDDEN (or the
 * mutation's own "not yours" code), and not one row of dealer B changes.
 *
 * The table is checked against schema.graphql: a new mutation with an `id`-like argument fails
 * this spec until it is listed here (or named as not taking a dealer-owned row).
 */

interface Ids {
  dealerB: string;
  enterprise: string;
  contact: string;
  tag: string;
  orderUnpaid: string;
  orderUnpaidNo: string;
  orderPending: string;
  orderPaid: string;
  contract: string;
  registration: string;
  request: string;
  campaign: string;
  apiKey: string;
  notice: string;
  service: string;
  invoice: string;
  adminB: string;
  staffB: string;
  productLine: string;
  addon: string;
}

type Who = "dealerAdmin" | "channelManager";

interface Case {
  mutation: string;
  who: Who;
  query: string;
  variables: (ids: Ids) => Record<string, unknown>;
  /** Refusals accepted besides NOT_FOUND and FORBIDDEN. */
  also?: string[];
}

const c = (mutation: string, who: Who, query: string, variables: Case["variables"], also?: string[]): Case => ({
  mutation,
  who,
  query,
  variables,
  also,
});

const CASES: Case[] = [
  c(
    "addEnterpriseContact",
    "dealerAdmin",
    `mutation($id: ID!) { addEnterpriseContact(enterpriseId: $id, input: { name: "张三" }) { id } }`,
    (i) => ({ id: i.enterprise }),
  ),
  c(
    "addFollowUp",
    "dealerAdmin",
    `mutation($id: ID!) { addFollowUp(enterpriseId: $id, input: { channel: PHONE, content: "x" }) { id } }`,
    (i) => ({ id: i.enterprise }),
  ),
  c(
    "updateEnterpriseContact",
    "dealerAdmin",
    `mutation($id: ID!) { updateEnterpriseContact(id: $id, input: { name: "改名" }) { id } }`,
    (i) => ({ id: i.contact }),
  ),
  c("removeEnterpriseContact", "dealerAdmin", `mutation($id: ID!) { removeEnterpriseContact(id: $id) }`, (i) => ({
    id: i.contact,
  })),
  c(
    "updateEnterprise",
    "dealerAdmin",
    `mutation($id: ID!) { updateEnterprise(id: $id, input: { name: "改名企业" }) { id } }`,
    (i) => ({ id: i.enterprise }),
  ),
  c(
    "reassignEnterprise",
    "dealerAdmin",
    `mutation($id: ID!, $owner: ID!) { reassignEnterprise(id: $id, ownerAccountId: $owner) { id } }`,
    (i) => ({ id: i.enterprise, owner: i.staffB }),
  ),
  c(
    "setEnterpriseTags",
    "dealerAdmin",
    `mutation($id: ID!, $tags: [ID!]!) { setEnterpriseTags(id: $id, tagIds: $tags) { id } }`,
    (i) => ({ id: i.enterprise, tags: [] }),
  ),
  c("closeOrder", "dealerAdmin", `mutation($id: ID!) { closeOrder(id: $id) { id } }`, (i) => ({ id: i.orderUnpaid })),
  c(
    "payOrder",
    "dealerAdmin",
    `mutation($id: ID!, $k: String!) { payOrder(id: $id, idempotencyKey: $k) { id } }`,
    (i) => ({ id: i.orderUnpaid, k: randomUUID() }),
  ),
  c("deleteContractFile", "dealerAdmin", `mutation($id: ID!) { deleteContractFile(id: $id) { id } }`, (i) => ({
    id: i.contract,
  })),
  c(
    "requestInvoice",
    "dealerAdmin",
    `mutation($id: ID!) { requestInvoice(input: { orderId: $id, title: "抬头", taxNumber: "91310000MA1FL0000X" }) { id } }`,
    (i) => ({ id: i.orderPaid }),
  ),
  c(
    "createOrder",
    "dealerAdmin",
    `mutation($e: ID!) { createOrder(input: { type: NEW, enterpriseId: $e, months: 12, seats: 5 }) { id } }`,
    (i) => ({ e: i.enterprise }),
    ["VALIDATION_FAILED", "REGISTRATION_REQUIRED"],
  ),
  c(
    "createOrder (renewal of another dealer's service)",
    "dealerAdmin",
    `mutation($s: ID!) { createOrder(input: { type: RENEWAL, serviceId: $s, months: 12 }) { id } }`,
    (i) => ({ s: i.service }),
    ["VALIDATION_FAILED", "SERVICE_REQUIRED"],
  ),
  c(
    "registerDomain",
    "dealerAdmin",
    `mutation($e: ID!, $p: ID!) { registerDomain(input: { domain: "${randomUUID().slice(0, 8)}.cn", enterpriseId: $e, productLineId: $p }) { id } }`,
    (i) => ({ e: i.enterprise, p: i.productLine }),
    ["VALIDATION_FAILED"],
  ),
  c("unlockRegistration", "dealerAdmin", `mutation($id: ID!) { unlockRegistration(id: $id) { id } }`, (i) => ({
    id: i.registration,
  })),
  c("markNoticeRead", "dealerAdmin", `mutation($id: ID!) { markNoticeRead(id: $id) { id } }`, (i) => ({
    id: i.notice,
  })),
  c("revokeApiKey", "dealerAdmin", `mutation($id: ID!) { revokeApiKey(id: $id) { id } }`, (i) => ({ id: i.apiKey })),
  c(
    "updateCampaign",
    "dealerAdmin",
    `mutation($id: ID!, $input: CampaignInput!) { updateCampaign(id: $id, input: $input) { id } }`,
    (i) => ({
      id: i.campaign,
      input: {
        name: "抢来的活动",
        title: "标题",
        bodyHtml: "<p>x</p>",
        formFields: [],
        validFrom: new Date().toISOString(),
        validTo: new Date(Date.now() + 86_400_000).toISOString(),
        channels: [{ code: "web", name: "官网" }],
      },
    }),
  ),
  c(
    "setCampaignEnabled",
    "dealerAdmin",
    `mutation($id: ID!) { setCampaignEnabled(id: $id, enabled: false) { id } }`,
    (i) => ({ id: i.campaign }),
  ),
  c(
    "setAccountQuotas",
    "dealerAdmin",
    `mutation($id: ID!, $p: ID!) { setAccountQuotas(accountId: $id, input: { quotas: [{ productLineId: $p, max: 1 }] }) { id } }`,
    (i) => ({ id: i.staffB, p: i.productLine }),
  ),
  c(
    "setAccountStatus",
    "dealerAdmin",
    `mutation($id: ID!) { setAccountStatus(id: $id, status: DISABLED) { id } }`,
    (i) => ({ id: i.adminB }),
  ),
  c(
    "updateAccount",
    "dealerAdmin",
    `mutation($id: ID!) { updateAccount(id: $id, input: { realName: "改名" }) { id } }`,
    (i) => ({ id: i.staffB }),
  ),
  c(
    "resetAccountPassword",
    "dealerAdmin",
    `mutation($id: ID!) { resetAccountPassword(id: $id, newPassword: "Passw0rd!x") }`,
    (i) => ({ id: i.adminB }),
  ),
  c(
    "setDelegate",
    "dealerAdmin",
    `mutation($id: ID!, $from: DateTime!, $until: DateTime!) { setDelegate(input: { delegateId: $id, from: $from, until: $until }) { id } }`,
    (i) => ({
      id: i.adminB,
      from: new Date().toISOString(),
      until: new Date(Date.now() + 86_400_000).toISOString(),
    }),
    ["INVALID_DELEGATE", "VALIDATION_FAILED"],
  ),
  c(
    "actAs",
    "dealerAdmin",
    `mutation($id: ID!) { actAs(principalId: $id) { account { id } } }`,
    (i) => ({ id: i.adminB }),
    ["DELEGATION_NOT_ACTIVE"],
  ),
  c("updateTag", "dealerAdmin", `mutation($id: ID!) { updateTag(id: $id, input: { name: "改" }) { id } }`, (i) => ({
    id: i.tag,
  })),
  c("deleteTag", "dealerAdmin", `mutation($id: ID!) { deleteTag(id: $id) }`, (i) => ({ id: i.tag })),
  c(
    "setServiceAddon",
    "dealerAdmin",
    `mutation($s: ID!, $a: ID!) { setServiceAddon(serviceId: $s, addonId: $a, enabled: true) { id } }`,
    (i) => ({ s: i.service, a: i.addon }),
  ),
  c(
    "submitBusinessRequest",
    "dealerAdmin",
    `mutation($o: ID!, $no: String!, $t: ID!, $p: JSON!) { submitBusinessRequest(input: { typeId: $t, orderId: $o, orderNo: $no, amount: 100, payload: $p }) { id } }`,
    (i) => ({
      o: i.orderUnpaid,
      no: i.orderUnpaidNo,
      t: "__reductionType__",
      p: { orderNo: i.orderUnpaidNo, amount: 100, remark: "减免" },
    }),
    ["REDUCTION_NOT_ALLOWED"],
  ),
  c(
    "withdrawBusinessRequest",
    "dealerAdmin",
    `mutation($id: ID!) { withdrawBusinessRequest(id: $id) { id } }`,
    (i) => ({ id: i.request }),
  ),
  c(
    "createAccount (into dealer B)",
    "dealerAdmin",
    `mutation($d: ID!) { createAccount(input: { loginName: "${`x${randomUUID().slice(0, 8)}`}", password: "Passw0rd!x", realName: "某人", accountType: STAFF, permissions: [BASIC], dealerId: $d }) { id } }`,
    (i) => ({ d: i.dealerB }),
  ),
  c(
    "createAccount (under dealer B's account)",
    "dealerAdmin",
    `mutation($s: ID!) { createAccount(input: { loginName: "${`y${randomUUID().slice(0, 8)}`}", password: "Passw0rd!x", realName: "某人", accountType: STAFF, permissions: [BASIC], superiorId: $s }) { id } }`,
    (i) => ({ s: i.staffB }),
    ["INVALID_SUPERIOR"],
  ),
  // vendor side: a channel manager decides and sets only for its own dealers
  c(
    "decideBusinessRequest",
    "channelManager",
    `mutation($id: ID!) { decideBusinessRequest(id: $id, step: 1, decision: APPROVED) { id } }`,
    (i) => ({ id: i.request }),
    ["NOT_YOUR_STEP"],
  ),
  c(
    "setDealerDiscounts",
    "channelManager",
    `mutation($d: ID!, $p: ID!) { setDealerDiscounts(dealerId: $d, input: { discounts: [{ productLineId: $p, rateBp: 5000 }] }) { id } }`,
    (i) => ({ d: i.dealerB, p: i.productLine }),
  ),
  c(
    "setDealerQuotas",
    "channelManager",
    `mutation($d: ID!, $p: ID!) { setDealerQuotas(dealerId: $d, input: { quotas: [{ productLineId: $p, max: 99 }] }) { id } }`,
    (i) => ({ d: i.dealerB, p: i.productLine }),
  ),
  c(
    "setDealerRegions",
    "channelManager",
    `mutation($d: ID!) { setDealerRegions(dealerId: $d, regionCodes: ["310000"]) { id } }`,
    (i) => ({ d: i.dealerB }),
  ),
];

/**
 * Mutations with an id argument that are not about one dealer's rows: vendor-only catalogue and
 * settings (platform admins, finance, operations see every dealer by role), the public pool (any
 * dealer in the region may claim), and own-row operations with no id of another's row.
 */
const NOT_DEALER_OWNED = new Set([
  "claimPoolEnterprise", // the public pool is open to every dealer of the region (tested in pool)
  "confirmOrder", // vendor operations: every dealer's orders
  "rejectOrder",
  "issueInvoice", // vendor finance: every dealer
  "rejectInvoice",
  "reviewCampaign", // vendor operations: every dealer's campaigns
  "topUp",
  "rerouteLead", // vendor operations: leads before routing belong to no dealer
  "deleteRoutingRule",
  "setRoutingRuleEnabled",
  "updateRoutingRule",
  "reorderRoutingRules",
  "updateAddon",
  "updateEdition",
  "updateProductLine",
  "saveRequestType",
  "updateVendorStaff",
  "publishAnnouncement",
]);

describe("every mutation re-checks ownership in its service (dealer A on dealer B's rows)", () => {
  let t: TestApp;
  let ids: Ids;
  let reductionType: string;
  const clients: Partial<Record<Who, GraphQLTestClient>> = {};

  beforeAll(async () => {
    t = await startTestApp();
    const ds = t.dataSource;
    const teamA = await makeDealerTeam(ds);
    const teamB = await makeDealerTeam(ds);
    const managerA = await makeVendorStaff(ds, ["CHANNEL_MANAGER"]);
    const managerB = await makeVendorStaff(ds, ["CHANNEL_MANAGER"]);
    await ds.query(`UPDATE dealer SET channel_manager_id = $1 WHERE id = $2`, [managerA.id, teamA.dealer.id]);
    await ds.query(`UPDATE dealer SET channel_manager_id = $1 WHERE id = $2`, [managerB.id, teamB.dealer.id]);
    clients.dealerAdmin = await signInDirectly(t, teamA.admin.id);
    clients.channelManager = await signInDirectly(t, managerA.id);
    const adminB = await signInDirectly(t, teamB.admin.id);

    const mail = await productLineId(ds, "MAIL");
    const enterprise = await makeEnterprise(ds, { dealer: teamB.dealer, owner: teamB.a });
    const contact = await adminB.ok<{ addEnterpriseContact: { id: string } }>(
      `mutation($id: ID!) { addEnterpriseContact(enterpriseId: $id, input: { name: "李四" }) { id } }`,
      { id: enterprise.id },
    );
    await adminB.ok(
      `mutation($id: ID!) { addFollowUp(enterpriseId: $id, input: { channel: PHONE, content: "首次联系" }) { id } }`,
      {
        id: enterprise.id,
      },
    );
    const tag = await makeTag(ds, { dealer: teamB.dealer });
    const orderUnpaid = await makeOrderRow(ds, {
      dealer: teamB.dealer,
      createdBy: teamB.admin,
      amountDue: 5000,
      status: "PENDING_PAYMENT",
      enterprise,
    });
    const orderPending = await makeOrderRow(ds, {
      dealer: teamB.dealer,
      createdBy: teamB.admin,
      amountDue: 5000,
      status: "PENDING_CONFIRMATION",
      enterprise,
    });
    const orderPaid = await makeOrderRow(ds, {
      dealer: teamB.dealer,
      createdBy: teamB.admin,
      amountDue: 5000,
      enterprise,
    });
    const [contract] = await ds.query<{ id: string }[]>(
      `INSERT INTO contract_file (order_id, dealer_id, file_name, content_type, size_bytes, storage_key, uploaded_by)
       VALUES ($1, $2, 'c.pdf', 'application/pdf', 10, $3, $4) RETURNING id`,
      [orderUnpaid.id, teamB.dealer.id, `contracts/${randomUUID()}`, teamB.admin.id],
    );
    const [registration] = await ds.query<{ id: string }[]>(
      `INSERT INTO registration (dealer_id, account_id, product_line_id, domain, enterprise_id, starts_at, expires_at)
       VALUES ($1, $2, $3, $4, $5, now(), now() + interval '90 days') RETURNING id`,
      [teamB.dealer.id, teamB.a.id, mail, enterprise.mainDomain, enterprise.id],
    );
    const [type] = await ds.query<{ id: string }[]>(`SELECT id FROM request_type WHERE code = 'ORDER_REDUCTION'`);
    reductionType = type?.id ?? "";
    const [request] = await ds.query<{ id: string }[]>(
      `INSERT INTO business_request (request_no, type_id, dealer_id, submitted_by, status, chain, payload, order_id, amount)
       VALUES ($1, $2, $3, $4, 'PENDING', ARRAY['CHANNEL_MANAGER','SALES_DIRECTOR'], '{"reason":"x"}', $5, 100) RETURNING id`,
      [`R${Date.now()}${randomUUID().slice(0, 4)}`, reductionType, teamB.dealer.id, teamB.admin.id, orderUnpaid.id],
    );
    const campaign = await adminB.ok<{ createCampaign: { id: string } }>(
      `mutation($input: CampaignInput!) { createCampaign(input: $input) { id } }`,
      {
        input: {
          name: "B 的活动",
          title: "B 的页面",
          bodyHtml: "<p>hello</p>",
          formFields: [],
          validFrom: new Date().toISOString(),
          validTo: new Date(Date.now() + 7 * 86_400_000).toISOString(),
          channels: [{ code: "web", name: "官网" }],
        },
      },
    );
    const apiKey = await adminB.ok<{ createApiKey: { apiKey: { id: string } } }>(
      `mutation { createApiKey(input: { name: "B 的集成", scopes: [READ_ENTERPRISES] }) { apiKey { id } } }`,
    );
    const [notice] = await ds.query<{ id: string }[]>(
      `INSERT INTO notice (type, audience, dealer_id, title, body) VALUES ('DOMAIN_ATTEMPT', 'DEALER_ADMINS', $1, 't', 'b') RETURNING id`,
      [teamB.dealer.id],
    );
    const service = await makeService(ds, {
      enterprise,
      dealer: teamB.dealer,
      productLineId: mail,
      kind: "PAID",
      expiresAt: new Date(Date.now() + 200 * 86_400_000),
    });
    const [addon] = await ds.query<{ id: string }[]>(
      `INSERT INTO addon (product_line_id, code, name, active) VALUES ($1, $2, '归档', true) RETURNING id`,
      [mail, `A_${randomUUID().slice(0, 8).toUpperCase()}`],
    );
    const [invoice] = await ds.query<{ id: string }[]>(
      `INSERT INTO invoice_request (dealer_id, order_id, title, tax_number, amount, status, requested_by)
       VALUES ($1, $2, 't', 'n', 5000, 'REQUESTED', $3) RETURNING id`,
      [teamB.dealer.id, orderPaid.id, teamB.admin.id],
    );
    ids = {
      dealerB: teamB.dealer.id,
      enterprise: enterprise.id,
      contact: contact.addEnterpriseContact.id,
      tag: tag.id,
      orderUnpaid: orderUnpaid.id,
      orderUnpaidNo: orderUnpaid.orderNo,
      orderPending: orderPending.id,
      orderPaid: orderPaid.id,
      contract: contract?.id ?? "",
      registration: registration?.id ?? "",
      request: request?.id ?? "",
      campaign: campaign.createCampaign.id,
      apiKey: apiKey.createApiKey.apiKey.id,
      notice: notice?.id ?? "",
      service: service.id,
      invoice: invoice?.id ?? "",
      adminB: teamB.admin.id,
      staffB: teamB.a.id,
      productLine: mail,
      addon: addon?.id ?? "",
    };
  });
  afterAll(async () => {
    await t.close();
  });

  /** Every row tied to dealer B, in every table with a dealer_id, plus its accounts' sessions and reads. */
  async function dealerBFingerprint(): Promise<Record<string, string>> {
    const tables = await t.dataSource.query<{ table_name: string }[]>(
      `SELECT table_name FROM information_schema.columns
        WHERE table_schema = 'public' AND column_name = 'dealer_id' ORDER BY table_name`,
    );
    const out: Record<string, string> = {};
    for (const { table_name } of tables) {
      const [row] = await t.dataSource.query<{ h: string | null }[]>(
        `SELECT md5(string_agg(x::text, '|' ORDER BY x::text)) AS h FROM "${table_name}" x WHERE x.dealer_id = $1`,
        [ids.dealerB],
      );
      out[table_name] = row?.h ?? "";
    }
    for (const [name, sql] of [
      [
        "session",
        `SELECT md5(string_agg(s::text, '|' ORDER BY s::text)) AS h FROM session s JOIN account a ON a.id = s.account_id WHERE a.dealer_id = $1`,
      ],
      [
        "notice_read",
        `SELECT md5(string_agg(r::text, '|' ORDER BY r::text)) AS h FROM notice_read r WHERE r.notice_id IN (SELECT id FROM notice WHERE dealer_id = $1)`,
      ],
      [
        "service_addon",
        `SELECT md5(string_agg(x::text, '|' ORDER BY x::text)) AS h FROM service_addon x WHERE x.service_id IN (SELECT id FROM service WHERE dealer_id = $1)`,
      ],
      [
        "account_quota",
        `SELECT md5(string_agg(x::text, '|' ORDER BY x::text)) AS h FROM account_quota x WHERE x.account_id IN (SELECT id FROM account WHERE dealer_id = $1)`,
      ],
    ] as const) {
      const [row] = await t.dataSource.query<{ h: string | null }[]>(sql, [ids.dealerB]);
      out[name] = row?.h ?? "";
    }
    return out;
  }

  it("lists every mutation that takes an id, so a new one can't skip this check", () => {
    const schema = readFileSync(join(__dirname, "../../../../../schema.graphql"), "utf8");
    const body = /type Mutation \{([\s\S]*?)\n\}/.exec(schema)?.[1] ?? "";
    const withIds = new Set<string>();
    for (const m of body.matchAll(/^ {2}(\w+)\(([\s\S]*?)\):/gm)) {
      const [, name, args] = m;
      if (name && args && /\b\w*[iI]ds?\s*:\s*\[?ID/.test(args.replace(/"""[\s\S]*?"""/g, ""))) withIds.add(name);
    }
    const covered = new Set(CASES.map((x) => x.mutation.split(" ")[0]));
    const missing = [...withIds].filter((n) => !covered.has(n) && !NOT_DEALER_OWNED.has(n));
    expect(missing).toEqual([]);
  });

  it.each(CASES.map((x) => [x.mutation, x] as const))(
    "%s on dealer B's row is refused and changes nothing",
    async (_, spec) => {
      const before = await dealerBFingerprint();
      const variables = spec.variables(ids);
      for (const [k, v] of Object.entries(variables)) if (v === "__reductionType__") variables[k] = reductionType;
      const result = await clients[spec.who]!.request(spec.query, variables);
      expect(result.errors?.length).toBeGreaterThan(0);
      const code = result.errors?.[0]?.extensions?.code;
      expect(["NOT_FOUND", "FORBIDDEN", ...(spec.also ?? [])]).toContain(code);
      expect(await dealerBFingerprint()).toEqual(before);
    },
  );

  it("the same calls work for dealer B's own admin (the ids are real)", async () => {
    const adminB = await signInDirectly(t, ids.adminB);
    await adminB.ok(`mutation($id: ID!) { setCampaignEnabled(id: $id, enabled: true) { id } }`, { id: ids.campaign });
    await adminB.ok(`mutation($id: ID!) { updateTag(id: $id, input: { color: "green" }) { id } }`, { id: ids.tag });
    await adminB.ok(`mutation($id: ID!) { markNoticeRead(id: $id) { id } }`, { id: ids.notice });
  });

  it("a dealer of its own with no ties to B cannot reach B's rows as a plain staff member either", async () => {
    const other = await makeDealer(t.dataSource);
    const staff = await makeDealerAccount(t.dataSource, { dealer: other, preset: "SALES" });
    const client = await signInDirectly(t, staff.id);
    const code = await client.errorCode(
      `mutation($id: ID!) { updateEnterprise(id: $id, input: { name: "x" }) { id } }`,
      {
        id: ids.enterprise,
      },
    );
    expect(["NOT_FOUND", "FORBIDDEN"]).toContain(code);
  });
});
