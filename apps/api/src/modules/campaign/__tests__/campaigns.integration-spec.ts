import { randomBytes } from "node:crypto";
import { makeDealerTeam, makeVendorStaff } from "../../../../test/support/factories";
import type { GraphQLTestClient } from "../../../../test/support/graphql-client";
import { signInDirectly } from "../../../../test/support/sessions";
import { startTestApp, type TestApp } from "../../../../test/support/test-app";

const CREATE = `mutation($input: CampaignInput!) { createCampaign(input: $input) { id slug reviewStatus enabled
  channels { code name sharePath } } }`;
const REVIEW = `mutation($id: ID!, $d: CampaignReviewDecision!, $r: String) { reviewCampaign(id: $id, decision: $d, reason: $r) {
  id reviewStatus reviewReason } }`;
const ENABLE = `mutation($id: ID!, $e: Boolean!) { setCampaignEnabled(id: $id, enabled: $e) { id enabled } }`;
const STATS = `query($id: ID!) { campaignStats(id: $id) { totals { pv uv signups }
  channels { code name pv uv signups } daily { day pv uv signups } } }`;
const LIST = `query { campaigns(pageSize: 50) { totalCount items { id name dealerName creatorName } } }`;
const MIN_FILL_MS = 300;
const BROWSER = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 MicroMessenger/8.0.47";
const BOT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";

let ipCounter = 0;
/** A distinct client IP per sign-up (the per-IP limit is tested on its own). */
function freshIp(): string {
  ipCounter += 1;
  return `10.9.${Math.floor(ipCounter / 250)}.${(ipCounter % 250) + 1}`;
}
const visitor = () => randomBytes(16).toString("base64url");
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("推广平台 (campaigns, public page, sign-ups, statistics)", () => {
  let t: TestApp;
  let base: string;
  let ops: GraphQLTestClient;

  beforeAll(async () => {
    t = await startTestApp({ campaignPublic: { minFillMs: MIN_FILL_MS, perIp: { points: 3, durationSec: 600 } } });
    base = t.url.replace(/\/graphql$/, "");
    ops = await signInDirectly(t, (await makeVendorStaff(t.dataSource, ["OPERATIONS"])).id);
  });
  afterAll(async () => {
    await t.close();
  });

  async function makeCampaign(
    client: GraphQLTestClient,
    opts: { approve?: boolean; from?: Date; to?: Date; formFields?: string[] } = {},
  ) {
    const data = await client.ok<{ createCampaign: { id: string; slug: string; reviewStatus: string } }>(CREATE, {
      input: {
        name: "春季企业邮箱推广",
        title: "企业邮箱限时优惠",
        bodyHtml: '<p>欢迎<script>alert(1)</script><a href="javascript:x()">登记</a></p>',
        formFields: opts.formFields ?? ["SCALE"],
        validFrom: (opts.from ?? new Date(Date.now() - 86_400_000)).toISOString(),
        validTo: (opts.to ?? new Date(Date.now() + 7 * 86_400_000)).toISOString(),
        channels: [
          { code: "wechat", name: "微信群" },
          { code: "poster", name: "海报" },
        ],
      },
    });
    const campaign = data.createCampaign;
    if (opts.approve !== false) await ops.ok(REVIEW, { id: campaign.id, d: "APPROVE" });
    return campaign;
  }

  function view(slug: string, o: { ch?: string; ua?: string; vid?: string; method?: string; purpose?: string } = {}) {
    const headers: Record<string, string> = { "user-agent": o.ua ?? BROWSER };
    if (o.vid) headers["x-visitor-id"] = o.vid;
    if (o.purpose) headers["sec-purpose"] = o.purpose;
    return fetch(`${base}/public/campaigns/${slug}${o.ch ? `?ch=${o.ch}` : ""}`, {
      method: o.method ?? "GET",
      headers,
    });
  }

  async function formToken(slug: string): Promise<string> {
    // A bot's GET reads the page model (and its token) without counting a view.
    const response = await view(slug, { ua: BOT });
    return ((await response.json()) as { formToken: string | null }).formToken ?? "";
  }

  let serial = 0;
  function person() {
    serial += 1;
    const n = String(10_000_000 + serial * 7919).slice(-8);
    return {
      company: `示例企业${serial}有限公司`,
      contact: "李四",
      mobile: `139${n}`,
      domain: `signup-${serial}-${n}.com`,
    };
  }

  async function signup(
    slug: string,
    fields: Record<string, string>,
    o: { ch?: string; token?: string; ip?: string; waitMs?: number } = {},
  ) {
    const token = o.token ?? (await formToken(slug));
    await wait(o.waitMs ?? MIN_FILL_MS + 50);
    const body = new URLSearchParams({ t: token, website: "", scale: "S10_49", ...fields });
    const response = await fetch(`${base}/public/campaigns/${slug}/signup${o.ch ? `?ch=${o.ch}` : ""}`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": o.ip ?? freshIp() },
      body,
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }

  async function countRows(campaignId: string) {
    const [row] = await t.dataSource.query<{ signups: number; leads: number }[]>(
      `SELECT (SELECT count(*) FROM campaign_signup WHERE campaign_id = $1)::int AS signups,
              (SELECT count(*) FROM lead WHERE campaign_id = $1)::int AS leads`,
      [campaignId],
    );
    return row;
  }

  it("sanitizes the rich text and starts a campaign as 处理中", async () => {
    const A = await makeDealerTeam(t.dataSource);
    const admin = await signInDirectly(t, A.admin.id);
    const c = await makeCampaign(admin, { approve: false });
    expect(c.reviewStatus).toBe("PENDING");
    const data = await admin.ok<{ campaign: { bodyHtml: string } }>(
      `query($id: ID!) { campaign(id: $id) { bodyHtml } }`,
      {
        id: c.id,
      },
    );
    expect(data.campaign.bodyHtml).not.toMatch(/script|javascript/);
    expect(data.campaign.bodyHtml).toContain("欢迎");
  });

  it("serves no form and records no sign-up unless approved, enabled and within validity", async () => {
    const A = await makeDealerTeam(t.dataSource);
    const admin = await signInDirectly(t, A.admin.id);
    const pending = await makeCampaign(admin, { approve: false });
    const rejected = await makeCampaign(admin, { approve: false });
    expect(await ops.errorCode(REVIEW, { id: rejected.id, d: "REJECT" })).toBe("VALIDATION_FAILED");
    await ops.ok(REVIEW, { id: rejected.id, d: "REJECT", r: "图片不清晰" });
    const disabled = await makeCampaign(admin);
    await admin.ok(ENABLE, { id: disabled.id, e: false });
    const future = await makeCampaign(admin, { from: new Date(Date.now() + 86_400_000) });
    const ended = await makeCampaign(admin, {
      from: new Date(Date.now() - 10 * 86_400_000),
      to: new Date(Date.now() - 86_400_000),
    });
    const live = await makeCampaign(admin);
    // A token of a live campaign, replayed against the others, changes nothing.
    const liveToken = await formToken(live.slug);
    for (const [c, status, liveness] of [
      [pending, 404, "UNAVAILABLE"],
      [rejected, 404, "UNAVAILABLE"],
      [disabled, 404, "UNAVAILABLE"],
      [future, 404, "NOT_STARTED"],
      [ended, 410, "ENDED"],
    ] as const) {
      const page = await view(c.slug, { vid: visitor() });
      expect(page.status).toBe(status);
      const model = (await page.json()) as { liveness: string; formToken: string | null; formFields: string[] };
      expect(model.liveness).toBe(liveness);
      expect(model.formToken).toBeNull();
      expect(model.formFields).toEqual([]);
      const answer = await signup(c.slug, person(), { token: liveToken });
      expect(answer.status).toBe(status);
      expect(answer.body.result).toBe("CLOSED");
      expect(await countRows(c.id)).toEqual({ signups: 0, leads: 0 });
    }
    const stats = await admin.ok<{ campaignStats: { totals: { pv: number } } }>(STATS, { id: pending.id });
    expect(stats.campaignStats.totals.pv).toBe(0);
    // Re-enabling brings the page back.
    await admin.ok(ENABLE, { id: disabled.id, e: true });
    expect((await view(disabled.slug)).status).toBe(200);
  });

  it("turns a valid sign-up into a lead of the dealer in 甩单企业 with source 推广平台 and the channel", async () => {
    const A = await makeDealerTeam(t.dataSource);
    const admin = await signInDirectly(t, A.admin.id);
    const c = await makeCampaign(admin);
    const p = person();
    const answer = await signup(
      c.slug,
      { ...p, domain: `WWW.${p.domain.toUpperCase()}`, utm_source: "wx" },
      { ch: "wechat" },
    );
    expect(answer).toEqual({ status: 200, body: { result: "RECEIVED" } });
    const [lead] = await t.dataSource.query<Record<string, string>[]>(
      `SELECT l.source, l.channel_code, l.dealer_id, l.domain, l.contact_mobile, e.source AS enterprise_source, e.routed_at
         FROM lead l JOIN enterprise e ON e.id = l.enterprise_id WHERE l.campaign_id = $1`,
      [c.id],
    );
    expect(lead).toMatchObject({
      source: "CAMPAIGN",
      channel_code: "wechat",
      dealer_id: A.dealer.id,
      domain: p.domain,
      contact_mobile: p.mobile,
      enterprise_source: "CAMPAIGN",
    });
    const [signupRow] = await t.dataSource.query<{ last_touch: unknown }[]>(
      `SELECT last_touch FROM campaign_signup WHERE campaign_id = $1`,
      [c.id],
    );
    expect(signupRow?.last_touch).toEqual({ utm_source: "wx" });
    const routed = await admin.ok<{ routedEnterprises: { edges: { node: { mainDomain: string; source: string } }[] } }>(
      `query { routedEnterprises(first: 50) { edges { node { mainDomain source } } } }`,
    );
    expect(routed.routedEnterprises.edges.map((e) => e.node)).toContainEqual({
      mainDomain: p.domain,
      source: "CAMPAIGN",
    });
  });

  it("answers a wrong mobile or domain with the field, and creates nothing", async () => {
    const A = await makeDealerTeam(t.dataSource);
    const c = await makeCampaign(await signInDirectly(t, A.admin.id));
    expect(await signup(c.slug, { ...person(), mobile: "1234" })).toEqual({
      status: 422,
      body: { result: "INVALID", field: "MOBILE" },
    });
    expect(await signup(c.slug, { ...person(), domain: "not a domain" })).toEqual({
      status: 422,
      body: { result: "INVALID", field: "DOMAIN" },
    });
    expect(await countRows(c.id)).toEqual({ signups: 0, leads: 0 });
  });

  it("gives honeypot, too-fast, forged-token and rate-limited sign-ups the same answer and creates nothing", async () => {
    const A = await makeDealerTeam(t.dataSource);
    const c = await makeCampaign(await signInDirectly(t, A.admin.id));
    const generic = { status: 200, body: { result: "RECEIVED" } };
    expect(await signup(c.slug, { ...person(), website: "http://spam.example" })).toEqual(generic);
    expect(await signup(c.slug, person(), { waitMs: 0 })).toEqual(generic);
    expect(await signup(c.slug, person(), { token: `${Date.now() - 60_000}.forged` })).toEqual(generic);
    expect(await countRows(c.id)).toEqual({ signups: 0, leads: 0 });

    // Per IP: 3 attempts per window here; the 4th and later from that IP create nothing.
    const ip = freshIp();
    for (let i = 0; i < 3; i += 1) expect(await signup(c.slug, person(), { ip })).toEqual(generic);
    expect(await countRows(c.id)).toEqual({ signups: 3, leads: 3 });
    expect(await signup(c.slug, person(), { ip })).toEqual(generic);
    expect(await signup(c.slug, person(), { ip })).toEqual(generic);
    expect(await countRows(c.id)).toEqual({ signups: 3, leads: 3 });
    expect(t.app.services.campaignPublic.refusals.RATE_LIMIT_IP).toBeGreaterThanOrEqual(2);
    // Another IP still gets through.
    await signup(c.slug, person());
    expect(await countRows(c.id)).toEqual({ signups: 4, leads: 4 });
  });

  it("suppresses duplicates by mobile or domain within a campaign, also when sent at once", async () => {
    const A = await makeDealerTeam(t.dataSource);
    const c = await makeCampaign(await signInDirectly(t, A.admin.id));
    const p = person();
    await signup(c.slug, p);
    const again = await signup(c.slug, { ...person(), mobile: p.mobile });
    const sameDomain = await signup(c.slug, { ...person(), domain: `mail.${p.domain}` });
    expect(again).toEqual({ status: 200, body: { result: "RECEIVED" } });
    expect(sameDomain).toEqual({ status: 200, body: { result: "RECEIVED" } });
    expect(await countRows(c.id)).toEqual({ signups: 1, leads: 1 });
    // Five simultaneous sign-ups of one person: exactly one lands.
    const q = person();
    const token = await formToken(c.slug);
    await wait(MIN_FILL_MS + 50);
    const answers = await Promise.all(Array.from({ length: 5 }, () => signup(c.slug, q, { token, waitMs: 0 })));
    expect(answers.every((a) => a.status === 200)).toBe(true);
    expect(await countRows(c.id)).toEqual({ signups: 2, leads: 2 });
  });

  it("counts PV, UV and sign-ups exactly: bots, link previews and HEAD requests don't count", async () => {
    const A = await makeDealerTeam(t.dataSource);
    const admin = await signInDirectly(t, A.admin.id);
    const c = await makeCampaign(admin);
    const [v1, v2, v3] = [visitor(), visitor(), visitor()];
    // wechat: v1 ×3, v2 ×1 → PV 4, UV 2; poster: v1 ×1, v3 ×2 → PV 3, UV 2; no channel: v3 ×1 → PV 1, UV 1.
    for (const vid of [v1, v1, v1, v2]) expect((await view(c.slug, { ch: "wechat", vid })).status).toBe(200);
    for (const vid of [v1, v3, v3]) await view(c.slug, { ch: "poster", vid });
    await view(c.slug, { vid: v3 });
    // Not counted: a crawler, a link preview fetcher, a prefetch and HEAD requests.
    await view(c.slug, { ch: "wechat", ua: BOT, vid: visitor() });
    await view(c.slug, { ch: "wechat", ua: "facebookexternalhit/1.1", vid: visitor() });
    await view(c.slug, { ch: "wechat", ua: "TelegramBot (like TwitterBot)", vid: visitor() });
    await view(c.slug, { ch: "wechat", vid: visitor(), purpose: "prefetch" });
    const head = await view(c.slug, { ch: "wechat", vid: visitor(), method: "HEAD" });
    expect(head.status).toBe(200);
    const headViaPage = await fetch(`${base}/public/campaigns/${c.slug}?ch=poster`, {
      headers: { "user-agent": BROWSER, "x-view-method": "HEAD", "x-visitor-id": visitor() },
    });
    expect(headViaPage.status).toBe(200);
    // Two sign-ups on wechat, one on poster.
    await signup(c.slug, person(), { ch: "wechat" });
    await signup(c.slug, person(), { ch: "wechat" });
    await signup(c.slug, person(), { ch: "poster" });

    const { campaignStats: s } = await admin.ok<{
      campaignStats: {
        totals: { pv: number; uv: number; signups: number };
        channels: { code: string; pv: number; uv: number; signups: number }[];
        daily: { day: string; pv: number; uv: number; signups: number }[];
      };
    }>(STATS, { id: c.id });
    expect(s.totals).toEqual({ pv: 8, uv: 3, signups: 3 });
    const byCode = Object.fromEntries(s.channels.map((ch) => [ch.code, { pv: ch.pv, uv: ch.uv, signups: ch.signups }]));
    expect(byCode).toEqual({
      wechat: { pv: 4, uv: 2, signups: 2 },
      poster: { pv: 3, uv: 2, signups: 1 },
      "": { pv: 1, uv: 1, signups: 0 },
    });
    expect(s.daily).toHaveLength(1);
    expect(s.daily[0]).toMatchObject({ pv: 8, uv: 3, signups: 3 });
    // No IP or visitor ID is stored: only salted hashes.
    const stored = await t.dataSource.query<{ visitor_hash: string }[]>(
      `SELECT visitor_hash FROM campaign_daily_visitor WHERE campaign_id = $1`,
      [c.id],
    );
    expect(stored.map((r) => r.visitor_hash)).not.toContain(v1);
  });

  it("loses no view under concurrent load, with rollups running meanwhile", async () => {
    const A = await makeDealerTeam(t.dataSource);
    const admin = await signInDirectly(t, A.admin.id);
    const c = await makeCampaign(admin);
    const visitors = Array.from({ length: 20 }, visitor);
    const total = 200;
    const views = Array.from({ length: total }, (_, i) =>
      view(c.slug, { ch: i % 2 === 0 ? "wechat" : "poster", vid: visitors[i % visitors.length] }),
    );
    const rollups = Array.from({ length: 5 }, () => t.app.services.campaignPublic.rollupViews());
    const responses = await Promise.all(views);
    await Promise.all(rollups);
    expect(responses.every((r) => r.status === 200)).toBe(true);
    const { campaignStats: s } = await admin.ok<{
      campaignStats: { totals: { pv: number; uv: number }; channels: { code: string; pv: number; uv: number }[] };
    }>(STATS, { id: c.id });
    expect(s.totals).toEqual({ pv: total, uv: 20, signups: 0 });
    expect(s.channels.find((ch) => ch.code === "wechat")).toMatchObject({ pv: 100, uv: 10 });
    expect(s.channels.find((ch) => ch.code === "poster")).toMatchObject({ pv: 100, uv: 10 });
  });

  it("keeps campaigns and stats within the viewer's visibility; another dealer can neither see nor change them", async () => {
    const A = await makeDealerTeam(t.dataSource);
    const B = await makeDealerTeam(t.dataSource);
    const aStaff = await signInDirectly(t, A.a.id);
    const mine = await makeCampaign(aStaff);
    const peer = await makeCampaign(await signInDirectly(t, A.c.id));
    const bAdmin = await signInDirectly(t, B.admin.id);
    for (const query of [`query($id: ID!) { campaign(id: $id) { id } }`, STATS]) {
      expect(await bAdmin.errorCode(query, { id: mine.id })).toBe("NOT_FOUND");
    }
    expect(await bAdmin.errorCode(ENABLE, { id: mine.id, e: false })).toBe("NOT_FOUND");
    expect((await bAdmin.ok<{ campaigns: { totalCount: number } }>(LIST)).campaigns.totalCount).toBe(0);
    // Staff a sees its own, not its peer c's; the manager (a's superior) sees a's; the admin both.
    expect(await aStaff.errorCode(STATS, { id: peer.id })).toBe("NOT_FOUND");
    const manager = await signInDirectly(t, A.manager.id);
    await manager.ok(STATS, { id: mine.id });
    expect(await manager.errorCode(STATS, { id: peer.id })).toBe("NOT_FOUND");
    const aAdmin = await signInDirectly(t, A.admin.id);
    const list = await aAdmin.ok<{ campaigns: { totalCount: number; items: { id: string; dealerName: string }[] } }>(
      LIST,
    );
    expect(list.campaigns.items.map((i) => i.id).sort()).toEqual([mine.id, peer.id].sort());
    expect(list.campaigns.items[0]?.dealerName).toBe(A.dealer.name);
    // Assistants read but don't change; dealers don't review.
    const assistant = await signInDirectly(t, A.assistant.id);
    await assistant.ok(STATS, { id: mine.id });
    expect(await assistant.errorCode(ENABLE, { id: mine.id, e: false })).toBe("FORBIDDEN");
    expect(await aAdmin.errorCode(REVIEW, { id: mine.id, d: "APPROVE" })).toBe("FORBIDDEN");
    // QR codes follow the same visibility.
    const qr = (client: GraphQLTestClient) =>
      fetch(`${base}/campaign-files/qr/${mine.id}/wechat.png?origin=${encodeURIComponent("http://localhost:3000")}`, {
        headers: { cookie: client.sessionCookie ?? "" },
      });
    const ok = await qr(aStaff);
    expect(ok.status).toBe(200);
    expect(ok.headers.get("content-type")).toBe("image/png");
    expect((await qr(bAdmin)).status).toBe(404);
  });
});
