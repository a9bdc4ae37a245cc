import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { CivilAffairsRecords } from './civil-affairs-records';
import { readRecords } from '../../lib/auth/policies';
import { PartyBuildingContext } from './context';
import { PARTY_BUILDING_KEEPER } from './record-keeper';
import { FamilyPlanningRecords } from './family-planning-records';
import { PartyMembership } from './party-membership';
import { Person } from './person';

/**
 * Each field is one list of the 党建 system, batched across the request; a failure nulls only that
 * field. Each is read only by the person or 银河社区 (FORBIDDEN otherwise), and recorded in the audit log.
 */
@Resolver(() => Person)
export class PersonResolver {
  @FieldResolver(() => PartyMembership, {
    nullable: true,
    description: 'Party membership; null when the person is not a member (or, with an error, when the system fails).',
  })
  async partyMembership(@Root() person: Person, @Ctx() context: PartyBuildingContext) {
    await readRecords(context, { type: 'Person', key: person.idNumber }, PARTY_BUILDING_KEEPER, 'partyMembership');
    return context.partyBuilding.membership.load(person.idNumber);
  }

  @FieldResolver(() => CivilAffairsRecords, {
    nullable: true,
    description: 'Civil-affairs records kept in the 党建 system; null (with an error) when it fails.',
  })
  async civilAffairs(@Root() person: Person, @Ctx() context: PartyBuildingContext): Promise<CivilAffairsRecords> {
    await readRecords(context, { type: 'Person', key: person.idNumber }, PARTY_BUILDING_KEEPER, 'civilAffairs');
    return { subsistenceAllowances: (await context.partyBuilding.subsistenceAllowances.load(person.idNumber)) ?? [] };
  }

  @FieldResolver(() => FamilyPlanningRecords, {
    nullable: true,
    description: 'Family-planning records kept in the 党建 system; null (with an error) when it fails.',
  })
  async familyPlanning(@Root() person: Person, @Ctx() context: PartyBuildingContext): Promise<FamilyPlanningRecords> {
    await readRecords(context, { type: 'Person', key: person.idNumber }, PARTY_BUILDING_KEEPER, 'familyPlanning');
    return { birthRegistrations: (await context.partyBuilding.birthRegistrations.load(person.idNumber)) ?? [] };
  }
}
