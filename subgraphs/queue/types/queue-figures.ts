import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'How many tickets were served in one hour of the day.' })
export class HourlyCount {
  @Field(() => Int, { description: 'Hour of the day in Asia/Shanghai, 0 to 23 (9 means 09:00–09:59).' })
  hour!: number;

  @Field(() => Int, { description: 'Tickets first called in that hour whose holder came (not skipped).' })
  served!: number;
}

/** The figures a zone and a window both show; each subclass adds what it is about. Not reachable itself, so not in the schema. */
@ObjectType({ description: 'Queue figures (never emitted: only its subclasses are reachable).' })
export abstract class QueueFigures {
  @Field(() => Int, { description: 'Tickets waiting now.' })
  waiting!: number;

  @Field(() => Int, { description: 'Tickets of the day whose holder came when called (served or being served).' })
  served!: number;

  @Field(() => Int, {
    nullable: true,
    description:
      'Average wait of the day’s called tickets, from taking to first call, in whole seconds; null before the first call.',
  })
  averageWaitSeconds!: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      '90th-percentile wait (nearest rank) of the day’s called tickets, in seconds; null before the first call.',
  })
  p90WaitSeconds!: number | null;

  @Field(() => [HourlyCount], { description: 'Tickets served per hour of the day, hours with none left out.' })
  servedPerHour!: HourlyCount[];
}
