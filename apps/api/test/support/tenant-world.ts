import { randomBytes, randomInt, randomUUID } from "node:crypto";
import { scopesFor } from "@crm/domain";
import type { DataSource } from "typeorm";
import type { AccountEntity } from "../../src/modules/account/account.entity";
import type { DealerEntity } from "../../src/modules/dealer/dealer.entity";
import { makeEdition, setDiscountDirectly } from "./catalog-factories";
import { makeDealer, makeDealerAccount } from "./factories";
import type { GraphQLTestClient } from "./graphql-client";
import { setAccountQuotaDirectly, setDealerQuotaDirectly } from "./quota-factories";
import { makeProductLine } from "./routing-factories";
import { makeAddon } from "./service-factories";
import { signInDirectly } from "./sessions";
import type { TestApp } from "./test-app";

/**
 * A whole tenant for the cross-tenant suite: one dealer with admin, assistant, a sales manager
 * and two sales reps below it (r1, r2), and rows of every kind the product keeps, made through
 * the API the way users make them (so the audit log, ledger and notices fill up too).
 *
 * Every string the tenant writes carries its marker (`x` + 8 hex digits, lowercase so it
 * survives domain normalization): rows of rep r1 carry `${marker}r1`, of rep r2 `${marker}r2`,
 * the dealer's own rows the bare marker. A response that contains the marker has reached the
 * tenant's data.
 */

const PDF = (text: string) =>
  Buffer.from(`%PDF-1.7\n% ${text}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`);

/** Catalogue and vendor staff shared by the tenants of one suite (vendor rows, not a dealer's). */
export interface VendorSide {
  productLineId: string;
  editionId: string;
  addonId: string;
  ops: GraphQLTestClient;
  finance: GraphQLTestClient;
  requestTypeId: string;
}

export async function makeVendorSide(t: TestApp, staff: { ops: AccountEntity; finance: AccountEntity }) {
  const productLineId = await makeProductLine(t.dataSource, "跨租户测试产品线");
  const editionId = await makeEdition(t.dataSource, productLineId, { listPrice: 1000 });
  const addon = await makeAddon(t.dataSource, productLineId);
  const ops = await signInDirectly(t, staff.ops.id);
  const finance = await signInDirectly(t, staff.finance.id);
  const types = await ops.ok<{ requestTypes: { id: string; code: string }[] }>(`{ requestTypes { id code } }`);
  const requestTypeId = types.requestTypes.find((r) => r.code === "MAILBOX_DNS_SETUP")?.id;
  if (!requestTypeId) throw new Error("no MAILBOX_DNS_SETUP request type");
  return { productLineId, editionId, addonId: addon.id, ops, finance, requestTypeId } satisfies VendorSide;
}

export interface RepRows {
  account: AccountEntity;
  marker: string;
  enterpriseIds: string[];
  orderIds: string[];
  campaignId: string;
  requestId: string;
}

export interface TenantWorld {
  marker: string;
  dealer: DealerEntity;
  admin: AccountEntity;
  assistant: AccountEntity;
  manager: AccountEntity;
  r1: RepRows;
  r2: RepRows;
  /** A key of the dealer with every scope a dealer key may hold. */
  apiKeySecret: string;
  /** 分 topped up: nine digits no other tenant has, so a leaked amount shows like a marker. */
  topUpAmount: number;
}

/** An http(s) fetch on the API's own origin with a client's session cookie. */
export function originOf(t: TestApp): string {
  return t.url.replace(/\/graphql$/, "");
}

async function sendFile(
  t: TestApp,
  client: GraphQLTestClient,
  path: string,
  file: { name: string; bytes: Buffer },
): Promise<void> {
  const form = new FormData();
  form.append("file", new Blob([file.bytes], { type: "application/pdf" }), file.name);
  const cookie = client.sessionCookie;
  const response = await fetch(`${originOf(t)}${path}`, {
    method: "POST",
    headers: { "x-requested-with": "XMLHttpRequest", ...(cookie ? { cookie } : {}) },
    body: form,
  });
  if (response.status !== 201) throw new Error(`upload ${path}: ${response.status} ${await response.text()}`);
}

let ipSerial = 0;

async function campaignSignup(t: TestApp, slug: string, channel: string, marker: string, minFillMs: number) {
  const base = originOf(t);
  const bot = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";
  const page = await fetch(`${base}/public/campaigns/${slug}`, { headers: { "user-agent": bot } });
  const token = ((await page.json()) as { formToken: string | null }).formToken ?? "";
  await new Promise((r) => setTimeout(r, minFillMs + 50));
  ipSerial += 1;
  const serial = String(10_000_000 + Math.floor(Math.random() * 89_999_999)).slice(-8);
  const response = await fetch(`${base}/public/campaigns/${slug}/signup?ch=${channel}`, {
    method: "POST",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      "x-forwarded-for": `10.77.${Math.floor(ipSerial / 250)}.${(ipSerial % 250) + 1}`,
    },
    body: new URLSearchParams({
      t: token,
      website: "",
      scale: "S10_49",
      company: `登记企业${marker}`,
      contact: `登记人${marker}`,
      mobile: `139${serial}`,
      domain: `${marker}-signup.com`,
    }),
  });
  if (response.status >= 300) throw new Error(`signup: ${response.status} ${await response.text()}`);
}

const ORDER = `mutation($input: CreateOrderInput!) { createOrder(input: $input) { id orderNo status service { id } } }`;
type Created = { createOrder: { id: string; orderNo: string; status: string; service: { id: string } | null } };

async function makeRepRows(
  t: TestApp,
  v: VendorSide,
  tenant: { dealer: DealerEntity; admin: GraphQLTestClient; tagId: string },
  account: AccountEntity,
  marker: string,
  minFillMs: number,
): Promise<RepRows> {
  const rep = await signInDirectly(t, account.id);
  const enterpriseIds: string[] = [];
  const orderIds: string[] = [];
  const enterprise = async (suffix: string) => {
    const mainDomain = `${marker}${suffix}-main.com`;
    const { createEnterprise } = await rep.ok<{ createEnterprise: { id: string } }>(
      `mutation($input: CreateEnterpriseInput!) { createEnterprise(input: $input) { id } }`,
      {
        input: {
          name: `企业${marker}${suffix}`,
          mainDomain,
          secondaryDomains: [`${marker}${suffix}-alt.cn`],
          notes: `备注${marker}${suffix}`,
          regionCode: "310000",
          productLineId: v.productLineId,
          contacts: [
            { name: `联系人${marker}${suffix}`, email: `boss@${mainDomain}`, mobile: "13900001111", title: "总经理" },
          ],
        },
      },
    );
    enterpriseIds.push(createEnterprise.id);
    await tenant.admin.ok(`mutation($id: ID!, $tags: [ID!]!) { setEnterpriseTags(id: $id, tagIds: $tags) { id } }`, {
      id: createEnterprise.id,
      tags: [tenant.tagId],
    });
    await rep.ok(
      `mutation($id: ID!, $input: FollowUpInput!) { addFollowUp(enterpriseId: $id, input: $input) { id } }`,
      {
        id: createEnterprise.id,
        input: { channel: "PHONE", content: `跟进${marker}${suffix}`, nextStep: `下一步${marker}${suffix}` },
      },
    );
    await rep.ok(`mutation($input: RegisterDomainInput!) { registerDomain(input: $input) { id } }`, {
      input: { productLineId: v.productLineId, domain: mainDomain },
    });
    return { id: createEnterprise.id, mainDomain };
  };

  // 新购 paid from the balance → a service; then 续费 and 扩容 of it, left 待扣款.
  const main = await enterprise("a");
  const bought = (
    await rep.ok<Created>(ORDER, {
      input: {
        type: "NEW",
        enterpriseId: main.id,
        domain: main.mainDomain,
        editionId: v.editionId,
        seats: 5,
        months: 12,
        remark: `订单备注${marker}`,
      },
    })
  ).createOrder;
  orderIds.push(bought.id);
  const paid = (
    await rep.ok<{ payOrder: { id: string; service: { id: string } | null } }>(
      `mutation($id: ID!, $key: String!) { payOrder(id: $id, idempotencyKey: $key) { id service { id } } }`,
      { id: bought.id, key: randomUUID() },
    )
  ).payOrder;
  const serviceId = paid.service?.id;
  if (!serviceId) throw new Error("the paid order opened no service");
  for (const input of [
    { type: "RENEWAL", serviceId, months: 12, remark: `续费${marker}` },
    { type: "EXPANSION", serviceId, seats: 2, remark: `扩容${marker}` },
  ]) {
    orderIds.push((await rep.ok<Created>(ORDER, { input })).createOrder.id);
  }
  // 试用 on a second enterprise.
  const trial = await enterprise("b");
  orderIds.push(
    (
      await rep.ok<Created>(ORDER, {
        input: {
          type: "TRIAL",
          enterpriseId: trial.id,
          domain: trial.mainDomain,
          editionId: v.editionId,
          seats: 5,
          trialDays: 7,
          remark: `试用${marker}`,
        },
      })
    ).createOrder.id,
  );

  // 合同, 增值服务, 发票 by the admin (who holds 合同上传 and the finance view).
  await sendFile(t, tenant.admin, `/orders/${bought.id}/contracts`, {
    name: `合同${marker}.pdf`,
    bytes: PDF(`contract ${marker}`),
  });
  await tenant.admin.ok(
    `mutation($s: ID!, $a: ID!) { setServiceAddon(serviceId: $s, addonId: $a, enabled: true) { id } }`,
    { s: serviceId, a: v.addonId },
  );
  await tenant.admin.ok(`mutation($input: RequestInvoiceInput!) { requestInvoice(input: $input) { id } }`, {
    input: { orderId: bought.id, title: `发票抬头${marker}`, taxNumber: "91310000MA1FL00000", note: `发票${marker}` },
  });

  // 业务申请 with an attachment.
  const { submitBusinessRequest } = await rep.ok<{ submitBusinessRequest: { id: string } }>(
    `mutation($input: SubmitRequestInput!) { submitBusinessRequest(input: $input) { id } }`,
    {
      input: {
        typeId: v.requestTypeId,
        payload: {
          domain: main.mainDomain,
          records: "MX",
          contact: `客户联系人${marker}`,
          description: `申请说明${marker}`,
        },
        remark: `申请备注${marker}`,
      },
    },
  );
  await sendFile(t, rep, `/requests/${submitBusinessRequest.id}/attachments`, {
    name: `附件${marker}.pdf`,
    bytes: PDF(`attachment ${marker}`),
  });

  // 推广活动 with two channels, approved, and a visitor's sign-up (→ a lead of the dealer).
  const { createCampaign } = await rep.ok<{ createCampaign: { id: string; slug: string } }>(
    `mutation($input: CampaignInput!) { createCampaign(input: $input) { id slug } }`,
    {
      input: {
        name: `活动${marker}`,
        title: `活动标题${marker}`,
        bodyHtml: `<p>活动正文${marker}</p>`,
        formFields: ["SCALE"],
        validFrom: new Date(Date.now() - 86_400_000).toISOString(),
        validTo: new Date(Date.now() + 7 * 86_400_000).toISOString(),
        channels: [
          { code: "wechat", name: `渠道${marker}` },
          { code: "poster", name: `海报${marker}` },
        ],
      },
    },
  );
  await v.ops.ok(`mutation($id: ID!) { reviewCampaign(id: $id, decision: APPROVE) { id } }`, { id: createCampaign.id });
  await campaignSignup(t, createCampaign.slug, "wechat", marker, minFillMs);

  return {
    account,
    marker,
    enterpriseIds,
    orderIds,
    campaignId: createCampaign.id,
    requestId: submitBusinessRequest.id,
  };
}

/** Makes one tenant; `minFillMs` is the test app's campaignPublic.minFillMs. */
export async function makeTenantWorld(t: TestApp, v: VendorSide, minFillMs: number): Promise<TenantWorld> {
  const marker = `x${randomBytes(4).toString("hex")}`;
  const ds: DataSource = t.dataSource;
  const dealer = await makeDealer(ds, `经销商${marker}`);
  // account names carry the dealer's marker, not a rep's: colleagues may see each other's names (代办人)
  const named = (role: string) => ({ loginName: `${marker}${role}`, realName: `姓名${marker}${role}` });
  const admin = await makeDealerAccount(ds, { dealer, preset: "ADMIN", ...named("admin") });
  const assistant = await makeDealerAccount(ds, { dealer, preset: "ASSISTANT", ...named("assistant") });
  const manager = await makeDealerAccount(ds, { dealer, preset: "SALES_MANAGER", ...named("manager") });
  const rep1 = await makeDealerAccount(ds, { dealer, preset: "SALES", superior: manager, ...named("rep1") });
  const rep2 = await makeDealerAccount(ds, { dealer, preset: "SALES", superior: manager, ...named("rep2") });
  await setDealerQuotaDirectly(ds, dealer.id, v.productLineId, 100);
  for (const account of [admin, manager, rep1, rep2]) await setAccountQuotaDirectly(ds, account, v.productLineId, 20);
  await setDiscountDirectly(ds, dealer.id, v.productLineId, 8500);

  // 充值 by vendor finance (a ledger entry and an audit row).
  const topUpAmount = 900_000_000 + randomInt(99_999_999);
  await v.finance.ok(`mutation($input: TopUpInput!) { topUp(input: $input) { id } }`, {
    input: {
      dealerId: dealer.id,
      amount: topUpAmount,
      reference: `TOPUP${marker}`.toUpperCase(),
      note: `充值${marker}`,
    },
  });

  const adminClient = await signInDirectly(t, admin.id);
  const { createTag } = await adminClient.ok<{ createTag: { id: string } }>(
    `mutation($input: CreateTagInput!) { createTag(input: $input) { id } }`,
    { input: { name: `标签${marker}`, color: "blue" } },
  );
  const tenant = { dealer, admin: adminClient, tagId: createTag.id };
  const r1 = await makeRepRows(t, v, tenant, rep1, `${marker}r1`, minFillMs);
  const r2 = await makeRepRows(t, v, tenant, rep2, `${marker}r2`, minFillMs);

  const { createApiKey } = await adminClient.ok<{ createApiKey: { secret: string } }>(
    `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }`,
    { input: { name: `密钥${marker}`, scopes: scopesFor("DEALER") } },
  );
  // one partner call with the key, so the dealer has 调用记录 too
  const call = await fetch(t.url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${createApiKey.secret}` },
    body: JSON.stringify({ query: "query WorldSync { tags { id } }" }),
  });
  if (call.status !== 200) throw new Error(`the world's API key call failed: ${call.status}`);

  // 消息中心: an announcement to this dealer only, and a domain notice for its admins.
  await v.ops.ok(`mutation($input: PublishAnnouncementInput!) { publishAnnouncement(input: $input) { id } }`, {
    input: { title: `公告${marker}`, body: `公告正文${marker}`, dealerIds: [dealer.id] },
  });
  await v.ops.ok(`mutation($input: ReportDomainEventInput!) { reportDomainEvent(input: $input) { domain } }`, {
    input: { domain: `${marker}r1a-main.com`, event: "VERIFICATION_REQUESTED" },
  });

  return { marker, dealer, admin, assistant, manager, r1, r2, apiKeySecret: createApiKey.secret, topUpAmount };
}

/**
 * Where two tenants meet: `holder`'s rep r1 registers a domain (one without any marker), and
 * `other`'s rep r1 enters an enterprise with that domain and tries to register it too. Returns
 * the refusal `other` got (DOMAIN_LOCKED), which must not name the holder; the holder's admins
 * get a 域名试报备通知 that must not name `other`.
 */
export async function contestDomain(t: TestApp, v: VendorSide, holder: TenantWorld, other: TenantWorld) {
  const domain = `contested-${randomBytes(5).toString("hex")}.com`;
  const enter = async (rep: GraphQLTestClient, name: string) => {
    const { createEnterprise } = await rep.ok<{ createEnterprise: { id: string } }>(
      `mutation($input: CreateEnterpriseInput!) { createEnterprise(input: $input) { id } }`,
      { input: { name, mainDomain: domain } },
    );
    return createEnterprise.id;
  };
  const register = `mutation($input: RegisterDomainInput!) { registerDomain(input: $input) { id } }`;
  const holderRep = await signInDirectly(t, holder.r1.account.id);
  await enter(holderRep, `企业${holder.r1.marker}c`);
  await holderRep.ok(register, { input: { productLineId: v.productLineId, domain } });
  const otherRep = await signInDirectly(t, other.r1.account.id);
  await enter(otherRep, `企业${other.r1.marker}c`);
  return otherRep.request(register, { input: { productLineId: v.productLineId, domain } });
}

/**
 * The ids of a tenant's rows by GraphQL type, read from the database (not from what the builder
 * remembers, so rows made on the side — audit entries, ledger entries, notices, leads — count).
 * With `owner`, only the rows tied to that account (the peer check inside one dealer).
 */
export async function tenantIds(
  ds: DataSource,
  dealerId: string,
  owner?: { id: string },
): Promise<Map<string, string[]>> {
  const o = owner?.id ?? null;
  // $1 dealer, $2 owning account or null for every row of the dealer
  const queries: Record<string, string> = {
    Account: `SELECT id FROM account WHERE dealer_id = $1 AND ($2::uuid IS NULL OR id = $2)`,
    Enterprise: `SELECT id FROM enterprise WHERE dealer_id = $1 AND ($2::uuid IS NULL OR owner_account_id = $2)`,
    EnterpriseContact: `SELECT c.id FROM enterprise_contact c JOIN enterprise e ON e.id = c.enterprise_id
      WHERE c.dealer_id = $1 AND ($2::uuid IS NULL OR e.owner_account_id = $2)`,
    FollowUp: `SELECT id FROM follow_up WHERE dealer_id = $1 AND ($2::uuid IS NULL OR account_id = $2)`,
    Registration: `SELECT id FROM registration WHERE dealer_id = $1 AND ($2::uuid IS NULL OR account_id = $2)`,
    Order: `SELECT id FROM sales_order WHERE dealer_id = $1 AND ($2::uuid IS NULL OR created_by = $2)`,
    ContractFile: `SELECT f.id FROM contract_file f JOIN sales_order o ON o.id = f.order_id
      WHERE f.dealer_id = $1 AND ($2::uuid IS NULL OR o.created_by = $2)`,
    Service: `SELECT s.id FROM service s JOIN enterprise e ON e.id = s.enterprise_id
      WHERE s.dealer_id = $1 AND ($2::uuid IS NULL OR e.owner_account_id = $2)`,
    InvoiceRequest: `SELECT i.id FROM invoice_request i JOIN sales_order o ON o.id = i.order_id
      WHERE i.dealer_id = $1 AND ($2::uuid IS NULL OR o.created_by = $2)`,
    BusinessRequest: `SELECT id FROM business_request WHERE dealer_id = $1 AND ($2::uuid IS NULL OR submitted_by = $2)`,
    RequestAttachment: `SELECT a.id FROM request_attachment a JOIN business_request r ON r.id = a.request_id
      WHERE a.dealer_id = $1 AND ($2::uuid IS NULL OR r.submitted_by = $2)`,
    Campaign: `SELECT id FROM campaign WHERE dealer_id = $1 AND ($2::uuid IS NULL OR created_by = $2)`,
    // a lead is tied to the owner of its enterprise (LeadService's scope)
    Lead: `SELECT l.id FROM lead l LEFT JOIN enterprise e ON e.id = l.enterprise_id
      WHERE l.dealer_id = $1 AND ($2::uuid IS NULL OR e.owner_account_id = $2)`,
    // dealer-wide rows: nobody's own, so not part of a peer check
    Dealer: `SELECT id FROM dealer WHERE id = $1 AND $2::uuid IS NULL`,
    Tag: `SELECT id FROM tag WHERE dealer_id = $1 AND $2::uuid IS NULL`,
    LedgerEntry: `SELECT id FROM ledger_entry WHERE dealer_id = $1 AND $2::uuid IS NULL`,
    ApiKey: `SELECT id FROM api_key WHERE dealer_id = $1 AND $2::uuid IS NULL`,
    ApiKeyCall: `SELECT c.id FROM api_key_call c JOIN api_key k ON k.id = c.api_key_id
      WHERE k.dealer_id = $1 AND $2::uuid IS NULL`,
    Notice: `SELECT id FROM notice WHERE (dealer_id = $1 OR id IN (SELECT notice_id FROM notice_dealer WHERE dealer_id = $1))
      AND $2::uuid IS NULL`,
    AuditLogEntry: `SELECT id FROM audit_log WHERE dealer_id = $1 AND $2::uuid IS NULL`,
  };
  const out = new Map<string, string[]>();
  for (const [type, sql] of Object.entries(queries)) {
    const rows: { id: string | number }[] = await ds.query(sql, [dealerId, o]);
    if (rows.length)
      out.set(
        type,
        rows.map((r) => String(r.id)),
      );
  }
  return out;
}

/**
 * A fingerprint of a dealer's rows (md5 over them in a fixed order): equal before and after
 * means nothing of the dealer changed. Notices and the audit log are left out (another dealer's
 * attempt may rightly notify this one); API keys without their last-use columns.
 */
export async function tenantFingerprint(ds: DataSource, dealerId: string): Promise<string> {
  const tables = [
    "dealer WHERE id = $1",
    "account WHERE dealer_id = $1",
    "enterprise WHERE dealer_id = $1",
    "enterprise_domain WHERE dealer_id = $1",
    "enterprise_contact WHERE dealer_id = $1",
    "enterprise_tag WHERE dealer_id = $1",
    "follow_up WHERE dealer_id = $1",
    "tag WHERE dealer_id = $1",
    "registration WHERE dealer_id = $1",
    "sales_order WHERE dealer_id = $1",
    "contract_file WHERE dealer_id = $1",
    "service WHERE dealer_id = $1",
    "service_addon WHERE service_id IN (SELECT id FROM service WHERE dealer_id = $1)",
    "ledger_entry WHERE dealer_id = $1",
    "dealer_balance WHERE dealer_id = $1",
    "invoice_request WHERE dealer_id = $1",
    "business_request WHERE dealer_id = $1",
    "request_attachment WHERE dealer_id = $1",
    "campaign WHERE dealer_id = $1",
    "campaign_channel WHERE campaign_id IN (SELECT id FROM campaign WHERE dealer_id = $1)",
    "lead WHERE dealer_id = $1",
    "dealer_quota WHERE dealer_id = $1",
    "account_quota WHERE dealer_id = $1",
    "dealer_discount WHERE dealer_id = $1",
  ];
  const parts: string[] = [];
  for (const from of tables) {
    const rows: { h: string | null }[] = await ds.query(
      `SELECT md5(string_agg(row_to_json(t)::text, '|' ORDER BY row_to_json(t)::text)) AS h FROM (SELECT * FROM ${from}) t`,
      [dealerId],
    );
    parts.push(`${from.split(" ")[0]}:${rows[0]?.h ?? "-"}`);
  }
  const keys: { h: string | null }[] = await ds.query(
    `SELECT md5(string_agg(concat_ws(',', id, name, scopes::text, revoked_at, expires_at), '|' ORDER BY id)) AS h
       FROM api_key WHERE dealer_id = $1`,
    [dealerId],
  );
  parts.push(`api_key:${keys[0]?.h ?? "-"}`);
  return parts.join("\n");
}
