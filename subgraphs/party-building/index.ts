import { CallSettings } from '../../adapters/kit';
import { createPartyBuildingClient } from '../../adapters/party-building';
import { Logger } from '../../lib/logger';
import { RunningServer, startSubgraphServer } from '../../lib/server';
import { createPartyBuildingContext } from './context';
import { partyBuildingHealth } from './health';
import { buildPartyBuildingSchema } from './schema';

export interface PartyBuildingOptions {
  port: number;
  host?: string;
  logger: Logger;
  /** The 党建 system: base URL, HTTP Basic account, page size and call settings. */
  partyBuilding: CallSettings & { url: string; username: string; password: string; pageSize?: number };
}

/** Serves the party-building subgraph over the 党建 system; it owns no database. */
export async function startPartyBuilding(options: PartyBuildingOptions): Promise<RunningServer> {
  const client = createPartyBuildingClient({ ...options.partyBuilding, logger: options.logger });
  try {
    return await startSubgraphServer({
      name: 'party-building',
      schema: await buildPartyBuildingSchema(),
      port: options.port,
      host: options.host,
      logger: options.logger,
      context: async () => createPartyBuildingContext(client),
      ready: () => partyBuildingHealth(client),
      onStop: async () => client.close(),
    });
  } catch (error) {
    client.close();
    throw error;
  }
}
