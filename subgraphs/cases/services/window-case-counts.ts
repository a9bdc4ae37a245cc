import { EntityManager } from '@mikro-orm/core';
import { CaseStatus } from '../enums';
import { WindowCaseCount } from '../types/window-case-count';

interface CountRow {
  window_code: string | null;
  status: CaseStatus;
  count: number | string;
}

/** One portable query over the day's instants (Asia/Shanghai keeps no daylight saving: 24 hours). */
const COUNTS_SQL = `
  select window_code, status, count(*) as count
  from cases
  where submitted_at >= ? and submitted_at < ?
  group by window_code, status`;

const DAY_MS = 86_400_000;

/** The day's cases by window and status; windows by code (no window last), statuses in workflow order. */
export async function windowCaseCounts(em: EntityManager, day: string): Promise<WindowCaseCount[]> {
  const start = new Date(`${day}T00:00:00+08:00`);
  const rows: CountRow[] = await em
    .getConnection()
    .execute(COUNTS_SQL, [start, new Date(start.getTime() + DAY_MS)], 'all');
  const statusOrder = Object.values(CaseStatus);
  return rows
    .map((row) => ({
      window: row.window_code === null ? null : { code: row.window_code },
      status: row.status,
      count: Number(row.count),
    }))
    .sort(
      (a, b) =>
        (a.window?.code ?? '\uffff').localeCompare(b.window?.code ?? '\uffff') ||
        statusOrder.indexOf(a.status) - statusOrder.indexOf(b.status),
    );
}
