import { Ticket } from './ticket';
import { TicketCounter } from './ticket-counter';

export { Ticket, TicketCounter };

export const QUEUE_ENTITIES = [Ticket, TicketCounter];
