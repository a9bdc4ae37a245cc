import { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '../../lib/federation/buildFederatedSchema';
import { QueueStatsResolver } from './queue-stats.resolver';
import { TerminalResolver } from './terminal.resolver';
import { TicketCallsResolver } from './ticket-calls.resolver';
import { resolveTicketReference } from './ticket.reference';
import { TicketResolver } from './ticket.resolver';

/** The queue subgraph's schema; needs no database, so the schema composer can import it. */
export function buildQueueSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    { resolvers: [TicketResolver, TicketCallsResolver, QueueStatsResolver, TerminalResolver] },
    { Ticket: { __resolveReference: resolveTicketReference } },
  );
}
