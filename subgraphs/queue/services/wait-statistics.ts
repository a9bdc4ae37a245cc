/** Average and 90th percentile of waits, in whole seconds; null when nobody was called. */
export interface WaitStatistics {
  averageSeconds: number | null;
  p90Seconds: number | null;
}

/**
 * The average is rounded to the nearest second. The 90th percentile is the nearest-rank one: the
 * smallest wait that at least 90 % of waits do not exceed (the ⌈0.9·n⌉-th smallest), so it is
 * always a wait someone really had.
 */
export function waitStatistics(waitsSeconds: readonly number[]): WaitStatistics {
  if (waitsSeconds.length === 0) return { averageSeconds: null, p90Seconds: null };
  const sorted = [...waitsSeconds].sort((a, b) => a - b);
  const total = sorted.reduce((sum, wait) => sum + wait, 0);
  return {
    averageSeconds: Math.round(total / sorted.length),
    p90Seconds: sorted[Math.ceil(0.9 * sorted.length) - 1],
  };
}

const SHANGHAI_HOUR = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Shanghai',
  hour: '2-digit',
  hourCycle: 'h23',
});

/** The hour of the day (0–23) in Asia/Shanghai at `instant`. */
export function shanghaiHour(instant: Date): number {
  return Number(SHANGHAI_HOUR.format(instant));
}

/** How many of `instants` fall in each hour of the day, hours without any left out, in order. */
export function countByHour(instants: readonly Date[]): { hour: number; count: number }[] {
  const counts = new Map<number, number>();
  for (const instant of instants) counts.set(shanghaiHour(instant), (counts.get(shanghaiHour(instant)) ?? 0) + 1);
  return [...counts].sort(([a], [b]) => a - b).map(([hour, count]) => ({ hour, count }));
}
