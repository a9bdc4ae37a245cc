import { Field, ObjectType } from 'type-graphql';
import { BirthRegistration } from './birth-registration';

/** Grouped by window, so further family-planning records can join without changing Person. */
@ObjectType({ description: 'The person’s records at the community’s family-planning (计划生育) window.' })
export class FamilyPlanningRecords {
  @Field(() => [BirthRegistration], { description: '生育登记 records; empty when there are none.' })
  birthRegistrations!: BirthRegistration[];
}
