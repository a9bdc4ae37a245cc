import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { assertCreditCode } from '../../lib/identity';
import { CasesContext } from './context';
import { Case } from './entities';
import { CaseStatus } from './enums';
import { Enterprise } from './types/enterprise';

@Resolver(() => Enterprise)
export class EnterpriseResolver {
  @Query(() => Enterprise, {
    nullable: true,
    description: 'An enterprise by unified social credit code (checksum validated).',
  })
  enterprise(
    @Arg('creditCode', () => String, { description: 'The 18-character unified social credit code.' })
    creditCode: string,
  ): Enterprise {
    return { creditCode: assertCreditCode(creditCode, 'creditCode') };
  }

  @FieldResolver(() => [Case], { description: 'The enterprise’s applications, in case-number order.' })
  async cases(
    @Root() enterprise: Enterprise,
    @Arg('status', () => CaseStatus, { nullable: true, description: 'Only cases in this status.' })
    status: CaseStatus | undefined,
    @Ctx() { loaders }: CasesContext,
  ): Promise<Case[]> {
    const cases = await loaders.casesByCreditCode.load(enterprise.creditCode);
    return status ? cases.filter((kase) => kase.status === status) : cases;
  }
}
