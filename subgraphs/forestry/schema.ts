import { GraphQLSchema } from 'graphql';
import { BackOfficeResolver } from '../../lib/back-office';
import { buildFederatedSchema } from '../../lib/federation/buildFederatedSchema';
import { Case } from './case';
import { resolveCaseReference } from './case.reference';
import { CaseResolver } from './case.resolver';
import { Enterprise } from './enterprise';
import { resolveEnterpriseReference } from './enterprise.reference';
import { EnterpriseResolver } from './enterprise.resolver';
import { ForestryPermitsResolver } from './forestry-permits.resolver';
import { resolveHarvestPermitReference } from './harvest-permit.reference';
import { HarvestPermitResolver } from './harvest-permit.resolver';
import { Person } from './person';
import { resolvePersonReference } from './person.reference';
import { PersonResolver } from './person.resolver';
import { TimberTransportPermitResolver } from './timber-transport-permit.resolver';

/** The forestry subgraph's schema; needs no legacy system to build, so the schema composer can import it. */
export function buildForestrySchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [
        PersonResolver,
        EnterpriseResolver,
        ForestryPermitsResolver,
        HarvestPermitResolver,
        TimberTransportPermitResolver,
        CaseResolver,
        BackOfficeResolver,
      ],
      orphanedTypes: [Person, Enterprise, Case],
    },
    {
      Case: { __resolveReference: resolveCaseReference },
      Person: { __resolveReference: resolvePersonReference },
      Enterprise: { __resolveReference: resolveEnterpriseReference },
      HarvestPermit: { __resolveReference: resolveHarvestPermitReference },
    },
  );
}
