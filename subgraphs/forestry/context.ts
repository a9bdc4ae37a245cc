import { ForestryHarvestClient, ForestryHarvestLoaders } from '../../adapters/forestry-harvest';
import { ForestryLandUseClient, ForestryLandUseLoaders } from '../../adapters/forestry-land-use';
import { ForestryTransportClient, ForestryTransportLoaders } from '../../adapters/forestry-transport';
import { LookupsInFlight } from '../../adapters/kit';
import { PersonalDataAccess } from '../../lib/auth/policies';
import { BackOfficeDesk } from '../../lib/back-office';

export interface ForestryClients {
  harvest: ForestryHarvestClient;
  transport: ForestryTransportClient;
  landUse: ForestryLandUseClient;
}

/** What every forestry resolver gets: fresh loaders, so one request's lookups batch and de-duplicate. */
export interface ForestryContext extends PersonalDataAccess {
  harvest: ForestryHarvestLoaders;
  transport: ForestryTransportLoaders;
  landUse: ForestryLandUseLoaders;
  /** The three systems that decide the bureau's dispatched cases, by the catalogue's DecidingSystem name. */
  backOffice: BackOfficeDesk;
}

export function createForestryContext(clients: ForestryClients, access: PersonalDataAccess): ForestryContext {
  // the transports drawn on the harvest permits a request reads travel with the holder's own: one call
  const harvestLookups = new LookupsInFlight();
  const harvest = clients.harvest.loaders({ countIn: harvestLookups });
  const transport = clients.transport.loaders({ after: harvestLookups });
  const landUse = clients.landUse.loaders();
  return {
    ...access,
    harvest,
    transport,
    landUse,
    backOffice: new BackOfficeDesk({
      FORESTRY_HARVEST: { submitCase: clients.harvest.submitCase, records: harvest.applicationByReference },
      FORESTRY_TRANSPORT: { submitCase: clients.transport.submitCase, records: transport.applicationByReference },
      FORESTRY_LAND_USE: { submitCase: clients.landUse.submitCase, records: landUse.applicationByReference },
    }),
  };
}
