import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { CasesContext } from '../context';
import { Case, ProvincialReport } from '../entities';

/** The provincial reporting outbox as supervisors see it: the cases whose reporting needs attention. */
@Resolver(() => ProvincialReport)
export class ProvincialReportResolver {
  @Query(() => [ProvincialReport], {
    description:
      'Cases whose reporting to the provincial platform needs a supervisor: failing so often they are flagged stuck (still retried), or held because the platform refused the hub’s signature, app id or clock (sent again once it accepts the hub). Longest waiting first.',
  })
  stuckProvincialReports(@Ctx() { em }: CasesContext): Promise<ProvincialReport[]> {
    return em.find(ProvincialReport, { stuck: true }, { orderBy: { nextAttemptAt: 'asc', caseNumber: 'asc' } });
  }

  @FieldResolver(() => Case, { description: 'The case reported.' })
  case(@Root() report: ProvincialReport, @Ctx() { loaders }: CasesContext) {
    return loaders.caseByNumber.load(report.caseNumber);
  }
}
