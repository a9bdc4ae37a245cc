import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { assertMayReadCaseRecord } from '../../lib/auth/policies';
import { LegacyCaseRecord, toLegacyCaseRecord } from '../../lib/back-office';
import { Case } from './types/case';
import { HealthInsuranceContext } from './context';
import { HEALTH_INSURANCE_KEEPER } from './record-keeper';

/** The 新农合 system's view of a case dispatched to it. */
@Resolver(() => Case)
export class CaseResolver {
  @FieldResolver(() => LegacyCaseRecord, {
    nullable: true,
    description:
      'The record of the case in the township 新农合 system; null when it holds none, or — with an error coded LEGACY_* — when the system cannot answer. FORBIDDEN but for its department, supervisors and the hub.',
  })
  async healthInsuranceRecord(
    @Root() kase: Case,
    @Ctx() { backOffice, identity }: HealthInsuranceContext,
  ): Promise<LegacyCaseRecord | null> {
    assertMayReadCaseRecord(identity, HEALTH_INSURANCE_KEEPER);
    const record = await backOffice.recordOf(kase.caseNumber);
    return record && toLegacyCaseRecord(record);
  }
}
