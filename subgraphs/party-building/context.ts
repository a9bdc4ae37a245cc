import { PartyBuildingClient, PartyBuildingLoaders } from '../../adapters/party-building';
import { PersonalDataAccess } from '../../lib/auth/policies';
import { BackOfficeDesk } from '../../lib/back-office';

/** What every party-building resolver gets: fresh loaders, so one request's lookups batch and de-duplicate. */
export interface PartyBuildingContext extends PersonalDataAccess {
  partyBuilding: PartyBuildingLoaders;
  /** The 党建 system as the back office of the community's dispatched cases. */
  backOffice: BackOfficeDesk;
}

export function createPartyBuildingContext(
  client: PartyBuildingClient,
  access: PersonalDataAccess,
): PartyBuildingContext {
  const partyBuilding = client.loaders();
  return {
    ...access,
    partyBuilding,
    backOffice: new BackOfficeDesk({
      PARTY_BUILDING: { submitCase: client.submitCase, records: partyBuilding.affairByReference },
    }),
  };
}
