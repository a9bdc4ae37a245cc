import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { DateScalar, shanghaiDate } from '../../lib/scalars';
import { CasesContext } from './context';
import { Case, CaseEvaluation } from './entities';
import { departmentStats } from './services/supervision';
import { overdueCases } from './services/case-queries';
import { DepartmentStats } from './types/department-stats';

/** What the leading group's office watches: late cases, and how each department performs. */
@Resolver()
export class SupervisionResolver {
  @Query(() => [Case], { description: 'Accepted cases still undecided after their due date, most overdue first.' })
  overdueCases(
    @Arg('asOf', () => DateScalar, {
      nullable: true,
      description: 'The day to judge on; today (Asia/Shanghai) when omitted.',
    })
    asOf: string | undefined,
    @Arg('departmentCode', () => String, { nullable: true, description: 'Only cases this department decides.' })
    departmentCode: string | undefined,
    @Ctx() { em, clock }: CasesContext,
  ) {
    return overdueCases(em, asOf ?? shanghaiDate(clock()), departmentCode);
  }

  @Query(() => [Case], {
    description:
      'Delivered cases with a bad review (不满意, 非常不满意) to call back, by the day they must be put right.',
  })
  async casesToCallBack(@Ctx() { em }: CasesContext): Promise<Case[]> {
    const evaluations = await em.find(
      CaseEvaluation,
      { needsCallBack: true },
      { orderBy: { callBackDue: 'asc', id: 'asc' }, populate: ['case'] },
    );
    return evaluations.map((evaluation) => evaluation.case);
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
    @Ctx() { em, catalogue, clock }: CasesContext,
  ) {
    return departmentStats(em, catalogue, asOf ?? shanghaiDate(clock()));
  }
}
