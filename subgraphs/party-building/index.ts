import { CallSettings } from '../../adapters/kit';
import { createPartyBuildingClient } from '../../adapters/party-building';
import { AuditRecorder, requestAccess, startAuditRecorder } from '../../lib/audit';
import { Logger } from '../../lib/logger';
import { RunningServer, startSubgraphServer, SubgraphTrustOptions } from '../../lib/server';
import { createPartyBuildingContext } from './context';
import { partyBuildingHealth } from './health';
import { buildPartyBuildingSchema } from './schema';

export interface PartyBuildingOptions extends SubgraphTrustOptions {
  port: number;
  host?: string;
  logger: Logger;
  /** Where reads of personal data are recorded; from the environment when omitted. */
  audit?: AuditRecorder;
  /** The 党建 system: base URL, HTTP Basic account, page size and call settings. */
  partyBuilding: CallSettings & { url: string; username: string; password: string; pageSize?: number };
}

/** Serves the party-building subgraph over the 党建 system; it owns no database. */
export async function startPartyBuilding(options: PartyBuildingOptions): Promise<RunningServer> {
  const client = createPartyBuildingClient({ ...options.partyBuilding, logger: options.logger });
  const audit = startAuditRecorder('party-building', options.audit, options.logger);
  try {
    return await startSubgraphServer({
      name: 'party-building',
      secret: options.secret,
      metricsToken: options.metricsToken,
      schema: await buildPartyBuildingSchema(),
      port: options.port,
      host: options.host,
      logger: options.logger,
      context: async ({ req, res }) => createPartyBuildingContext(client, requestAccess(audit, req, res)),
      ready: () => partyBuildingHealth(client),
      onStop: async () => {
        client.close();
        await audit.stop();
      },
    });
  } catch (error) {
    client.close();
    await audit.stop();
    throw error;
  }
}
