import { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '../../lib/federation/buildFederatedSchema';
import { resolveCaseReference } from './case.reference';
import { CaseResolver } from './case.resolver';
import { CaseWorkflowResolver } from './case-workflow.resolver';
import { resolveEnterpriseReference } from './enterprise.reference';
import { EnterpriseResolver } from './enterprise.resolver';
import { resolvePersonReference } from './person.reference';
import { PersonResolver } from './person.resolver';
import { SupervisionResolver } from './supervision.resolver';

/** The cases subgraph's schema; needs no database, so the schema composer can import it. */
export function buildCasesSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    { resolvers: [CaseResolver, CaseWorkflowResolver, SupervisionResolver, PersonResolver, EnterpriseResolver] },
    {
      Case: { __resolveReference: resolveCaseReference },
      Person: { __resolveReference: resolvePersonReference },
      Enterprise: { __resolveReference: resolveEnterpriseReference },
    },
  );
}
