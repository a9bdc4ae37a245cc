import { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '../../lib/federation/buildFederatedSchema';
import './enums';
import { resolvePersonReference } from './person.reference';
import { PersonResolver } from './person.resolver';
import { Person } from './types/person';

/** The health-insurance subgraph's schema; needs no legacy system, so the schema composer can import it. */
export function buildHealthInsuranceSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    // no query here returns a Person (the subgraph only adds fields to the entity), so it is listed
    { resolvers: [PersonResolver], orphanedTypes: [Person] },
    { Person: { __resolveReference: resolvePersonReference } },
  );
}
