import { Field, Int, ObjectType } from 'type-graphql';
import { CaseStatus } from '../enums';
import { Window } from './window';

/** One cell of the hall's daily board: how many of a day's cases at one window stand in one status. */
@ObjectType({ description: 'How many of one day’s cases, received at one window, are now in one status.' })
export class WindowCaseCount {
  @Field(() => Window, {
    nullable: true,
    description: 'The window handling the cases; null for online and terminal cases no window has taken up yet.',
  })
  window!: Window | null;

  @Field(() => CaseStatus, { description: 'Where those cases stand now.' })
  status!: CaseStatus;

  @Field(() => Int, { description: 'How many cases.' })
  count!: number;
}
