import { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '../../lib/federation/buildFederatedSchema';
import { resolveCaseReference } from './case.reference';
import { BackOfficeResolver } from './back-office.resolver';
import { CaseConnectionResolver } from './case-connection.resolver';
import { CaseResolver } from './case.resolver';
import { ChannelStatsResolver } from './channel-stats.resolver';
import { CaseWorkflowResolver } from './case-workflow.resolver';
import { DepartmentReviewResolver } from './department-review.resolver';
import { DispatchResolver } from './dispatch.resolver';
import { resolveEnterpriseReference } from './enterprise.reference';
import { EnterpriseResolver } from './enterprise.resolver';
import { resolvePersonReference } from './person.reference';
import { PersonResolver } from './person.resolver';
import { ProvincialApplicationResolver } from './province/provincial-application.resolver';
import { ProvincialReportResolver } from './province/provincial-report.resolver';
import { SupervisionResolver } from './supervision.resolver';
import { WindowCaseCountsResolver } from './window-case-counts.resolver';

/** The cases subgraph's schema; needs no database, so the schema composer can import it. */
export function buildCasesSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [
        CaseResolver,
        CaseConnectionResolver,
        CaseWorkflowResolver,
        BackOfficeResolver,
        DispatchResolver,
        DepartmentReviewResolver,
        SupervisionResolver,
        ChannelStatsResolver,
        WindowCaseCountsResolver,
        ProvincialReportResolver,
        ProvincialApplicationResolver,
        PersonResolver,
        EnterpriseResolver,
      ],
    },
    {
      Case: { __resolveReference: resolveCaseReference },
      Person: { __resolveReference: resolvePersonReference },
      Enterprise: { __resolveReference: resolveEnterpriseReference },
    },
  );
}
