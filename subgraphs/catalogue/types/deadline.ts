import { Field, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../../../lib/scalars';

@ObjectType({ description: 'A due date in working days, and whether the calendar could vouch for it.' })
export class Deadline {
  @Field(() => DateScalar, { description: 'The last day of the time limit.' })
  dueDate: string;

  @Field(() => Boolean, {
    description:
      'True when a counted day fell in a year without holiday data: weekends were skipped, holidays could not be.',
  })
  provisional: boolean;

  @Field(() => [Int], {
    description: 'The years without holiday data the count ran through; empty when not provisional.',
  })
  provisionalYears: number[];
}
