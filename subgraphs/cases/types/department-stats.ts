import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Department } from './department';

/**
 * Supervision figures for one department. `department` is a reference the gateway resolves in the
 * catalogue, so one query shows handling figures beside how much the department delegated.
 */
@ObjectType({ description: 'How a department handles the cases it decides (supervision figures).' })
export class DepartmentStats {
  @Field(() => Department, {
    description: 'The department; its itemCount and authorisedItemCount come from the catalogue.',
  })
  department!: Department;

  @Field(() => Int, { description: 'Cases received that this department decides (every status).' })
  received!: number;

  @Field(() => Int, { description: 'Cases decided on or before their due date.' })
  onTime!: number;

  @Field(() => Int, { description: 'Cases decided after their due date, or still undecided past it.' })
  overdue!: number;

  @Field(() => Int, { description: 'Cases not yet decided nor rejected, and not overdue.' })
  inProgress!: number;

  @Field(() => Int, { description: 'Cases not accepted (不予受理).' })
  rejected!: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'onTime ÷ (onTime + overdue), 0..1: the share decided in time of those decided or late; null when none.',
  })
  onTimeRate!: number | null;
}
