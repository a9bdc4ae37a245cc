import { GraphQLSchema } from 'graphql';
import { BackOfficeResolver } from '../../lib/back-office';
import { buildFederatedSchema } from '../../lib/federation/buildFederatedSchema';
import { Case } from './types/case';
import { resolveCaseReference } from './case.reference';
import { CaseResolver } from './case.resolver';
import './enums';
import { resolvePersonReference } from './person.reference';
import { PersonResolver } from './person.resolver';
import { Person } from './types/person';

/** The pensions subgraph's schema; needs no legacy system, so the schema composer can import it. */
export function buildPensionsSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    // no query here returns a Person (the subgraph only adds fields to the entity), so it is listed
    { resolvers: [PersonResolver, CaseResolver, BackOfficeResolver], orphanedTypes: [Person, Case] },
    {
      Person: { __resolveReference: resolvePersonReference },
      Case: { __resolveReference: resolveCaseReference },
    },
  );
}
