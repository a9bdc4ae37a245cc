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
    description:
      'An enterprise by unified social credit code (checksum validated). Null with FORBIDDEN unless the caller is the enterprise or handles one of its cases.',
  })
  async enterprise(
    @Arg('creditCode', () => String, { description: 'The 18-character unified social credit code.' })
    creditCode: string,
    @Ctx() { access }: CasesContext,
  ): Promise<Enterprise> {
    const enterprise = { creditCode: assertCreditCode(creditCode, 'creditCode') };
    await access.assertMayReadSubject({ type: 'Enterprise', key: enterprise.creditCode });
    return enterprise;
  }

  @FieldResolver(() => [Case], {
    description: 'The enterprise’s applications the caller may see, in case-number order.',
  })
  async cases(
    @Root() enterprise: Enterprise,
    @Arg('status', () => CaseStatus, { nullable: true, description: 'Only cases in this status.' })
    status: CaseStatus | undefined,
    @Ctx() { loaders, access }: CasesContext,
  ): Promise<Case[]> {
    const cases = await loaders.casesByCreditCode.load(enterprise.creditCode);
    return access.readable(status ? cases.filter((kase) => kase.status === status) : cases);
  }
}
