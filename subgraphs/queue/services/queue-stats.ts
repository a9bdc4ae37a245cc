import { EntityManager } from '@mikro-orm/core';
import { shanghaiDate } from '../../../lib/scalars';
import { Ticket } from '../entities';
import { TicketStatus } from '../enums';
import { HallZoneLayout } from '../hall/hall-directory';
import { CallingDisplay } from '../types/calling-display';
import { QueueFigures } from '../types/queue-figures';
import { ZoneQueueStats } from '../types/queue-stats';
import { countByHour, waitStatistics } from './wait-statistics';

const WAIT_UNIT_MS = 1000;

/** The figures of a set of today's tickets: `waiting` those queued now, the rest from those called. */
function figures(waiting: Ticket[], called: Ticket[]): QueueFigures {
  const { averageSeconds, p90Seconds } = waitStatistics(
    called.map((ticket) => (ticket.calledAt!.getTime() - ticket.takenAt.getTime()) / WAIT_UNIT_MS),
  );
  const came = called.filter(
    (ticket) => ticket.status === TicketStatus.CALLED || ticket.status === TicketStatus.SERVED,
  );
  return {
    waiting: waiting.length,
    served: came.length,
    averageWaitSeconds: averageSeconds,
    p90WaitSeconds: p90Seconds,
    servedPerHour: countByHour(came.map((ticket) => ticket.calledAt!)).map(({ hour, count }) => ({
      hour,
      served: count,
    })),
  };
}

/**
 * Today's figures for a zone and each of its windows. A zone's day is a few hundred tickets at
 * most, so they are read once and counted here, where the percentile is simple to state.
 */
export async function zoneQueueStats(em: EntityManager, zone: HallZoneLayout, now: Date): Promise<ZoneQueueStats> {
  const day = shanghaiDate(now);
  const tickets = await em.find(Ticket, { zoneCode: zone.code, serviceDay: day }, { orderBy: { id: 'asc' } });
  const waiting = tickets.filter((ticket) => ticket.status === TicketStatus.WAITING);
  // a transferred ticket waits again, but its wait ended at its first call: it counts as called
  const called = tickets.filter((ticket) => ticket.calledAt);
  return {
    zone: { code: zone.code },
    day,
    ...figures(waiting, called),
    windows: [...zone.windowCodes].sort().map((code) => ({
      window: { code },
      ...figures(
        waiting.filter((ticket) => ticket.windowCode === code),
        called.filter((ticket) => ticket.servingWindowCode === code),
      ),
    })),
  };
}

/** The zone's windows now serving a ticket, most recently announced first, and how many wait. */
export async function callingDisplay(em: EntityManager, zone: HallZoneLayout, now: Date): Promise<CallingDisplay> {
  const serviceDay = shanghaiDate(now);
  const [calledTickets, waiting] = await Promise.all([
    em.find(
      Ticket,
      { zoneCode: zone.code, serviceDay, status: TicketStatus.CALLED },
      { orderBy: { announcedAt: 'desc', id: 'desc' } },
    ),
    em.count(Ticket, { zoneCode: zone.code, serviceDay, status: TicketStatus.WAITING }),
  ]);
  return {
    zone: { code: zone.code },
    calls: calledTickets.map((ticket) => ({ window: { code: ticket.servingWindowCode! }, ticket })),
    waiting,
  };
}
