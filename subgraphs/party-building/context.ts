import { PartyBuildingClient, PartyBuildingLoaders } from '../../adapters/party-building';
import { BackOfficeDesk } from '../../lib/back-office';

/** What every party-building resolver gets: fresh loaders, so one request's lookups batch and de-duplicate. */
export interface PartyBuildingContext {
  partyBuilding: PartyBuildingLoaders;
  /** The 党建 system as the back office of the community's dispatched cases. */
  backOffice: BackOfficeDesk;
}

export function createPartyBuildingContext(client: PartyBuildingClient): PartyBuildingContext {
  const partyBuilding = client.loaders();
  return {
    partyBuilding,
    backOffice: new BackOfficeDesk({
      PARTY_BUILDING: { submitCase: client.submitCase, records: partyBuilding.affairByReference },
    }),
  };
}
