import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Per deciding department, the supervision counts that only grow with history: one row per
 * department, incremented in the transaction of each transition that changes a count
 * (`services/department-counters.ts`), so `departmentStats` reads a handful of rows instead of
 * counting every case ever received. Created (and back-filled) by
 * Migration20261127000001DepartmentCounters.
 */
@Entity({ tableName: 'department_case_counts' })
export class DepartmentCaseCounts {
  @PrimaryKey({ type: 'string', length: 50 })
  departmentCode!: string;

  /** Cases received that the department decides (one per case and deciding department). */
  @Property({ type: 'integer', default: 0 })
  received!: number;

  /** Decided (by the department, else the case) on or before the due date. */
  @Property({ type: 'integer', default: 0 })
  onTime!: number;

  /** Decided after the due date. */
  @Property({ type: 'integer', default: 0 })
  late!: number;

  /** Not accepted (不予受理). */
  @Property({ type: 'integer', default: 0 })
  rejected!: number;
}
