import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { assertMayReadCaseRecord } from '../../lib/auth/policies';
import { LegacyCaseRecord, toLegacyCaseRecord } from '../../lib/back-office';
import { Case } from './types/case';
import { PensionsContext } from './context';
import { PENSIONS_KEEPER } from './record-keeper';

/** The pension system's view of a case dispatched to it. */
@Resolver(() => Case)
export class CaseResolver {
  @FieldResolver(() => LegacyCaseRecord, {
    nullable: true,
    description:
      'The record of the case in the 城乡居民养老保险 system; null when it holds none, or — with an error coded LEGACY_* — when the system cannot answer. FORBIDDEN but for its department, supervisors and the hub.',
  })
  async pensionRecord(
    @Root() kase: Case,
    @Ctx() { backOffice, identity }: PensionsContext,
  ): Promise<LegacyCaseRecord | null> {
    assertMayReadCaseRecord(identity, PENSIONS_KEEPER);
    const record = await backOffice.recordOf(kase.caseNumber);
    return record && toLegacyCaseRecord(record);
  }
}
