import { Entity, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';

/**
 * Per deciding department and due date, how many of its cases are still open (undecided, not
 * rejected): the part of the supervision figures that depends on the day asked about. Overdue on
 * `asOf` is the sum of the rows due before it, so counting reads one row per department and
 * due date with open cases, however many cases history holds. Incremented at acceptance,
 * decremented by the decision (the row goes at zero), in their transactions
 * (`services/department-counters.ts`).
 */
@Entity({ tableName: 'department_open_due_counts' })
export class DepartmentOpenDueCount {
  [PrimaryKeyProp]?: ['departmentCode', 'dueDate'];

  @PrimaryKey({ type: 'string', length: 50 })
  departmentCode!: string;

  /** yyyy-MM-dd, as `cases.due_date`. */
  @PrimaryKey({ type: 'string', length: 10 })
  dueDate!: string;

  @Property({ type: 'integer', default: 0 })
  openCases!: number;
}
