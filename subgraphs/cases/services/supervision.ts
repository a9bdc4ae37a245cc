import { EntityManager } from '@mikro-orm/core';
import { CatalogueClient } from '../catalogue/catalogue-client';
import { DepartmentStats } from '../types/department-stats';

interface StatsRow {
  department_code: string;
  received: number | string;
  on_time: number | string;
  overdue: number | string;
  rejected: number | string;
}

/**
 * The figures from the maintained counters (`services/department-counters.ts`), in one statement
 * so they come from one snapshot: the counts that only grow (received, decided on time or late,
 * rejected), plus the cases still open whose due date is before `asOf` (one row per department
 * and due date). A department's decision day is its own final decision's in the back office (each
 * department of a parallel approval is judged on its own), else the case's.
 */
const STATS_SQL = `
  select k.department_code, k.received, k.on_time, k.late + coalesce(o.open_overdue, 0) as overdue, k.rejected
  from department_case_counts k
  left join (
    select department_code, sum(open_cases) as open_overdue
    from department_open_due_counts
    where due_date < ?
    group by department_code
  ) o on o.department_code = k.department_code`;

/** A row for every department the catalogue lists, in its order, including those with no cases. */
export async function departmentStats(
  em: EntityManager,
  catalogue: CatalogueClient,
  asOf: string,
): Promise<DepartmentStats[]> {
  const departments = await catalogue.departments();
  const rows: StatsRow[] = await em.getConnection().execute(STATS_SQL, [asOf], 'all');
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
