import { Field, ObjectType } from 'type-graphql';
import { DateScalar } from '../../../lib/scalars';
import { HallZone } from './hall-zone';
import { QueueFigures } from './queue-figures';
import { Window } from './window';

@ObjectType({
  description:
    'Today’s queue at one window: tickets addressed to it, and the tickets it called (a transferred ticket counts where it is served).',
})
export class WindowQueueStats extends QueueFigures {
  @Field(() => Window, { description: 'The window.' })
  window!: Window;
}

@ObjectType({ description: 'Today’s queue in one hall zone: every ticket of the zone, and each of its windows.' })
export class ZoneQueueStats extends QueueFigures {
  @Field(() => HallZone, { description: 'The zone.' })
  zone!: HallZone;

  @Field(() => DateScalar, { description: 'The day the figures are for (today, Asia/Shanghai).' })
  day!: string;

  @Field(() => [WindowQueueStats], { description: 'Each window of the zone, by code.' })
  windows!: WindowQueueStats[];
}
