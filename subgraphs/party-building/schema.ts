import { GraphQLSchema } from 'graphql';
import { BackOfficeResolver } from '../../lib/back-office';
import { buildFederatedSchema } from '../../lib/federation/buildFederatedSchema';
import { Case } from './case';
import { resolveCaseReference } from './case.reference';
import { CaseResolver } from './case.resolver';
import { Person } from './person';
import { resolvePersonReference } from './person.reference';
import { PersonResolver } from './person.resolver';

/** The party-building subgraph's schema; needs no legacy system to build, so the schema composer can import it. */
export function buildPartyBuildingSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    { resolvers: [PersonResolver, CaseResolver, BackOfficeResolver], orphanedTypes: [Person, Case] },
    {
      Person: { __resolveReference: resolvePersonReference },
      Case: { __resolveReference: resolveCaseReference },
    },
  );
}
