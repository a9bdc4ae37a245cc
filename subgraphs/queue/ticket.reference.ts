import { QueueContext } from './context';
import { Ticket } from './entities';

/** Resolves `Ticket` references from other subgraphs by id. */
export function resolveTicketReference(reference: { id: string }, { em }: QueueContext): Promise<Ticket | null> {
  const id = Number(reference.id);
  return Number.isSafeInteger(id) ? em.findOne(Ticket, { id }) : Promise.resolve(null);
}
