import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { requireRole, SUPERVISION } from '../../lib/auth/policies';
import { QueueContext } from './context';
import { requireZone } from './hall/hall-lookup';
import { callingDisplay, zoneQueueStats } from './services/queue-stats';
import { CallingDisplay } from './types/calling-display';
import { ZoneQueueStats } from './types/queue-stats';

@Resolver()
export class QueueStatsResolver {
  @Query(() => ZoneQueueStats, {
    description:
      'Today’s queue figures for a zone and each of its windows: waiting now, waits, served per hour. SUPERVISOR only.',
  })
  async queueStats(
    @Arg('zoneCode', () => String, { description: 'The hall zone, e.g. MZ-F1-L.' }) zoneCode: string,
    @Ctx() { em, hall, clock, identity }: QueueContext,
  ): Promise<ZoneQueueStats> {
    requireRole(identity, SUPERVISION, 'queueStats');
    return zoneQueueStats(em, await requireZone(hall, zoneCode, 'zoneCode'), clock());
  }

  @Query(() => CallingDisplay, { description: 'What a zone’s calling display shows: the ticket at each window now.' })
  async callingDisplay(
    @Arg('zoneCode', () => String, { description: 'The hall zone, e.g. MZ-F1-L.' }) zoneCode: string,
    @Ctx() { em, hall, clock }: QueueContext,
  ): Promise<CallingDisplay> {
    return callingDisplay(em, await requireZone(hall, zoneCode, 'zoneCode'), clock());
  }
}
