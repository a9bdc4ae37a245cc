import { Entity, ManyToOne, PrimaryKey, Property, Rel, Unique } from '@mikro-orm/core';
import type { Case } from './case';

/**
 * A department that decides a case (several for parallel-approval investment items). Kept as rows
 * so supervision counts per department in SQL, and so dispatch (issue 4) can hang a task on each.
 */
@Entity({ tableName: 'case_departments' })
@Unique({ properties: ['case', 'departmentCode'] })
export class CaseDepartment {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: 'Case', fieldName: 'case_number', deleteRule: 'cascade' })
  case!: Rel<Case>;

  @Property({ type: 'string', length: 50, index: true })
  departmentCode!: string;
}
