import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { assertMayReadCaseRecord } from '../../lib/auth/policies';
import { LegacyCaseRecord, toLegacyCaseRecord } from '../../lib/back-office';
import { Case } from './case';
import { PartyBuildingContext } from './context';
import { PARTY_BUILDING_KEEPER } from './record-keeper';

/** The 党建 system's view of a community case (civil affairs, family planning) dispatched to it. */
@Resolver(() => Case)
export class CaseResolver {
  @FieldResolver(() => LegacyCaseRecord, {
    nullable: true,
    description:
      'The record of the case in the 党建 system the community decides on; null when it holds none, or — with an error coded LEGACY_* — when the system cannot answer. FORBIDDEN but for its department, supervisors and the hub.',
  })
  async communityRecord(
    @Root() kase: Case,
    @Ctx() { backOffice, identity }: PartyBuildingContext,
  ): Promise<LegacyCaseRecord | null> {
    assertMayReadCaseRecord(identity, PARTY_BUILDING_KEEPER);
    const record = await backOffice.recordOf(kase.caseNumber);
    return record && toLegacyCaseRecord(record);
  }
}
