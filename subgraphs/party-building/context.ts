import { PartyBuildingClient, PartyBuildingLoaders } from '../../adapters/party-building';

/** What every party-building resolver gets: fresh loaders, so one request's lookups batch and de-duplicate. */
export interface PartyBuildingContext {
  partyBuilding: PartyBuildingLoaders;
}

export function createPartyBuildingContext(client: PartyBuildingClient): PartyBuildingContext {
  return { partyBuilding: client.loaders() };
}
