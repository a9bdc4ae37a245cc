import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { CivilAffairsRecords } from './civil-affairs-records';
import { PartyBuildingContext } from './context';
import { FamilyPlanningRecords } from './family-planning-records';
import { PartyMembership } from './party-membership';
import { Person } from './person';

/** Each field is one list of the 党建 system, batched across the request; a failure nulls only that field. */
@Resolver(() => Person)
export class PersonResolver {
  @FieldResolver(() => PartyMembership, {
    nullable: true,
    description: 'Party membership; null when the person is not a member (or, with an error, when the system fails).',
  })
  partyMembership(@Root() person: Person, @Ctx() { partyBuilding }: PartyBuildingContext) {
    return partyBuilding.membership.load(person.idNumber);
  }

  @FieldResolver(() => CivilAffairsRecords, {
    nullable: true,
    description: 'Civil-affairs records kept in the 党建 system; null (with an error) when it fails.',
  })
  async civilAffairs(
    @Root() person: Person,
    @Ctx() { partyBuilding }: PartyBuildingContext,
  ): Promise<CivilAffairsRecords> {
    return { subsistenceAllowances: (await partyBuilding.subsistenceAllowances.load(person.idNumber)) ?? [] };
  }

  @FieldResolver(() => FamilyPlanningRecords, {
    nullable: true,
    description: 'Family-planning records kept in the 党建 system; null (with an error) when it fails.',
  })
  async familyPlanning(
    @Root() person: Person,
    @Ctx() { partyBuilding }: PartyBuildingContext,
  ): Promise<FamilyPlanningRecords> {
    return { birthRegistrations: (await partyBuilding.birthRegistrations.load(person.idNumber)) ?? [] };
  }
}
