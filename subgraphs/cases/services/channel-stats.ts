import { EntityManager } from '@mikro-orm/core';
import { Channel } from '../enums';
import { ChannelStats } from '../types/channel-stats';
import { CaseStatus } from '../workflow';

interface ChannelRow {
  channel: Channel;
  received: number | string;
  rejected: number | string | null;
  decided: number | string | null;
}

/** One portable query; the period is a range of instants, the Shanghai days' first moments. */
const CHANNEL_SQL = `
  select channel, count(*) as received,
    sum(case when status = ? then 1 else 0 end) as rejected,
    sum(case when decided_at is not null then 1 else 0 end) as decided
  from cases
  where submitted_at >= ? and submitted_at < ?
  group by channel`;

/** The first instant of a Shanghai day. */
const startOf = (day: string) => new Date(`${day}T00:00:00+08:00`);
/** Asia/Shanghai keeps no daylight saving time: every day is 24 hours long. */
const DAY_MS = 86_400_000;

/** A row for every channel, in the enum's order, including channels nothing came through. */
export async function channelStats(em: EntityManager, from: string, to: string): Promise<ChannelStats[]> {
  const rows: ChannelRow[] = await em
    .getConnection()
    .execute(CHANNEL_SQL, [CaseStatus.REJECTED, startOf(from), new Date(startOf(to).getTime() + DAY_MS)], 'all');
  const byChannel = new Map(rows.map((row) => [row.channel, row]));
  return Object.values(Channel).map((channel) => {
    const row = byChannel.get(channel);
    const received = Number(row?.received ?? 0);
    const rejected = Number(row?.rejected ?? 0);
    const decided = Number(row?.decided ?? 0);
    return { channel, received, rejected, decided, inProgress: received - rejected - decided };
  });
}
