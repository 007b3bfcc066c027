import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import {
  CAMPAIGN_SLUG_PATTERN,
  campaignLiveness,
  checkFillTime,
  checkSignup,
  isValidVisitorId,
  shanghaiDate,
  visitorHashInput,
  type CampaignFormField,
  type CampaignLiveness,
  type SignupValues,
  type Utm,
} from "@crm/domain";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { rateLimiterStore } from "../../shared/rate-limit";
import type { DataSource } from "typeorm";
import type { Clock } from "../../shared/clock";
import { isUniqueViolation } from "../../shared/db-errors";
import type { LeadService } from "../lead/lead.service";
import { CampaignChannelEntity } from "./campaign-channel.entity";
import { CampaignEntity } from "./campaign.entity";

export interface CampaignPublicSettings {
  /** Least time between showing the form and submitting it. */
  minFillMs: number;
  /** Sign-up attempts per client IP per window. */
  perIp: { points: number; durationSec: number };
  /** Accepted sign-ups per campaign per window. */
  perCampaign: { points: number; durationSec: number };
  /** HMAC key of the form tokens; random per process unless given. */
  formSecret: string;
}

export const DEFAULT_CAMPAIGN_PUBLIC_SETTINGS: CampaignPublicSettings = {
  minFillMs: 3_000,
  perIp: { points: 5, durationSec: 3_600 },
  perCampaign: { points: 500, durationSec: 3_600 },
  formSecret: randomBytes(32).toString("hex"),
};

/** The columns the public page needs, with the requested channel when the campaign has it. */
interface PageRow {
  id: string;
  title: string;
  bodyHtml: string;
  formFields: CampaignFormField[];
  bannerKey: string | null;
  bannerVersion: number;
  validFrom: Date;
  validTo: Date;
  reviewStatus: CampaignEntity["reviewStatus"];
  enabled: boolean;
  channelCode: string | null;
  channelName: string | null;
}

/** What the public page shows; nothing internal (no dealer, creator or review detail). */
export interface PublicCampaignPage {
  liveness: CampaignLiveness;
  slug: string;
  title: string | null;
  bodyHtml: string | null;
  bannerUrl: string | null;
  formFields: CampaignFormField[];
  channel: { code: string; name: string } | null;
  /** The form's token (issued time + HMAC), checked for the minimum fill time. */
  formToken: string | null;
  validTo: string | null;
}

export interface ViewRequest {
  /** GET counts; HEAD and anything else never do. */
  method: string;
  userAgent: string | null;
  /** A prefetch or link preview (Purpose / Sec-Purpose: prefetch). */
  prefetch: boolean;
  visitorId: string | null;
  isBot: boolean;
}

export type SignupOutcome =
  | { result: "RECEIVED" }
  | { result: "INVALID"; field: CampaignFormField }
  | { result: "CLOSED"; liveness: CampaignLiveness };

export interface SignupRequest {
  slug: string;
  channelCode: string;
  values: SignupValues;
  /** The hidden honeypot field: people leave it empty. */
  honeypot: string;
  formToken: string;
  ip: string;
  firstTouch: Utm | null;
  lastTouch: Utm | null;
}

export interface StatsRow {
  day: string;
  channelCode: string;
  pv: number;
  uv: number;
  signups: number;
}

/** Why a sign-up was refused quietly: logged for operations, never told to the client. */
type Refusal = "HONEYPOT" | "TOO_FAST" | "STALE" | "RATE_LIMIT_IP" | "RATE_LIMIT_CAMPAIGN" | "DUPLICATE";

/**
 * 推广平台, the public side: the H5 page model, view counting, sign-ups and statistics.
 *
 * Views take the cheap path: one INSERT into the append-only campaign_view_event per counted
 * view. `rollupViews` moves events into daily tables in one statement (DELETE … RETURNING feeding
 * INSERTs), so an event is counted exactly once whether it is rolled up by the hourly job or by a
 * statistics read. UV: the day's distinct hashes of (day salt, campaign, first-party visitor ID).
 */
export class CampaignPublicService {
  private readonly perIp: RateLimiterPostgres;
  private readonly perCampaign: RateLimiterPostgres;
  readonly refusals: Record<Refusal, number> = {
    HONEYPOT: 0,
    TOO_FAST: 0,
    STALE: 0,
    RATE_LIMIT_IP: 0,
    RATE_LIMIT_CAMPAIGN: 0,
    DUPLICATE: 0,
  };

  constructor(
    private readonly dataSource: DataSource,
    private readonly leads: LeadService,
    private readonly clock: Clock,
    private readonly settings: CampaignPublicSettings,
  ) {
    const common = { ...rateLimiterStore(dataSource), tableName: "campaign_rate_limit", tableCreated: true };
    this.perIp = new RateLimiterPostgres({
      ...common,
      clearExpiredByTimeout: false,
      keyPrefix: "signup_ip",
      points: settings.perIp.points,
      duration: settings.perIp.durationSec,
    });
    this.perCampaign = new RateLimiterPostgres({
      ...common,
      clearExpiredByTimeout: false,
      keyPrefix: "signup_campaign",
      points: settings.perCampaign.points,
      duration: settings.perCampaign.durationSec,
    });
  }

  private async bySlug(slug: string): Promise<CampaignEntity | null> {
    if (!CAMPAIGN_SLUG_PATTERN.test(slug)) return null;
    return this.dataSource.getRepository(CampaignEntity).findOneBy({ slug });
  }

  private async channelOf(campaignId: string, code: string): Promise<CampaignChannelEntity | null> {
    if (!code) return null;
    return this.dataSource.getRepository(CampaignChannelEntity).findOneBy({ campaignId, code });
  }

  /**
   * The public page's campaign and channel in one round trip, in plain SQL: this is the hottest
   * public path (every H5 visit), so it skips the ORM's query building.
   */
  private async pageRow(slug: string, channelCode: string): Promise<PageRow | null> {
    if (!CAMPAIGN_SLUG_PATTERN.test(slug)) return null;
    const rows = await this.dataSource.query<PageRow[]>(
      `SELECT c.id, c.title, c.body_html AS "bodyHtml", c.form_fields AS "formFields", c.banner_key AS "bannerKey",
              c.banner_version AS "bannerVersion", c.valid_from AS "validFrom", c.valid_to AS "validTo",
              c.review_status AS "reviewStatus", c.enabled, ch.code AS "channelCode", ch.name AS "channelName"
         FROM campaign c LEFT JOIN campaign_channel ch ON ch.campaign_id = c.id AND ch.code = $2
        WHERE c.slug = $1`,
      [slug, channelCode],
    );
    return rows[0] ?? null;
  }

  /** The page model; counts the view when it is a person's GET of a live page. */
  async page(slug: string, channelCode: string, view: ViewRequest): Promise<PublicCampaignPage> {
    const campaign = await this.pageRow(slug, channelCode);
    const now = this.clock();
    const empty: PublicCampaignPage = {
      liveness: "UNAVAILABLE",
      slug,
      title: null,
      bodyHtml: null,
      bannerUrl: null,
      formFields: [],
      channel: null,
      formToken: null,
      validTo: null,
    };
    if (!campaign) return empty;
    const liveness = campaignLiveness(campaign, now);
    if (liveness !== "LIVE") return { ...empty, liveness, title: liveness === "UNAVAILABLE" ? null : campaign.title };
    const channel = campaign.channelCode ? { code: campaign.channelCode, name: campaign.channelName ?? "" } : null;
    if (view.method === "GET" && !view.isBot && !view.prefetch) {
      await this.recordView(campaign.id, channel?.code ?? "", view.visitorId, now);
    }
    return {
      liveness,
      slug,
      title: campaign.title,
      bodyHtml: campaign.bodyHtml,
      bannerUrl: campaign.bannerKey ? `/campaign-files/banner/${campaign.id}/${campaign.bannerVersion}` : null,
      formFields: campaign.formFields,
      channel: channel ? { code: channel.code, name: channel.name } : null,
      formToken: this.issueToken(campaign.id, now.getTime()),
      validTo: campaign.validTo.toISOString(),
    };
  }

  /** One append-only insert; a visitor without a valid ID counts as a new visitor. */
  private async recordView(campaignId: string, channelCode: string, visitorId: string | null, now: Date) {
    const day = shanghaiDate(now);
    const salt = await this.daySalt(day);
    const id = isValidVisitorId(visitorId) ? visitorId : randomBytes(16).toString("base64url");
    const hash = createHash("sha256")
      .update(visitorHashInput(salt, campaignId, id))
      .digest("base64url")
      .slice(0, 22);
    await this.dataSource.query(
      `INSERT INTO campaign_view_event (campaign_id, channel_code, day, visitor_hash, at) VALUES ($1, $2, $3, $4, $5)`,
      [campaignId, channelCode, day, hash, now],
    );
  }

  private saltCache: { day: string; salt: string } | null = null;

  private async daySalt(day: string): Promise<string> {
    if (this.saltCache?.day === day) return this.saltCache.salt;
    await this.dataSource.query(`INSERT INTO campaign_day_salt (day, salt) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [
      day,
      randomBytes(32).toString("base64url"),
    ]);
    const rows: { salt: string }[] = await this.dataSource.query(`SELECT salt FROM campaign_day_salt WHERE day = $1`, [
      day,
    ]);
    const salt = rows[0]?.salt;
    if (!salt) throw new Error("no salt for the day");
    this.saltCache = { day, salt };
    return salt;
  }

  private issueToken(campaignId: string, issuedAt: number): string {
    const sig = createHmac("sha256", this.settings.formSecret).update(`${campaignId}.${issuedAt}`).digest("base64url");
    return `${issuedAt}.${sig}`;
  }

  /** The issue time of a genuine token for this campaign, or NaN. */
  private tokenTime(campaignId: string, token: string): number {
    const [time = "", sig = ""] = token.split(".");
    const issuedAt = Number(time);
    if (!/^\d{10,15}$/.test(time)) return Number.NaN;
    const expected = Buffer.from(this.issueToken(campaignId, issuedAt).split(".")[1] ?? "");
    const given = Buffer.from(sig);
    return given.length === expected.length && timingSafeEqual(given, expected) ? issuedAt : Number.NaN;
  }

  /**
   * A visitor's sign-up. Abuse (honeypot, too fast, rate limits, duplicates) gets the same
   * RECEIVED answer as success and creates nothing; a wrong field gets INVALID with the field; a
   * page that is not live answers CLOSED and records nothing.
   */
  async signup(request: SignupRequest): Promise<SignupOutcome> {
    const campaign = await this.bySlug(request.slug);
    const now = this.clock();
    if (!campaign) return { result: "CLOSED", liveness: "UNAVAILABLE" };
    const liveness = campaignLiveness(campaign, now);
    if (liveness !== "LIVE") return { result: "CLOSED", liveness };

    const quietly = (why: Refusal): SignupOutcome => {
      this.refusals[why] += 1;
      return { result: "RECEIVED" };
    };
    try {
      await this.perIp.consume(createHash("sha256").update(`ip:${request.ip}`).digest("hex"));
    } catch (error) {
      if (error instanceof RateLimiterRes) return quietly("RATE_LIMIT_IP");
      throw error;
    }
    if (request.honeypot.trim() !== "") return quietly("HONEYPOT");
    const fill = checkFillTime(this.tokenTime(campaign.id, request.formToken), now.getTime(), this.settings.minFillMs);
    if (fill !== "OK") return quietly(fill);

    const checked = checkSignup(campaign.formFields, request.values);
    if (!checked.ok) return { result: "INVALID", field: checked.field };
    const v = checked.value;
    const channel = await this.channelOf(campaign.id, request.channelCode);

    // Cheap duplicate check first (no rate points spent on a repeat); the unique indexes decide.
    const dup: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM campaign_signup WHERE campaign_id = $1 AND (mobile = $2 OR domain = $3) LIMIT 1`,
      [campaign.id, v.mobile, v.domain],
    );
    if (dup.length > 0) return quietly("DUPLICATE");
    try {
      await this.perCampaign.consume(campaign.id);
    } catch (error) {
      if (error instanceof RateLimiterRes) return quietly("RATE_LIMIT_CAMPAIGN");
      throw error;
    }

    try {
      await this.dataSource.transaction(async (m) => {
        const [signup] = await m.query<{ id: string }[]>(
          `INSERT INTO campaign_signup (campaign_id, channel_code, mobile, domain, first_touch, last_touch, day, created_at)
           VALUES ($1, $2, $3, $4, $5::jsonb, $6::jsonb, $7, $8) RETURNING id`,
          [
            campaign.id,
            channel?.code ?? "",
            v.mobile,
            v.domain,
            request.firstTouch ? JSON.stringify(request.firstTouch) : null,
            request.lastTouch ? JSON.stringify(request.lastTouch) : null,
            shanghaiDate(now),
            now,
          ],
        );
        const lead = await this.leads.intakeLead(
          m,
          {
            companyName: v.company,
            domain: v.domain,
            contactName: v.contact,
            contactMobile: v.mobile,
            regionCode: v.region,
            scale: v.scale,
            remark: v.note,
            source: "CAMPAIGN",
            campaignId: campaign.id,
            channelCode: channel?.code ?? null,
            assignToDealerId: campaign.dealerId,
          },
          null,
        );
        await m.query(`UPDATE campaign_signup SET lead_id = $2 WHERE id = $1`, [signup?.id, lead.id]);
      });
    } catch (error) {
      if (
        isUniqueViolation(error, "campaign_signup_mobile_uq") ||
        isUniqueViolation(error, "campaign_signup_domain_uq")
      ) {
        return quietly("DUPLICATE");
      }
      throw error;
    }
    return { result: "RECEIVED" };
  }

  /**
   * Moves every view event into the daily tables, exactly once: one statement deletes the
   * events it sees and inserts their counts and hashes; events inserted meanwhile wait for the
   * next run. Also drops salts older than yesterday and expired rate-limit rows.
   */
  async rollupViews(): Promise<number> {
    return this.dataSource.transaction(async (m) => {
      await m.query(`SELECT pg_advisory_xact_lock(hashtextextended('campaign_view_rollup', 0))`);
      const rows: { moved: number }[] = await m.query(`
        WITH moved AS (
          DELETE FROM campaign_view_event RETURNING campaign_id, channel_code, day, visitor_hash
        ), pv AS (
          INSERT INTO campaign_daily_pv (campaign_id, channel_code, day, pv)
          SELECT campaign_id, channel_code, day, count(*) FROM moved GROUP BY 1, 2, 3
          ON CONFLICT (campaign_id, day, channel_code) DO UPDATE SET pv = campaign_daily_pv.pv + excluded.pv
          RETURNING 1
        ), uv AS (
          INSERT INTO campaign_daily_visitor (campaign_id, day, channel_code, visitor_hash)
          SELECT DISTINCT campaign_id, day, channel_code, visitor_hash FROM moved
          ON CONFLICT DO NOTHING
          RETURNING 1
        )
        SELECT (SELECT count(*) FROM moved)::int AS moved, (SELECT count(*) FROM pv) AS p, (SELECT count(*) FROM uv) AS u`);
      const today = shanghaiDate(this.clock());
      await m.query(`DELETE FROM campaign_day_salt WHERE day < ($1::date - 1)`, [today]);
      await m.query(`DELETE FROM campaign_rate_limit WHERE expire < $1`, [Date.now() - 3_600_000]);
      return rows[0]?.moved ?? 0;
    });
  }

  /**
   * Statistics rows per day and channel (rolled up first, so they are exact). Campaign-wide UV
   * counts a visitor once per day across channels, so it is computed separately (`dailyUv`).
   */
  async stats(campaignId: string): Promise<{ rows: StatsRow[]; dailyUv: Map<string, number> }> {
    await this.rollupViews();
    const rows: { day: string; channel_code: string; pv: string; uv: string; signups: string }[] =
      await this.dataSource.query(
        `WITH keys AS (
           SELECT day, channel_code FROM campaign_daily_pv WHERE campaign_id = $1
           UNION SELECT day, channel_code FROM campaign_signup WHERE campaign_id = $1
         )
         SELECT to_char(k.day, 'YYYY-MM-DD') AS day, k.channel_code,
                coalesce((SELECT pv FROM campaign_daily_pv p
                           WHERE p.campaign_id = $1 AND p.day = k.day AND p.channel_code = k.channel_code), 0) AS pv,
                (SELECT count(*) FROM campaign_daily_visitor v
                  WHERE v.campaign_id = $1 AND v.day = k.day AND v.channel_code = k.channel_code) AS uv,
                (SELECT count(*) FROM campaign_signup s
                  WHERE s.campaign_id = $1 AND s.day = k.day AND s.channel_code = k.channel_code) AS signups
           FROM keys k ORDER BY k.day, k.channel_code`,
        [campaignId],
      );
    const uvRows: { day: string; uv: string }[] = await this.dataSource.query(
      `SELECT to_char(day, 'YYYY-MM-DD') AS day, count(DISTINCT visitor_hash) AS uv
         FROM campaign_daily_visitor WHERE campaign_id = $1 GROUP BY day`,
      [campaignId],
    );
    return {
      rows: rows.map((r) => ({
        day: r.day,
        channelCode: r.channel_code,
        pv: Number(r.pv),
        uv: Number(r.uv),
        signups: Number(r.signups),
      })),
      dailyUv: new Map(uvRows.map((r) => [r.day, Number(r.uv)])),
    };
  }
}
