import { Field, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../../../lib/scalars';
import { CalendarDay } from '../entities';

@ObjectType({ description: "A year of the working-day calendar as the State Council's notice set it." })
export class CalendarYear {
  @Field(() => Int, { description: 'The year.' })
  year: number;

  @Field(() => Boolean, {
    description: 'True when there is no notice for the year: deadlines in it count weekends only.',
  })
  provisional: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Title of the notice the year comes from; null when provisional.',
  })
  noticeTitle: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The notice's document number (国办发明电…); null when provisional or not recorded.",
  })
  noticeNumber: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Day the notice was published; null when provisional.' })
  publishedOn: string | null;

  @Field(() => [CalendarDay], { description: 'Days off, weekends inside a holiday included, in date order.' })
  holidays: CalendarDay[];

  @Field(() => [CalendarDay], { description: 'Saturdays and Sundays worked in exchange, in date order.' })
  workedWeekendDays: CalendarDay[];
}
