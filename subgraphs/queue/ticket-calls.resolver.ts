import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { QueueContext } from './context';
import { Ticket } from './entities';
import { requireClerkAt } from '../../lib/auth/policies';
import { clerkOfZone } from './policies/ticket-access';
import { callNext, findTicket, recall, skip, transfer } from './services/ticket-calls';

/**
 * What a window clerk does with the queue. The window still comes in the arguments, and must be
 * the one the clerk's token names (FORBIDDEN otherwise).
 */
@Resolver()
export class TicketCallsResolver {
  @Mutation(() => Ticket, {
    nullable: true,
    description:
      '叫号: the window finishes its current ticket and calls the longest-waiting ticket it may serve; null when nobody waits.',
  })
  callNextTicket(
    @Arg('windowCode', () => String, { description: 'The calling window.' }) windowCode: string,
    @Ctx() { em, hall, clock, identity }: QueueContext,
  ): Promise<Ticket | null> {
    requireClerkAt(identity, windowCode, 'windowCode');
    return callNext(em, hall, windowCode, clock());
  }

  @Mutation(() => Ticket, { description: '过号: the holder of the ticket called at this window did not come.' })
  skipTicket(
    @Arg('ticketId', () => ID, { description: 'The ticket called at the window.' }) ticketId: string,
    @Arg('windowCode', () => String, { description: 'The window that called it.' }) windowCode: string,
    @Ctx() { em, identity }: QueueContext,
  ): Promise<Ticket> {
    requireClerkAt(identity, windowCode, 'windowCode');
    return skip(em, ticketId, windowCode);
  }

  @Mutation(() => Ticket, {
    description:
      '重呼: announces the window’s called ticket again, or calls a skipped ticket of today back to the window.',
  })
  recallTicket(
    @Arg('ticketId', () => ID, { description: 'The called or skipped ticket.' }) ticketId: string,
    @Arg('windowCode', () => String, { description: 'The window calling it.' }) windowCode: string,
    @Ctx() { em, hall, clock, identity }: QueueContext,
  ): Promise<Ticket> {
    requireClerkAt(identity, windowCode, 'windowCode');
    return recall(em, hall, ticketId, windowCode, clock());
  }

  @Mutation(() => Ticket, {
    description:
      '转移: sends a waiting or called ticket to another window of its zone, keeping its place in the queue.',
  })
  async transferTicket(
    @Arg('ticketId', () => ID, { description: 'The ticket.' }) ticketId: string,
    @Arg('toWindowCode', () => String, { description: 'The window of the same zone that will call it.' })
    toWindowCode: string,
    @Ctx() { em, hall, clock, identity }: QueueContext,
  ): Promise<Ticket> {
    await clerkOfZone(identity, hall, await findTicket(em, ticketId));
    return transfer(em, hall, ticketId, toWindowCode, clock());
  }
}
