import { Field, Int, ObjectType } from "type-graphql";
import type { CampaignChannelEntity } from "./campaign-channel.entity";
import type { StatsRow } from "./campaign-public.service";

@ObjectType("CampaignStatsLine")
export class CampaignStatsLine {
  @Field(() => Int, { description: "Page views (people's GETs of the live page)" })
  pv = 0;

  @Field(() => Int, { description: "Unique visitors, counted per day" })
  uv = 0;

  @Field(() => Int, { description: "登记数量" })
  signups = 0;
}

@ObjectType("CampaignChannelStats")
export class CampaignChannelStats extends CampaignStatsLine {
  @Field(() => String, { description: "Channel code; empty for visits without a known channel" })
  code = "";

  @Field(() => String, { description: "Channel name; 直接访问 for visits without a known channel" })
  name = "";
}

@ObjectType("CampaignDailyStats")
export class CampaignDailyStats extends CampaignStatsLine {
  @Field(() => String, { description: "Asia/Shanghai day, YYYY-MM-DD" })
  day = "";
}

@ObjectType("CampaignStats")
export class CampaignStats {
  @Field(() => CampaignStatsLine)
  totals!: CampaignStatsLine;

  @Field(() => [CampaignChannelStats])
  channels!: CampaignChannelStats[];

  @Field(() => [CampaignDailyStats], { description: "Every day from the first to the last with activity" })
  daily!: CampaignDailyStats[];
}

function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** Totals, per channel (every channel of the campaign, even without visits) and per day (gaps filled). */
export function buildCampaignStats(
  channels: CampaignChannelEntity[],
  stats: { rows: StatsRow[]; dailyUv: Map<string, number> },
): CampaignStats {
  const byChannel = new Map<string, CampaignChannelStats>();
  for (const c of channels)
    byChannel.set(c.code, Object.assign(new CampaignChannelStats(), { code: c.code, name: c.name }));
  const byDay = new Map<string, CampaignDailyStats>();
  const totals = new CampaignStatsLine();
  for (const row of stats.rows) {
    let channel = byChannel.get(row.channelCode);
    if (!channel) {
      channel = Object.assign(new CampaignChannelStats(), {
        code: row.channelCode,
        name: row.channelCode ? row.channelCode : "直接访问",
      });
      byChannel.set(row.channelCode, channel);
    }
    channel.pv += row.pv;
    channel.uv += row.uv;
    channel.signups += row.signups;
    const day = byDay.get(row.day) ?? Object.assign(new CampaignDailyStats(), { day: row.day });
    day.pv += row.pv;
    day.signups += row.signups;
    byDay.set(row.day, day);
    totals.pv += row.pv;
    totals.signups += row.signups;
  }
  for (const [day, uv] of stats.dailyUv) {
    const entry = byDay.get(day) ?? Object.assign(new CampaignDailyStats(), { day });
    entry.uv = uv;
    byDay.set(day, entry);
    totals.uv += uv;
  }
  const days = [...byDay.keys()].sort();
  const daily: CampaignDailyStats[] = [];
  if (days.length > 0) {
    const last = days[days.length - 1] ?? "";
    for (let day = days[0] ?? last; day <= last; day = nextDay(day)) {
      daily.push(byDay.get(day) ?? Object.assign(new CampaignDailyStats(), { day }));
    }
  }
  return { totals, channels: [...byChannel.values()], daily };
}
