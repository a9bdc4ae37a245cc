import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { assertMayReadCaseRecord } from '../../lib/auth/policies';
import { LegacyCaseRecord, toLegacyCaseRecord } from '../../lib/back-office';
import { Case } from './case';
import { ForestryContext } from './context';
import { FORESTRY_KEEPER } from './record-keeper';

/** The forestry bureau's view of a case dispatched to one of its three systems. */
@Resolver(() => Case)
export class CaseResolver {
  @FieldResolver(() => LegacyCaseRecord, {
    nullable: true,
    description:
      'The record of the case in the forestry system that decides it (harvest, transport or land use); null when none holds it, or — with an error coded LEGACY_* — when a system that might cannot answer. FORBIDDEN but for the forestry bureau, supervisors and the hub.',
  })
  async forestryRecord(
    @Root() kase: Case,
    @Ctx() { backOffice, identity }: ForestryContext,
  ): Promise<LegacyCaseRecord | null> {
    assertMayReadCaseRecord(identity, FORESTRY_KEEPER);
    const record = await backOffice.recordOf(kase.caseNumber);
    return record && toLegacyCaseRecord(record);
  }
}
