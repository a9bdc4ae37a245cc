import { ForestryHarvestClient, ForestryHarvestLoaders } from '../../adapters/forestry-harvest';
import { ForestryLandUseClient, ForestryLandUseLoaders } from '../../adapters/forestry-land-use';
import { ForestryTransportClient, ForestryTransportLoaders } from '../../adapters/forestry-transport';

export interface ForestryClients {
  harvest: ForestryHarvestClient;
  transport: ForestryTransportClient;
  landUse: ForestryLandUseClient;
}

/** What every forestry resolver gets: fresh loaders, so one request's lookups batch and de-duplicate. */
export interface ForestryContext {
  harvest: ForestryHarvestLoaders;
  transport: ForestryTransportLoaders;
  landUse: ForestryLandUseLoaders;
}

export function createForestryContext(clients: ForestryClients): ForestryContext {
  return {
    harvest: clients.harvest.loaders(),
    transport: clients.transport.loaders(),
    landUse: clients.landUse.loaders(),
  };
}
