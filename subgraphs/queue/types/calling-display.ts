import { Field, Int, ObjectType } from 'type-graphql';
import { Ticket } from '../entities';
import { HallZone } from './hall-zone';
import { Window } from './window';

@ObjectType({ description: 'A ticket being called or served at a window right now.' })
export class WindowCall {
  @Field(() => Window, { description: 'The window the holder is called to.' })
  window!: Window;

  @Field(() => Ticket, { description: 'The ticket called there.' })
  ticket!: Ticket;
}

@ObjectType({ description: 'What a zone’s calling display (叫号屏) shows.' })
export class CallingDisplay {
  @Field(() => HallZone, { description: 'The zone.' })
  zone!: HallZone;

  @Field(() => [WindowCall], {
    description: 'One entry per window now serving a ticket, the most recently announced first.',
  })
  calls!: WindowCall[];

  @Field(() => Int, { description: 'Tickets of the zone waiting now.' })
  waiting!: number;
}
