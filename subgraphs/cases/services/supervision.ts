import { EntityManager } from '@mikro-orm/core';
import { CatalogueClient } from '../catalogue/catalogue-client';
import { DepartmentStats } from '../types/department-stats';
import { CaseStatus } from '../workflow';

interface StatsRow {
  department_code: string;
  received: number | string;
  on_time: number | string | null;
  overdue: number | string | null;
  rejected: number | string | null;
}

/**
 * Counts per deciding department in one portable SQL query (days compare as yyyy-MM-dd text).
 * A department's day is its own final decision's in the back office (each department of a
 * parallel approval is judged on its own), else the case's (decided at a window, or closed by
 * another department's denial). On time: that day on or before the due date. Overdue: after it,
 * or no decision yet and the due date passed.
 */
const STATS_SQL = `
  select d.department_code,
    count(*) as received,
    sum(case when coalesce(d.decided_on, c.decided_on) <= c.due_date then 1 else 0 end) as on_time,
    sum(case when coalesce(d.decided_on, c.decided_on) > c.due_date
              or (coalesce(d.decided_on, c.decided_on) is null and c.status <> ? and c.due_date < ?)
        then 1 else 0 end) as overdue,
    sum(case when c.status = ? then 1 else 0 end) as rejected
  from case_departments d
  join cases c on c.case_number = d.case_number
  group by d.department_code`;

/** A row for every department the catalogue lists, in its order, including those with no cases. */
export async function departmentStats(
  em: EntityManager,
  catalogue: CatalogueClient,
  asOf: string,
): Promise<DepartmentStats[]> {
  const departments = await catalogue.departments();
  const rows: StatsRow[] = await em
    .getConnection()
    .execute(STATS_SQL, [CaseStatus.REJECTED, asOf, CaseStatus.REJECTED], 'all');
  const byDepartment = new Map(rows.map((row) => [row.department_code, row]));
  return departments.map(({ code }) => {
    const row = byDepartment.get(code);
    const received = Number(row?.received ?? 0);
    const onTime = Number(row?.on_time ?? 0);
    const overdue = Number(row?.overdue ?? 0);
    const rejected = Number(row?.rejected ?? 0);
    return {
      department: { code },
      received,
      onTime,
      overdue,
      rejected,
      inProgress: received - onTime - overdue - rejected,
      onTimeRate: onTime + overdue > 0 ? onTime / (onTime + overdue) : null,
    };
  });
}
