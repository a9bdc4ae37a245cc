import { Entity, Enum, ManyToOne, OptionalProps, PrimaryKey, Property, Rel, Unique } from '@mikro-orm/core';
import { Field, GraphQLISODateTime, ObjectType } from 'type-graphql';
import { DepartmentDecision } from '../enums';
import type { Case } from './case';

/**
 * A department that decides a case (several for parallel-approval investment items), and its
 * decision. Kept as rows so supervision counts per department in SQL. `system` is pinned at
 * submission with the department: the legacy system the decision comes from, or NONE when an
 * officer decides in the hub.
 */
@ObjectType('DepartmentReview', {
  description: 'A deciding department’s review of a case, and its decision once taken.',
})
@Entity({ tableName: 'case_departments' })
@Unique({ properties: ['case', 'departmentCode'] })
export class CaseDepartment {
  [OptionalProps]?:
    'system' | 'decision' | 'decidedAt' | 'decidedOn' | 'resultNumber' | 'reason' | 'reviewer' | 'systemDecidedAt';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: 'Case', fieldName: 'case_number', deleteRule: 'cascade' })
  case!: Rel<Case>;

  @Property({ type: 'string', length: 50, index: true })
  departmentCode!: string;

  @Field({
    description:
      'The legacy system the department decides on (FORESTRY_HARVEST, PENSIONS…), or NONE when its officer decides in the hub.',
  })
  @Property({ type: 'string', length: 30 })
  system: string = 'NONE';

  @Field(() => DepartmentDecision, {
    nullable: true,
    description: 'The latest decision; null while reviewing. MATERIALS_REQUESTED is followed by a final one.',
  })
  @Enum({ items: () => DepartmentDecision, type: 'string', length: 30, nullable: true })
  decision: DepartmentDecision | null = null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the department took that decision.' })
  @Property({ type: 'datetime', nullable: true })
  decidedAt: Date | null = null;

  /** The Asia/Shanghai day of a final decision, so supervision compares days with the due date in SQL. */
  @Property({ type: 'string', length: 10, nullable: true })
  decidedOn: string | null = null;

  @Field(() => String, { nullable: true, description: 'The certificate or approval number of an approval.' })
  @Property({ type: 'string', length: 100, nullable: true })
  resultNumber: string | null = null;

  @Field(() => String, { nullable: true, description: 'The reason of a denial or of a request for materials.' })
  @Property({ type: 'text', nullable: true })
  reason: string | null = null;

  @Field(() => String, { nullable: true, description: 'Who decided: the legacy system’s reviewer, or the officer.' })
  @Property({ type: 'string', length: 100, nullable: true })
  reviewer: string | null = null;

  /**
   * The legacy system's own time of the decision last applied: a poll that reports the same
   * decision again changes nothing.
   */
  @Property({ type: 'string', length: 40, nullable: true })
  systemDecidedAt: string | null = null;
}
