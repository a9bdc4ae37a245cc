import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { CasesContext } from '../context';
import { Case, ProvincialApplication } from '../entities';
import { ProvincialApplicationState } from './application-state';

/** The applications taken in from the provincial portal, and those refused. */
@Resolver(() => ProvincialApplication)
export class ProvincialApplicationResolver {
  @Query(() => [ProvincialApplication], {
    description: 'Applications submitted on the provincial portal, latest first (at most 500).',
  })
  provincialApplications(
    @Arg('state', () => ProvincialApplicationState, {
      nullable: true,
      description: 'Only those taken in, or only those refused; all when omitted.',
    })
    state: ProvincialApplicationState | undefined,
    @Ctx() { em }: CasesContext,
  ): Promise<ProvincialApplication[]> {
    return em.find(ProvincialApplication, state ? { state } : {}, {
      orderBy: { deliverySequence: 'desc' },
      limit: 500,
    });
  }

  @FieldResolver(() => Case, { nullable: true, description: 'The case it became; null when refused.' })
  case(@Root() application: ProvincialApplication, @Ctx() { loaders }: CasesContext) {
    return application.caseNumber ? loaders.caseByNumber.load(application.caseNumber) : null;
  }
}
