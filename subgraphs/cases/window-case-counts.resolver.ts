import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { requireRole, SUPERVISION } from '../../lib/auth/policies';
import { DateScalar, shanghaiDate } from '../../lib/scalars';
import { CasesContext } from './context';
import { windowCaseCounts } from './services/window-case-counts';
import { WindowCaseCount } from './types/window-case-count';

/** The hall's daily board: what came in at each window today, and where it stands. */
@Resolver()
export class WindowCaseCountsResolver {
  @Query(() => [WindowCaseCount], {
    description:
      'The cases received on one day, counted by the window handling them and their status now; combinations with no case are left out. Supervisors only.',
  })
  windowCaseCounts(
    @Arg('day', () => DateScalar, {
      nullable: true,
      description: 'The submission day (Asia/Shanghai); today when omitted.',
    })
    day: string | undefined,
    @Ctx() { em, clock, identity }: CasesContext,
  ): Promise<WindowCaseCount[]> {
    requireRole(identity, SUPERVISION, 'windowCaseCounts');
    return windowCaseCounts(em, day ?? shanghaiDate(clock()));
  }
}
