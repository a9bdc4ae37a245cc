import { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '../../lib/federation/buildFederatedSchema';
import { AuditLogResolver } from './audit-log.resolver';

/** The audit subgraph's schema; needs no database, so the schema composer can import it. */
export function buildAuditSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({ resolvers: [AuditLogResolver] }, {});
}
