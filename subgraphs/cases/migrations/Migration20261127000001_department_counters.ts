import { PortableMigration } from '../../../lib/portable-migration';

/** A department's decision day: its own final decision's, else the case's (as supervision counts). */
const DECIDED_ON = 'coalesce(d.decided_on, c.decided_on)';

/**
 * Fills the counters from the cases already held, with the semantics `departmentStats` had when it
 * counted every row: run once by the migration (the tables are empty then), and by the bench after
 * it generates cases with SQL, so both fill them the same way.
 */
export const DEPARTMENT_COUNTERS_BACKFILL: readonly string[] = [
  `insert into department_case_counts (department_code, received, on_time, late, rejected)
   select d.department_code, count(*),
     sum(case when ${DECIDED_ON} <= c.due_date then 1 else 0 end),
     sum(case when ${DECIDED_ON} > c.due_date then 1 else 0 end),
     sum(case when c.status = 'REJECTED' then 1 else 0 end)
   from case_departments d
   join cases c on c.case_number = d.case_number
   group by d.department_code`,
  `insert into department_open_due_counts (department_code, due_date, open_cases)
   select d.department_code, c.due_date, count(*)
   from case_departments d
   join cases c on c.case_number = d.case_number
   where ${DECIDED_ON} is null and c.status <> 'REJECTED' and c.due_date is not null
   group by d.department_code, c.due_date`,
];

/**
 * Maintained supervision counters (issue 6, statistics at scale): per deciding department the
 * counts that only grow, and per department and due date the cases still open, both kept by the
 * workflow's transitions, so `departmentStats` no longer reads every case. Portable like the
 * first migration; the back-fill is plain SQL both engines run.
 */
export class Migration20261127000001DepartmentCounters extends PortableMigration {
  async up(): Promise<void> {
    this.schema((schema) =>
      schema.createTable('department_case_counts', (table) => {
        table.string('department_code', 50).primary();
        table.integer('received').notNullable().defaultTo(0);
        table.integer('on_time').notNullable().defaultTo(0);
        table.integer('late').notNullable().defaultTo(0);
        table.integer('rejected').notNullable().defaultTo(0);
      }),
    );
    this.schema((schema) =>
      schema.createTable('department_open_due_counts', (table) => {
        table.string('department_code', 50).notNullable();
        table.string('due_date', 10).notNullable();
        table.integer('open_cases').notNullable().defaultTo(0);
        table.primary(['department_code', 'due_date']);
      }),
    );
    for (const statement of DEPARTMENT_COUNTERS_BACKFILL) this.addSql(statement);
  }

  async down(): Promise<void> {
    this.schema((schema) => schema.dropTable('department_open_due_counts'));
    this.schema((schema) => schema.dropTable('department_case_counts'));
  }
}
