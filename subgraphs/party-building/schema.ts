import { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '../../lib/federation/buildFederatedSchema';
import { Person } from './person';
import { resolvePersonReference } from './person.reference';
import { PersonResolver } from './person.resolver';

/** The party-building subgraph's schema; needs no legacy system to build, so the schema composer can import it. */
export function buildPartyBuildingSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    { resolvers: [PersonResolver], orphanedTypes: [Person] },
    { Person: { __resolveReference: resolvePersonReference } },
  );
}
