import { NULL, iso, textArray, type RowSink } from "./copy";
import { ID_TAGS, IdSpace } from "./ids";
import type { Org } from "./org";
import type { Prng } from "./prng";
import { DAY } from "./world";
import { CAMPAIGN_CHANNELS, CAMPAIGN_THEMES } from "./words";

export const CAMPAIGN_COLUMNS = {
  campaign: [
    "id",
    "slug",
    "dealer_id",
    "created_by",
    "name",
    "title",
    "body_html",
    "form_fields",
    "valid_from",
    "valid_to",
    "review_status",
    "review_reason",
    "reviewed_by",
    "reviewed_at",
    "enabled",
    "created_at",
    "updated_at",
  ],
  campaign_channel: ["campaign_id", "code", "name", "sort_order"],
  campaign_daily_pv: ["campaign_id", "channel_code", "day", "pv"],
  campaign_daily_visitor: ["campaign_id", "day", "channel_code", "visitor_hash"],
  campaign_view_event: ["campaign_id", "channel_code", "day", "visitor_hash", "at"],
} as const;

const SLUG_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

export interface GenCampaign {
  id: string;
  slug: string;
  dealerIndex: number;
  name: string;
  reviewStatus: "APPROVED" | "PENDING" | "REJECTED";
  channels: { code: string; name: string }[];
  pageViews: number;
  validFrom: number;
  validTo: number;
}

/** Days (YYYY-MM-DD, Asia/Shanghai) from a Shanghai midnight. */
function shanghaiDay(ms: number): string {
  return new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);
}

export function buildCampaigns(
  count: number,
  pageViews: number,
  org: Org,
  prng: Prng,
  seed: string,
  anchor: number,
): GenCampaign[] {
  const ids = new IdSpace(seed, ID_TAGS.campaign);
  const slugs = new Set<string>();
  const campaigns: GenCampaign[] = [];
  // Popularity falls off with rank (a few campaigns get most views).
  const weights = Array.from({ length: count }, (_, i) => 1 / (i + 1) ** 0.8);
  const large = org.dealers.filter((d) => d.large);
  for (let i = 0; i < count; i += 1) {
    let slug = "";
    do {
      slug = "";
      for (let k = 0; k < 8; k += 1) slug += SLUG_ALPHABET[prng.int(0, SLUG_ALPHABET.length - 1)];
    } while (slugs.has(slug));
    slugs.add(slug);
    const dealer = i < large.length && prng.chance(0.5) ? (large[i] ?? prng.pick(org.dealers)) : prng.pick(org.dealers);
    const pool = [...CAMPAIGN_CHANNELS];
    const channels: { code: string; name: string }[] = [];
    const want = prng.int(3, 6);
    while (channels.length < want) {
      const [code, name] = pool.splice(prng.int(0, pool.length - 1), 1)[0] as readonly [string, string];
      channels.push({ code, name });
    }
    // The most viewed campaigns are live and approved (the H5 benchmark uses them).
    const reviewStatus =
      i < 10 ? "APPROVED" : prng.chance(0.9) ? "APPROVED" : prng.chance(0.5) ? "PENDING" : "REJECTED";
    const theme = prng.pick(CAMPAIGN_THEMES);
    campaigns.push({
      id: ids.id(i + 1),
      slug,
      dealerIndex: dealer.index,
      name: `${theme} ${String(i + 1).padStart(3, "0")}`,
      reviewStatus,
      channels,
      pageViews: 0,
      validFrom: anchor - prng.int(30, 90) * DAY,
      validTo: anchor + prng.int(30, 180) * DAY,
    });
  }
  // Views go to approved campaigns only (the others are not served), by rank.
  const approved = campaigns.map((c, i) => (c.reviewStatus === "APPROVED" ? i : -1)).filter((i) => i >= 0);
  const total = approved.reduce((a, i) => a + (weights[i] ?? 0), 0);
  let assigned = 0;
  approved.forEach((i, k) => {
    const c = campaigns[i] as GenCampaign;
    c.pageViews =
      k === approved.length - 1 ? pageViews - assigned : Math.round((pageViews * (weights[i] ?? 0)) / total);
    assigned += c.pageViews;
  });
  return campaigns;
}

export function campaignRows(
  campaigns: readonly GenCampaign[],
  org: Org,
  reviewerId: string,
): { campaign: string[]; channel: string[] } {
  const campaign: string[] = [];
  const channel: string[] = [];
  for (const c of campaigns) {
    const dealer = org.dealers[c.dealerIndex];
    const admin = dealer ? org.accounts[dealer.adminIndex] : undefined;
    if (!dealer || !admin) continue;
    const reviewed = c.reviewStatus !== "PENDING";
    const title = c.name.replace(/ \d+$/, "");
    campaign.push(
      [
        c.id,
        c.slug,
        dealer.id,
        admin.id,
        c.name,
        title,
        `<h2>${title}</h2><p>${dealer.name}为您提供企业邮箱服务，填写表单即可预约试用。</p>`,
        textArray(["COMPANY", "CONTACT", "MOBILE", "DOMAIN", "SCALE"]),
        iso(c.validFrom),
        iso(c.validTo),
        c.reviewStatus,
        c.reviewStatus === "REJECTED" ? "宣传内容需补充活动规则" : NULL,
        reviewed ? reviewerId : NULL,
        reviewed ? iso(c.validFrom - DAY) : NULL,
        "t",
        iso(c.validFrom - 2 * DAY),
        iso(c.validFrom - DAY),
      ].join("\t"),
    );
    c.channels.forEach((ch, i) => channel.push([c.id, ch.code, ch.name, (i + 1) * 10].join("\t")));
  }
  return { campaign, channel };
}

/**
 * Page views as the product holds them after its hourly rollup: per (campaign, day, channel) a PV
 * count and the day's distinct visitor hashes, plus a small tail of raw events (yesterday's last
 * hour) that the next rollup will move. Counted PV per campaign equals `pageViews`.
 */
export async function writePageViews(
  campaigns: readonly GenCampaign[],
  prng: Prng,
  anchor: number,
  rawShare: number,
  sinks: { pv: RowSink; visitor: RowSink; event: RowSink },
): Promise<void> {
  // A visitor hash as the product stores it: 22 base64url characters (16 random bytes).
  const bytes = Buffer.alloc(16);
  const hash = (): string => {
    for (let k = 0; k < 16; k += 4) bytes.writeUInt32LE(prng.uint32(), k);
    return bytes.toString("base64url");
  };
  for (const c of campaigns) {
    if (c.pageViews === 0 || c.reviewStatus !== "APPROVED") continue;
    const raw = Math.round(c.pageViews * rawShare);
    const rolled = c.pageViews - raw;
    // validFrom is a whole number of days before the anchor (a Shanghai midnight).
    const firstDay = Math.max(c.validFrom, anchor - 60 * DAY);
    const days: number[] = [];
    for (let d = firstDay; d < anchor; d += DAY) days.push(d);
    const codes = ["", ...c.channels.map((ch) => ch.code)];
    const cells: { day: number; code: string; w: number }[] = [];
    days.forEach((day, i) => {
      const dayWeight = (0.5 + prng.next()) * (1 + Math.sin((i / Math.max(1, days.length)) * Math.PI));
      codes.forEach((code, j) => cells.push({ day, code, w: dayWeight * (j === 0 ? 1.5 : 1 / (j * 0.7 + 0.3)) }));
    });
    const total = cells.reduce((a, x) => a + x.w, 0);
    let left = rolled;
    for (let k = 0; k < cells.length; k += 1) {
      const cell = cells[k] as { day: number; code: string; w: number };
      const pv = k === cells.length - 1 ? left : Math.min(left, Math.round((rolled * cell.w) / total));
      left -= pv;
      if (pv <= 0) continue;
      const day = shanghaiDay(cell.day);
      sinks.pv.add(`${c.id}\t${cell.code}\t${day}\t${pv}`);
      const uv = Math.max(1, Math.round(pv * (0.25 + prng.next() * 0.2)));
      for (let u = 0; u < uv; u += 1) {
        sinks.visitor.add(`${c.id}\t${day}\t${cell.code}\t${hash()}`);
        if (sinks.visitor.full) await sinks.visitor.flush();
      }
    }
    const yesterday = anchor - DAY;
    const yesterdayText = shanghaiDay(yesterday);
    for (let k = 0; k < raw; k += 1) {
      const code = prng.pick(codes);
      sinks.event.add(`${c.id}\t${code}\t${yesterdayText}\t${hash()}\t${iso(anchor - prng.int(1, 3_600_000))}`);
    }
    if (sinks.pv.full) await sinks.pv.flush();
    if (sinks.event.full) await sinks.event.flush();
  }
}
