import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { requireRole, SUPERVISION } from '../../lib/auth/policies';
import { DateScalar, shanghaiDate } from '../../lib/scalars';
import { CasesContext } from './context';
import { assertCode } from './services/filter-values';
import { Case, CaseEvaluation } from './entities';
import { departmentStats } from './services/supervision';
import { overdueCases } from './services/case-queries';
import { DepartmentStats } from './types/department-stats';

/** What the leading group's office watches: late cases, and how each department performs. */
@Resolver()
export class SupervisionResolver {
  @Query(() => [Case], { description: 'Accepted cases still undecided after their due date, most overdue first.' })
  async overdueCases(
    @Arg('asOf', () => DateScalar, {
      nullable: true,
      description: 'The day to judge on; today (Asia/Shanghai) when omitted.',
    })
    asOf: string | undefined,
    @Arg('departmentCode', () => String, { nullable: true, description: 'Only cases this department decides.' })
    departmentCode: string | undefined,
    @Ctx() { em, clock, identity, access }: CasesContext,
  ) {
    requireRole(identity, SUPERVISION, 'overdueCases');
    const department = departmentCode ? assertCode(departmentCode, 'departmentCode') : null;
    return access.recorded(await overdueCases(em, asOf ?? shanghaiDate(clock()), department));
  }

  @Query(() => [Case], {
    description:
      'Delivered cases with a bad review (不满意, 非常不满意) to call back, by the day they must be put right.',
  })
  async casesToCallBack(@Ctx() { em, identity, access }: CasesContext): Promise<Case[]> {
    requireRole(identity, SUPERVISION, 'casesToCallBack');
    const evaluations = await em.find(
      CaseEvaluation,
      { needsCallBack: true },
      { orderBy: { callBackDue: 'asc', id: 'asc' }, populate: ['case'] },
    );
    return access.recorded(evaluations.map((evaluation) => evaluation.case));
  }

  @Query(() => [DepartmentStats], {
    description: 'Per department of the catalogue: cases received, decided on time, overdue, in progress and rejected.',
  })
  departmentStats(
    @Arg('asOf', () => DateScalar, {
      nullable: true,
      description: 'The day to judge overdue on; today (Asia/Shanghai) when omitted.',
    })
    asOf: string | undefined,
    @Ctx() { em, catalogue, clock, identity }: CasesContext,
  ) {
    requireRole(identity, SUPERVISION, 'departmentStats');
    return departmentStats(em, catalogue, asOf ?? shanghaiDate(clock()));
  }
}
