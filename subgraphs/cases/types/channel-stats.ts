import { Field, Int, ObjectType } from 'type-graphql';
import { Channel } from '../enums';

/** Supervision figures for one channel: how much comes in where, and what becomes of it. */
@ObjectType({ description: 'How many cases came in through one channel, and where they stand.' })
export class ChannelStats {
  @Field(() => Channel, { description: 'The channel: a hall window, the online platform or a self-service terminal.' })
  channel!: Channel;

  @Field(() => Int, { description: 'Cases received through the channel in the period (every status).' })
  received!: number;

  @Field(() => Int, { description: 'Of those, cases not accepted (不予受理).' })
  rejected!: number;

  @Field(() => Int, { description: 'Of those, cases decided (approved or denied, whatever came after).' })
  decided!: number;

  @Field(() => Int, { description: 'Of those, cases neither rejected nor decided yet.' })
  inProgress!: number;
}
