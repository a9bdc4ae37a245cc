import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { shanghaiDate } from '../../lib/scalars';
import { requireRole } from '../../lib/auth/policies';
import { QueueContext } from './context';
import { clerkOfZone, readHolder, TICKET_READERS } from './policies/ticket-access';
import { Ticket } from './entities';
import { TicketStatus } from './enums';
import { requireZone } from './hall/hall-lookup';
import { TakeTicketInput } from './inputs/take-ticket.input';
import { takeTicket } from './services/take-ticket';
import { findTicket, linkCase } from './services/ticket-calls';
import { requireTerminal } from './terminal/terminals';
import { Case } from './types/case';
import { HallZone } from './types/hall-zone';
import { Person } from './types/person';
import { Window } from './types/window';

@Resolver(() => Ticket)
export class TicketResolver {
  @Query(() => Ticket, { description: 'The ticket with this id; NOT_FOUND when there is none.' })
  ticket(@Arg('id', () => ID, { description: 'The ticket id.' }) id: string, @Ctx() { em, identity }: QueueContext) {
    requireRole(identity, TICKET_READERS, 'tickets');
    return findTicket(em, id);
  }

  @Query(() => [Ticket], { description: 'Today’s tickets waiting in a zone, in the order they will be called.' })
  async waitingTickets(
    @Arg('zoneCode', () => String, { description: 'The hall zone, e.g. MZ-F1-L.' }) zoneCode: string,
    @Ctx() { em, hall, clock, identity }: QueueContext,
  ): Promise<Ticket[]> {
    requireRole(identity, TICKET_READERS, 'waitingTickets');
    await requireZone(hall, zoneCode, 'zoneCode');
    return em.find(
      Ticket,
      { zoneCode, serviceDay: shanghaiDate(clock()), status: TicketStatus.WAITING },
      { orderBy: { queuedAt: 'asc', id: 'asc' } },
    );
  }

  @Mutation(() => Ticket, {
    description:
      '取号: takes the next ticket of the day in a zone or for a window. Only a registered ticket machine or terminal may (its TERMINAL token).',
  })
  takeTicket(
    @Arg('input', () => TakeTicketInput, { description: 'Where to queue, and optionally who queues.' })
    input: TakeTicketInput,
    @Ctx() { em, hall, clock, terminal }: QueueContext,
  ): Promise<Ticket> {
    return takeTicket(em, hall, requireTerminal(terminal), input, clock());
  }

  @Mutation(() => Ticket, {
    description: 'Links a ticket to the case its visit produced (once; again with the same case is a no-op).',
  })
  async linkTicketToCase(
    @Arg('ticketId', () => ID, { description: 'The ticket.' }) ticketId: string,
    @Arg('caseNumber', () => String, { description: 'The case number the window issued.' }) caseNumber: string,
    @Ctx() { em, hall, identity }: QueueContext,
  ): Promise<Ticket> {
    await clerkOfZone(identity, hall, await findTicket(em, ticketId));
    return linkCase(em, ticketId, caseNumber);
  }

  @FieldResolver(() => Person, {
    nullable: true,
    description:
      'The holder, when they gave their resident ID: the clerk of the window that called the ticket reads it (FORBIDDEN for others).',
  })
  async person(@Root() ticket: Ticket, @Ctx() context: QueueContext): Promise<Person | null> {
    if (!ticket.idNumber) return null;
    await readHolder(context, ticket);
    return { idNumber: ticket.idNumber };
  }

  @FieldResolver(() => Case, { nullable: true, description: 'The case the visit produced, once linked.' })
  case(@Root() ticket: Ticket): Case | null {
    return ticket.caseNumber ? { caseNumber: ticket.caseNumber } : null;
  }

  @FieldResolver(() => HallZone, { description: 'The zone the ticket queues in (its number is the zone’s).' })
  zone(@Root() ticket: Ticket): HallZone {
    return { code: ticket.zoneCode };
  }

  @FieldResolver(() => Window, {
    nullable: true,
    description: 'The one window the ticket waits for (taken for it or transferred to it); null for the whole zone.',
  })
  window(@Root() ticket: Ticket): Window | null {
    return ticket.windowCode ? { code: ticket.windowCode } : null;
  }

  @FieldResolver(() => Window, { nullable: true, description: 'The window that called the ticket and serves it.' })
  servingWindow(@Root() ticket: Ticket): Window | null {
    return ticket.servingWindowCode ? { code: ticket.servingWindowCode } : null;
  }
}
