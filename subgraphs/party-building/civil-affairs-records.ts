import { Field, ObjectType } from 'type-graphql';
import { SubsistenceAllowance } from './subsistence-allowance';

/** Grouped by window, so further civil-affairs programmes can join without changing Person. */
@ObjectType({ description: 'The person’s records at the community’s civil-affairs (民政) window.' })
export class CivilAffairsRecords {
  @Field(() => [SubsistenceAllowance], { description: '最低生活保障 cases; empty when there are none.' })
  subsistenceAllowances!: SubsistenceAllowance[];
}
