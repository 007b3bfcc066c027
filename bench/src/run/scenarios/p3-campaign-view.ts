import { randomBytes } from "node:crypto";
import { alternate } from "../compare";
import type { Scenario, ScenarioContext, ScenarioResult } from "../types";

const BROWSER_UA =
  "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1";

/** A live campaign with a channel; when the data has none, one is created (and said so). */
async function liveCampaign(
  ctx: ScenarioContext,
): Promise<{ id: string; slug: string; channel: string; created: boolean }> {
  const { rows } = await ctx.pool.query<{ id: string; slug: string; code: string | null }>(
    `SELECT c.id, c.slug, (SELECT code FROM campaign_channel ch WHERE ch.campaign_id = c.id ORDER BY sort_order LIMIT 1) AS code
       FROM campaign c
      WHERE c.review_status = 'APPROVED' AND c.enabled AND c.valid_from <= now() AND c.valid_to > now() + interval '1 hour'
      ORDER BY c.slug = $1 DESC, (SELECT count(*) FROM campaign_channel ch WHERE ch.campaign_id = c.id) > 0 DESC, c.created_at
      LIMIT 1`,
    [ctx.manifest?.campaigns?.[0]?.slug ?? ""],
  );
  const found = rows[0];
  if (found?.code) return { id: found.id, slug: found.slug, channel: found.code, created: false };
  const { rows: owners } = await ctx.pool.query<{ id: string; dealer_id: string }>(
    `SELECT a.id, a.dealer_id FROM account a JOIN dealer d ON d.id = a.dealer_id AND d.status = 'ACTIVE'
      WHERE a.kind = 'DEALER' AND a.status = 'ACTIVE' ORDER BY a.account_type = 'ADMIN' DESC, a.login_name LIMIT 1`,
  );
  const owner = owners[0];
  if (!owner) throw new Error("P3: no dealer account to own a campaign");
  const alphabet = "abcdefghijkmnpqrstuvwxyz23456789";
  const slug = found?.slug ?? [...randomBytes(8)].map((b) => alphabet[b % alphabet.length]).join("");
  let id = found?.id;
  if (!id) {
    const { rows: made } = await ctx.pool.query<{ id: string }>(
      `INSERT INTO campaign (slug, dealer_id, created_by, name, title, body_html, form_fields, valid_from, valid_to, review_status, reviewed_at)
       VALUES ($1, $2, $3, '压测活动', '压测活动页', '<p>benchmark</p>', ARRAY['company','contact','mobile'],
               now() - interval '1 day', now() + interval '30 days', 'APPROVED', now()) RETURNING id`,
      [slug, owner.dealer_id, owner.id],
    );
    id = made[0]?.id ?? "";
  }
  await ctx.pool.query(
    `INSERT INTO campaign_channel (campaign_id, code, name) VALUES ($1, 'bench', '压测渠道') ON CONFLICT DO NOTHING`,
    [id],
  );
  return { id, slug, channel: "bench", created: true };
}

const ACCOUNTING_VIEWS = 2000;

/** `total` page views, `width` at a time, each awaited to its end; returns how many answered 200. */
async function accountingPass(api: string, path: string, width: number, total: number): Promise<number> {
  let next = 0;
  let ok = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < total) {
        next++;
        const response = await fetch(`${api}${path}`, {
          headers: { "user-agent": BROWSER_UA, "x-visitor-id": randomBytes(18).toString("base64url") },
        });
        await response.arrayBuffer();
        if (response.status === 200) ok++;
      }
    }),
  );
  return ok;
}

/** The channel only the accounting pass uses, so nothing else's views mix into its count. */
const ACCOUNTING_CHANNEL = "bench-count";

/** Views counted for the campaign's channel: raw events not rolled up yet plus the daily totals. */
async function countedViews(ctx: ScenarioContext, campaignId: string, channel: string): Promise<number> {
  const { rows } = await ctx.pool.query<{ n: string }>(
    `SELECT ((SELECT count(*) FROM campaign_view_event WHERE campaign_id = $1 AND channel_code = $2)
           + (SELECT coalesce(sum(pv), 0) FROM campaign_daily_pv WHERE campaign_id = $1 AND channel_code = $2))::text AS n`,
    [campaignId, channel],
  );
  return Number(rows[0]?.n ?? 0);
}

export const p3: Scenario = {
  id: "P3",
  title: "H5 page view + PV count",
  async run(ctx): Promise<ScenarioResult> {
    const connections = ctx.options.connections ?? 32;
    const campaign = await liveCampaign(ctx);
    const notes = [
      `campaign ${campaign.slug} channel ${campaign.channel}${campaign.created ? " (created by the bench: the data had no live campaign)" : ""}; ` +
        "GET /public/campaigns/:slug as the /c/<slug> page's server calls it, browser user agent, a new visitor ID per request",
    ];
    const path = `/public/campaigns/${campaign.slug}?ch=${campaign.channel}`;
    const visitor = () => randomBytes(18).toString("base64url");
    const request = () => ({
      method: "GET" as const,
      path,
      headers: { "user-agent": BROWSER_UA, "x-visitor-id": visitor() },
    });
    const { product, baseline } = await alternate(
      ctx,
      connections,
      { url: ctx.api, next: request },
      { url: ctx.baseline, next: request },
    );
    // The load tool cuts off requests in flight when it stops (the server may still count them),
    // so the accounting is a separate pass in which every request sent is answered.
    await ctx.pool.query(
      `INSERT INTO campaign_channel (campaign_id, code, name) VALUES ($1, $2, '压测计数') ON CONFLICT DO NOTHING`,
      [campaign.id, ACCOUNTING_CHANNEL],
    );
    const countPath = `/public/campaigns/${campaign.slug}?ch=${ACCOUNTING_CHANNEL}`;
    const before = await countedViews(ctx, campaign.id, ACCOUNTING_CHANNEL);
    const sent = await accountingPass(ctx.api, countPath, connections, ACCOUNTING_VIEWS);
    const counted = (await countedViews(ctx, campaign.id, ACCOUNTING_CHANNEL)) - before;
    const violations = counted === sent ? [] : [`PV counted ${counted} ≠ page views answered 200 ${sent}`];
    notes.push(
      `accounting pass (channel ${ACCOUNTING_CHANNEL}): ${ACCOUNTING_VIEWS} views sent, ${sent} answered 200, ${counted} counted in PostgreSQL`,
    );
    const ratio = product.rps / baseline.rps;
    return {
      id: "P3",
      title: this.title,
      rows: [
        { target: "http", label: "GET /public/campaigns/:slug", connections, load: product },
        { target: "baseline", label: "bare node:http handler", connections, load: baseline },
      ],
      ratio,
      goal: "≥ 0.5 × bare handler; PV counted = sent",
      met: ratio >= 0.5 && violations.length === 0,
      violations,
      notes,
      details: { campaign, sent, counted },
    };
  },
};
